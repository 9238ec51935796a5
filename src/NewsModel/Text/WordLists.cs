namespace NewsModel.Text;

/// <summary>
/// The small built-in word lists the tokenizer and the sentence splitter consult: abbreviations that take a
/// period, capitalised words that usually begin a sentence, and the top-level domains that make a bare
/// <c>name.tld</c> a web address. All lookups are ordinal and case-sensitive and allocate nothing.
/// </summary>
internal static class WordLists
{
    /// <summary>
    /// Abbreviations written with a final period in English news (AP style), without the period: titles, months,
    /// days, company and place words, US states, Latin and reference abbreviations. Single letters are not listed:
    /// any single letter followed by a period is an initial. Common words that would end sentences (<c>art</c>,
    /// <c>ill</c>, <c>no</c>) are left out or listed only capitalised.
    /// </summary>
    internal static readonly string[] Abbreviations =
    [
        // Titles and ranks
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm",
        "Cmdr", "Cdr", "Brig", "Gov", "Sen", "Rep", "Reps", "Sens", "Rev", "Fr", "Hon", "Pres", "Supt", "Det", "Insp",
        "Amb", "Atty", "Msgr", "Messrs", "Mme", "Mlle", "Jr", "Sr", "Esq", "Ph", "Gov't",
        // Months and days
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        // Companies, organisations, places
        "Co", "co", "Cos", "Corp", "Inc", "Ltd", "Bros", "Assn", "Dept", "dept", "Univ", "Natl", "Intl",
        "St", "st", "Mt", "Ft", "Ave", "Blvd", "Rd", "Hwy", "Sq", "Pl", "Ct",
        // US states (AP style)
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La",
        "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va",
        "Vt", "Wash", "Wis", "Wyo",
        // Reference, Latin, numbers
        "No", "Nos", "Nr", "N°", "Nº", "Vol", "vol", "Fig", "fig", "Figs", "pp", "Ch", "ch", "Art", "Sec", "para",
        "vs", "etc", "al", "approx", "ca", "cf", "viz", "est", "ft", "lb", "lbs", "oz", "mph",
    ];

    /// <summary>
    /// Capitalised words that commonly begin an English sentence (pronouns, determiners, conjunctions,
    /// question words, auxiliaries, frequent adverbs and prepositions). After an abbreviation or initials, the next
    /// sentence is taken to begin only when the next word is one of these.
    /// </summary>
    internal static readonly string[] SentenceStarters =
    [
        "A", "An", "The", "This", "That", "These", "Those", "There", "Here", "It", "Its", "He", "She", "They", "We",
        "I", "You", "His", "Her", "Their", "Our", "My", "Your", "Him", "Them", "Us", "But", "And", "Or", "So", "Yet",
        "Nor", "If", "As", "In", "On", "At", "After", "Before", "Since", "While", "When", "Where", "What", "Why",
        "How", "Who", "Which", "Whom", "Whose", "However", "Meanwhile", "Then", "Now", "Still", "Also", "Many",
        "Some", "Most", "All", "Both", "Each", "Every", "No", "Not", "Do", "Does", "Did", "Is", "Are", "Was", "Were",
        "Has", "Have", "Had", "Can", "Could", "Would", "Should", "Must", "Let", "For", "To", "From", "With", "By",
        "Of", "Though", "Although", "Because", "During", "Under", "Over", "Last", "Next", "Later", "Earlier",
        "Today", "Yesterday", "Tomorrow", "Please", "Even", "Only", "Just", "Thus", "Instead", "Such", "Another",
        "Several", "Few", "Once", "Unlike", "Despite", "Among", "Between", "Without", "Within", "Asked",
        "According", "Other", "Others", "One", "Two", "Three",
    ];

    /// <summary>
    /// Lower-case top-level domains that make a bare <c>name.tld</c> (no scheme, no <c>www.</c>) a web address.
    /// Two-letter domains that are English words (<c>it</c>, <c>in</c>, <c>me</c>, <c>us</c>, <c>at</c>) are left out
    /// so that <c>said.it</c>-style typos stay words.
    /// </summary>
    internal static readonly string[] TopLevelDomains =
    [
        "com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "io", "co", "uk", "eu", "de", "fr", "ru",
        "ua", "ly", "gl", "tv", "news", "ai", "app", "cn", "jp", "ca", "au", "ch", "nl", "pl", "es", "se", "gd",
    ];

    private static readonly SpanSet s_abbreviations = new(Abbreviations);
    private static readonly SpanSet s_starters = new(SentenceStarters);
    private static readonly SpanSet s_domains = new(TopLevelDomains);

    /// <summary>The abbreviation set (for tests of the .NET 8 lookup path).</summary>
    internal static SpanSet AbbreviationSet => s_abbreviations;

    /// <summary>Whether <paramref name="word"/> (without its period) is a listed abbreviation.</summary>
    internal static bool IsAbbreviation(System.ReadOnlySpan<char> word) => s_abbreviations.Contains(word);

    /// <summary>Whether <paramref name="word"/> usually begins a sentence.</summary>
    internal static bool IsSentenceStarter(System.ReadOnlySpan<char> word) => s_starters.Contains(word);

    /// <summary>Whether <paramref name="label"/> is a listed top-level domain.</summary>
    internal static bool IsTopLevelDomain(System.ReadOnlySpan<char> label) => s_domains.Contains(label);
}
