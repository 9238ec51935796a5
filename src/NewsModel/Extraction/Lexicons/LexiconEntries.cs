using System.Collections.Immutable;

namespace NewsModel.Extraction;

/// <summary>The grammatical or natural gender a lexicon entry implies.</summary>
internal enum LexiconGender
{
    /// <summary>Not implied, or used for both (<c>u</c>).</summary>
    Unknown = 0,

    /// <summary>Male (<c>m</c>).</summary>
    Male = 1,

    /// <summary>Female (<c>f</c>).</summary>
    Female = 2,

    /// <summary>Neuter: things and organisations (<c>n</c>, pronouns only).</summary>
    Neuter = 3,
}

/// <summary>Singular or plural (<c>sg</c>, <c>pl</c>, <c>u</c>).</summary>
internal enum GrammaticalNumber
{
    /// <summary>Either (<c>u</c>).</summary>
    Unknown = 0,

    /// <summary>One (<c>sg</c>).</summary>
    Singular = 1,

    /// <summary>More than one (<c>pl</c>).</summary>
    Plural = 2,
}

/// <summary>The standing of a <see cref="CountryEntry"/>.</summary>
internal enum CountryStatus
{
    /// <summary>A UN member or observer state recognised by most others.</summary>
    Sovereign = 0,

    /// <summary>Partly recognised (Kosovo, Palestine, Taiwan).</summary>
    Partial = 1,

    /// <summary>A dependent territory or special administrative region (Hong Kong, Greenland).</summary>
    Territory = 2,

    /// <summary>A state that no longer exists but is common in older news (Soviet Union, Yugoslavia, Zaire).</summary>
    Historical = 3,
}

/// <summary>What a <see cref="PlaceEntry"/> is.</summary>
internal enum PlaceKind
{
    /// <summary>A city, town or district.</summary>
    City = 0,

    /// <summary>A region, state, province, county or island group inside a country (or disputed between some).</summary>
    Region = 1,

    /// <summary>A continent or supra-national region (Europe, the Middle East, the Balkans).</summary>
    Continent = 2,

    /// <summary>A building, seat, square or venue (the White House, the Kremlin, Wembley Stadium).</summary>
    Building = 3,

    /// <summary>Seas, rivers, straits, mountains, deserts, lines of control.</summary>
    Other = 4,
}

/// <summary>What a <see cref="MetonymEntry"/> stands for.</summary>
internal enum MetonymTargetKind
{
    /// <summary>A country of <c>countries.tsv</c> (its government).</summary>
    Country = 0,

    /// <summary>An organisation of <c>organizations.tsv</c>.</summary>
    Organization = 1,
}

/// <summary>The kind of an <see cref="OrganizationEntry"/>, or the kinds an <see cref="OrgKeywordEntry"/> suggests.</summary>
internal enum OrganizationKind
{
    /// <summary>Intergovernmental body (UN, NATO, EU institutions).</summary>
    Intergovernmental = 0,

    /// <summary>News agency (Reuters, AP, AFP).</summary>
    Agency = 1,

    /// <summary>Broadcaster (BBC, CNN, YLE).</summary>
    Broadcaster = 2,

    /// <summary>Newspaper, magazine or news website.</summary>
    Newspaper = 3,

    /// <summary>Company.</summary>
    Company = 4,

    /// <summary>Political party.</summary>
    Party = 5,

    /// <summary>Government body: legislature, ministry, agency, central bank, court.</summary>
    Government = 6,

    /// <summary>Armed forces and their branches.</summary>
    Military = 7,

    /// <summary>Non-state armed group.</summary>
    Militant = 8,

    /// <summary>Sports governing body or league.</summary>
    Sport = 9,

    /// <summary>Sports club or team.</summary>
    Club = 10,

    /// <summary>Non-governmental organisation, charity or think tank.</summary>
    Ngo = 11,

    /// <summary>University, school, institute, hospital, museum.</summary>
    Education = 12,

    /// <summary>Church or religious body.</summary>
    Religious = 13,

    /// <summary>Anything else.</summary>
    Other = 14,
}

/// <summary>The field a <see cref="TitleEntry"/> belongs to.</summary>
internal enum TitleKind
{
    /// <summary>Mr, Mrs, Dr, Sir.</summary>
    Honorific = 0,

    /// <summary>President, minister, senator.</summary>
    Political = 1,

    /// <summary>Ambassador, envoy.</summary>
    Diplomatic = 2,

    /// <summary>General, colonel.</summary>
    Military = 3,

    /// <summary>Pope, rabbi, imam.</summary>
    Religious = 4,

    /// <summary>King, prince, duke.</summary>
    Royal = 5,

    /// <summary>Judge, prosecutor.</summary>
    Judicial = 6,

    /// <summary>Chairman, chief executive.</summary>
    Business = 7,

    /// <summary>Coach, striker, captain.</summary>
    Sport = 8,

    /// <summary>Spokesman, reporter, editor.</summary>
    Media = 9,

    /// <summary>Professor, dean.</summary>
    Academic = 10,

    /// <summary>Police ranks.</summary>
    Police = 11,

    /// <summary>Generic roles (head, chief, analyst).</summary>
    Role = 12,

    /// <summary>Name suffixes (Jr., III).</summary>
    Suffix = 13,

    /// <summary>Family relations used as appositions (son-in-law, widow).</summary>
    Relation = 14,
}

/// <summary>Whether a title names the head of a state or of a government.</summary>
internal enum HeadRole
{
    /// <summary>Neither (<c>-</c>).</summary>
    None = 0,

    /// <summary>Head of state (<c>state</c>): president, king, pope, supreme leader.</summary>
    State = 1,

    /// <summary>Head of government (<c>government</c>): prime minister, chancellor, premier.</summary>
    Government = 2,
}

/// <summary>Where a title stands relative to the name.</summary>
internal enum TitlePosition
{
    /// <summary>Before the name ("Mr Smith", "Gen. Smith").</summary>
    Pre = 0,

    /// <summary>After the name, as an apposition ("Smith, a spokesman").</summary>
    Post = 1,

    /// <summary>Either.</summary>
    Both = 2,
}

/// <summary>How a surname particle joins the next part of the name.</summary>
internal enum ParticleJoiner
{
    /// <summary>A space ("van Gogh").</summary>
    Space = 0,

    /// <summary>A hyphen ("al-Assad").</summary>
    Hyphen = 1,

    /// <summary>An apostrophe ("O'Neill", "d'Estaing").</summary>
    Apostrophe = 2,

    /// <summary>Nothing: written together ("MacDonald").</summary>
    None = 3,
}

/// <summary>The kind of a <see cref="GroupEntry"/>.</summary>
internal enum GroupKind
{
    /// <summary>Followers of a religion or denomination.</summary>
    Religion = 0,

    /// <summary>An ethnic group or nationality.</summary>
    Ethnic = 1,

    /// <summary>Members or supporters of a political camp.</summary>
    Political = 2,

    /// <summary>Fighters of an armed movement.</summary>
    Militant = 3,

    /// <summary>Anything else.</summary>
    Other = 4,
}

/// <summary>What a <see cref="SocialPlatformEntry"/> is.</summary>
internal enum PlatformKind
{
    /// <summary>A social network (X, Facebook, Truth Social).</summary>
    Social = 0,

    /// <summary>A messaging service with public channels (Telegram, WhatsApp).</summary>
    Messaging = 1,

    /// <summary>A video platform (YouTube, Rumble).</summary>
    Video = 2,

    /// <summary>A blogging or newsletter platform (Substack).</summary>
    Blog = 3,
}

/// <summary>A country of <c>countries.tsv</c>.</summary>
/// <param name="Name">Canonical English short name ("United States").</param>
/// <param name="Code">ISO 3166-1 alpha-2 code (ISO 3166-3 for historical states; XK for Kosovo).</param>
/// <param name="Status">Sovereign, partly recognised, territory or historical.</param>
/// <param name="TakesArticle">Whether the name is written with "the" ("the Netherlands").</param>
/// <param name="Aliases">Other names and short forms, as written ("US", "U.S.", "America").</param>
/// <param name="Adjectives">Demonym adjectives ("American").</param>
/// <param name="People">Nouns for its people, singular and plural ("Finn", "Finns").</param>
/// <param name="Capitals">Capital cities or seats of government, first the official one.</param>
internal sealed record CountryEntry(
    string Name,
    string Code,
    CountryStatus Status,
    bool TakesArticle,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Adjectives,
    ImmutableArray<string> People,
    ImmutableArray<string> Capitals);

/// <summary>A place of <c>places.tsv</c>.</summary>
/// <param name="Name">Canonical name, without a leading "the".</param>
/// <param name="Kind">City, region, continent, building or other.</param>
/// <param name="CountryCode">ISO code of the country it lies in, or null.</param>
/// <param name="TakesArticle">Whether the name is written with "the" ("the Bronx").</param>
/// <param name="Aliases">Other names and spellings ("Kiev" for Kyiv).</param>
internal sealed record PlaceEntry(string Name, PlaceKind Kind, string? CountryCode, bool TakesArticle, ImmutableArray<string> Aliases);

/// <summary>A capital or seat standing for a government or organisation (<c>metonyms.tsv</c>).</summary>
/// <param name="Term">The place word as written ("Kyiv", "Kremlin").</param>
/// <param name="TakesArticle">Whether the term is written with "the" ("the Kremlin").</param>
/// <param name="Target">Canonical name in <c>countries.tsv</c> or <c>organizations.tsv</c>.</param>
/// <param name="TargetKind">Which of the two files <paramref name="Target"/> is in.</param>
/// <param name="CountryCode">ISO code of the country concerned, or null.</param>
/// <param name="Sense">Which part of the government it names: government, head-of-state, defence-ministry, …</param>
internal sealed record MetonymEntry(string Term, bool TakesArticle, string Target, MetonymTargetKind TargetKind, string? CountryCode, string Sense);

/// <summary>An organisation of <c>organizations.tsv</c>.</summary>
/// <param name="Name">Canonical name; a parenthesised qualifier only disambiguates ("Centre Party (Finland)").</param>
/// <param name="Kind">What kind of organisation it is.</param>
/// <param name="Acronyms">Acronyms as written ("NATO").</param>
/// <param name="Aliases">Other names; those beginning with "the" are only meant with the article ("the alliance").</param>
/// <param name="CountryCode">ISO code of its home country, or null for international bodies.</param>
internal sealed record OrganizationEntry(string Name, OrganizationKind Kind, ImmutableArray<string> Acronyms, ImmutableArray<string> Aliases, string? CountryCode);

/// <summary>A given name of <c>given-names.tsv</c>.</summary>
/// <param name="Name">The name as written ("Volodymyr").</param>
/// <param name="Gender">Male, female, or unknown when used for both.</param>
/// <param name="Origins">Language or regional origins (en, fr, slavic, ar, zh, …).</param>
internal sealed record GivenNameEntry(string Name, LexiconGender Gender, ImmutableArray<string> Origins);

/// <summary>A title, honorific or role of <c>titles.tsv</c>.</summary>
/// <param name="Surface">The title as written ("Sen.", "Prime Minister").</param>
/// <param name="Canonical">Its full form ("Senator").</param>
/// <param name="Kind">The field it belongs to.</param>
/// <param name="Gender">The gender it implies, if any.</param>
/// <param name="Head">Whether it names a head of state or government.</param>
/// <param name="Position">Whether it precedes the name, follows it, or both.</param>
internal sealed record TitleEntry(string Surface, string Canonical, TitleKind Kind, LexiconGender Gender, HeadRole Head, TitlePosition Position);

/// <summary>A word that modifies a title ("former", "acting", "deputy"; <c>title-modifiers.tsv</c>).</summary>
/// <param name="Modifier">The word as written.</param>
/// <param name="Meaning">What it does: former, acting, deputy, rank, …</param>
internal sealed record TitleModifierEntry(string Modifier, string Meaning);

/// <summary>A word that ends company names (<c>company-suffixes.tsv</c>).</summary>
/// <param name="Suffix">The suffix as written ("Inc.", "GmbH", "Holdings").</param>
/// <param name="IsLegalForm">True for a legal form (Inc, AG), false for a descriptive word (Group, Airlines).</param>
/// <param name="CountryCodes">Countries where the legal form is used; empty when general.</param>
internal sealed record CompanySuffixEntry(string Suffix, bool IsLegalForm, ImmutableArray<string> CountryCodes);

/// <summary>A head noun that makes a capitalised phrase an organisation (<c>org-keywords.tsv</c>).</summary>
/// <param name="Keyword">The word as written ("Ministry", "University").</param>
/// <param name="Kinds">The kinds of organisation it suggests, most likely first.</param>
internal sealed record OrgKeywordEntry(string Keyword, ImmutableArray<OrganizationKind> Kinds);

/// <summary>A particle inside surnames (<c>surname-particles.tsv</c>).</summary>
/// <param name="Particle">The particle as written ("van", "al-", "Mac").</param>
/// <param name="Joiner">How it joins the rest of the name.</param>
/// <param name="Origins">Language origins.</param>
internal sealed record SurnameParticleEntry(string Particle, ParticleJoiner Joiner, ImmutableArray<string> Origins);

/// <summary>A capitalised word that is not an actor on its own (<c>non-entity-capitalised.tsv</c>).</summary>
/// <param name="Word">The word as written ("Monday", "However").</param>
/// <param name="Reason">Why: month, weekday, holiday, function, pronoun, title-alone, headline, generic, …</param>
internal sealed record NonEntityEntry(string Word, string Reason);

/// <summary>A description that refers to people (<c>person-descriptions.tsv</c>).</summary>
/// <param name="Description">The head noun or phrase, in lower case ("spokesman", "people familiar with the matter").</param>
/// <param name="Number">Singular or plural.</param>
/// <param name="Gender">The gender it implies, if any.</param>
/// <param name="Class">official, leader, anonymous, witness, expert, group, …</param>
internal sealed record PersonDescriptionEntry(string Description, GrammaticalNumber Number, LexiconGender Gender, string Class);

/// <summary>An English pronoun (<c>pronouns.tsv</c>).</summary>
/// <param name="Surface">The pronoun in lower case ("I" excepted).</param>
/// <param name="Person">Grammatical person, 1 to 3.</param>
/// <param name="Number">Singular, plural or either.</param>
/// <param name="Gender">Male, female, neuter or unknown.</param>
/// <param name="Case">subject, object, possessive, possessive-pronoun, reflexive, relative, demonstrative, indefinite, reciprocal.</param>
internal sealed record PronounEntry(string Surface, int Person, GrammaticalNumber Number, LexiconGender Gender, string Case);

/// <summary>A religious, ethnic or political group (<c>groups.tsv</c>).</summary>
/// <param name="Name">Canonical plural name ("Kurds").</param>
/// <param name="Kind">Religion, ethnic, political, militant or other.</param>
/// <param name="Forms">Other forms: singular, adjective, variants ("Kurd", "Kurdish").</param>
/// <param name="CountryCode">ISO code of the country it is mainly tied to, or null.</param>
internal sealed record GroupEntry(string Name, GroupKind Kind, ImmutableArray<string> Forms, string? CountryCode);

/// <summary>A well-known person (<c>people.tsv</c>): a hint for resolving surnames, never a requirement.</summary>
/// <param name="Name">Canonical full name ("Volodymyr Zelensky").</param>
/// <param name="Gender">Male or female.</param>
/// <param name="Title">The best-known role ("President").</param>
/// <param name="Affiliation">ISO country code, or the canonical name of an organisation in <c>organizations.tsv</c>; null for none.</param>
/// <param name="Aliases">Surname and other spellings ("Zelensky", "Zelenskyy").</param>
internal sealed record PersonEntry(string Name, LexiconGender Gender, string Title, string? Affiliation, ImmutableArray<string> Aliases);

/// <summary>A social-media or messaging platform on which statements are posted (<c>social-platforms.tsv</c>).</summary>
/// <param name="Name">The platform's current name ("X").</param>
/// <param name="Kind">Social network, messaging, video or blog.</param>
/// <param name="Aliases">Former names, domains and local names ("Twitter", "x.com").</param>
/// <param name="CountryCode">ISO code of the owner's home country.</param>
internal sealed record SocialPlatformEntry(string Name, PlatformKind Kind, ImmutableArray<string> Aliases, string? CountryCode);

/// <summary>An adjective or people noun of a region, city or continent (<c>place-adjectives.tsv</c>): "Crimean", "Texan", "European".</summary>
/// <param name="Adjective">The word as written.</param>
/// <param name="Place">Canonical name of the place in <c>places.tsv</c>.</param>
/// <param name="CountryCode">ISO code of the country the place lies in, or null.</param>
internal sealed record PlaceAdjectiveEntry(string Adjective, string Place, string? CountryCode);
