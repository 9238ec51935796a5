using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;

using NewsModel.Text;

namespace NewsModel.Extraction;

/// <summary>
/// The lexicons shipped inside the package (embedded <c>Lexicons/*.tsv</c>), each loaded once, on first use,
/// and shared: every member is thread-safe and returns the same immutable instance on every call.
/// </summary>
/// <remarks>
/// What each file holds and how it was made: <c>docs/LEXICONS.md</c>. The actor stage uses these as evidence,
/// never as the only way to find an actor: a name that is in no lexicon must still be found from its context.
/// </remarks>
internal static class Lexicons
{
    private static readonly Lazy<ImmutableArray<CountryEntry>> s_countryEntries = new(() => Load(LexiconFiles.Countries, LexiconFiles.ReadCountries));
    private static readonly Lazy<Lexicon<CountryEntry>> s_countries = new(() => new(LexiconFiles.Countries, s_countryEntries.Value, static (c, into) => LexiconFiles.AddNameAndAliases(into, c.Name, c.Aliases)));
    private static readonly Lazy<Lexicon<CountryEntry>> s_demonyms = new(() => new(LexiconFiles.Countries, s_countryEntries.Value, static (c, into) =>
    {
        LexiconFiles.AddAll(into, c.Adjectives);
        LexiconFiles.AddAll(into, c.People);
    }));
    private static readonly Lazy<FrozenDictionary<string, CountryEntry>> s_countriesByCode = new(() => s_countryEntries.Value.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal));
    private static readonly Lazy<Lexicon<PlaceEntry>> s_places = new(() => Build(LexiconFiles.Places, LexiconFiles.ReadPlaces, static (p, into) => LexiconFiles.AddNameAndAliases(into, p.Name, p.Aliases)));
    private static readonly Lazy<Lexicon<MetonymEntry>> s_metonyms = new(() => Build(LexiconFiles.Metonyms, LexiconFiles.ReadMetonyms, static (m, into) => into.Add(m.Term)));
    private static readonly Lazy<Lexicon<OrganizationEntry>> s_organizations = new(() => Build(LexiconFiles.Organizations, LexiconFiles.ReadOrganizations, static (o, into) =>
    {
        into.Add(o.Name);
        LexiconFiles.AddAll(into, o.Acronyms);
        LexiconFiles.AddAll(into, o.Aliases);
    }));
    private static readonly Lazy<Lexicon<GivenNameEntry>> s_givenNames = new(() => Build(LexiconFiles.GivenNames, LexiconFiles.ReadGivenNames, static (g, into) => into.Add(g.Name)));
    private static readonly Lazy<Lexicon<TitleEntry>> s_titles = new(() => Build(LexiconFiles.Titles, LexiconFiles.ReadTitles, static (t, into) => into.Add(t.Surface)));
    private static readonly Lazy<Lexicon<TitleModifierEntry>> s_titleModifiers = new(() => Build(LexiconFiles.TitleModifiers, LexiconFiles.ReadTitleModifiers, static (t, into) => into.Add(t.Modifier)));
    private static readonly Lazy<Lexicon<CompanySuffixEntry>> s_companySuffixes = new(() => Build(LexiconFiles.CompanySuffixes, LexiconFiles.ReadCompanySuffixes, static (c, into) => into.Add(c.Suffix)));
    private static readonly Lazy<Lexicon<OrgKeywordEntry>> s_orgKeywords = new(() => Build(LexiconFiles.OrgKeywords, LexiconFiles.ReadOrgKeywords, static (k, into) => into.Add(k.Keyword)));
    private static readonly Lazy<Lexicon<SurnameParticleEntry>> s_surnameParticles = new(() => Build(LexiconFiles.SurnameParticles, LexiconFiles.ReadSurnameParticles, static (p, into) => into.Add(p.Particle)));
    private static readonly Lazy<Lexicon<NonEntityEntry>> s_nonEntityWords = new(() => Build(LexiconFiles.NonEntityWords, LexiconFiles.ReadNonEntityWords, static (w, into) => into.Add(w.Word)));
    private static readonly Lazy<Lexicon<PersonDescriptionEntry>> s_personDescriptions = new(() => Build(LexiconFiles.PersonDescriptions, LexiconFiles.ReadPersonDescriptions, static (d, into) => into.Add(d.Description)));
    private static readonly Lazy<Lexicon<PronounEntry>> s_pronouns = new(() => Build(LexiconFiles.Pronouns, LexiconFiles.ReadPronouns, static (p, into) => into.Add(p.Surface)));
    private static readonly Lazy<Lexicon<GroupEntry>> s_groups = new(() => Build(LexiconFiles.Groups, LexiconFiles.ReadGroups, static (g, into) => LexiconFiles.AddNameAndAliases(into, g.Name, g.Forms)));
    private static readonly Lazy<Lexicon<SocialPlatformEntry>> s_socialPlatforms = new(() => Build(LexiconFiles.SocialPlatforms, LexiconFiles.ReadSocialPlatforms, static (p, into) => LexiconFiles.AddNameAndAliases(into, p.Name, p.Aliases)));
    private static readonly Lazy<Lexicon<PlaceAdjectiveEntry>> s_placeAdjectives = new(() => Build(LexiconFiles.PlaceAdjectives, LexiconFiles.ReadPlaceAdjectives, static (a, into) => into.Add(a.Adjective)));
    private static readonly Lazy<Lexicon<PersonEntry>> s_people = new(() => Build(LexiconFiles.People, LexiconFiles.ReadPeople, static (p, into) => LexiconFiles.AddNameAndAliases(into, p.Name, p.Aliases)));
    private static readonly Lazy<SurfaceSet> s_namedEntities = new(() => new SurfaceSet(
    [
        (Countries.Surfaces, NamedLexicons.Countries),
        (Places.Surfaces, NamedLexicons.Places),
        (Organizations.Surfaces, NamedLexicons.Organizations),
        (People.Surfaces, NamedLexicons.People),
        (Metonyms.Surfaces, NamedLexicons.Metonyms),
    ]));

    /// <summary>Countries by name and alias ("United States", "U.S.", "America"; <c>countries.tsv</c>).</summary>
    public static Lexicon<CountryEntry> Countries => s_countries.Value;

    /// <summary>Countries by demonym adjective and people noun ("Finnish", "Finns"; <c>countries.tsv</c>).</summary>
    public static Lexicon<CountryEntry> Demonyms => s_demonyms.Value;

    /// <summary>Countries by ISO 3166 alpha-2 code ("FI"), exact case.</summary>
    public static FrozenDictionary<string, CountryEntry> CountriesByCode => s_countriesByCode.Value;

    /// <summary>Cities, regions, continents, buildings and other places by name and alias (<c>places.tsv</c>).</summary>
    public static Lexicon<PlaceEntry> Places => s_places.Value;

    /// <summary>Capitals and seats that stand for a government or organisation ("Kyiv", "Kremlin"; <c>metonyms.tsv</c>).</summary>
    /// <remarks>
    /// The rule the actor stage applies: a term of this lexicon that is the subject of a saying or acting verb
    /// ("Kyiv said", "the Kremlin rejected", "Washington wants") or the source of a statement ("according to
    /// Brussels") stands for <see cref="MetonymEntry.Target"/>; elsewhere ("in Kyiv") it is a place.
    /// </remarks>
    public static Lexicon<MetonymEntry> Metonyms => s_metonyms.Value;

    /// <summary>Organisations by name, acronym and alias (<c>organizations.tsv</c>).</summary>
    public static Lexicon<OrganizationEntry> Organizations => s_organizations.Value;

    /// <summary>Given names with gender (<c>given-names.tsv</c>).</summary>
    public static Lexicon<GivenNameEntry> GivenNames => s_givenNames.Value;

    /// <summary>Honorifics, titles and roles, full and abbreviated (<c>titles.tsv</c>).</summary>
    public static Lexicon<TitleEntry> Titles => s_titles.Value;

    /// <summary>Words that modify a title: former, acting, deputy (<c>title-modifiers.tsv</c>).</summary>
    public static Lexicon<TitleModifierEntry> TitleModifiers => s_titleModifiers.Value;

    /// <summary>Legal forms and descriptive words that end company names (<c>company-suffixes.tsv</c>).</summary>
    public static Lexicon<CompanySuffixEntry> CompanySuffixes => s_companySuffixes.Value;

    /// <summary>Head nouns that make a capitalised phrase an organisation (<c>org-keywords.tsv</c>).</summary>
    public static Lexicon<OrgKeywordEntry> OrgKeywords => s_orgKeywords.Value;

    /// <summary>Particles inside surnames: van, von der, al-, bin (<c>surname-particles.tsv</c>).</summary>
    public static Lexicon<SurnameParticleEntry> SurnameParticles => s_surnameParticles.Value;

    /// <summary>Capitalised words that are not actors on their own: months, weekdays, function words (<c>non-entity-capitalised.tsv</c>).</summary>
    public static Lexicon<NonEntityEntry> NonEntityWords => s_nonEntityWords.Value;

    /// <summary>Descriptions that refer to people: spokesman, officials, a source (<c>person-descriptions.tsv</c>).</summary>
    public static Lexicon<PersonDescriptionEntry> PersonDescriptions => s_personDescriptions.Value;

    /// <summary>English pronouns with person, number, gender and case (<c>pronouns.tsv</c>).</summary>
    public static Lexicon<PronounEntry> Pronouns => s_pronouns.Value;

    /// <summary>Religious, ethnic and political groups (<c>groups.tsv</c>).</summary>
    public static Lexicon<GroupEntry> Groups => s_groups.Value;

    /// <summary>Well-known people, 1990 to 2026 (<c>people.tsv</c>): a hint for resolving surnames, never required.</summary>
    public static Lexicon<PersonEntry> People => s_people.Value;

    /// <summary>
    /// Every exact surface form of the named-entity lexicons (countries, places, organisations, people, metonyms) in
    /// one set: "is this a known name?" in one lookup instead of five.
    /// </summary>
    public static SurfaceSet NamedEntities => s_namedEntities.Value;

    /// <summary>Adjectives and people nouns of regions, cities and continents ("Crimean", "Texan", "European"; <c>place-adjectives.tsv</c>).</summary>
    /// <remarks>Like country demonyms (<see cref="Demonyms"/>) these are not mentions: they give an actor its affiliation or locate an event.</remarks>
    public static Lexicon<PlaceAdjectiveEntry> PlaceAdjectives => s_placeAdjectives.Value;

    /// <summary>Social-media and messaging platforms, the channels of posted statements ("on X", "on Telegram"; <c>social-platforms.tsv</c>).</summary>
    public static Lexicon<SocialPlatformEntry> SocialPlatforms => s_socialPlatforms.Value;

    /// <summary>The country with this ISO code, if any.</summary>
    public static bool TryGetCountryByCode(ReadOnlySpan<char> code, [NotNullWhen(true)] out CountryEntry? country)
    {
#if NET9_0_OR_GREATER
        return CountriesByCode.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(code, out country);
#else
        return CountriesByCode.TryGetValue(code.ToString(), out country);
#endif
    }

    /// <summary>Touches every lexicon, so that a long-running host pays the loading cost up front.</summary>
    public static void LoadAll()
    {
        _ = Countries;
        _ = Demonyms;
        _ = CountriesByCode;
        _ = Places;
        _ = Metonyms;
        _ = Organizations;
        _ = GivenNames;
        _ = Titles;
        _ = TitleModifiers;
        _ = CompanySuffixes;
        _ = OrgKeywords;
        _ = SurnameParticles;
        _ = NonEntityWords;
        _ = PersonDescriptions;
        _ = Pronouns;
        _ = Groups;
        _ = People;
        _ = SocialPlatforms;
        _ = PlaceAdjectives;
        _ = NamedEntities;
    }

    private static ImmutableArray<T> Load<T>(string fileName, Func<TextReader, ImmutableArray<T>> read)
    {
        using TextReader reader = LexiconReader.Open(fileName);
        return read(reader);
    }

    private static Lexicon<T> Build<T>(string fileName, Func<TextReader, ImmutableArray<T>> read, SurfacesOf<T> surfaces)
        where T : class => new(fileName, Load(fileName, read), surfaces);
}

/// <summary>
/// An immutable set of surface forms (ordinal), with the possible first tokens of its multi-token forms, so that a
/// phrase matcher can skip the longer lookups at a token no multi-token form begins with.
/// </summary>
/// <remarks>Lookups never allocate on .NET 9 and later. Safe to share between threads.</remarks>
internal sealed class SurfaceSet
{
    private readonly SpanTable _surfaces;
    private readonly NamedLexicons[] _lexicons;
    private readonly SpanTable _firstWords;

    /// <summary>Builds the set from the surface forms of several lexicons, remembering which lexicons hold each.</summary>
    /// <param name="lexicons">Each lexicon's surface forms (words separated by single spaces) and its flag.</param>
    public SurfaceSet(ReadOnlySpan<(ImmutableArray<string> Surfaces, NamedLexicons Lexicon)> lexicons)
    {
        int count = 0;
        foreach ((ImmutableArray<string> surfaces, _) in lexicons)
        {
            count += surfaces.Length;
        }

        var all = new SpanTable.Builder(count);
        var holders = new List<NamedLexicons>(count);
        var first = new SpanTable.Builder(0);
        foreach ((ImmutableArray<string> surfaces, NamedLexicons lexicon) in lexicons)
        {
            foreach (string surface in surfaces)
            {
                int index = all.Add(surface);
                if (index < 0)
                {
                    continue; // an empty surface names nothing
                }

                if (index == holders.Count)
                {
                    holders.Add(lexicon);
                }
                else
                {
                    holders[index] |= lexicon;
                }

                AddFirstTokens(first, surface);
            }
        }

        _surfaces = all.Build();
        _lexicons = [.. holders];
        _firstWords = first.Build();
    }

    /// <summary>
    /// Adds to <paramref name="firstTokens"/> every prefix of <paramref name="surface"/> that may be its first token
    /// when it has more than one: the prefixes that end before a character that is no letter or digit ("St." of
    /// "St. Louis", "Washington" of "Washington, D.C.", "McDonald" of "McDonald's").
    /// </summary>
    internal static void AddFirstTokens(SpanTable.Builder firstTokens, string surface)
    {
        for (int i = 1; i < surface.Length; i++)
        {
            if (!char.IsLetterOrDigit(surface[i]))
            {
                firstTokens.Add(surface.AsSpan(0, i));
                if (surface[i] != ' ' && i + 1 < surface.Length)
                {
                    firstTokens.Add(surface.AsSpan(0, i + 1));
                }
            }
        }
    }

    /// <summary>Every surface form.</summary>
    public ReadOnlySpan<string> Surfaces => _surfaces.Keys;

    /// <summary>The tokens that may begin a surface form of more than one token (see <see cref="MayBeginLonger"/>).</summary>
    public ReadOnlySpan<string> FirstWords => _firstWords.Keys;

    /// <summary>Whether the set holds exactly this surface form.</summary>
    public bool Contains(ReadOnlySpan<char> surface) => _surfaces.Contains(surface);

    /// <summary>Which lexicons hold exactly this surface form: <see cref="NamedLexicons.None"/> when none does.</summary>
    /// <remarks>One lookup, after which a caller asks only the lexicons named here.</remarks>
    public NamedLexicons LexiconsOf(ReadOnlySpan<char> surface) => _surfaces.IndexOf(surface) is int i and >= 0 ? _lexicons[i] : NamedLexicons.None;

    /// <summary>Which lexicons hold the surface form at <paramref name="index"/> of <see cref="Surfaces"/>.</summary>
    public NamedLexicons LexiconsAt(int index) => _lexicons[index];

    /// <summary>Whether some surface form of more than one token may begin with this token.</summary>
    public bool MayBeginLonger(ReadOnlySpan<char> word) => _firstWords.Contains(word);
}

/// <summary>The lexicons of named entities that <see cref="Lexicons.NamedEntities"/> joins, as flags.</summary>
[Flags]
internal enum NamedLexicons : byte
{
    /// <summary>In none of them.</summary>
    None = 0,

    /// <summary><see cref="Lexicons.Countries"/>.</summary>
    Countries = 1,

    /// <summary><see cref="Lexicons.Places"/>.</summary>
    Places = 2,

    /// <summary><see cref="Lexicons.Organizations"/>.</summary>
    Organizations = 4,

    /// <summary><see cref="Lexicons.People"/>.</summary>
    People = 8,

    /// <summary><see cref="Lexicons.Metonyms"/>.</summary>
    Metonyms = 16,
}
