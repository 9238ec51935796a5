using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;

using NewsModel.Text;

namespace NewsModel.Extraction.Quotes;

/// <summary>Word classes the quotation scanner cares about (a word may have several).</summary>
[Flags]
internal enum WordClass : uint
{
    None = 0,
    Cue = 1 << 0,
    BeliefCue = 1 << 1,
    TellCue = 1 << 2,
    Gerund = 1 << 3,
    Pronoun = 1 << 4,
    ObjectPronoun = 1 << 5,
    Determiner = 1 << 6,
    Preposition = 1 << 7,
    Conjunction = 1 << 8,
    Role = 1 << 9,
    Skip = 1 << 10,
    Time = 1 << 11,
    FrameNoun = 1 << 12,
    Stop = 1 << 13,
    Title = 1 << 14,
    Particle = 1 << 15,
    Relative = 1 << 16,
    Media = 1 << 17,
    Calendar = 1 << 18,
    Quantity = 1 << 19,
    Number = 1 << 20,
    /// <summary>A cue only with its particle after it: "pointed out", "shot back", "lashed out".</summary>
    ParticleCue = 1 << 21,
    /// <summary>A cue only next to a quotation: "“…,” the email read", "a sign that read “…”".</summary>
    QuoteCue = 1 << 22,
}

/// <summary>
/// The word lists of the quotation scanner: reporting verbs in all their inflections, pronouns, titles, roles.
/// Looked up by span, case-insensitively, without allocating.
/// </summary>
internal static class QuoteLexicon
{
    private const int TableSize = 4096;

    private static readonly string?[] s_keys = new string?[TableSize];
    private static readonly int[] s_hashes = new int[TableSize]; // each key's full hash: most probes end on it, not on the characters
    private static readonly ulong[] s_firstByLength = new ulong[25]; // per key length, the keys' first characters (folded, modulo 64): most words are turned away before hashing
    private static readonly WordClass[] s_classes = new WordClass[TableSize];
    private static readonly string?[] s_lemmas = new string?[TableSize];

    /// <summary>
    /// The keys of up to eight ASCII characters, packed, with their slot in the arrays above (the low
    /// <see cref="SlotBits"/> bits) and their classes (the bits above): most words of a text are looked up there.
    /// </summary>
    private static readonly PackedWordTable s_packed;

    /// <summary>The bits of a packed value that hold the key's slot (<see cref="TableSize"/> is 2^12).</summary>
    private const int SlotBits = 12;

    /// <summary>The bits of the filter of packed keys: 2^15 bits, 4 KB.</summary>
    private const int FilterBits = 15;

    /// <summary>One bit set for each packed key (<see cref="FilterBit"/>): a word whose bit is clear is in no list.</summary>
    private static readonly ulong[] s_filter = new ulong[(1 << FilterBits) / 64];

    /// <summary>One bit set for each key's <see cref="Hash"/> (<see cref="HashFilterBit"/>): the same filter for the words too long to pack.</summary>
    private static readonly ulong[] s_hashFilter = new ulong[(1 << FilterBits) / 64];

    // Verbs that report speech or writing. Inflections are generated; irregular forms are listed below.
    private static readonly string[] s_speechVerbs =
    [
        "say", "tell", "add", "note", "argue", "claim", "warn", "insist", "explain", "announce", "acknowledge",
        "suggest", "write", "tweet", "declare", "state", "ask", "reply", "respond", "answer", "recall", "report",
        "confirm", "deny", "admit", "assert", "contend", "stress", "emphasize", "emphasise", "predict", "promise",
        "vow", "pledge", "complain", "concede", "conclude", "continue", "observe", "remark", "reiterate", "repeat",
        "reveal", "testify", "urge", "joke", "quip", "boast", "brag", "lament", "threaten", "propose", "caution",
        "advise", "mention", "comment", "counter", "retort", "shout", "yell", "exclaim", "whisper", "muse", "allege",
        "maintain", "hint", "signal", "indicate", "post", "text", "email", "recount", "scoff", "charge", "chide",
        "acknowledge", "opine", "inform", "assure", "remind", "notify", "speculate", "surmise", "proclaim",
        "point out", "quote", "cite", "describe", "call", "demand", "agree", "disclose", "estimate", "forecast",
        "pronounce", "affirm", "attest", "specify", "clarify", "underscore", "posit", "reason", "concur", "grumble",
        "lash out", "sneer", "vent", "wonder", "ponder", "marvel", "gush", "rave", "tease", "taunt", "rant",
        "plead", "beg", "swear", "brief", "preach", "rail", "recommend", "blast", "slam", "accuse",
        "criticize", "criticise", "praise", "defend", "dismiss", "reject", "press", "chant", "sing", "crack", "interject", "quote",
    ];

    // Verbs of praise and blame whose object is what was said ("hailed the vote as “fantastic”", "denounced the
    // “attack”"; PolNeAR annotates them as attributions).
    private static readonly string[] s_evaluativeVerbs =
    [
        "hail", "decry", "condemn", "denounce", "dub", "tout", "mock", "assail", "applaud", "lambaste", "deride",
        "laud", "commend", "bemoan", "recite", "reference", "highlight", "thank", "fume", "bark",
    ];

    // Cues of belief, perception and finding (PolNeAR annotates them too).
    private static readonly string[] s_beliefVerbs =
    [
        "believe", "think", "feel", "hope", "fear", "expect", "know", "show", "find", "see", "worry", "doubt",
        "want", "suspect", "assume", "conclude", "consider", "reckon", "figure", "imagine", "predict", "suggest",
    ];

    // Verbs that report speech only with their particle ("pointed out", "shot back"): see <see cref="Particle"/>.
    private static readonly (string Lemma, string Particle)[] s_particleVerbs =
    [
        ("point", "out"), ("lash", "out"), ("shoot", "back"), ("fire", "back"), ("hit", "back"), ("put", "it"),
    ];

    private static readonly string[] s_tellVerbs =
    [
        "tell", "inform", "assure", "remind", "notify", "warn", "brief", "urge", "ask", "advise", "promise",
        "email", "text", "beg",
    ];

    private static readonly (string Form, string Lemma)[] s_irregular =
    [
        ("said", "say"), ("says", "say"), ("saying", "say"), ("told", "tell"), ("wrote", "write"),
        ("written", "write"), ("writes", "write"), ("writing", "write"), ("thought", "think"), ("found", "find"),
        ("saw", "see"), ("seen", "see"), ("felt", "feel"), ("knew", "know"), ("shown", "show"),
        ("swore", "swear"), ("sworn", "swear"),
        ("signalled", "signal"), ("signalling", "signal"), ("pleaded", "plead"), ("pled", "plead"),
        ("according", "according to"), ("reads", "read"), ("sang", "sing"),
        ("shot", "shoot"), ("hitting", "hit"), ("putting", "put"),
    ];

    private static readonly string[] s_doubleFinal = ["admit", "quip", "signal", "brag", "plan", "commit", "rebut", "regret", "slam"];

    private static readonly string[] s_pronouns =
    [
        "he", "she", "they", "it", "we", "i", "you", "who", "which", "that",
    ];

    private static readonly string[] s_objectPronouns =
    [
        "me", "him", "her", "us", "them", "you", "reporters", "journalists", "supporters", "voters", "listeners",
        "viewers", "readers", "members", "lawmakers", "attendees", "donors", "students", "delegates", "followers",
        "interviewers", "audiences", "crowds", "everyone", "anyone", "people", "colleagues", "officials", "staff",
    ];

    private static readonly string[] s_determiners =
    [
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "some", "many",
        "several", "most", "few", "all", "both", "other", "another", "one", "two", "three", "four", "five", "no",
        "each", "every", "any", "more", "such",
    ];

    private static readonly string[] s_prepositions =
    [
        "in", "on", "at", "to", "from", "by", "with", "as", "after", "before", "during", "since", "into", "about",
        "over", "under", "than", "through", "via", "like", "of", "for", "without", "against", "among", "amid",
        "between", "despite", "toward", "towards", "upon", "outside", "inside", "near", "following", "ahead", "except",
        "within", "across", "throughout", "beyond",
    ];

    private static readonly string[] s_conjunctions =
    [
        "and", "or", "but", "nor", "so", "yet", "because", "if", "when", "while", "although", "though", "where",
        "whether", "unless", "until", "whereas", "once", "then", "even", "also", "however", "meanwhile", "instead",
    ];

    private static readonly string[] s_stop =
    [
        "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "not", "what",
        "how", "why", "there", "here", "would", "will", "could", "can", "may", "might", "should", "must", "shall",
        "just", "only", "very", "too", "really", "said", "says", "say",
    ];

    private static readonly string[] s_skip =
    [
        "also", "later", "earlier", "previously", "recently", "once", "then", "again", "further", "separately",
        "repeatedly", "publicly", "privately", "reportedly", "frequently", "often", "has", "have", "had", "would",
        "will", "could", "may", "might", "should", "did", "does", "do", "is", "was", "were", "are", "not", "never",
        "already", "still", "even", "first", "just", "now", "long", "quickly", "simply", "finally", "has long",
        "even", "initially", "subsequently", "ultimately", "privately", "openly", "flatly", "bluntly", "angrily",
        "recently", "specifically", "explicitly", "reportedly", "allegedly", "apparently", "clearly", "firmly",
        "today", "yesterday", "tonight", "been", "being", "went", "n't",
    ];

    private static readonly string[] s_time =
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
        "earlier", "later", "recently", "previously", "also", "again", "repeatedly", "separately", "once", "last",
        "this", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "day", "time",
        "privately", "publicly", "further", "then", "later", "ago", "now", "already", "still", "next", "past",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "early", "late", "friday's",
    ];

    private static readonly string[] s_frameNouns =
    [
        "statement", "statements", "interview", "interviews", "remarks", "remark", "speech", "speeches", "letter",
        "email", "e-mail", "tweet", "tweets", "post", "posts", "rally", "debate", "event", "conference", "press",
        "news", "television", "tv", "radio", "broadcast", "show", "program", "programme", "meeting", "hearing",
        "phone", "telephone", "call", "address", "appearance", "video", "message", "op-ed", "column", "article",
        "book", "memoir", "state", "town", "hall", "campaign", "stop", "fundraiser", "dinner", "breakfast", "lunch",
        "forum", "session", "briefing", "release", "blog", "podcast", "website", "page", "facebook", "twitter",
        "instagram", "x", "media", "social", "network", "channel", "newspaper", "magazine", "paper", "report",
        "filing", "court", "testimony", "transcript", "recording", "appearances", "summit", "visit", "trip",
        "gathering", "crowd", "audience", "reporters", "journalists", "editorial", "board", "time", "point",
        "pre-recorded", "recorded", "televised", "live", "written", "separate", "joint", "brief", "short",
        "recent", "lengthy", "exclusive", "emailed", "prepared", "weekly", "daily", "national", "local", "public",
        "private", "official", "morning", "evening", "night", "afternoon", "week", "weekend", "day", "year",
        "month", "last", "next", "this", "first", "second", "annual", "broadcaster", "state-owned", "text",
        "documentary", "question", "questions", "answer", "response", "remarks", "comments", "comment",
    ];

    private static readonly string[] s_media =
    [
        "x", "twitter", "facebook", "instagram", "television", "tv", "radio", "broadcaster", "telegram", "truth",
        "social", "youtube", "tiktok", "cnn", "fox", "msnbc", "abc", "cbs", "nbc", "npr", "bbc", "pbs",
    ];

    private static readonly string[] s_titles =
    [
        "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "sgt.", "capt.", "prof.", "rev.",
        "adm.", "atty.", "supt.", "cmdr.", "gov", "sen", "rep", "president", "senator", "governor", "minister",
        "prime", "secretary", "general", "mayor", "judge", "justice", "chancellor", "premier", "king", "queen",
        "prince", "princess", "pope", "sheikh", "ambassador", "envoy", "special", "vice", "deputy", "chief",
        "speaker", "leader", "chairman", "chairwoman", "chair", "director", "commissioner", "representative",
        "congressman", "congresswoman", "attorney", "candidate", "nominee", "former", "foreign", "defense",
        "defence", "state", "interior", "finance", "trade", "health", "house", "senate", "majority", "minority",
        "whip", "coach", "officer", "spokesman", "spokeswoman", "spokesperson", "sir", "dame", "lord", "lady",
        "pastor", "bishop", "cardinal", "rabbi", "imam", "father", "sister", "brother", "emperor", "sultan",
        "president-elect", "first", "assistant", "associate", "executive", "senior", "national", "security",
        "adviser", "advisor", "aide", "presidential", "democratic", "republican", "gop", "hopeful", "ceo",
        "co-founder", "founder", "economist", "professor", "analyst", "strategist", "pollster", "commentator",
        "host", "co-host", "anchor", "author", "businessman", "billionaire", "mogul", "activist", "lawyer",
        "u.s.", "us", "then", "retired", "rival", "front-runner", "frontrunner", "manager", "campaign", "press",
        "communications", "political", "policy", "party", "committee", "delegate", "correspondent", "reporter",
        "columnist", "editor", "writer", "journalist", "sheriff", "prosecutor", "counsel", "lawmaker", "legislator",
        "member", "head", "actor", "neurosurgeon", "developer", "organizer", "coordinator", "sen.-elect",
        "ex-president", "secretary-general", "secretary general", "inspector", "agent", "staff", "staffer",
        "son", "daughter", "wife", "husband", "son-in-law", "daughter-in-law", "ally", "supporter", "friend",
        "conservative", "liberal", "progressive", "independent", "libertarian", "veteran", "longtime", "top",
        "current", "late", "acting", "interim", "outgoing", "incoming", "new", "white", "media", "radio", "talk",
        "show", "fox", "news", "cnn", "contributor", "expert", "researcher", "scientist", "official", "officials",
        "spokesmen", "spokeswomen", "representatives", "leaders", "aides", "advisers", "advisors", "chairperson",
    ];

    private static readonly string[] s_roleNouns =
    [
        "spokesman", "spokeswoman", "spokesperson", "spokesmen", "official", "officials", "aide", "aides",
        "adviser", "advisers", "advisor", "advisors", "source", "sources", "analyst", "analysts", "expert",
        "experts", "critic", "critics", "supporter", "supporters", "opponent", "opponents", "company", "firm",
        "campaign", "statement", "report", "group", "organization", "agency", "ministry", "department",
        "government", "administration", "committee", "party", "spokespeople", "leaders", "leader", "president",
        "minister", "secretary", "lawmakers", "lawmaker", "senators", "senator", "democrats", "republicans",
        "voters", "residents", "witnesses", "police", "authorities", "investigators", "prosecutors", "lawyers",
        "lawyer", "attorney", "attorneys", "polls", "poll", "survey", "study", "researchers", "scientists",
        "economists", "officers", "military", "army", "delegation", "people", "observers", "diplomats",
        "diplomat", "executives", "executive", "chief", "director", "chairman", "candidate", "candidates",
        "nominee", "court", "judge", "justices", "prosecutor", "network", "newspaper", "paper", "website",
        "magazine", "document", "documents", "memo", "letter", "filing", "lawsuit", "complaint", "indictment",
        "data", "figures", "numbers", "article", "story", "investigation", "review", "audit", "press", "media",
        "others", "many", "some", "both", "neither", "everyone", "someone", "somebody", "nobody", "man", "woman",
        "men", "women", "activists", "protesters", "demonstrators", "members", "member", "staff", "staffers",
        "insiders", "allies", "ally", "friends", "friend", "strategist", "strategists", "pollster", "pollsters",
        "commentators", "commentator", "host", "hosts", "reporter", "reporters", "correspondent", "editor",
        "writer", "author", "authors", "operative", "operatives", "insider", "governor", "mayor", "chair",
        "council", "board", "commission", "union", "association", "institute", "foundation", "center", "bank",
        "kremlin", "pentagon", "house", "mission", "office", "embassy", "team", "camp", "side", "family",
        "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "colleague", "colleagues",
    ];

    private static readonly string[] s_particles = ["de", "van", "von", "bin", "al", "da", "del", "la", "le", "der", "den", "ibn", "abu", "el", "st.", "mc", "di", "du", "dos", "das"];

    private static readonly string[] s_calendar =
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "june", "july", "august", "september", "october", "november", "december", "jan.", "feb.", "aug.",
        "sept.", "oct.", "nov.", "dec.", "today", "yesterday", "tonight",
    ];

    private static readonly string[] s_relative = ["who", "which", "that", "whom", "whose"];

    // Quantities that head a speaker mention of a survey or group ("74 percent said", "most of them say").
    private static readonly string[] s_quantities =
    [
        "percent", "per", "cent", "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "majority",
        "minority", "plurality", "most", "many", "some", "all", "none", "few", "several", "both", "number", "handful",
        "dozens", "hundreds", "thousands", "millions", "share", "proportion",
    ];

    // Number words (also quantities): after one of them a cue word is a noun ("six states", "two reports").
    private static readonly string[] s_numbers =
    [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
        "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "dozen",
    ];

    static QuoteLexicon()
    {
        foreach (string v in s_speechVerbs)
        {
            AddVerb(v, WordClass.Cue);
        }

        foreach (string v in s_beliefVerbs)
        {
            AddVerb(v, WordClass.BeliefCue);
        }

        foreach (string v in s_tellVerbs)
        {
            AddVerb(v, WordClass.TellCue);
        }

        foreach (string v in s_evaluativeVerbs)
        {
            AddVerb(v, WordClass.Cue);
        }

        foreach ((string lemma, _) in s_particleVerbs)
        {
            AddVerb(lemma, WordClass.ParticleCue);
        }

        foreach ((string form, string lemma) in s_irregular)
        {
            WordClass extra = form.EndsWith("ing", StringComparison.Ordinal) ? WordClass.Gerund : WordClass.None;
            WordClass cls = IsParticleVerb(lemma) ? WordClass.ParticleCue : IsBelief(lemma) && !IsSpeech(lemma) ? WordClass.BeliefCue : WordClass.Cue;
            if (string.Equals(lemma, "tell", StringComparison.Ordinal))
            {
                cls |= WordClass.TellCue;
            }

            Add(form, cls | extra, lemma);
        }

        Add("read", WordClass.QuoteCue, "read");
        AddAll(s_pronouns, WordClass.Pronoun);
        AddAll(s_objectPronouns, WordClass.ObjectPronoun);
        AddAll(s_determiners, WordClass.Determiner);
        AddAll(s_prepositions, WordClass.Preposition);
        AddAll(s_conjunctions, WordClass.Conjunction);
        AddAll(s_stop, WordClass.Stop);
        AddAll(s_skip, WordClass.Skip);
        AddAll(s_time, WordClass.Time);
        AddAll(s_frameNouns, WordClass.FrameNoun);
        AddAll(s_media, WordClass.Media);
        AddAll(s_titles, WordClass.Title);
        AddAll(s_roleNouns, WordClass.Role);
        AddAll(s_particles, WordClass.Particle);
        AddAll(s_relative, WordClass.Relative);
        AddAll(s_calendar, WordClass.Calendar);
        AddAll(s_quantities, WordClass.Quantity);
        AddAll(s_numbers, WordClass.Quantity | WordClass.Number);

        int packable = 0;
        foreach (string? key in s_keys)
        {
            packable += key is not null && PackedWordTable.HasPackedForm(key) ? 1 : 0;
        }

        var packed = new PackedWordTable.Builder(packable);
        for (int slot = 0; slot < TableSize; slot++)
        {
            if (s_keys[slot] is string key && PackedWordTable.HasPackedForm(key) && PackedWordTable.TryPack(key, out ulong k))
            {
                packed.Add(k, ((long)s_classes[slot] << SlotBits) | (long)slot);
                ulong bit = FilterBit(k);
                s_filter[bit >> 6] |= 1UL << (int)bit;
            }
        }

        s_packed = packed.Build();
    }

    /// <summary>The classes of a word (case-insensitive; ’ and ' are the same), or <see cref="WordClass.None"/>.</summary>
    /// <remarks>
    /// A word of up to eight ASCII characters (most words) is first looked for in a 4 KB bit filter, which turns away
    /// nearly all words not in the lexicon without touching the table; a word in it reads its classes from its slot.
    /// </remarks>
    public static WordClass Classify(ReadOnlySpan<char> word) => Classify(word, 0, word.Length);

    /// <summary>The classes of the word <c>text[start..(start + length)]</c>, as <see cref="Classify(ReadOnlySpan{char})"/> tells them.</summary>
    /// <remarks>The scanner's form: a short word is packed straight from the text, eight characters at a time.</remarks>
    public static WordClass Classify(ReadOnlySpan<char> text, int start, int length)
    {
        if (PackedWordTable.TryPackAt(text, start, length, out ulong packed))
        {
            ulong bit = FilterBit(packed);
            if ((s_filter[bit >> 6] & (1UL << (int)bit)) == 0)
            {
                return WordClass.None;
            }

            return s_packed.TryGetValue(packed, out long value) ? (WordClass)(uint)(value >> SlotBits) : WordClass.None;
        }

        return Find(text.Slice(start, length)) is int i and >= 0 ? s_classes[i] : WordClass.None;
    }

    /// <summary>The classes as the full table answers them, without the filter and the packed slots (for tests).</summary>
    internal static WordClass ClassifyThroughTable(ReadOnlySpan<char> word) => Find(word) is int i and >= 0 ? s_classes[i] : WordClass.None;

    /// <summary>Every word in the lists (for tests).</summary>
    internal static IEnumerable<string> Words()
    {
        foreach (string? key in s_keys)
        {
            if (key is not null)
            {
                yield return key;
            }
        }
    }

    /// <summary>A word's bit in <see cref="s_hashFilter"/>: the top bits of its <see cref="Hash"/>, mixed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint HashFilterBit(int hash) => ((uint)hash * 0x9E3779B1u) >> (32 - FilterBits);

    /// <summary>A packed word's bit in <see cref="s_filter"/> (the top bits of a multiplicative hash).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong FilterBit(ulong packed) => (packed * 0xD6E8FEB86659FD93UL) >> (64 - FilterBits);

    /// <summary>The lemma of a cue word ("told" → "tell"), or null.</summary>
    public static string? Lemma(ReadOnlySpan<char> word) => Find(word) is int i and >= 0 ? s_lemmas[i] : null;

    /// <summary>The particle a <see cref="WordClass.ParticleCue"/> verb needs after it ("out" for "pointed"), or null.</summary>
    public static string? Particle(ReadOnlySpan<char> word)
    {
        string? lemma = Lemma(word);
        foreach ((string l, string particle) in s_particleVerbs)
        {
            if (string.Equals(l, lemma, StringComparison.Ordinal))
            {
                return particle;
            }
        }

        return null;
    }

    private static bool IsParticleVerb(string lemma)
    {
        foreach ((string l, _) in s_particleVerbs)
        {
            if (string.Equals(l, lemma, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSpeech(string lemma) => Array.IndexOf(s_speechVerbs, lemma) >= 0;

    private static bool IsBelief(string lemma) => Array.IndexOf(s_beliefVerbs, lemma) >= 0;

    private static void AddAll(string[] words, WordClass cls)
    {
        foreach (string w in words)
        {
            Add(w, cls, null);
        }
    }

    private static void AddVerb(string lemma, WordClass cls)
    {
        if (lemma.Contains(' ', StringComparison.Ordinal))
        {
            return;
        }

        foreach (string form in Inflect(lemma))
        {

            Add(form, cls | (form.EndsWith("ing", StringComparison.Ordinal) ? WordClass.Gerund : WordClass.None), lemma);
        }
    }

    private static IEnumerable<string> Inflect(string lemma)
    {
        yield return lemma;
        bool doubles = Array.IndexOf(s_doubleFinal, lemma) >= 0;
        char last = lemma[^1];
        if (last == 'e')
        {
            yield return lemma + "s";
            yield return lemma + "d";
            yield return lemma[..^1] + "ing";
        }
        else if (last == 'y' && lemma.Length > 2 && "aeiou".IndexOf(lemma[^2], StringComparison.Ordinal) < 0)
        {
            yield return lemma[..^1] + "ies";
            yield return lemma[..^1] + "ied";
            yield return lemma + "ing";
        }
        else
        {
            bool sibilant = lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith('z');
            yield return lemma + (sibilant ? "es" : "s");
            string stem = doubles ? lemma + last : lemma;
            yield return stem + "ed";
            yield return stem + "ing";
            if (doubles)
            {
                yield return lemma + "ed";
                yield return lemma + "ing";
            }
        }
    }

    private static void Add(string word, WordClass cls, string? lemma)
    {
        int hash = Hash(word);
        int slot = hash & (TableSize - 1);
        while (s_keys[slot] is string key)
        {
            if (string.Equals(key, word, StringComparison.Ordinal))
            {
                s_classes[slot] |= cls;
                s_lemmas[slot] ??= lemma;
                return;
            }

            slot = (slot + 1) & (TableSize - 1);
        }

        s_keys[slot] = word;
        s_hashes[slot] = hash;
        uint bit = HashFilterBit(hash);
        s_hashFilter[bit >> 6] |= 1UL << (int)bit;
        if (word.Length < s_firstByLength.Length)
        {
            s_firstByLength[word.Length] |= 1UL << (Fold(word[0]) & 63);
        }
        s_classes[slot] = cls;
        s_lemmas[slot] = lemma;
    }

    private static int Find(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 24 || (s_firstByLength[word.Length] & (1UL << (Fold(word[0]) & 63))) == 0)
        {
            return -1;
        }

        if (PackedWordTable.TryPack(word, out ulong packed))
        {
            // the same answer as below, without hashing the characters or reading the key
            return s_packed.TryGetValue(packed, out long value) ? (int)(value & (TableSize - 1)) : -1;
        }

        int hash = Hash(word);
        uint bit = HashFilterBit(hash);
        if ((s_hashFilter[bit >> 6] & (1UL << (int)bit)) == 0)
        {
            return -1; // most longer words: turned away before the probe's cache misses
        }

        int slot = hash & (TableSize - 1);
        while (s_keys[slot] is string key)
        {
            if (s_hashes[slot] == hash && SameWord(key, word))
            {
                return slot;
            }

            slot = (slot + 1) & (TableSize - 1);
        }

        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SameWord(string key, ReadOnlySpan<char> word)
    {
        if (key.Length != word.Length)
        {
            return false;
        }

        for (int i = 0; i < key.Length; i++)
        {
            if (key[i] != Fold(word[i]))
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Fold(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c + 32),
        '\u2019' => '\'',
        _ => c,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> word)
    {
        uint h = 2166136261;
        foreach (char c in word)
        {
            h = (h ^ Fold(c)) * 16777619;
        }

        return (int)(h ^ (h >> 15));
    }
}
