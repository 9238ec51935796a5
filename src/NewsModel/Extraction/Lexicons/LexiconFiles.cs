using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;

namespace NewsModel.Extraction;

/// <summary>The lexicon files, their columns, and how each row becomes an entry.</summary>
/// <remarks>
/// Each <c>Read…</c> method parses one file from any <see cref="TextReader"/> (the embedded resource in production,
/// a string in tests). Column layouts are documented in <c>docs/LEXICONS.md</c>.
/// </remarks>
internal static class LexiconFiles
{
    public const string Countries = "countries.tsv";
    public const string Places = "places.tsv";
    public const string Metonyms = "metonyms.tsv";
    public const string Organizations = "organizations.tsv";
    public const string GivenNames = "given-names.tsv";
    public const string Titles = "titles.tsv";
    public const string TitleModifiers = "title-modifiers.tsv";
    public const string CompanySuffixes = "company-suffixes.tsv";
    public const string OrgKeywords = "org-keywords.tsv";
    public const string SurnameParticles = "surname-particles.tsv";
    public const string NonEntityWords = "non-entity-capitalised.tsv";
    public const string PersonDescriptions = "person-descriptions.tsv";
    public const string Pronouns = "pronouns.tsv";
    public const string Groups = "groups.tsv";
    public const string People = "people.tsv";
    public const string SocialPlatforms = "social-platforms.tsv";
    public const string PlaceAdjectives = "place-adjectives.tsv";

    /// <summary>Every lexicon file the library ships.</summary>
    public static ImmutableArray<string> All { get; } =
    [
        Countries, Places, Metonyms, Organizations, GivenNames, Titles, TitleModifiers, CompanySuffixes,
        OrgKeywords, SurnameParticles, NonEntityWords, PersonDescriptions, Pronouns, Groups, People, SocialPlatforms, PlaceAdjectives,
    ];

    public static ImmutableArray<CountryEntry> ReadCountries(TextReader reader) => LexiconReader.Read(
        Countries, reader, ["name", "iso2", "status", "article", "aliases", "adjectives", "people", "capitals"],
        row => new CountryEntry(
            row.Text(0),
            row.Text(1),
            row.Required(2) switch
            {
                "sovereign" => CountryStatus.Sovereign,
                "partial" => CountryStatus.Partial,
                "territory" => CountryStatus.Territory,
                "historical" => CountryStatus.Historical,
                _ => throw row.Error(2, "expected sovereign, partial, territory or historical"),
            },
            row.Article(3),
            row.List(4),
            row.List(5),
            row.List(6),
            row.List(7)));

    public static ImmutableArray<PlaceEntry> ReadPlaces(TextReader reader) => LexiconReader.Read(
        Places, reader, ["name", "kind", "country", "article", "aliases"],
        row => new PlaceEntry(
            row.Text(0),
            row.Required(1) switch
            {
                "city" => PlaceKind.City,
                "region" => PlaceKind.Region,
                "continent" => PlaceKind.Continent,
                "building" => PlaceKind.Building,
                "other" => PlaceKind.Other,
                _ => throw row.Error(1, "expected city, region, continent, building or other"),
            },
            row.Optional(2),
            row.Article(3),
            row.List(4)));

    public static ImmutableArray<MetonymEntry> ReadMetonyms(TextReader reader) => LexiconReader.Read(
        Metonyms, reader, ["term", "article", "target", "target_kind", "country", "sense"],
        row => new MetonymEntry(
            row.Text(0),
            row.Article(1),
            row.Text(2),
            row.Required(3) switch
            {
                "country" => MetonymTargetKind.Country,
                "organization" => MetonymTargetKind.Organization,
                _ => throw row.Error(3, "expected country or organization"),
            },
            row.Optional(4),
            row.Text(5)));

    public static ImmutableArray<OrganizationEntry> ReadOrganizations(TextReader reader) => LexiconReader.Read(
        Organizations, reader, ["name", "kind", "acronyms", "aliases", "country"],
        row => new OrganizationEntry(row.Text(0), OrganizationKindOf(row, 1, row.Required(1)), row.List(2), row.List(3), row.Optional(4)));

    public static ImmutableArray<GivenNameEntry> ReadGivenNames(TextReader reader) => LexiconReader.Read(
        GivenNames, reader, ["name", "gender", "origins"],
        row => new GivenNameEntry(row.Text(0), row.Gender(1), row.List(2)));

    public static ImmutableArray<TitleEntry> ReadTitles(TextReader reader) => LexiconReader.Read(
        Titles, reader, ["title", "canonical", "kind", "gender", "head", "position"],
        row => new TitleEntry(
            row.Text(0),
            row.Text(1),
            row.Required(2) switch
            {
                "honorific" => TitleKind.Honorific,
                "political" => TitleKind.Political,
                "diplomatic" => TitleKind.Diplomatic,
                "military" => TitleKind.Military,
                "religious" => TitleKind.Religious,
                "royal" => TitleKind.Royal,
                "judicial" => TitleKind.Judicial,
                "business" => TitleKind.Business,
                "sport" => TitleKind.Sport,
                "media" => TitleKind.Media,
                "academic" => TitleKind.Academic,
                "police" => TitleKind.Police,
                "role" => TitleKind.Role,
                "suffix" => TitleKind.Suffix,
                "relation" => TitleKind.Relation,
                _ => throw row.Error(2, "expected a title kind (honorific, political, diplomatic, military, …)"),
            },
            row.Gender(3),
            row.Optional(4) switch
            {
                null => HeadRole.None,
                "state" => HeadRole.State,
                "government" => HeadRole.Government,
                _ => throw row.Error(4, "expected state, government or '-'"),
            },
            row.Required(5) switch
            {
                "pre" => TitlePosition.Pre,
                "post" => TitlePosition.Post,
                "both" => TitlePosition.Both,
                _ => throw row.Error(5, "expected pre, post or both"),
            }));

    public static ImmutableArray<TitleModifierEntry> ReadTitleModifiers(TextReader reader) => LexiconReader.Read(
        TitleModifiers, reader, ["modifier", "meaning"],
        row => new TitleModifierEntry(row.Text(0), row.Text(1)));

    public static ImmutableArray<CompanySuffixEntry> ReadCompanySuffixes(TextReader reader) => LexiconReader.Read(
        CompanySuffixes, reader, ["suffix", "kind", "countries"],
        row => new CompanySuffixEntry(
            row.Text(0),
            row.Required(1) switch
            {
                "legal" => true,
                "descriptor" => false,
                _ => throw row.Error(1, "expected legal or descriptor"),
            },
            row.List(2)));

    public static ImmutableArray<OrgKeywordEntry> ReadOrgKeywords(TextReader reader) => LexiconReader.Read(
        OrgKeywords, reader, ["keyword", "org_kinds"],
        row =>
        {
            ImmutableArray<string> names = row.List(1);
            if (names.IsEmpty)
            {
                throw row.Error(1, "at least one organisation kind is required");
            }

            ImmutableArray<OrganizationKind>.Builder kinds = ImmutableArray.CreateBuilder<OrganizationKind>(names.Length);
            foreach (string name in names)
            {
                kinds.Add(OrganizationKindOf(row, 1, name));
            }

            return new OrgKeywordEntry(row.Text(0), kinds.MoveToImmutable());
        });

    public static ImmutableArray<SurnameParticleEntry> ReadSurnameParticles(TextReader reader) => LexiconReader.Read(
        SurnameParticles, reader, ["particle", "joiner", "origins"],
        row => new SurnameParticleEntry(
            row.Text(0),
            row.Required(1) switch
            {
                "space" => ParticleJoiner.Space,
                "hyphen" => ParticleJoiner.Hyphen,
                "apostrophe" => ParticleJoiner.Apostrophe,
                "none" => ParticleJoiner.None,
                _ => throw row.Error(1, "expected space, hyphen, apostrophe or none"),
            },
            row.List(2)));

    public static ImmutableArray<NonEntityEntry> ReadNonEntityWords(TextReader reader) => LexiconReader.Read(
        NonEntityWords, reader, ["word", "reason"],
        row => new NonEntityEntry(row.Text(0), row.Text(1)));

    public static ImmutableArray<PersonDescriptionEntry> ReadPersonDescriptions(TextReader reader) => LexiconReader.Read(
        PersonDescriptions, reader, ["description", "number", "gender", "class"],
        row => new PersonDescriptionEntry(row.Text(0), row.Number(1), row.Gender(2), row.Text(3)));

    public static ImmutableArray<PronounEntry> ReadPronouns(TextReader reader) => LexiconReader.Read(
        Pronouns, reader, ["pronoun", "person", "number", "gender", "case"],
        row =>
        {
            int person = row.Integer(1);
            if (person is < 1 or > 3)
            {
                throw row.Error(1, "expected 1, 2 or 3");
            }

            return new PronounEntry(row.Text(0), person, row.Number(2), row.Gender(3), row.Text(4));
        });

    public static ImmutableArray<GroupEntry> ReadGroups(TextReader reader) => LexiconReader.Read(
        Groups, reader, ["name", "kind", "forms", "country"],
        row => new GroupEntry(
            row.Text(0),
            row.Required(1) switch
            {
                "religion" => GroupKind.Religion,
                "ethnic" => GroupKind.Ethnic,
                "political" => GroupKind.Political,
                "militant" => GroupKind.Militant,
                "other" => GroupKind.Other,
                _ => throw row.Error(1, "expected religion, ethnic, political, militant or other"),
            },
            row.List(2),
            row.Optional(3)));

    public static ImmutableArray<PersonEntry> ReadPeople(TextReader reader) => LexiconReader.Read(
        People, reader, ["name", "gender", "title", "affiliation", "aliases"],
        row => new PersonEntry(row.Text(0), row.Gender(1), row.Text(2), row.Optional(3), row.List(4)));

    public static ImmutableArray<SocialPlatformEntry> ReadSocialPlatforms(TextReader reader) => LexiconReader.Read(
        SocialPlatforms, reader, ["name", "kind", "aliases", "country"],
        row => new SocialPlatformEntry(
            row.Text(0),
            row.Required(1) switch
            {
                "social" => PlatformKind.Social,
                "messaging" => PlatformKind.Messaging,
                "video" => PlatformKind.Video,
                "blog" => PlatformKind.Blog,
                _ => throw row.Error(1, "expected social, messaging, video or blog"),
            },
            row.List(2),
            row.Optional(3)));

    public static ImmutableArray<PlaceAdjectiveEntry> ReadPlaceAdjectives(TextReader reader) => LexiconReader.Read(
        PlaceAdjectives, reader, ["adjective", "place", "country"],
        row => new PlaceAdjectiveEntry(row.Text(0), row.Text(1), row.Optional(2)));

    /// <summary>Adds the name and every alias of an entry: the surfaces a lexicon indexes.</summary>
    public static void AddNameAndAliases(List<string> into, string name, ImmutableArray<string> aliases)
    {
        into.Add(name);
        AddAll(into, aliases);
    }

    /// <summary>Adds every item, in order (without boxing the array, as a collection method would).</summary>
    public static void AddAll(List<string> into, ImmutableArray<string> items)
    {
        foreach (string item in items)
        {
            into.Add(item);
        }
    }

    private static OrganizationKind OrganizationKindOf(LexiconRow row, int column, ReadOnlySpan<char> value) => value switch
    {
        "intergovernmental" => OrganizationKind.Intergovernmental,
        "agency" => OrganizationKind.Agency,
        "broadcaster" => OrganizationKind.Broadcaster,
        "newspaper" => OrganizationKind.Newspaper,
        "company" => OrganizationKind.Company,
        "party" => OrganizationKind.Party,
        "government" => OrganizationKind.Government,
        "military" => OrganizationKind.Military,
        "militant" => OrganizationKind.Militant,
        "sport" => OrganizationKind.Sport,
        "club" => OrganizationKind.Club,
        "ngo" => OrganizationKind.Ngo,
        "education" => OrganizationKind.Education,
        "religious" => OrganizationKind.Religious,
        "other" => OrganizationKind.Other,
        _ => throw row.Error(column, "expected an organisation kind (intergovernmental, agency, broadcaster, newspaper, company, party, …)"),
    };
}
