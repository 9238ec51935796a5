using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

using NewsModel.Parsing;
using NewsModel.Text;

namespace NewsModel.Extraction.Actors;

/// <summary>Merging candidates into actors, headlines, appositions, pronouns, descriptions and the output.</summary>
internal sealed partial class ActorRecognizer
{
    private readonly Dictionary<string, int> _bySurname = new(StringComparer.Ordinal);
    private readonly List<ActorMention> _extraMentions = [];
    private readonly HashSet<int> _personLines = [];
    private bool _sports;
    private int _sportsCues; // lower-case words of sports reports ("beat", "innings"), counted by CollectWordSets

    /// <summary>Nouns that introduce the name of a body: "the group X", "the firm X".</summary>
    private static readonly SpanSet s_orgNouns = new(["group", "organization", "organisation", "company", "firm", "party", "band", "charity", "club", "agency", "network", "newspaper", "magazine", "broadcaster", "union", "association", "movement", "militia", "alliance", "coalition", "startup", "retailer", "airline", "bank", "insurer", "carrier"]);

    /// <summary>The candidate's words as a string, made once per candidate (and again only if its bounds change).</summary>
    private string SurfaceOf(Candidate c)
    {
        if (c.SurfaceText is null || c.SurfaceStart != c.WordStart || c.SurfaceEnd != c.WordEnd)
        {
            c.SurfaceText = Span(c.WordStart, c.WordEnd).ToString();
            c.SurfaceStart = c.WordStart;
            c.SurfaceEnd = c.WordEnd;
        }

        return c.SurfaceText;
    }

    private static bool ContainsSpan(HashSet<string> set, ReadOnlySpan<char> key)
    {
#if NET9_0_OR_GREATER
        return set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);
#else
        return set.Contains(key.ToString());
#endif
    }

    private static bool ContainsKeySpan(Dictionary<string, int> map, ReadOnlySpan<char> key) => TryGetSpan(map, key, out _);

    private static bool TryGetSpan(Dictionary<string, int> map, ReadOnlySpan<char> key, out int value)
    {
#if NET9_0_OR_GREATER
        return map.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out value);
#else
        return map.TryGetValue(key.ToString(), out value);
#endif
    }

    private void ResolveCandidates()
    {
        // A lone place name that is the surname of a person of the article is that person ("Jordan", "Washington").
        HashSet<string> surnames = _surnames;
        surnames.Clear();
        foreach (Candidate c in _candidates)
        {
            if ((c.Kind == ActorKind.Person || (c.Kind is null && !_words[c.WordStart].Is(WordFlags.Upper))) && c.WordEnd - c.WordStart > 1)
            {
                surnames.Add(Span(_words[c.WordEnd - 1]).ToString());
            }
        }

        bool sports = _sports = IsSportsArticle();
        foreach (Candidate c in _candidates)
        {
            if (c.WordEnd - c.WordStart == 1 && c.Kind is ActorKind.Place or ActorKind.Country && ContainsSpan(surnames, Span(_words[c.WordStart])) && !AfterPlacePreposition(c.WordStart))
            {
                c.Kind = null;
                c.Key = null;
            }
            else if (sports && c.Kind == ActorKind.Place && IsTeamPlace(Span(c.WordStart, c.WordEnd), prose: _lines[_words[c.WordStart].Line] == LineKind.Prose) && !AfterPlacePreposition(c.WordStart) && !IsDatelineWord(c.WordStart))
            {
                c.Kind = ActorKind.Organization;
                c.Key = null;
            }
        }

        // Pass 1: candidates whose kind is known.
        foreach (Candidate c in _candidates)
        {
            if (c.Kind is not ActorKind kind)
            {
                continue;
            }

            string surface = SurfaceOf(c);
            if (kind == ActorKind.Person)
            {
                string key = c.Key ?? "P:" + surface;
                if (!_byKey.ContainsKey(key) && c.WordEnd - c.WordStart == 1 && _bySurname.TryGetValue(surface, out int byName))
                {
                    _byKey[key] = byName;
                }

                c.Entity = GetOrCreate(key, kind, c);
                if (c.WordEnd - c.WordStart > 1)
                {
                    AddSurnames(c);
                }
            }
            else
            {
                string key = c.Key ?? (kind == ActorKind.Organization ? "O:" : "L:") + surface;
                if (c.Key is null && _bySurface.TryGetValue(surface, out int same))
                {
                    c.Entity = same;
                    AddSurface(same, c);
                    continue;
                }

                c.Entity = GetOrCreate(key, kind, c);
            }
        }

        // Context votes for names the lexicons do not know: a strong clue anywhere ("the town of X", "in X") types
        // every mention of the same surface.
        Dictionary<string, ActorKind> votes = _votes;
        votes.Clear();
        for (int k = 0; k < _candidates.Count; k++)
        {
            Candidate c = _candidates[k];
            if (c.Kind is null && c.Key is null)
            {
                (ActorKind guess, bool strong) = GuessKindWithStrength(c, k > 0 ? _candidates[k - 1] : null);
                if (strong)
                {
                    votes.TryAdd(SurfaceOf(c), guess);
                }
            }
        }

        // Table lines that list people ("M. Bevan c Vaas b Chandana 56"): their lone unknown names are people too.
        foreach (Candidate c in _candidates)
        {
            int line = _words[c.WordStart].Line;
            if (_lines[line] == LineKind.Table && c.WordEnd - c.WordStart > 1 && (c.Kind == ActorKind.Person || (c.Kind is null && c.Key is null && !_words[c.WordStart].Is(WordFlags.Upper))))
            {
                _personLines.Add(line);
            }
        }

        // Pass 2: the rest, by the article's other mentions, then by context.
        for (int k = 0; k < _candidates.Count; k++)
        {
            Candidate c = _candidates[k];
            if (c.Kind is not null)
            {
                continue;
            }

            string surface = SurfaceOf(c);
            if (c.Key == "H:")
            {
                c.Entity = OrganizationEndingWith(surface);
                if (c.Entity >= 0)
                {
                    c.Kind = ActorKind.Organization;
                    AddSurface(c.Entity, c);
                }

                continue;
            }

            if (c.WordStart > 0 && IsText(c.WordStart - 1, "@") && HandleOwner(surface) is int owner and >= 0)
            {
                c.Entity = owner;
                c.Kind = ActorKind.Person;
                AddSurface(owner, c);
                continue;
            }

            if (c.WordEnd - c.WordStart == 2 && !Span(_words[c.WordEnd - 1]).Contains('-') && !ContainsKeySpan(_bySurname, Span(_words[c.WordEnd - 1])) && TryGetSpan(_bySurname, Span(_words[c.WordStart]), out int bearer)
                && !_bySurface.ContainsKey(surface) && !Is(c.WordStart, WordFact.GivenName) && _entities[bearer].Name.EndsWith(" " + Span(_words[c.WordStart]).ToString(), StringComparison.Ordinal))
            {
                // "Warhol Polaroids", "the Warhol Factory": the surname of a person of the article before a common noun.
                c.WordEnd = c.WordStart + 1;
                c.Entity = bearer;
                c.Kind = _entities[bearer].Kind;
                AddSurface(bearer, c);
                continue;
            }

            if (_bySurface.TryGetValue(surface, out int same) || _bySurname.TryGetValue(surface, out same))
            {
                c.Entity = same;
                c.Kind = _entities[same].Kind;
                AddSurface(same, c);
                continue;
            }

            if (c.WordEnd - c.WordStart == 1 && HasCapitalisedNumberTwin(c.WordStart))
            {
                continue; // "Polaroid" and "Polaroids" in one article: a thing named after its maker, not an actor
            }

            ActorKind kind = votes.TryGetValue(surface, out ActorKind voted) ? voted : GuessKindWithStrength(c, k > 0 ? _candidates[k - 1] : null).Kind;
            c.Kind = kind;
            string key = (kind == ActorKind.Person ? "P:" : kind == ActorKind.Organization ? "O:" : "L:") + surface;
            c.Entity = GetOrCreate(key, kind, c);
            if (kind == ActorKind.Person && c.WordEnd - c.WordStart > 1)
            {
                AddSurnames(c);
            }
        }

        MergeSlashAliases();
        for (int k = 0; k < _candidates.Count; k++)
        {
            Candidate c = _candidates[k];
            if (c.Entity >= 0 && _entities[c.Entity].Kind == ActorKind.Person)
            {
                ReadApposition(c, k);
            }
        }

        ApplyLexiconFallbacks();
    }

    /// <summary>
    /// An unknown capitalised word whose plural (or singular) also stands capitalised in the article ("Polaroid",
    /// "Polaroids"): a product or a common noun, since names of actors are rarely counted.
    /// </summary>
    private bool HasCapitalisedNumberTwin(int i)
    {
        ReadOnlySpan<char> s = Span(_words[i]);
        if (s.Length < 4 || s.Length > 60 || _words[i].Is(WordFlags.Upper) || !char.IsLower(s[^1]))
        {
            return false;
        }

        if (NextIsSayVerb(i + 1))
        {
            return false; // "Water said": a surname (Waters) misspelt
        }

        if (s[^1] == 's')
        {
            return _midSentenceCapitalHashes.Contains(WordHash(s[..^1], ignoreCase: false)) && !_bySurname.ContainsKey(s[..^1].ToString());
        }

        Span<char> plural = stackalloc char[s.Length + 1];
        s.CopyTo(plural);
        plural[^1] = 's';
        return _midSentenceCapitalHashes.Contains(WordHash(plural, ignoreCase: false)) && !_bySurname.ContainsKey(plural.ToString());
    }

    /// <summary>Sports reports name teams after places ("Surrey beat Kent"): those are organisations there.</summary>
    private bool IsSportsArticle()
    {
        int tables = 0;
        foreach (LineKind line in _lines)
        {
            if (line == LineKind.Table)
            {
                tables++;
            }
        }

        return _sportsCues >= 3 || tables >= 3;
    }

    /// <summary>
    /// Cities and counties give their names to clubs; regions with an adjective of their own ("England", "English";
    /// "Scotland") field national teams, which stay places.
    /// </summary>
    private static bool IsTeamPlace(ReadOnlySpan<char> name, bool prose)
    {
        if (!Lexicons.Places.TryGetIgnoreCase(name, out PlaceEntry? place))
        {
            return false;
        }

        return (place.Kind == PlaceKind.City && !prose) || (place.Kind == PlaceKind.Region && !s_homeNations.Contains(place.Name));
    }

    /// <summary>Regions that field national teams (which stay places, like countries).</summary>
    private static readonly SpanSet s_homeNations = new(["England", "Scotland", "Wales", "Northern Ireland", "Faroe Islands", "Catalonia", "Basque Country"]);

    private bool AfterPlacePreposition(int a)
    {
        int k = a - 1;
        if (k >= 0 && (IsText(k, "the") || IsText(k, "The")))
        {
            k--;
        }

        return k >= 0 && _words[k].Is(WordFlags.Lower) && (Has(s_placePrepositions, Span(_words[k])) || IsText(k, "from")) && !IsText(k, "to");
    }

    private bool IsDatelineWord(int a)
    {
        Word w = _words[a];
        if (!w.Is(WordFlags.LineStart))
        {
            return false;
        }

        if (DatelineEnd(a) > 0)
        {
            return true; // "WASHINGTON (AP) — …"
        }

        for (int k = a + 1; k < _words.Count && _words[k].Line == w.Line && k < a + 8; k++)
        {
            if (_words[k].Is(WordFlags.Digit) && _words[k].Length >= 10)
            {
                return true;
            }
        }

        return false;
    }

    private void AddSurnames(Candidate c)
    {
        _bySurname.TryAdd(Span(_words[c.WordEnd - 1]).ToString(), c.Entity);
        ReadOnlySpan<char> first = Span(_words[c.WordStart]);
        if (!Lexicons.GivenNames.Contains(first) && !first.EndsWith(".") && first.Length > 2)
        {
            _bySurname.TryAdd(first.ToString(), c.Entity); // family name first: "Wang Donghai", then "Wang"
        }
    }

    private int OrganizationEndingWith(string head)
    {
        for (int k = _entities.Count - 1; k >= 0; k--)
        {
            Entity e = _entities[k];
            if (e.Kind == ActorKind.Organization && e.Name.Length > head.Length + 1 && e.Name.EndsWith(head, StringComparison.Ordinal) && e.Name[^(head.Length + 1)] == ' ')
            {
                return k;
            }

            // "the Church" after "the Church of Scientology", "the Bank" after "the Bank of England"
            if (e.Kind == ActorKind.Organization && e.Name.Length > head.Length + 4 && e.Name.StartsWith(head, StringComparison.Ordinal)
                && (e.Name.AsSpan(head.Length).StartsWith(" of ", StringComparison.Ordinal) || e.Name.AsSpan(head.Length).StartsWith(" for ", StringComparison.Ordinal)))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The person whose name, without spaces, begins the handle ("@ElinaVirtanen", "@KarlSaarEE").</summary>
    private int HandleOwner(string handle)
    {
        for (int k = 0; k < _entities.Count; k++)
        {
            Entity e = _entities[k];
            if (e.Kind != ActorKind.Person)
            {
                continue;
            }

            foreach (string surface in e.Surfaces)
            {
                string joined = surface.Replace(" ", "", StringComparison.Ordinal);
                if (joined.Length >= 5 && handle.StartsWith(joined, StringComparison.OrdinalIgnoreCase))
                {
                    return k;
                }
            }
        }

        return -1;
    }

    /// <summary>Well-known people: the lexicon's title and affiliation when the text gives none.</summary>
    private void ApplyLexiconFallbacks()
    {
        foreach (Entity e in _entities)
        {
            if (e.Kind != ActorKind.Person || !Lexicons.People.TryGet(e.Name, out PersonEntry? known))
            {
                continue;
            }

            e.Affiliation ??= known.Affiliation;
            if (e.Title is null && known.Title.Length > 1)
            {
                e.Title = known.Title;
            }

            if (e.Gender == LexiconGender.Unknown)
            {
                e.Gender = known.Gender;
            }
        }
    }

    /// <summary>
    /// A post's byline names one account several ways: "Volodymyr Zelenskyy / Володимир Зеленський (@ZelenskyyUa)".
    /// Names joined by a slash, and a handle in brackets after a name, are one actor.
    /// </summary>
    private void MergeSlashAliases()
    {
        for (int k = 0; k + 1 < _candidates.Count; k++)
        {
            Candidate c = _candidates[k];
            Candidate d = _candidates[k + 1];
            if (c.Entity < 0 || d.Entity < 0 || c.Entity == d.Entity || _entities[c.Entity].Kind != ActorKind.Person)
            {
                continue;
            }

            bool slash = d.WordStart == c.WordEnd + 1 && IsText(c.WordEnd, "/");
            bool handle = d.WordStart == c.WordEnd + 2 && IsText(c.WordEnd, "(") && IsText(c.WordEnd + 1, "@");
            if (!slash && !handle)
            {
                continue;
            }

            int from = d.Entity;
            int into = c.Entity;
            Entity source = _entities[from];
            Entity target = _entities[into];
            foreach (string surface in source.Surfaces)
            {
                if (!target.Surfaces.Contains(surface))
                {
                    target.Surfaces.Add(surface);
                }

                _bySurface[surface] = into;
            }

            foreach (ActorMention m in source.Mentions)
            {
                target.Mentions.Add(m with { ActorIndex = into });
            }

            source.Mentions.Clear();
            source.Surfaces.Clear();
            foreach (Candidate other in _candidates)
            {
                if (other.Entity == from)
                {
                    other.Entity = into;
                }
            }

        }
    }

    private (ActorKind Kind, bool Strong) GuessKindWithStrength(Candidate c, Candidate? previous)
    {
        int a = c.WordStart;
        int b = c.WordEnd;
        bool multi = b - a > 1;
        if (_lines[_words[a].Line] == LineKind.Table)
        {
            if (!multi && _personLines.Contains(_words[a].Line) && !_words[a].Is(WordFlags.Upper))
            {
                return (ActorKind.Person, false);
            }

            return (multi && !_words[a].Is(WordFlags.Upper) ? ActorKind.Person : ActorKind.Organization, false);
        }

        if (_words[a].Is(WordFlags.Upper) && !multi)
        {
            return (ActorKind.Organization, false);
        }

        if (a > 1 && IsText(a - 1, "of") && Has(s_placeNouns, Span(_words[a - 2])))
        {
            return (ActorKind.Place, true);
        }

        int before = a > 1 && (IsText(a - 1, "the") || IsText(a - 1, "The")) ? a - 2 : a - 1;
        if (before >= 0 && _words[before].Is(WordFlags.Lower) && Has(s_orgNouns, Span(_words[before])))
        {
            return (ActorKind.Organization, true); // "the localist group Civic Passion", "security firm Secunia"
        }

        if (a > 0 && (IsText(a - 1, "said") || IsText(a - 1, "says")) && b < _words.Count && (IsText(b, ",") || IsText(b, ".")))
        {
            return (ActorKind.Person, true); // "…, said Mauer."
        }

        if (before >= 0 && _words[before].Is(WordFlags.Lower) && Has(s_roleNouns, Span(_words[before])))
        {
            return (ActorKind.Person, true); // "fashion designer Halston", "illustrator Ann Lee"
        }

        if (multi && previous is not null && previous.WordEnd == a - 1 && IsText(a - 1, "of") && previous.Kind == ActorKind.Person)
        {
            return (ActorKind.Organization, true); // "Cheng Chung-tai of Civic Passion"
        }

        if (AfterPlacePreposition(a) && !NextIsSayVerb(b))
        {
            return (ActorKind.Place, false);
        }

        if (a > 0 && IsText(a - 1, "to") && !multi)
        {
            return (ActorKind.Place, false);
        }

        if (_words[a].Is(WordFlags.Upper) && !multi)
        {
            return (ActorKind.Organization, false);
        }

        return multi || NextIsSayVerb(b) ? (ActorKind.Person, NextIsSayVerb(b)) : (ActorKind.Organization, false);
    }

    private int GetOrCreate(string key, ActorKind kind, Candidate c)
    {
        if (!_byKey.TryGetValue(key, out int index))
        {
            index = _entities.Count;
            Entity entity = NewEntity(kind);
            if (!key.StartsWith("P:", StringComparison.Ordinal) && !key.StartsWith("O:", StringComparison.Ordinal))
            {
                entity.Name = key.StartsWith("L:", StringComparison.Ordinal) ? key[2..] : key.StartsWith("G:", StringComparison.Ordinal) ? Span(c.WordStart, c.WordEnd).ToString() : key;
                entity.NameWords = int.MaxValue;
            }
            else if (key.StartsWith("P:", StringComparison.Ordinal) && c.Key is not null)
            {
                entity.Name = key[2..];
                entity.NameWords = int.MaxValue;
            }

            _entities.Add(entity);
            _byKey[key] = index;
        }

        AddSurface(index, c);
        return index;
    }

    private void AddSurface(int index, Candidate c)
    {
        Entity e = _entities[index];
        string surface = SurfaceOf(c);
        Word first = _words[c.WordStart];
        int start = first.Start;
        if (c.WordStart > 0 && IsText(c.WordStart - 1, "@") && _words[c.WordStart - 1].End == start)
        {
            surface = "@" + surface; // a handle keeps its @ sign
            start--;
        }

        _bySurface.TryAdd(surface, index);
        if (!e.Surfaces.Contains(surface))
        {
            e.Surfaces.Add(surface);
        }

        int words = c.WordEnd - c.WordStart;
        if (words > e.NameWords || e.Name.Length == 0)
        {
            e.Name = surface;
            e.NameWords = words;
        }

        e.Title ??= c.Title;
        e.Affiliation ??= c.Affiliation;
        if (e.Gender == LexiconGender.Unknown && c.Gender != LexiconGender.Neuter)
        {
            e.Gender = c.Gender;
        }

        if (e.Kind == ActorKind.Person && e.Gender == LexiconGender.Unknown && words > 1 && Lexicons.GivenNames.TryGet(Span(_words[c.WordStart]), out GivenNameEntry? given))
        {
            e.Gender = given.Gender;
        }

        e.Mentions.Add(new ActorMention(start, _words[c.WordEnd - 1].End - start, index, MentionKind.Name, LexiconGender.Unknown));
    }

    /// <summary>"Name, foreign policy aide to Russian President X," and "Name, President X's son-in-law,".</summary>
    private void ReadApposition(Candidate c, int index)
    {
        Entity e = _entities[c.Entity];
        int i = c.WordEnd;
        if (e.Title is not null || !IsText(i, ","))
        {
            return;
        }

        i++;
        int start = i;
        while (i < _words.Count && i - start < 6 && (_words[i].Is(WordFlags.Lower) || (_words[i].Is(WordFlags.Capitalised) && false)))
        {
            if (IsText(i, "to") || IsText(i, "of") || IsText(i, "for") || IsText(i, "at") || IsText(i, "and") || IsText(i, "who"))
            {
                break;
            }

            i++;
        }

        if (i > start && Lexicons.Titles.ContainsIgnoreCase(Span(_words[i - 1])) && !IsText(start, "and") && !IsText(start, "who"))
        {
            e.Title = _text[_words[start].Start.._words[i - 1].End];
            if (IsText(i, "to") || IsText(i, "of"))
            {
                Candidate? next = CandidateAt(i + 1, 4, index);
                if (next is not null && next.Entity >= 0)
                {
                    Entity other = _entities[next.Entity];
                    e.Affiliation ??= other.Kind == ActorKind.Person ? other.Affiliation : other.Name;
                }
            }

            return;
        }

        // "Name, [Title] Other's son-in-law,"
        Candidate? owner = CandidateAt(start, 4, index);
        if (owner is not null && owner.Entity >= 0 && owner.Entity != c.Entity && IsText(owner.WordEnd, "'s") || (owner is not null && owner.WordEnd < _words.Count && _words[owner.WordEnd].Is(WordFlags.Possessive)))
        {
            int j = owner!.WordEnd + 1;
            int from = j;
            while (j < _words.Count && j - from < 4 && _words[j].Is(WordFlags.Lower))
            {
                j++;
            }

            if (j > from && (IsText(j, ",") || IsText(j, ".")))
            {
                e.Title = _text[_words[from].Start.._words[j - 1].End] + " of " + _entities[owner.Entity].Name;
            }
        }
    }

    /// <summary>
    /// The first candidate with an entity that begins within <paramref name="within"/> words after
    /// <paramref name="wordIndex"/>, searched forward from the candidate at <paramref name="after"/> (candidates are in
    /// text order, a group's leading "the" aside), so that appositions stay linear.
    /// </summary>
    private Candidate? CandidateAt(int wordIndex, int within, int after)
    {
        for (int k = after + 1; k < _candidates.Count; k++)
        {
            Candidate c = _candidates[k];
            if (c.WordStart > wordIndex + within + 1)
            {
                break;
            }

            if (c.WordStart >= wordIndex && c.WordStart <= wordIndex + within && c.Entity >= 0)
            {
                return c;
            }
        }

        return null;
    }

    private void MatchUpperLines()
    {
        if (_datelines.Count == 0 && Array.IndexOf(_lines, LineKind.Upper) < 0)
        {
            return; // most articles: no headline in capitals and no wire dateline, so no word below is looked up
        }

        int i = 0;
        while (i < _words.Count)
        {
            Word w = _words[i];
            if (!w.Is(WordFlags.Capitalised))
            {
                i++;
                continue;
            }

            int dateline = DatelineEnd(i);
            if (_lines[w.Line] != LineKind.Upper && dateline == 0)
            {
                i++;
                continue;
            }

            int matched = 0;
            for (int n = Math.Min(4, (dateline > 0 ? dateline : _words.Count) - i); n >= 1 && matched == 0; n--)
            {
                if (!AllCapitalOnLine(i, i + n))
                {
                    continue;
                }

                ReadOnlySpan<char> s = Span(i, i + n);
                bool team = _sports && (IsTeamPlace(s, prose: false) || (_lineDigits[w.Line] > 0 && Lexicons.Places.ContainsIgnoreCase(s))) && !IsDatelineWord(i);
                if (!team && _bySurface.TryGetValue(s.ToString(), out int entity))
                {
                    AddHeadlineMention(i, i + n, entity);
                    matched = n;
                }
                else if (s.Length >= 4 && !Lexicons.NonEntityWords.ContainsIgnoreCase(s) && !Lexicons.OrgKeywords.ContainsIgnoreCase(s))
                {
                    ActorKind kind;
                    string key;
                    if (Lexicons.Countries.TryGetIgnoreCase(s, out CountryEntry? country))
                    {
                        (kind, key) = (ActorKind.Country, country.Name);
                    }
                    else if (Lexicons.Places.TryGetIgnoreCase(s, out PlaceEntry? place))
                    {
                        (kind, key) = team ? (ActorKind.Organization, "O:" + place.Name) : (ActorKind.Place, "L:" + place.Name);
                    }
                    else if (Lexicons.Organizations.TryGetIgnoreCase(s, out OrganizationEntry? org) && !string.Equals(org.Name, "", StringComparison.Ordinal))
                    {
                        (kind, key) = (ActorKind.Organization, org.Name);
                    }
                    else
                    {
                        continue;
                    }

                    if (!_byKey.TryGetValue(key, out entity))
                    {
                        entity = _entities.Count;
                        Entity added = NewEntity(kind);
                        added.Name = key.Length > 2 && key[1] == ':' ? key[2..] : key;
                        added.NameWords = int.MaxValue;
                        _entities.Add(added);
                        _byKey[key] = entity;
                    }

                    AddHeadlineMention(i, i + n, entity);
                    matched = n;
                }
            }

            i += Math.Max(1, matched);
        }
    }

    private bool AllCapitalOnLine(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (!_words[k].Is(WordFlags.Capitalised) || _words[k].Line != _words[from].Line)
            {
                return false;
            }
        }

        return true;
    }

    private void AddHeadlineMention(int a, int b, int entity)
    {
        Word first = _words[a];
        _entities[entity].Mentions.Add(new ActorMention(first.Start, _words[b - 1].End - first.Start, entity, MentionKind.Name, LexiconGender.Unknown));
    }

    private void ResolvePronounsAndDescriptions()
    {
        // Name mentions in word order, for the backward search.
        List<Candidate> names = _nameCandidates;
        names.Clear();
        foreach (Candidate c in _candidates)
        {
            if (c.Entity >= 0)
            {
                names.Add(c);
            }
        }

        int next = 0;
        ReadOnlySpan<Word> words = CollectionsMarshal.AsSpan(_words); // the pass adds mentions, never words
        string text = _text;
        for (int i = 0; i < words.Length; i++)
        {
            ref readonly Word w = ref words[i];
            if (w.Is(WordFlags.Word) ? w.Length > 10 || (text[w.Start] | 0x20) is not ('h' or 's' or 'i' or 't') : !w.Is(WordFlags.Possessive))
            {
                continue; // most words: neither a pronoun nor "the" (all begin with h, s, i or t) nor a possessive
            }

            while (next < names.Count && names[next].WordStart < i)
            {
                next++;
            }

            if (_lines[w.Line] != LineKind.Prose)
            {
                continue;
            }

            if (w.Is(WordFlags.Possessive))
            {
                ResolvePossessiveLeader(names, next, i);
                continue;
            }

            ReadOnlySpan<char> s = Span(w);
            int want = PronounClass(s);
            if (want != 0)
            {
                int target = FindAntecedent(names, next, w.Sentence, want);
                if (target >= 0)
                {
                    _extraMentions.Add(new ActorMention(w.Start, w.Length, target, MentionKind.Pronoun, _entities[target].Gender));
                }

                continue;
            }

            if ((s.SequenceEqual("the") || s.SequenceEqual("The")) && i + 1 < _words.Count && _words[i + 1].Is(WordFlags.Lower))
            {
                ReadOnlySpan<char> noun = Span(_words[i + 1]);
                if (Has(s_orgDescriptions, noun))
                {
                    bool alliance = noun.SequenceEqual("alliance") || noun.SequenceEqual("bloc");
                    int target = FindDescribed(names, next, alliance);
                    if (target >= 0)
                    {
                        _extraMentions.Add(new ActorMention(w.Start, _words[i + 1].End - w.Start, target, MentionKind.Description, LexiconGender.Neuter));
                    }
                }
            }

        }
    }

    /// <summary>"Ukraine's leader": the person whose affiliation is that country and who holds a title.</summary>
    private void ResolvePossessiveLeader(List<Candidate> names, int next, int i)
    {
        if (i + 1 >= _words.Count || !(Span(_words[i + 1]).SequenceEqual("leader") || Span(_words[i + 1]).SequenceEqual("president")))
        {
            return;
        }

        int country = next - 1 >= 0 && next - 1 < names.Count && names[next - 1].WordEnd == i ? names[next - 1].Entity : -1;
        if (country < 0 || _entities[country].Kind != ActorKind.Country)
        {
            return;
        }

        for (int k = 0; k < _entities.Count; k++)
        {
            Entity e = _entities[k];
            if (e.Kind == ActorKind.Person && e.Title is not null && string.Equals(CountryName(e.Affiliation), _entities[country].Name, StringComparison.Ordinal))
            {
                Word owner = _words[names[next - 1].WordStart];
                _extraMentions.Add(new ActorMention(owner.Start, _words[i + 1].End - owner.Start, k, MentionKind.Description, e.Gender));
                return;
            }
        }
    }

    private static string? CountryName(string? affiliation) =>
        affiliation is { Length: 2 } code && Lexicons.TryGetCountryByCode(code, out CountryEntry? country) ? country.Name : affiliation;

    /// <summary>1 he, 2 she, 3 it, 4 they; 0 not a third-person pronoun.</summary>
    private static int PronounClass(ReadOnlySpan<char> s) => s.Length is < 2 or > 10 || (s[0] | 0x20) is not ('h' or 's' or 'i' or 't') ? 0 : s switch
    {
        "he" or "He" or "him" or "his" or "His" or "himself" => 1,
        "she" or "She" or "her" or "Her" or "hers" or "herself" => 2,
        "it" or "It" or "its" or "Its" or "itself" => 3,
        "they" or "They" or "them" or "their" or "Their" or "themselves" => 4,
        _ => 0,
    };

    private int FindAntecedent(List<Candidate> names, int before, int sentence, int want)
    {
        int window = want <= 2 ? 3 : 2;
        int fallback = -1;
        for (int k = before - 1; k >= 0; k--)
        {
            Candidate c = names[k];
            if (sentence - c.Sentence > window)
            {
                break;
            }

            Entity e = _entities[c.Entity];
            bool fits = want switch
            {
                1 => e.Kind == ActorKind.Person && e.Gender != LexiconGender.Female,
                2 => e.Kind == ActorKind.Person && e.Gender != LexiconGender.Male,
                3 => e.Kind is ActorKind.Organization or ActorKind.Country or ActorKind.Group,
                _ => e.Kind is ActorKind.Group or ActorKind.Organization,
            };
            if (!fits)
            {
                continue;
            }

            if (c.Subject || c.Sentence == sentence || (want == 3 && sentence - c.Sentence <= 1))
            {
                return c.Entity; // "it" takes the nearest organisation, group or country of the sentence before
            }

            if (fallback < 0)
            {
                fallback = c.Entity;
            }
        }

        return fallback;
    }

    private int FindDescribed(List<Candidate> names, int before, bool alliance)
    {
        for (int k = before - 1; k >= 0; k--)
        {
            Entity e = _entities[names[k].Entity];
            if (e.Kind == ActorKind.Organization && (!alliance || Lexicons.Organizations.TryGet(e.Name, out OrganizationEntry? o) && o.Kind == OrganizationKind.Intergovernmental))
            {
                return names[k].Entity;
            }
        }

        return -1;
    }

    private void Emit(List<Actor> actors, ActorMentionIndex index)
    {
        foreach (ActorMention m in _extraMentions)
        {
            _entities[m.ActorIndex].Mentions.Add(m);
        }

        List<(int First, int Entity)> order = _entityOrder;
        order.Clear();
        for (int k = 0; k < _entities.Count; k++)
        {
            Entity e = _entities[k];
            if (e.Mentions.Count == 0 || e.Name.Length == 0)
            {
                continue;
            }

            MentionSort.SortByStartLongerFirst(CollectionsMarshal.AsSpan(e.Mentions)); // what List.Sort with that order gives
            order.Add((e.Mentions[0].Start, k));
        }

        order.Sort();
        int total = 0;
        foreach ((int _, int k) in order)
        {
            total += _entities[k].Mentions.Count;
        }

        List<ActorMention> all = index.Rent(total);
        foreach ((int _, int k) in order)
        {
            Entity e = _entities[k];
            int actorIndex = actors.Count;
            var spans = new TextSpan[e.Mentions.Count];
            int spanCount = 0;
            int lastEnd = -1;
            foreach (ActorMention m in e.Mentions)
            {
                if (m.Start < lastEnd)
                {
                    continue;
                }

                spans[spanCount++] = new TextSpan(m.Start, m.Length);
                all.Add(m with { ActorIndex = actorIndex, Gender = e.Gender });
                lastEnd = m.Start + m.Length;
            }

            string[] aliases = e.Surfaces.Count == 0 ? [] : new string[e.Surfaces.Count];
            int aliasCount = 0;
            foreach (string s in e.Surfaces)
            {
                if (!string.Equals(s, e.Name, StringComparison.Ordinal))
                {
                    aliases[aliasCount++] = s;
                }
            }

            if (spanCount < spans.Length)
            {
                Array.Resize(ref spans, spanCount);
            }

            if (aliasCount < aliases.Length)
            {
                Array.Resize(ref aliases, aliasCount);
            }


            string? affiliation = string.Equals(e.Affiliation, e.Name, StringComparison.Ordinal) ? null : CountryName(e.Affiliation);

            actors.Add(new Actor(
                ItemIds.Actor(actorIndex + 1),
                e.Kind,
                e.Name,
                e.Kind == ActorKind.Person ? e.Title : null,
                affiliation,
                ValueArray.UnsafeWrap(aliases),
                ValueArray.UnsafeWrap(spans)));
        }

        AddAffiliationCountries(actors);
        MentionSort.SortByStart(CollectionsMarshal.AsSpan(all)); // what all.Sort by start gives, without a delegate call per comparison
        index.Adopt(all);
    }

    /// <summary>
    /// "Finnish Prime Minister Petteri Orpo": a country known only from a nationality adjective is still an actor of
    /// the article, with no mentions (the adjective gives affiliation, it is not a mention of the country). Added
    /// after the actors with mentions, in the order their affiliations first appear.
    /// </summary>
    private static void AddAffiliationCountries(List<Actor> actors)
    {
        HashSet<string>? known = null;
        int count = actors.Count;
        for (int i = 0; i < count; i++)
        {
            if (actors[i].Affiliation is not { } affiliation || !Lexicons.Countries.TryGet(affiliation, out CountryEntry? country)
                || !string.Equals(country.Name, affiliation, StringComparison.Ordinal))
            {
                continue;
            }

            if (known is null)
            {
                known = new HashSet<string>(StringComparer.Ordinal);
                foreach (Actor actor in actors)
                {
                    if (actor.Kind == ActorKind.Country)
                    {
                        known.Add(actor.Name);
                    }
                }
            }

            if (known.Add(country.Name))
            {
                actors.Add(new Actor(ItemIds.Actor(actors.Count + 1), ActorKind.Country, country.Name));
            }
        }
    }
}
