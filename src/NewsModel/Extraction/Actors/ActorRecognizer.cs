using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Collections.Generic;
using System.Collections.Immutable;

using NewsModel.Text;

namespace NewsModel.Extraction.Actors;

/// <summary>
/// Finds the actors of one article. One instance per parse (it holds the per-article state); the lexicons and
/// word sets it reads are shared and immutable.
/// </summary>
/// <remarks>
/// <para>
/// Mentions: runs of capitalised words (joined by name particles, and by <c>of</c> after an organisation or
/// place head: "Bank of England"), with leading sentence-initial common words, weekdays, months and titles
/// stripped. Preposed titles ("Special Envoy"), honorifics ("Mr."), demonyms ("Finnish" → affiliation Finland)
/// and organisations or countries before a title ("NATO Secretary General") give the person its title and
/// affiliation; an apposition ("Yuri Ushakov, foreign policy aide to …") gives a title too.
/// </para>
/// <para>
/// Typing, in order: the lexicons (people, countries, metonyms, places, organisations); a title or honorific
/// (person); an organisation head or company suffix as last word (organisation); a known given name as first word
/// (person); the article's other mentions (a surname seen with a full name); a results-table line (team names are
/// organisations); the words around ("in", "at" → place; "said" → person).
/// </para>
/// <para>
/// Metonyms: a capital or seat of <c>metonyms.tsv</c> ("Kyiv", "Washington", "the Kremlin") that is the subject of
/// a verb ("Kyiv said", "Washington presses"), begins a relative clause ("Kyiv, which …") or follows "according to"
/// stands for its country's government (a country mention); anywhere else it is a place.
/// </para>
/// <para>
/// Pronouns: "he"/"she" resolve to the most recent person of a compatible gender (given names, honorifics,
/// gendered titles), preferring the subject of the nearest sentence (first mention of the sentence) within three
/// sentences; "it" and "they" to the most recent organisation, group or country within two sentences.
/// </para>
/// </remarks>
internal sealed partial class ActorRecognizer
{
    private static readonly SpanSet s_connectors = new(["of", "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "al", "el", "bin", "ibn", "y", "&"]);

    private static readonly SpanSet s_placeHeads = new(["Gulf", "Sea", "Isle", "Isles", "Island", "Islands", "Bay", "Cape", "Republic", "Kingdom", "City", "Strait", "Straits", "Lake", "Mount", "Province", "State", "Duchy", "Port", "Bank", "Federation", "Emirates", "Plains"]);

    private static readonly SpanSet s_sayVerbs = new(["said", "says", "told", "added", "says", "wrote", "noted", "asked", "stated", "explained", "insisted", "argued", "warned", "announced", "declared", "replied", "tweeted", "claimed", "recalled"]);

    private static readonly SpanSet s_subjectVerbs = new(["said", "says", "told", "has", "have", "had", "will", "would", "wants", "wanted", "rejected", "denied", "accused", "announced", "warned", "insisted", "is", "was", "believes", "presses", "pressed", "pushed", "pushes", "agreed", "refused", "urged", "demanded", "sent", "signed", "threatened", "hopes", "expects", "sees", "responded", "called", "could", "may", "must", "should", "can", "did", "does", "plans", "seeks", "sought", "condemned", "criticized", "criticised", "backed", "supports", "opposes"]);

    private static readonly SpanSet s_placePrepositions = new(["in", "at", "near", "outside", "across", "throughout", "into", "to"]);

    private static readonly SpanSet s_orgDescriptions = new(["alliance", "company", "firm", "bloc", "organisation", "organization", "agency", "ministry", "party", "bank", "commission", "committee", "council", "broadcaster"]);

    private static readonly SpanSet s_eventHeads = new(["Cup", "Open", "Games", "Olympics", "Championship", "Championships", "Series", "Prix", "War", "Trophy", "Classic", "Masters", "Award", "Awards", "Prize", "Festival", "Day", "Fair", "Expo", "Show", "Exhibition", "Marathon", "Tournament"]);

    /// <summary>Lower-case words of sports reports: three of them make an article a sports report (<see cref="IsSportsArticle"/>).</summary>
    /// <remarks>
    /// Asked about every lower-case word of every article: the set's mask of first letters per length turns nearly all
    /// of them away before any lookup (a switch on the word compared its length and a character or two each time).
    /// </remarks>
    private static readonly SpanSet s_sportsCues = new([
        "beat", "beats", "defeated", "innings", "wickets", "goals", "goal", "scored", "match", "season", "championship",
        "league", "tournament", "striker", "coach", "halftime", "runs", "game", "games", "draw", "drew", "seeded", "won",
        "lost", "points", "title",
    ]);

    private static bool IsSportsCue(ReadOnlySpan<char> word) => s_sportsCues.Contains(word);

    private static readonly SpanSet s_placeNouns = new(["town", "village", "city", "region", "province", "district", "capital", "island", "state", "suburb", "area", "port", "county", "republic", "outskirts"]);

    private static readonly SpanSet s_groupNouns = new(["delegation", "leaders", "officials", "negotiators", "diplomats", "allies", "partners", "lawmakers"]);

    /// <summary>Last words that make a capitalised phrase a building or a site: "Convention Centre", "Shandao Station".</summary>
    private static readonly SpanSet s_facilityHeads = new(["Centre", "Center", "Hall", "Station", "Stadium", "Hotel", "Tower", "Towers", "Memorial", "Square", "Street", "Bridge", "Cave", "Arena", "Prison", "Road", "Avenue", "Boulevard", "Mosque", "Castle", "Plaza", "Terminal", "Highway", "Motorway"]);

    /// <summary>Last words of geographic names: "Hong Kong Island", "Persian Gulf", "Jordan Valley".</summary>
    private static readonly SpanSet s_geographicHeads = new(["Island", "Islands", "Bay", "Gulf", "Sea", "Strait", "Straits", "Peninsula", "River", "Valley", "Mountains", "Desert", "Coast", "Canal", "Ocean", "Hills", "Plateau", "Basin", "Delta"]);

    private static readonly SpanSet s_compassWords = new(["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Greater", "Upper", "Lower", "Downtown"]);

    /// <summary>Nouns of occupation that introduce a person's name: "fashion designer Halston", "illustrator Ann Lee".</summary>
    private static readonly SpanSet s_roleNouns = new(["designer", "musician", "singer", "actor", "actress", "author", "writer", "novelist", "poet", "illustrator", "artist", "painter", "photographer", "coauthor", "co-author", "director", "producer", "composer", "rapper", "comedian", "filmmaker", "journalist", "reporter", "columnist", "blogger", "curator", "scientist", "researcher", "professor", "student", "lawyer", "attorney", "activist", "entrepreneur", "businessman", "businesswoman", "striker", "midfielder", "defender", "goalkeeper", "forward", "coach", "manager", "captain", "pitcher", "driver", "rider", "cyclist", "skier", "boxer", "golfer", "sprinter", "swimmer"]);

    /// <summary>First words of geographic names: "Mount Kenya", "Lake Victoria", "Cape Horn".</summary>
    private static readonly SpanSet s_geographicFirstWords = new(["Mount", "Lake", "Cape"]);

    private static readonly SpanSet s_adjectiveTails = new(["born", "led", "run", "made", "held", "built", "bound", "style", "like", "era", "wide", "type", "class", "free", "centric", "friendly", "specific", "proof", "level", "area", "language", "speaker", "speakers", "war", "time", "winner", "origin", "owned"]);

    private static readonly SpanSet s_adjectivePrefixes = new(["Pro", "Anti", "Non", "Ex", "Pan", "Pre", "Post"]);

    /// <summary>Above this many words a recognizer is not kept for reuse, so that one huge article does not pin memory.</summary>
    private const int MaxRetainedWords = 1 << 18;

    /// <summary>How many candidates and entities a thread keeps for the next article.</summary>
    private const int MaxPooled = 4096;

    [ThreadStatic]
    private static ActorRecognizer? t_cached;

    private string _text = string.Empty;
    private readonly List<Word> _words = [];

    /// <summary>Scratch counts per line for <see cref="ClassifyLines"/>, kept from one article to the next.</summary>
    private int[] _lineCounts = [];

    /// <summary>Scratch sets of <see cref="ResolveCandidates"/> (the surnames of the article's people; the context votes), kept from one article to the next.</summary>
    private readonly HashSet<string> _surnames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActorKind> _votes = new(StringComparer.Ordinal);

    /// <summary>Scratch lists of <see cref="ResolvePronounsAndDescriptions"/> (the name mentions) and of <see cref="Emit"/> (the entities in text order).</summary>
    private readonly List<Candidate> _nameCandidates = [];
    private readonly List<(int First, int Entity)> _entityOrder = [];

    /// <summary>The last run of several words looked up among the named entities, and the lexicons that hold it (see <see cref="KnownEntityLexicons"/>).</summary>
    private (int A, int B, NamedLexicons Holders) _lastKnownRun = (-1, -1, NamedLexicons.None);
    private readonly List<Candidate> _candidates = [];
    private readonly List<(int Start, int End)> _datelines = []; // the place words of wire datelines, in word order
    private readonly List<Entity> _entities = [];
    private readonly Stack<Entity> _entityPool = new();
    private readonly Stack<Candidate> _candidatePool = new();
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _bySurface = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet32 _lowerWordHashes = new();
    private readonly HashSet32 _midSentenceCapitalHashes = new();
    private LineKind[] _lines = [];
    private int[] _lineDigits = [];
    private ulong[] _facts = [];
    private byte[] _titleAt = [];

    /// <summary>Creates a recognizer for one article's text.</summary>
    private ActorRecognizer()
    {
    }

    /// <summary>What <see cref="Is"/> can tell about a word; two bits each in a word's facts (asked, and the answer).</summary>
    private enum WordFact
    {
        GivenName,
        Demonym,
        OrgKeyword,
        PlaceAdjective,
        TitleModifier,
        NonEntity,
        NonEntityTitleAlone,
        NonEntityFunction,
        NonEntityStrong,
        NonEntityProduct,
        NamedFirst,
        TitleFirst,
        AffiliationFirst,
        PersonDescription,
        Known,
        InCountries,
        InPlaces,
        InOrganizations,
        InPeople,
        InMetonyms,
        PlaceFirst,
    }

    private enum LineKind
    {
        Prose,
        Upper,
        Table,
    }

    /// <summary>Finds the actors of <paramref name="text"/> and fills <paramref name="actors"/> and <paramref name="index"/>.</summary>
    /// <remarks>Thread-safe: each thread reuses its own recognizer (its word and candidate buffers), cleared after each text.</remarks>
    public static void Recognize(string text, List<Actor> actors, ActorMentionIndex index)
    {
        ActorRecognizer recognizer = t_cached ?? new ActorRecognizer();
        t_cached = null;
        try
        {
            recognizer._text = text;
            recognizer.Run(actors, index);
        }
        finally
        {
            if (recognizer.Clear())
            {
                t_cached = recognizer;
            }
        }
    }

    /// <summary>Forgets the last text; false when the buffers grew too large to keep.</summary>
    private bool Clear()
    {
        bool keep = _words.Count <= MaxRetainedWords;
        _text = string.Empty;
        _words.Clear();
        Recycle(_candidates, _candidatePool, keep);
        Recycle(_entities, _entityPool, keep);
        _byKey.Clear();
        _bySurface.Clear();
        _lowerWordHashes.Clear();
        _surnames.Clear();
        _votes.Clear();
        _nameCandidates.Clear();
        _entityOrder.Clear();
        _midSentenceCapitalHashes.Clear();
        _bySurname.Clear();
        _extraMentions.Clear();
        _datelines.Clear();
        _personLines.Clear();
        _sports = false;
        _sportsCues = 0;
        _lines = [];
        _lineDigits = [];
        if (!keep)
        {
            _facts = [];
            _titleAt = [];
        }

        return keep;
    }

    private void Run(List<Actor> actors, ActorMentionIndex index)
    {
        _lastKnownRun = (-1, -1, NamedLexicons.None);
        int lineCount = WordScanner.Scan(_text, _words);
        ForgetFacts();
        ClassifyLines(lineCount);
        MarkDatelines();
        CollectWordSets();
        FindCandidates();
        ResolveCandidates();
        MatchUpperLines();
        ResolvePronounsAndDescriptions();
        Emit(actors, index);
    }

    private ReadOnlySpan<char> Span(Word w) => _text.AsSpan(w.Start, w.Length);

    private ReadOnlySpan<char> Span(int fromWord, int toWord)
    {
        ReadOnlySpan<Word> words = CollectionsMarshal.AsSpan(_words);
        int start = words[fromWord].Start;
        return _text.AsSpan(start, words[toWord - 1].End - start);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsText(int i, string value) => i >= 0 && i < _words.Count && Span(_words[i]).SequenceEqual(value);

    private void ClassifyLines(int lineCount)
    {
        _lines = new LineKind[lineCount];
        int[] digits = new int[lineCount];

        // the other counts are needed only here: one buffer of the recognizer's, reused from article to article
        if (_lineCounts.Length < 3 * lineCount)
        {
            _lineCounts = new int[Math.Max(3 * lineCount, 2 * _lineCounts.Length)];
        }

        Span<int> counts = _lineCounts.AsSpan(0, 3 * lineCount);
        counts.Clear();
        Span<int> lower = counts[..lineCount];
        Span<int> capital = counts.Slice(lineCount, lineCount);
        Span<int> upper = counts.Slice(2 * lineCount, lineCount);
        foreach (ref readonly Word w in CollectionsMarshal.AsSpan(_words))
        {
            if (w.Is(WordFlags.Lower))
            {
                lower[w.Line]++;
            }
            else if (w.Is(WordFlags.Digit))
            {
                digits[w.Line]++;
            }
            else if (w.Is(WordFlags.Capitalised))
            {
                capital[w.Line]++;
                if (w.Is(WordFlags.Upper) || w.Length == 1)
                {
                    upper[w.Line]++;
                }
            }
        }

        _lineDigits = digits;
        for (int i = 0; i < lineCount; i++)
        {
            if (capital[i] > 0 && upper[i] == capital[i] && lower[i] == 0)
            {
                _lines[i] = LineKind.Upper;
            }
            else if (digits[i] > 0 && lower[i] <= 2 && lower[i] * 2 <= capital[i] + digits[i])
            {
                _lines[i] = LineKind.Table;
            }
        }
    }

    /// <remarks>
    /// The lower-case words are asked about only for the words that begin sentences ("Police" and "police"), so only
    /// those of a length and first letter some sentence begins with are hashed and kept: a tenth of them or so.
    /// </remarks>
    private void CollectWordSets()
    {
        // for each word length (31 for longer), the first letters (folded to upper case, modulo 64) of the words that begin sentences
        Span<ulong> sentenceStarts = stackalloc ulong[32];
        sentenceStarts.Clear();
        foreach (ref readonly Word w in CollectionsMarshal.AsSpan(_words))
        {
            if (w.Is(WordFlags.SentenceStart))
            {
                sentenceStarts[Math.Min(w.Length, 31)] |= 1UL << (FoldUpper(_text[w.Start]) & 63);
            }
        }

        foreach (ref readonly Word w in CollectionsMarshal.AsSpan(_words))
        {
            if (w.Is(WordFlags.Lower))
            {
                if ((sentenceStarts[Math.Min(w.Length, 31)] & (1UL << (FoldUpper(_text[w.Start]) & 63))) != 0)
                {
                    _lowerWordHashes.Add(WordHash(Span(w), ignoreCase: true));
                }

                if (_sportsCues < 3 && w.Length >= 3 && IsSportsCue(Span(w)))
                {
                    _sportsCues++; // only "at least three" matters
                }
            }
            else if (w.Is(WordFlags.Capitalised) && !w.Is(WordFlags.SentenceStart) && _lines[w.Line] == LineKind.Prose)
            {
                _midSentenceCapitalHashes.Add(WordHash(Span(w), ignoreCase: false));
            }
        }
    }

    /// <summary>The case folding of <see cref="WordHash"/> with <c>ignoreCase</c>, for one character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char FoldUpper(char c) => c < 0x80 ? (char.IsAsciiLetterLower(c) ? (char)(c - 32) : c) : char.ToUpperInvariant(c);

    /// <summary>
    /// A word's hash for the sets of words seen in the article: FNV-1a over its characters, folded to upper case
    /// (invariant simple case mapping, the same as <see cref="StringComparison.OrdinalIgnoreCase"/>) when
    /// <paramref name="ignoreCase"/>. Deterministic, unlike <see cref="string.GetHashCode()"/>, and a fraction of its cost.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int WordHash(ReadOnlySpan<char> word, bool ignoreCase)
    {
        uint h = 2166136261;
        foreach (char c in word)
        {
            char d = !ignoreCase ? c : FoldUpper(c);
            h = (h ^ d) * 16777619;
        }

        return (int)h;
    }

    private bool IsNameWord(int i) => i < _words.Count && _words[i].Is(WordFlags.Capitalised);

    /// <summary>
    /// Finds the wire-service datelines (<see cref="WireDateline"/>) that open lines of prose ("BRUSSELS (Reuters) — …").
    /// Their place words are looked up as a headline's are (<see cref="MatchUpperLines"/>), never read as a name of
    /// their own, and the word after the dash begins a sentence.
    /// </summary>
    private void MarkDatelines()
    {
        Span<Word> words = CollectionsMarshal.AsSpan(_words); // the loop sets flags on later words, never adds any
        for (int i = 0; i < words.Length; i++)
        {
            if ((words[i].Flags & (WordFlags.LineStart | WordFlags.Upper)) != (WordFlags.LineStart | WordFlags.Upper))
            {
                continue; // read before the word is copied
            }

            Word first = words[i];
            if (_lines[first.Line] != LineKind.Prose)
            {
                continue;
            }

            ReadOnlySpan<char> line = _text.AsSpan(first.Start, Math.Min(_text.Length - first.Start, 160));
            int lineEnd = line.IndexOfAny('\n', '\u2029', '\u2028');
            if (!WireDateline.TryMatch(lineEnd >= 0 ? line[..lineEnd] : line, out int placeEnd, out int bodyStart))
            {
                continue;
            }

            int end = i;
            while (end < _words.Count && _words[end].Start < first.Start + placeEnd)
            {
                end++;
            }

            int body = end;
            while (body < _words.Count && _words[body].Start < first.Start + bodyStart)
            {
                body++;
            }

            _datelines.Add((i, end));
            if (body < _words.Count)
            {
                _words[body] = _words[body] with { Flags = _words[body].Flags | WordFlags.SentenceStart };
            }
        }
    }

    /// <summary>The end of the dateline's place words that begin at word <paramref name="i"/>, or 0.</summary>
    private int DatelineEnd(int i)
    {
        foreach ((int start, int end) in CollectionsMarshal.AsSpan(_datelines))
        {
            if (start == i)
            {
                return end;
            }
        }

        return 0;
    }

    private void FindCandidates()
    {
        int i = 0;
        while (i < _words.Count)
        {
            // most words are neither capitalised nor first on a line, which both tests below pass over
            ReadOnlySpan<Word> words = CollectionsMarshal.AsSpan(_words);
            while (i < words.Length && (words[i].Flags & (WordFlags.Capitalised | WordFlags.LineStart)) == 0)
            {
                i++;
            }

            if (i >= words.Length)
            {
                break;
            }

            Word w = words[i];
            if (_datelines.Count > 0 && w.Is(WordFlags.LineStart) && DatelineEnd(i) is int datelineEnd and > 0)
            {
                i = datelineEnd; // read as a headline's words are (MatchUpperLines)
                continue;
            }

            if (!w.Is(WordFlags.Capitalised) || _lines[w.Line] == LineKind.Upper)
            {
                i++;
                continue;
            }

            int end = i + 1;
            int firstOfHead = -1; // the word before the run's first joined "of"/"for": an organisation head lets later ones join
            while (end < _words.Count && _words[end].Line == w.Line)
            {
                Word next = _words[end];
                if (firstOfHead < 0 && (IsText(end, "of") || IsText(end, "for")))
                {
                    firstOfHead = end - 1;
                }

                if (next.Is(WordFlags.Capitalised) && next.Start - _words[end - 1].End <= 1 && !IsFunctionWord(end))
                {
                    end++;
                    continue;
                }

                if ((IsText(end, "of") || IsText(end, "for")) && IsText(end + 1, "the") && IsNameWord(end + 2) && _words[end + 2].Line == w.Line && (HeadAllowsOf(end - 1) || IsOrgHeadBefore(firstOfHead, end)))
                {
                    end += 3;
                    continue;
                }

                if (IsText(end, "for") && IsNameWord(end + 1) && _words[end + 1].Line == w.Line && HeadAllowsOf(end - 1))
                {
                    end += 2;
                    continue;
                }

                if (next.Is(WordFlags.Lower) && Has(s_connectors, Span(next)) && end + 2 < _words.Count && _words[end + 1].Is(WordFlags.Lower) && !IsText(end, "of")
                    && Has(s_connectors, Span(_words[end + 1])) && IsNameWord(end + 2) && _words[end + 2].Line == w.Line)
                {
                    end += 3; // "von der Leyen"
                    continue;
                }

                if (next.Is(WordFlags.Lower) && Has(s_connectors, Span(next)) && IsNameWord(end + 1) && _words[end + 1].Line == w.Line)
                {
                    bool isOf = Span(next).SequenceEqual("of");
                    if (!isOf || HeadAllowsOf(end - 1) || IsOrgHeadBefore(firstOfHead, end))
                    {
                        end += 2;
                        continue;
                    }
                }

                if (next.Length == 1 && _text[next.Start] == '&' && IsNameWord(end + 1))
                {
                    end += 2;
                    continue;
                }

                break;
            }

            ProcessRun(i, end);
            i = end;
        }
    }

    /// <summary>
    /// A capitalised function word or pronoun ("The", "He") after an abbreviation with its dot does not continue the
    /// name: the abbreviation ended the sentence ("… to the U.S. The President …").
    /// </summary>
    private bool IsFunctionWord(int i) =>
        _text[_words[i - 1].End - 1] == '.' && Is(i, WordFact.NonEntityFunction);

    /// <summary>
    /// Whether the run already joined an "of"/"for" after an organisation head (<paramref name="firstOfHead"/>, before
    /// <paramref name="end"/>), so that a later "of" joins too: "Joint Council for the Welfare of Immigrants".
    /// </summary>
    private bool IsOrgHeadBefore(int firstOfHead, int end) =>
        firstOfHead >= 0 && firstOfHead < end - 1 && Is(firstOfHead, WordFact.OrgKeyword);

    private bool HeadAllowsOf(int wordIndex)
    {
        ReadOnlySpan<char> head = Span(_words[wordIndex]);
        return Lexicons.OrgKeywords.Contains(head) || Has(s_placeHeads, head);
    }

    /// <summary>Length in words of a preposed title beginning at word <paramref name="i"/>, 0 when none.</summary>
    private int IsTitleAt(int i)
    {
        if (i >= _words.Count)
        {
            return 0;
        }

        if (_titleAt[i] == 0)
        {
            _titleAt[i] = (byte)(TitleLengthAt(i) + 1);
        }

        return _titleAt[i] - 1;
    }

    /// <summary>The number of words of the title (not a post-title) that begins at word <paramref name="i"/>, 0 when none.</summary>
    private int TitleLengthAt(int i)
    {
        int longest = Is(i, WordFact.TitleFirst) ? 4 : 1;
        for (int n = Math.Min(longest, _words.Count - i); n >= 1; n--)
        {
            if (!AllNameWords(i, i + n))
            {
                continue;
            }

            ImmutableArray<TitleEntry> found = Lexicons.Titles.Find(Span(i, i + n));
            foreach (TitleEntry t in found)
            {
                if (t.Position != TitlePosition.Post)
                {
                    return n;
                }
            }
        }

        return 0;
    }

    private bool AllNameWords(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (!_words[k].Is(WordFlags.Word) || (k > from && _words[k].Line != _words[from].Line))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The longest lexicon match (countries, organisations, places) beginning at word i, in words.</summary>
    private int AffiliationAt(int i, int end, out string? name, out int entityKind)
    {
        int longest = Is(i, WordFact.AffiliationFirst) ? 5 : 1;
        for (int n = Math.Min(longest, end - i); n >= 1; n--)
        {
            if (n == 1 && !Is(i, WordFact.Known))
            {
                continue; // every country and organisation name is a named entity
            }

            ReadOnlySpan<char> s = Span(i, i + n);
            if (Lexicons.Countries.TryGet(s, out CountryEntry? country))
            {
                name = country.Name;
                entityKind = (int)ActorKind.Country;
                return n;
            }

            if (Lexicons.Organizations.TryGet(s, out OrganizationEntry? org))
            {
                name = org.Name;
                entityKind = (int)ActorKind.Organization;
                return n;
            }
        }

        name = null;
        entityKind = -1;
        return 0;
    }

    private void ProcessRun(int a, int b)
    {
        // Leading noise: sentence-initial common words, function words, weekdays, months.
        while (a < b && IsNoise(a, b))
        {
            a++;
        }

        while (b > a && IsStrippable(b - 1, single: b - a == 1) && !IsKnownEntity(b - 1, b) && !(b - a == 1 && IsDefiniteHead(a)) && !(b - a == 2 && Is(a, WordFact.GivenName)))
        {
            b--;
        }

        if (a >= b)
        {
            return;
        }

        if (IsKnownEntity(a, b))
        {
            Classify(a, b);
            return;
        }

        // "Secretary of State John Kerry", "Secretary of the Treasury Jane Doe": the run began inside a title with "of" in
        // it, which the title loop below reads whole.
        if (b - a >= 2 && a >= 2 && (IsText(a - 1, "of") || (IsText(a - 1, "the") && IsText(a - 2, "of"))))
        {
            for (int t = a - 2; t >= Math.Max(0, a - 3); t--)
            {
                if (_words[t].Line == _words[a].Line && IsTitleAt(t) == a - t + 1)
                {
                    a = t;
                    break;
                }
            }
        }

        // "Minister of Education Stefania Giannini": the portfolio after "Title of" is no part of the name, but of the title.
        string? leadingTitle = null;
        if (a > 1 && (IsText(a - 1, "of") || IsText(a - 1, "for")) && IsTitleAt(a - 2) == 1)
        {
            int k = a + 1;
            while (k < b - 1 && !Is(k, WordFact.GivenName) && IsTitleAt(k) == 0)
            {
                k++;
            }

            if (k < b - 1)
            {
                leadingTitle = IsTitleAt(k) == 0 && _words[a - 2].Line == _words[k].Line ? Span(a - 2, k).ToString() : null;
                a = k;
            }
        }

        // "the Los Angeles Sheriff's office": a title that ends the run before 's is not a person.
        if (b - a >= 2 && b < _words.Count && _words[b].Is(WordFlags.Possessive) && IsTitleAt(b - 1) == 1 && IsTitleAt(b - 2) == 0 && IsTitleAt(a) == 0)
        {
            Classify(a, b - 1);
            return;
        }

        string? title = leadingTitle;
        string? affiliation = null;
        LexiconGender gender = LexiconGender.Unknown;
        bool honorific = false;
        if (b - a >= 2 && IsTitleAt(a) == b - a - 1 && (Is(b - 1, WordFact.OrgKeyword) || Has(s_facilityHeads, Span(_words[b - 1]))))
        {
            Classify(a, b);
            return; // "Duke University", "Prince Hospital": a title word that names a body
        }

        while (a < b)
        {
            int n = IsTitleAt(a);
            if (n > 0 && n < b - a + 1)
            {
                TitleEntry t = Lexicons.Titles.Find(Span(a, a + n))[0];
                if (t.Kind == TitleKind.Honorific)
                {
                    honorific = true;
                }
                else
                {
                    title = title is null ? Span(a, a + n).ToString() : title + " " + Span(a, a + n).ToString();
                }

                if (t.Gender != LexiconGender.Unknown)
                {
                    gender = t.Gender;
                }

                a += n;
                if (a < b - 1 && (IsText(a, "for") || IsText(a, "of")) && t.Kind != TitleKind.Honorific)
                {
                    // "Under Secretary of State for Political Affairs Wendy Sherman": the portfolio belongs to the title
                    int k = a + 1;
                    while (k < b - 1 && !Is(k, WordFact.GivenName))
                    {
                        k++;
                    }

                    if (k < b - 1)
                    {
                        title += " " + Span(a, k).ToString();
                        a = k;
                    }
                }

                continue;
            }

            if (Is(a, WordFact.TitleModifier) && a + 1 < b && IsTitleAt(a + 1) > 0)
            {
                a++;
                continue;
            }

            if (Is(a, WordFact.Demonym) && Lexicons.Demonyms.TryGet(Span(_words[a]), out CountryEntry? demonym) && a + 1 < b && !DemonymNamesOrganization(a, b))
            {
                affiliation = demonym.Name;
                a++;
                continue;
            }

            int m = AffiliationAt(a, b, out string? affName, out int affKind);
            if (m > 0 && a + m < b && IsTitleAt(a + m) > 0)
            {
                affiliation = affName;
                AddCandidate(a, a + m, (ActorKind)affKind, affName!, null, null, LexiconGender.Unknown, known: true);
                a += m;
                continue;
            }

            break;
        }

        if (a >= b)
        {
            return;
        }

        int split = title is null && !honorific ? PersonAfterBody(a, b) : 0;
        if (split > a)
        {
            Classify(a, split);
            Classify(split, b);
            return; // "the Refugee Council Enver Solomon", "Ambassador to the United States Hamdullah Mohib"
        }

        if (title is not null || honorific)
        {
            string? key = null;
            if (Lexicons.People.TryGet(Span(a, b), out PersonEntry? known))
            {
                key = "P:" + known.Name;
                gender = gender == LexiconGender.Unknown ? known.Gender : gender;
            }

            AddCandidate(a, b, ActorKind.Person, key, title, affiliation, gender, known: true);
            return;
        }

        Classify(a, b);
    }

    private bool IsNoise(int a, int b)
    {
        Word w = _words[a];
        ReadOnlySpan<char> s = Span(w);
        if (b == a + 1 && IsDefiniteHead(a))
        {
            return false; // "the Church": may name an organisation of the article
        }

        if (IsStrippable(a, single: b - a == 1) && !KnownPrefix(a, b))
        {
            return true;
        }

        if (b == a + 1 && !w.Is(WordFlags.Upper) && Is(a, WordFact.PersonDescription))
        {
            return true; // "Officials", "Police"
        }

        if (!w.Is(WordFlags.SentenceStart) || IsKnownEntity(a, b) || IsKnownEntity(a, a + 1) || IsTitleAt(a) > 0)
        {
            return false;
        }

        if (Is(a, WordFact.GivenName) || Is(a, WordFact.Demonym))
        {
            return false;
        }

        if (_lowerWordHashes.Contains(WordHash(s, ignoreCase: true)))
        {
            return true;
        }

        if (_lines[w.Line] == LineKind.Table)
        {
            return false; // a results table begins its rows with names
        }

        // A sentence-initial word alone, never capitalised elsewhere mid-sentence: a common word.
        return b == a + 1 && !_midSentenceCapitalHashes.Contains(WordHash(s, ignoreCase: false)) && !NextIsSayVerb(b);
    }

    /// <summary>
    /// A capitalised word that is no name: always when it is a function word, a weekday, a month or a time word;
    /// the generic words that also begin names ("New", "North", "World") only when they stand alone.
    /// </summary>
    private bool IsStrippable(int i, bool single) =>
        Is(i, WordFact.NonEntity) && !Is(i, WordFact.NonEntityTitleAlone) && (single || Is(i, WordFact.NonEntityStrong)); // titles alone are read by the title loop: "President Volodymyr Zelensky"

    /// <summary>An organisation head after "the" ("the Church", "the Commission"), which may stand for a body named before.</summary>
    private bool IsDefiniteHead(int i) =>
        i > 0 && (IsText(i - 1, "the") || IsText(i - 1, "The")) && !_words[i].Is(WordFlags.Upper) && Is(i, WordFact.OrgKeyword);

    private bool KnownPrefix(int a, int b)
    {
        int longest = Is(a, WordFact.NamedFirst) ? Math.Min(b, a + 5) : Math.Min(b, a + 1);
        for (int k = longest; k > a; k--)
        {
            if (IsKnownEntity(a, k))
            {
                return true;
            }
        }

        return false;
    }

    private bool NextIsSayVerb(int b) => b < _words.Count && Has(s_sayVerbs, Span(_words[b]));

    private bool IsKnownEntity(int a, int b) => b == a + 1 ? Is(a, WordFact.Known) : KnownEntityLexicons(a, b) != NamedLexicons.None;

    /// <summary>
    /// Which named-entity lexicons hold words <paramref name="a"/> to <paramref name="b"/> exactly (none unless
    /// <see cref="IsKnownEntity"/>): the lexicons that do not are then not asked.
    /// </summary>
    /// <remarks>
    /// A run of several words is looked up once: the answer for the last such run is kept (a run found known is
    /// asked again at once, when it is classified).
    /// </remarks>
    private NamedLexicons KnownEntityLexicons(int a, int b)
    {
        if (b != a + 1)
        {
            if (a != _lastKnownRun.A || b != _lastKnownRun.B)
            {
                _lastKnownRun = (a, b, Is(a, WordFact.NamedFirst) ? Lexicons.NamedEntities.LexiconsOf(Span(a, b)) : NamedLexicons.None);
            }

            return _lastKnownRun.Holders;
        }

        if (!Is(a, WordFact.Known))
        {
            return NamedLexicons.None;
        }

        return (Is(a, WordFact.InCountries) ? NamedLexicons.Countries : NamedLexicons.None)
            | (Is(a, WordFact.InPlaces) ? NamedLexicons.Places : NamedLexicons.None)
            | (Is(a, WordFact.InOrganizations) ? NamedLexicons.Organizations : NamedLexicons.None)
            | (Is(a, WordFact.InPeople) ? NamedLexicons.People : NamedLexicons.None)
            | (Is(a, WordFact.InMetonyms) ? NamedLexicons.Metonyms : NamedLexicons.None);
    }

    private void Classify(int a, int b)
    {
        ReadOnlySpan<char> s = Span(a, b);
        if (b == a + 1 && b < _words.Count && _words[b].Is(WordFlags.Lower) && Is(a, WordFact.PlaceFirst) && Lexicons.Places.TryGet(Span(a, b + 1), out PlaceEntry? described))
        {
            AddCandidate(a, b + 1, ActorKind.Place, "L:" + described.Name, null, null, LexiconGender.Neuter, known: true);
            return; // "the Crimean peninsula"
        }

        if (b == a + 1 && b < _words.Count && _words[b].Is(WordFlags.Lower) && (Is(a, WordFact.Demonym) || Is(a, WordFact.PlaceAdjective)))
        {
            AddGroup(a, b);
            return; // an adjective: "the Baltic states", "Finnish officials"
        }

        if (a > 0 && IsText(a - 1, "/") && _words[a - 1].End == _words[a].Start)
        {
            return; // a piece of a link
        }

        if (IsHyphenatedAdjective(Span(_words[b - 1])))
        {
            return; // "New York-based", "France-registered", "German-Israeli"
        }

        if (b == a + 1 && (HasDigitAndLower(s) || s.Length == 1 || IsModelCode(s)))
        {
            return;
        }

        // One lookup tells which of the five named-entity lexicons know the name: most names are unknown.
        NamedLexicons holders = KnownEntityLexicons(a, b);
        if ((holders & NamedLexicons.People) != 0 && Lexicons.People.TryGet(s, out PersonEntry? person))
        {
            AddCandidate(a, b, ActorKind.Person, "P:" + person.Name, null, null, person.Gender, known: true);
            return;
        }

        if ((holders & NamedLexicons.Countries) != 0 && Lexicons.Countries.TryGet(s, out CountryEntry? country))
        {
            AddCandidate(a, b, ActorKind.Country, country.Name, null, null, LexiconGender.Neuter, known: true);
            AddGroup(a, b);
            return;
        }

        if (a > 0 && IsText(a - 1, "on") && Lexicons.SocialPlatforms.Contains(s))
        {
            return; // "on X", "on Telegram": a channel, not an actor.
        }

        if ((holders & NamedLexicons.Metonyms) != 0 && Lexicons.Metonyms.TryGet(s, out MetonymEntry? metonym) && IsMetonymContext(a, b))
        {
            AddCandidate(a, b, metonym.TargetKind == MetonymTargetKind.Country ? ActorKind.Country : ActorKind.Organization, metonym.Target, null, null, LexiconGender.Neuter, known: true);
            return;
        }

        if ((holders & NamedLexicons.Places) != 0 && Lexicons.Places.TryGet(s, out PlaceEntry? place))
        {
            AddCandidate(a, b, ActorKind.Place, "L:" + place.Name, null, null, LexiconGender.Neuter, known: true);
            return;
        }

        if ((holders & NamedLexicons.Organizations) != 0 && Lexicons.Organizations.TryGet(s, out OrganizationEntry? org))
        {
            AddCandidate(a, b, ActorKind.Organization, org.Name, null, null, LexiconGender.Neuter, known: true);
            return;
        }

        if (b == a + 1 ? Is(a, WordFact.Demonym) || Is(a, WordFact.PlaceAdjective) : Lexicons.Demonyms.Contains(s) || Lexicons.PlaceAdjectives.Contains(s))
        {
            AddGroup(a, b);
            return;
        }

        if (IsProductName(a, b))
        {
            return; // "Internet Explorer", "Mozilla Firefox", "PlayStation VR": products, not actors
        }

        if ((b == a + 1 && (s.Contains('\'') || s.Contains('\u2019'))) || (b == a + 1 && (Is(a, WordFact.PlaceAdjective) || Lexicons.Groups.Contains(s))))
        {
            return;
        }

        // A run that is a demonym then a known entity: "Russian Gazprom" -> drop the adjective.
        if (b > a + 1 && (Is(a, WordFact.Demonym) || Is(a, WordFact.PlaceAdjective)) && !DemonymNamesOrganization(a, b))
        {
            Classify(a + 1, b);
            return;
        }

        // Split a run that holds two known entities side by side ("Moscow Kremlin" is rare; "Britain Germany" in tables).
        if (b > a + 1 && _lines[_words[a].Line] == LineKind.Table)
        {
            int m = AffiliationAt(a, b, out _, out _);
            if (m > 0 && m < b - a)
            {
                Classify(a, a + m);
                Classify(a + m, b);
                return;
            }
        }

        ReadOnlySpan<char> last = Span(_words[b - 1]);
        if (b == a + 1 && Is(a, WordFact.OrgKeyword))
        {
            // "Cup", "League" alone are no actors; "the Commission" may name an organisation of the article.
            AddCandidate(a, b, null, "H:", null, null, LexiconGender.Neuter, known: false);
            return;
        }

        if (b > a + 1 && Has(s_eventHeads, last))
        {
            return; // "World Cup", "French Open": events, not actors.
        }

        int head = HeadBeforeOf(a, b);
        if (head > a && head < b - 1 && Is(head, WordFact.OrgKeyword) && !Has(s_eventHeads, Span(_words[head])))
        {
            // "Andy Warhol Foundation for the Visual Arts", "Comic Corps of Canada": the head comes before "of" or "for".
            AddCandidate(a, b, ActorKind.Organization, null, null, null, LexiconGender.Neuter, known: true);
            return;
        }

        if (b > a + 1 && head < b - 1 && (Has(s_placeHeads, Span(_words[head])) || Has(s_geographicHeads, Span(_words[head]))))
        {
            AddCandidate(a, b, ActorKind.Place, null, null, null, LexiconGender.Neuter, known: true);
            return; // "Plains of Arafat", "Gulf of Aden"
        }

        if (b > a + 1 && _lines[_words[a].Line] == LineKind.Prose && Has(s_compassWords, Span(_words[a])) && Lexicons.Places.TryGet(Span(a + 1, b), out _))
        {
            AddCandidate(a, b, ActorKind.Place, null, null, null, LexiconGender.Neuter, known: true);
            return; // "East Los Angeles", "Northern Texas"
        }

        if (b > a + 2 && Lexicons.OrgKeywords.Contains(Span(b - 2, b)))
        {
            AddCandidate(a, b, ActorKind.Organization, null, null, null, LexiconGender.Neuter, known: true);
            return; // "Irving Independent School District", "Dallas Medical Center"
        }

        if (b > a + 1 && head == b - 1 && IsSiteName(a, b))
        {
            AddCandidate(a, b, ActorKind.Place, null, null, null, LexiconGender.Neuter, known: true);
            return;
        }

        if (Is(b - 1, WordFact.OrgKeyword) || Lexicons.CompanySuffixes.Contains(last) || (b > a + 1 && IsText(b - 2, "&")))
        {
            AddCandidate(a, b, ActorKind.Organization, null, null, null, LexiconGender.Neuter, known: true);
            return;
        }

        if (b > a + 1 && Is(a, WordFact.OrgKeyword) && !Is(a, WordFact.GivenName))
        {
            AddCandidate(a, b, ActorKind.Organization, null, null, null, LexiconGender.Neuter, known: true);
            return;
        }

        if (b > a + 1 && IsTeamName(a, b))
        {
            AddCandidate(a, b, ActorKind.Organization, null, null, null, LexiconGender.Neuter, known: true);
            return; // "Ontario Ghostbusters", "Toronto Raptors": a place and a plural
        }

        if (IsBeforeRegion(a, b))
        {
            AddCandidate(a, b, ActorKind.Place, null, null, null, LexiconGender.Neuter, known: true);
            return; // "Evansville, Indiana", "Irving, Texas"
        }

        if (Lexicons.GivenNames.TryGet(Span(_words[a]), out GivenNameEntry? given) && (b > a + 1 || !_words[a].Is(WordFlags.Upper)))
        {
            AddCandidate(a, b, ActorKind.Person, null, null, null, given.Gender, known: b > a + 1);
            return;
        }

        for (int k = a; k < b && b > a + 1; k++)
        {
            if (Is(k, WordFact.NonEntity))
            {
                AddCandidate(a, b, ActorKind.Organization, null, null, null, LexiconGender.Neuter, known: false);
                return;
            }
        }

        AddCandidate(a, b, null, null, null, null, LexiconGender.Unknown, known: false);
    }

    /// <summary>
    /// Where a two-word personal name begins after the name of a body or a country in one run ("Refugee Council Enver
    /// Solomon", "United States Hamdullah Mohib"); 0 when the run is one name.
    /// </summary>
    private int PersonAfterBody(int a, int b)
    {
        int k = b - 2;
        if (k - a < 1 || !_words[k - 1].Is(WordFlags.Capitalised) || !IsPlainNameWord(k) || !IsPlainNameWord(k + 1) || IsKnownEntity(k, b) || _words[k].Line != _words[a].Line)
        {
            return 0;
        }

        if (AffiliationAt(a, k, out _, out _) == k - a)
        {
            return k;
        }

        return k - a >= 2 && (Is(k - 1, WordFact.OrgKeyword) || (HeadBeforeOf(a, k) < k - 1 && Is(HeadBeforeOf(a, k), WordFact.OrgKeyword))) ? k : 0;
    }

    /// <summary>A capitalised word that can be part of a personal name: no head, suffix, title or common capitalised word.</summary>
    private bool IsPlainNameWord(int i)
    {
        Word w = _words[i];
        if (!w.Is(WordFlags.Capitalised) || w.Is(WordFlags.Upper))
        {
            return false;
        }

        ReadOnlySpan<char> s = Span(w);
        return !Lexicons.OrgKeywords.Contains(s) && !Lexicons.CompanySuffixes.Contains(s) && !Lexicons.NonEntityWords.Contains(s)
            && !Has(s_facilityHeads, s) && !Has(s_geographicHeads, s) && !Has(s_eventHeads, s) && IsTitleAt(i) == 0 && !Lexicons.Demonyms.Contains(s);
    }

    /// <summary>A known place or country followed by one capitalised plural: the name of a team or a club.</summary>
    private bool IsTeamName(int a, int b)
    {
        ReadOnlySpan<char> last = Span(_words[b - 1]);
        if (last.Length < 4 || last[^1] != 's' || last[^2] is 's' or '\'' || !char.IsLower(last[1]) || Has(s_geographicHeads, last))
        {
            return false;
        }

        ReadOnlySpan<char> place = Span(a, b - 1);
        return (Lexicons.Places.Contains(place) || Lexicons.Countries.Contains(place)) && !Is(a, WordFact.GivenName); // not "Chad Curtis"
    }

    /// <summary>A product of <c>non-entity-capitalised.tsv</c> as the whole run or one of its words.</summary>
    private bool IsProductName(int a, int b)
    {
        if (Lexicons.NonEntityWords.TryGet(Span(a, b), out NonEntityEntry? whole) && whole.Reason == "product")
        {
            return true;
        }

        for (int k = a; k < b && b > a + 1; k++)
        {
            if (Is(k, WordFact.NonEntityProduct))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Capitals then digits, as in model and version names ("IE6", "MH17"); not one letter ("G7").</summary>
    private static bool IsModelCode(ReadOnlySpan<char> s)
    {
        int k = 0;
        while (k < s.Length && char.IsAsciiLetterUpper(s[k]))
        {
            k++;
        }

        if (k < 2 || k == s.Length)
        {
            return false;
        }

        for (int d = k; d < s.Length; d++)
        {
            if (!char.IsAsciiDigit(s[d]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A name before a comma and a known state or province that ends the phrase ("Evansville, Indiana, …", "Irving,
    /// Texas"): a town. Not inside a list ("…, Smith, Texas").
    /// </summary>
    private bool IsBeforeRegion(int a, int b)
    {
        if (b + 1 >= _words.Count || !IsText(b, ",") || !_words[b + 1].Is(WordFlags.Capitalised) || _words[b + 1].Line != _words[a].Line)
        {
            return false;
        }

        if (a > 0 && (IsText(a - 1, ",") || IsText(a - 1, "and") || IsText(a - 1, "or") || IsText(a - 1, "&")))
        {
            return false;
        }

        int longest = Lexicons.Places.MayBeginLonger(Span(_words[b + 1])) ? 3 : 1;
        for (int n = Math.Min(longest, _words.Count - b - 1); n >= 1; n--)
        {
            if (!AllNameWords(b + 1, b + 1 + n) || (b + 1 + n < _words.Count && _words[b + 1 + n].Is(WordFlags.Capitalised) && _words[b + 1 + n].Start - _words[b + n].End <= 1))
            {
                continue;
            }

            if (Lexicons.Places.TryGet(Span(b + 1, b + 1 + n), out PlaceEntry? region) && region.Kind == PlaceKind.Region)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The word before the run's first "of" or "for" ("Foundation" of "Andy Warhol Foundation for the Visual Arts"),
    /// else the last word.
    /// </summary>
    private int HeadBeforeOf(int a, int b)
    {
        for (int k = a + 1; k < b - 1; k++)
        {
            if (IsText(k, "of") || IsText(k, "for"))
            {
                return k - 1;
            }
        }

        return b - 1;
    }

    /// <summary>
    /// A building, a site or a geographic feature by its last or first word: "Metro Convention Centre", "Shandao
    /// Station", "Hong Kong Island", "Mount Kenya" (not a "Medical Center" or "Research Centre", which are bodies).
    /// </summary>
    private bool IsSiteName(int a, int b)
    {
        ReadOnlySpan<char> last = Span(_words[b - 1]);
        if (Has(s_geographicHeads, last) || Has(s_geographicFirstWords, Span(_words[a])))
        {
            return true;
        }

        return Has(s_facilityHeads, last) && !(b > a + 2 && Lexicons.OrgKeywords.Contains(Span(b - 2, b)));
    }

    /// <summary>
    /// A demonym that begins the name of a body: "Indonesian Navy", "Greek Orthodox Church", "Iraqi News Agency"
    /// (the rest ends with an organisation head, is not a known name itself and holds no title).
    /// </summary>
    private bool DemonymNamesOrganization(int a, int b) =>
        b > a + 1 && Is(b - 1, WordFact.OrgKeyword) && IsTitleAt(a + 1) == 0 && !IsKnownEntity(a + 1, b)
        && Is(a, WordFact.Demonym);

    /// <summary>"the US delegation", "European leaders": a country or demonym before a collective noun is a group.</summary>
    private void AddGroup(int a, int b)
    {
        if (b >= _words.Count || !_words[b].Is(WordFlags.Lower) || !Has(s_groupNouns, Span(_words[b])))
        {
            return;
        }

        int from = a > 0 && (IsText(a - 1, "the") || IsText(a - 1, "The")) ? a - 1 : a;
        string key = "G:" + Span(a, b + 1).ToString();
        AddCandidate(from, b + 1, ActorKind.Group, key, null, null, LexiconGender.Neuter, known: true);
    }

    /// <summary>Set membership of a span without allocating on .NET 9 and later.</summary>
    private static bool Has(SpanSet set, ReadOnlySpan<char> value) => set.Contains(value);

    private static bool IsHyphenatedAdjective(ReadOnlySpan<char> word)
    {
        int hyphen = word.LastIndexOf('-');
        if (hyphen <= 0 || hyphen == word.Length - 1)
        {
            return false;
        }

        ReadOnlySpan<char> tail = word[(hyphen + 1)..];
        if (char.IsLower(tail[0]))
        {
            // "Moscow-based", "Kremlin-backed", "Indonesian-origin", "T-shirt"; not "Cheuk-yan", "Jong-un"
            return IsAdjectiveTail(tail) || hyphen == 1 || Lexicons.Demonyms.Contains(word[..hyphen]);
        }

        if (Has(s_adjectivePrefixes, word[..hyphen]))
        {
            return true; // "Pro-Beijing", "Anti-Western"
        }

        return Lexicons.Demonyms.Contains(tail) && Lexicons.Demonyms.Contains(word[..hyphen]);
    }

    /// <summary>The lower-case second half of a hyphenated adjective: a participle or a word that makes adjectives.</summary>
    private static bool IsAdjectiveTail(ReadOnlySpan<char> tail) =>
        (tail.Length >= 4 && tail.EndsWith("ed", StringComparison.Ordinal)) || (tail.Length >= 6 && tail.EndsWith("ing", StringComparison.Ordinal)) || Has(s_adjectiveTails, tail);

    private static bool HasDigitAndLower(ReadOnlySpan<char> s)
    {
        bool digit = false;
        bool lower = false;
        foreach (char c in s)
        {
            digit |= char.IsDigit(c);
            lower |= char.IsLower(c);
        }

        return digit && lower;
    }

    private bool IsMetonymContext(int a, int b)
    {
        if (b < _words.Count)
        {
            ReadOnlySpan<char> next = Span(_words[b]);
            if (_words[b].Is(WordFlags.Possessive) || Has(s_subjectVerbs, next))
            {
                return true;
            }

            if (next.SequenceEqual(",") && b + 1 < _words.Count && (IsText(b + 1, "which") || IsText(b + 1, "who")))
            {
                return true;
            }
        }

        int before = a - 1;
        if (before >= 0 && IsText(before, "the"))
        {
            before--;
        }

        return before >= 1 && IsText(before, "to") && IsText(before - 1, "according");
    }

    private void AddCandidate(int a, int b, ActorKind? kind, string? key, string? title, string? affiliation, LexiconGender gender, bool known)
    {
        // The first candidate of its sentence is its subject (candidates come in text order).
        int sentence = _words[a].Sentence;
        bool subject = _candidates.Count == 0 || _candidates[^1].Sentence != sentence;

        Candidate c = _candidatePool.Count > 0 ? _candidatePool.Pop() : new Candidate();
        c.SurfaceText = null;
        c.SurfaceStart = 0;
        c.SurfaceEnd = 0;
        c.WordStart = a;
        c.WordEnd = b;
        c.Kind = kind;
        c.Key = key;
        c.Title = title;
        c.Affiliation = affiliation;
        c.Gender = gender;
        c.Known = known;
        c.Sentence = sentence;
        c.Subject = subject;
        c.Entity = -1;
        _candidates.Add(c);
    }

    private sealed class Candidate
    {
        public string? SurfaceText;
        public int SurfaceStart;
        public int SurfaceEnd;
        public int WordStart;
        public int WordEnd;
        public ActorKind? Kind;
        public string? Key;
        public string? Title;
        public string? Affiliation;
        public LexiconGender Gender;
        public bool Known;
        public int Sentence;
        public bool Subject;
        public int Entity = -1;
    }

    /// <summary>Makes room for the facts about this article's words, none of them known yet.</summary>
    private void ForgetFacts()
    {
        int count = _words.Count;
        if (_facts.Length < count)
        {
            _facts = new ulong[Math.Max(count, _facts.Length * 2)];
            _titleAt = new byte[_facts.Length];
        }
        else
        {
            Array.Clear(_facts, 0, count);
            Array.Clear(_titleAt, 0, count);
        }
    }

    /// <summary>
    /// A fact about word <paramref name="i"/> (its exact spelling): looked up in its lexicon the first time it is
    /// asked for, then remembered for the article. The rules ask about the same words again and again (a run's first
    /// word is tried as noise, title, name and affiliation), and every lookup is a hash and a few cache misses.
    /// </summary>
    /// <remarks>Inlined: most calls find the fact known, and the call cost more than the test (about 840,000 calls on PolNeAR train).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Is(int i, WordFact fact)
    {
        ulong known = 1UL << (2 * (int)fact);
        ulong facts = _facts[i];
        if ((facts & known) == 0)
        {
            facts = LearnAt(i, fact, facts);
        }

        return (facts & (known << 1)) != 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private ulong LearnAt(int i, WordFact fact, ulong facts)
    {
        Word w = _words[i];
        facts = Learn(_text, w.Start, w.Length, fact, facts);
        _facts[i] = facts;
        return facts;
    }

    private static ulong Learn(string text, int start, int length, WordFact fact, ulong facts)
    {
        ReadOnlySpan<char> word = text.AsSpan(start, length);
#if NET9_0_OR_GREATER
        if (fact != WordFact.PersonDescription)
        {
            // One lookup answers every exact-spelling fact at once: a word in no lexicon is in none of the tables.
            ExactFacts table = s_exactFacts.Value;
            ulong bits;
            if (PackedWordTable.TryPackExactAt(text, start, length, out ulong packed))
            {
                bits = table.ShortWords.TryGetValue(packed, out long value) ? (ulong)value : 0; // most words: one slot read
            }
            else
            {
                bits = table.Words.IndexOf(word) is int found and >= 0 ? table.Values[found] : 0;
            }

            return facts | s_exactFactsKnown | bits;
        }
#endif
        switch (fact)
        {
            case WordFact.NonEntity or WordFact.NonEntityTitleAlone or WordFact.NonEntityFunction or WordFact.NonEntityStrong or WordFact.NonEntityProduct:
                return LearnNonEntity(word, facts);
            case WordFact.GivenName:
                return With(facts, fact, Lexicons.GivenNames.Contains(word));
            case WordFact.Demonym:
                return With(facts, fact, Lexicons.Demonyms.Contains(word));
            case WordFact.OrgKeyword:
                return With(facts, fact, Lexicons.OrgKeywords.Contains(word));
            case WordFact.PlaceAdjective:
                return With(facts, fact, Lexicons.PlaceAdjectives.Contains(word));
            case WordFact.TitleModifier:
                return With(facts, fact, Lexicons.TitleModifiers.Contains(word));
            case WordFact.NamedFirst:
                return With(facts, fact, Lexicons.NamedEntities.MayBeginLonger(word));
            case WordFact.PersonDescription:
                return With(facts, fact, Lexicons.PersonDescriptions.ContainsIgnoreCase(word));
            case WordFact.TitleFirst:
                return With(facts, fact, Lexicons.Titles.MayBeginLonger(word));
            case WordFact.AffiliationFirst:
                return With(facts, fact, Lexicons.Countries.MayBeginLonger(word) || Lexicons.Organizations.MayBeginLonger(word));
            case WordFact.InCountries:
                return With(facts, fact, Lexicons.Countries.Contains(word));
            case WordFact.InPlaces:
                return With(facts, fact, Lexicons.Places.Contains(word));
            case WordFact.InOrganizations:
                return With(facts, fact, Lexicons.Organizations.Contains(word));
            case WordFact.InPeople:
                return With(facts, fact, Lexicons.People.Contains(word));
            case WordFact.InMetonyms:
                return With(facts, fact, Lexicons.Metonyms.Contains(word));
            case WordFact.PlaceFirst:
                return With(facts, fact, Lexicons.Places.MayBeginLonger(word));
            default:
                return With(facts, WordFact.Known, Lexicons.NamedEntities.Contains(word));
        }
    }

    /// <summary>The facts of the non-entity lexicon, all from one lookup: whether the word is in it, and for what reason.</summary>
    private static ulong LearnNonEntity(ReadOnlySpan<char> word, ulong facts)
    {
        bool found = Lexicons.NonEntityWords.TryGet(word, out NonEntityEntry? entry);
        string reason = entry?.Reason ?? string.Empty;
        facts = With(facts, WordFact.NonEntity, found);
        facts = With(facts, WordFact.NonEntityTitleAlone, reason == "title-alone");
        facts = With(facts, WordFact.NonEntityFunction, reason is "function" or "pronoun");
        facts = With(facts, WordFact.NonEntityStrong, reason is "function" or "pronoun" or "month" or "weekday" or "time" or "holiday" or "headline" or "season");
        return With(facts, WordFact.NonEntityProduct, reason == "product");
    }

    /// <summary>Builds the tables the recognizer shares between articles now rather than at the first article.</summary>
    internal static void LoadTables()
    {
#if NET9_0_OR_GREATER
        _ = s_exactFacts.Value;
#endif
    }

#if NET9_0_OR_GREATER
    /// <summary>Every known bit (the even bits; a fact's answer is the odd bit above its known bit).</summary>
    private const ulong KnownBits = 0x5555_5555_5555_5555UL;

    /// <summary>The known bits of every fact but <see cref="WordFact.PersonDescription"/> (which ignores case).</summary>
    private static readonly ulong s_exactFactsKnown = ExactFactsKnown();

    /// <summary>
    /// For every word some single-word lexicon or first-token set holds (exact spelling), the value bits of its facts:
    /// the same answers as the lookups of <see cref="Learn"/>, read from the lexicons' own key sets, merged into one
    /// table at first use.
    /// </summary>
    private static readonly Lazy<ExactFacts> s_exactFacts = new(BuildExactFacts);

    private static ulong ExactFactsKnown()
    {
        ulong known = 0;
        foreach (WordFact fact in Enum.GetValues<WordFact>())
        {
            known |= fact == WordFact.PersonDescription ? 0 : 1UL << (2 * (int)fact);
        }

        return known;
    }

    private static ExactFacts BuildExactFacts()
    {
        // sized for the largest sets, which hold most of the words (about 20,000): the others mostly repeat them
        int expected = Lexicons.NamedEntities.Surfaces.Length + Lexicons.NamedEntities.FirstWords.Length + Lexicons.GivenNames.Surfaces.Length;
        expected += expected / 8;
        var words = new SpanTable.Builder(expected);
        ulong[] values = new ulong[expected];
        void Or(string word, ulong bits)
        {
            int index = words.Add(word);
            if (index >= values.Length)
            {
                Array.Resize(ref values, values.Length * 2);
            }

            if (index >= 0)
            {
                values[index] |= bits;
            }
        }

        void Set(ReadOnlySpan<string> words, WordFact fact)
        {
            ulong bit = 2UL << (2 * (int)fact);
            foreach (string word in words)
            {
                Or(word, bit);
            }
        }

        Set(Lexicons.GivenNames.Surfaces.AsSpan(), WordFact.GivenName);
        Set(Lexicons.Demonyms.Surfaces.AsSpan(), WordFact.Demonym);
        Set(Lexicons.OrgKeywords.Surfaces.AsSpan(), WordFact.OrgKeyword);
        Set(Lexicons.PlaceAdjectives.Surfaces.AsSpan(), WordFact.PlaceAdjective);
        Set(Lexicons.TitleModifiers.Surfaces.AsSpan(), WordFact.TitleModifier);
        Set(Lexicons.NamedEntities.FirstWords, WordFact.NamedFirst);

        // every surface of the five named-entity lexicons once, with the lexicons that hold it (one addition, not two)
        SurfaceSet named = Lexicons.NamedEntities;
        ReadOnlySpan<string> namedSurfaces = named.Surfaces;
        for (int i = 0; i < namedSurfaces.Length; i++)
        {
            NamedLexicons holders = named.LexiconsAt(i);
            ulong bits = 2UL << (2 * (int)WordFact.Known);
            bits |= (holders & NamedLexicons.Countries) != 0 ? 2UL << (2 * (int)WordFact.InCountries) : 0;
            bits |= (holders & NamedLexicons.Places) != 0 ? 2UL << (2 * (int)WordFact.InPlaces) : 0;
            bits |= (holders & NamedLexicons.Organizations) != 0 ? 2UL << (2 * (int)WordFact.InOrganizations) : 0;
            bits |= (holders & NamedLexicons.People) != 0 ? 2UL << (2 * (int)WordFact.InPeople) : 0;
            bits |= (holders & NamedLexicons.Metonyms) != 0 ? 2UL << (2 * (int)WordFact.InMetonyms) : 0;
            Or(namedSurfaces[i], bits);
        }

        Set(Lexicons.Places.FirstTokens, WordFact.PlaceFirst);
        Set(Lexicons.Titles.FirstTokens, WordFact.TitleFirst);
        Set(Lexicons.Countries.FirstTokens, WordFact.AffiliationFirst);
        Set(Lexicons.Organizations.FirstTokens, WordFact.AffiliationFirst);
        foreach (string word in Lexicons.NonEntityWords.Surfaces)
        {
            Or(word, LearnNonEntity(word, 0) & ~KnownBits);
        }

        SpanTable table = words.Build();
        int shortCount = 0;
        foreach (string word in table.Keys)
        {
            shortCount += PackedWordTable.TryPackExact(word, out _) ? 1 : 0;
        }

        var shortWords = new PackedWordTable.Builder(shortCount);
        for (int i = 0; i < table.Count; i++)
        {
            if (PackedWordTable.TryPackExact(table[i], out ulong packed))
            {
                shortWords.Add(packed, (long)values[i]);
            }
        }

        return new ExactFacts(table, values, shortWords.Build());
    }

    /// <summary>
    /// The words of <see cref="s_exactFacts"/> and, at the same index, their value bits (the array may be longer than
    /// the words); and the same for the words of up to eight ASCII characters, packed (where most words of a text are
    /// looked up).
    /// </summary>
    private sealed record ExactFacts(SpanTable Words, ulong[] Values, PackedWordTable ShortWords);
#endif

    private static ulong With(ulong facts, WordFact fact, bool value)
    {
        ulong known = 1UL << (2 * (int)fact);
        return (facts | known | (known << 1)) & ~(value ? 0 : known << 1);
    }

    /// <summary>Empties <paramref name="items"/>, keeping up to <see cref="MaxPooled"/> of them in <paramref name="pool"/> when <paramref name="keep"/>.</summary>
    private static void Recycle<T>(List<T> items, Stack<T> pool, bool keep)
    {
        for (int i = 0; keep && i < items.Count && pool.Count < MaxPooled; i++)
        {
            pool.Push(items[i]);
        }

        items.Clear();
    }

    /// <summary>An entity for this article: a recycled one (its lists keep their capacity) or a new one.</summary>
    private Entity NewEntity(ActorKind kind)
    {
        Entity entity;
        if (_entityPool.Count > 0)
        {
            entity = _entityPool.Pop();
            entity.Name = "";
            entity.NameWords = 0;
            entity.Title = null;
            entity.Affiliation = null;
            entity.Gender = LexiconGender.Unknown;
            entity.Surfaces.Clear();
            entity.Mentions.Clear();
        }
        else
        {
            entity = new Entity();
        }

        entity.Kind = kind;
        return entity;
    }

    private sealed class Entity
    {
        public ActorKind Kind;
        public string Name = "";
        public int NameWords;
        public string? Title;
        public string? Affiliation;
        public LexiconGender Gender;
        public readonly List<string> Surfaces = [];
        public readonly List<ActorMention> Mentions = [];
    }
}
