using System.Collections.Generic;
using System.Linq;
using NewsModel.Extraction;

namespace NewsModel.Tests.Extraction;

/// <summary>Keys are unique where they must be, cross-references resolve, and the phenomena news needs are covered.</summary>
public sealed class LexiconContentTests
{
    [Fact]
    public void Countries_NamesCodesAndSurfacesAreUnique()
    {
        Lexicons.Countries.Entries.Select(c => c.Name).Should().OnlyHaveUniqueItems();
        Lexicons.Countries.Entries.Select(c => c.Code).Should().OnlyHaveUniqueItems();
        Lexicons.Countries.Entries.Select(c => c.Code).Should().OnlyContain(code => code.Length == 2 && code.All(char.IsAsciiLetterUpper));
        foreach (string surface in Lexicons.Countries.Surfaces)
        {
            Lexicons.Countries.Find(surface).Should().HaveCount(1, $"'{surface}' should name one country");
        }

        foreach (string surface in Lexicons.Demonyms.Surfaces)
        {
            Lexicons.Demonyms.Find(surface).Should().HaveCount(1, $"'{surface}' should be the demonym of one country");
        }
    }

    [Fact]
    public void OtherLexicons_HaveUniqueKeys()
    {
        Lexicons.Places.Entries.Select(p => (p.Name, p.Kind, p.CountryCode)).Should().OnlyHaveUniqueItems();
        Lexicons.Metonyms.Entries.Select(m => m.Term).Should().OnlyHaveUniqueItems();
        Lexicons.Organizations.Entries.Select(o => o.Name).Should().OnlyHaveUniqueItems();
        Lexicons.GivenNames.Entries.Select(g => g.Name).Should().OnlyHaveUniqueItems();
        Lexicons.Titles.Entries.Select(t => t.Surface).Should().OnlyHaveUniqueItems();
        Lexicons.TitleModifiers.Entries.Select(t => t.Modifier).Should().OnlyHaveUniqueItems();
        Lexicons.CompanySuffixes.Entries.Select(c => c.Suffix).Should().OnlyHaveUniqueItems();
        Lexicons.OrgKeywords.Entries.Select(k => k.Keyword).Should().OnlyHaveUniqueItems();
        Lexicons.SurnameParticles.Entries.Select(p => p.Particle).Should().OnlyHaveUniqueItems();
        Lexicons.NonEntityWords.Entries.Select(w => w.Word).Should().OnlyHaveUniqueItems();
        Lexicons.PersonDescriptions.Entries.Select(d => d.Description).Should().OnlyHaveUniqueItems();
        Lexicons.Pronouns.Entries.Select(p => (p.Surface, p.Case)).Should().OnlyHaveUniqueItems();
        Lexicons.Groups.Entries.Select(g => g.Name).Should().OnlyHaveUniqueItems();
        Lexicons.People.Entries.Select(p => p.Name).Should().OnlyHaveUniqueItems();
        Lexicons.SocialPlatforms.Entries.Select(p => p.Name).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void EveryCapital_IsACityInPlaces()
    {
        foreach (CountryEntry country in Lexicons.Countries.Entries)
        {
            country.Capitals.Should().NotBeEmpty($"{country.Name} needs a capital or seat");
            foreach (string capital in country.Capitals)
            {
                IEnumerable<PlaceEntry> cities = Lexicons.Places.Find(capital).Where(p => p.Kind == PlaceKind.City);
                if (country.Status != CountryStatus.Historical)
                {
                    cities = cities.Where(p => p.CountryCode == country.Code);
                }

                cities.Should().NotBeEmpty($"{capital}, capital of {country.Name}, should be a city of places.tsv");
            }
        }
    }

    [Fact]
    public void CountryCodes_InOtherFiles_AreCountries()
    {
        IEnumerable<string?> codes = Lexicons.Places.Entries.Select(p => p.CountryCode)
            .Concat(Lexicons.Metonyms.Entries.Select(m => m.CountryCode))
            .Concat(Lexicons.Organizations.Entries.Select(o => o.CountryCode))
            .Concat(Lexicons.Groups.Entries.Select(g => g.CountryCode))
            .Concat(Lexicons.SocialPlatforms.Entries.Select(p => p.CountryCode))
            .Concat(Lexicons.PlaceAdjectives.Entries.Select(a => a.CountryCode))
            .Concat(Lexicons.CompanySuffixes.Entries.SelectMany(c => c.CountryCodes));
        foreach (string? code in codes.Where(c => c is not null).Distinct())
        {
            Lexicons.TryGetCountryByCode(code, out _).Should().BeTrue($"'{code}' should be a code of countries.tsv");
        }
    }

    [Fact]
    public void MetonymTargets_AndPeopleAffiliations_Resolve()
    {
        foreach (MetonymEntry metonym in Lexicons.Metonyms.Entries)
        {
            bool found = metonym.TargetKind == MetonymTargetKind.Country
                ? Lexicons.Countries.Find(metonym.Target).Any(c => c.Name == metonym.Target)
                : Lexicons.Organizations.Find(metonym.Target).Any(o => o.Name == metonym.Target);
            found.Should().BeTrue($"metonym {metonym.Term} → {metonym.Target}");
        }

        foreach (PersonEntry person in Lexicons.People.Entries)
        {
            if (person.Affiliation is not string affiliation)
            {
                continue;
            }

            bool found = Lexicons.TryGetCountryByCode(affiliation, out _)
                || Lexicons.Organizations.Find(affiliation).Any(o => o.Name == affiliation);
            found.Should().BeTrue($"{person.Name}'s affiliation '{person.Affiliation}'");
        }
    }

    [Fact]
    public void PlaceAdjectives_NameAPlaceOfPlaces()
    {
        foreach (PlaceAdjectiveEntry adjective in Lexicons.PlaceAdjectives.Entries)
        {
            Lexicons.Places.Find(adjective.Place)
                .Should().Contain(p => p.Name == adjective.Place && p.CountryCode == adjective.CountryCode, $"'{adjective.Adjective}' → '{adjective.Place}'");
        }

        Lexicons.PlaceAdjectives.Find("Crimean").Single().Place.Should().Be("Crimea");
        Lexicons.PlaceAdjectives.Find("European").Single().Place.Should().Be("Europe");
    }

    [Fact]
    public void Organizations_NatoIsTheAlliance()
    {
        OrganizationEntry nato = Lexicons.Organizations.Find("NATO").Should().ContainSingle().Subject;
        nato.Name.Should().Be("North Atlantic Treaty Organization");
        nato.Kind.Should().Be(OrganizationKind.Intergovernmental);
        nato.Aliases.Should().Contain("the alliance");
        Lexicons.Organizations.Find("the alliance").Should().ContainSingle().Which.Should().BeSameAs(nato);
    }

    [Theory]
    [InlineData("European Commission", nameof(OrganizationKind.Intergovernmental))]
    [InlineData("YLE", nameof(OrganizationKind.Broadcaster))]
    [InlineData("Reuters", nameof(OrganizationKind.Agency))]
    [InlineData("Bundestag", nameof(OrganizationKind.Government))]
    [InlineData("CDU", nameof(OrganizationKind.Party))]
    [InlineData("FIFA", nameof(OrganizationKind.Sport))]
    [InlineData("Manchester United", nameof(OrganizationKind.Club))]
    [InlineData("Gazprom", nameof(OrganizationKind.Company))]
    [InlineData("Red Cross", nameof(OrganizationKind.Ngo))]
    public void Organizations_SpotChecks(string surface, string kind)
    {
        Lexicons.Organizations.Find(surface).Select(o => o.Kind.ToString()).Should().Contain(kind);
    }

    [Theory]
    [InlineData("Finnish", "Finland")]
    [InlineData("Finns", "Finland")]
    [InlineData("American", "United States")]
    [InlineData("Ukrainian", "Ukraine")]
    [InlineData("Russian", "Russia")]
    [InlineData("Briton", "United Kingdom")]
    [InlineData("Soviet", "Soviet Union")]
    public void Demonyms_NameTheirCountry(string demonym, string country)
    {
        Lexicons.Demonyms.TryGet(demonym, out CountryEntry? entry).Should().BeTrue();
        entry!.Name.Should().Be(country);
    }

    [Theory]
    [InlineData("U.S.", "US")]
    [InlineData("the States", "US")]
    [InlineData("Britain", "GB")]
    [InlineData("Burma", "MM")]
    [InlineData("Yugoslavia", "YU")]
    [InlineData("Zaire", "ZR")]
    [InlineData("Czechoslovakia", "CS")]
    [InlineData("Kosovo", "XK")]
    [InlineData("Taiwan", "TW")]
    public void Countries_FindNamesAndAliases(string surface, string code)
    {
        Lexicons.Countries.TryGet(surface, out CountryEntry? entry).Should().BeTrue();
        entry!.Code.Should().Be(code);
    }

    [Theory]
    [InlineData("Kyiv", "Ukraine")]
    [InlineData("Kiev", "Ukraine")]
    [InlineData("Washington", "United States")]
    [InlineData("Moscow", "Russia")]
    [InlineData("Kremlin", "Russia")]
    [InlineData("White House", "United States")]
    [InlineData("Downing Street", "United Kingdom")]
    [InlineData("Beijing", "China")]
    [InlineData("Tehran", "Iran")]
    [InlineData("Brussels", "European Union")]
    public void Metonyms_StandForTheirGovernment(string term, string target)
    {
        Lexicons.Metonyms.TryGet(term, out MetonymEntry? entry).Should().BeTrue();
        entry!.Target.Should().Be(target);
    }

    [Theory]
    [InlineData("Mykolaiv", nameof(PlaceKind.City), "UA")]
    [InlineData("Kharkiv", nameof(PlaceKind.City), "UA")]
    [InlineData("Aleppo", nameof(PlaceKind.City), "SY")]
    [InlineData("Helsinki", nameof(PlaceKind.City), "FI")]
    [InlineData("Crimea", nameof(PlaceKind.Region), "UA")]
    [InlineData("Bavaria", nameof(PlaceKind.Region), "DE")]
    [InlineData("Federal Chancellery", nameof(PlaceKind.Building), "DE")]
    [InlineData("Kremlin", nameof(PlaceKind.Building), "RU")]
    [InlineData("Europe", nameof(PlaceKind.Continent), null)]
    [InlineData("Middle East", nameof(PlaceKind.Continent), null)]
    [InlineData("Black Sea", nameof(PlaceKind.Other), null)]
    public void Places_SpotChecks(string surface, string kind, string? country)
    {
        Lexicons.Places.Find(surface).Should().Contain(p => p.Kind.ToString() == kind && p.CountryCode == country);
    }

    [Theory]
    [InlineData("Volodymyr", nameof(LexiconGender.Male))]
    [InlineData("Petteri", nameof(LexiconGender.Male))]
    [InlineData("Yuri", nameof(LexiconGender.Male))]
    [InlineData("Ursula", nameof(LexiconGender.Female))]
    [InlineData("Mohammed", nameof(LexiconGender.Male))]
    [InlineData("Andrea", nameof(LexiconGender.Unknown))]
    public void GivenNames_CarryGender(string name, string gender)
    {
        Lexicons.GivenNames.TryGet(name, out GivenNameEntry? entry).Should().BeTrue();
        entry!.Gender.ToString().Should().Be(gender);
    }

    [Theory]
    [InlineData("Secretary General", "Secretary General", nameof(HeadRole.None))]
    [InlineData("Secretary-General", "Secretary General", nameof(HeadRole.None))]
    [InlineData("President", "President", nameof(HeadRole.State))]
    [InlineData("Prime Minister", "Prime Minister", nameof(HeadRole.Government))]
    [InlineData("Special Envoy", "Special Envoy", nameof(HeadRole.None))]
    [InlineData("Sen.", "Senator", nameof(HeadRole.None))]
    [InlineData("Gen.", "General", nameof(HeadRole.None))]
    public void Titles_SpotChecks(string surface, string canonical, string head)
    {
        Lexicons.Titles.TryGet(surface, out TitleEntry? title).Should().BeTrue();
        title!.Canonical.Should().Be(canonical);
        title.Head.ToString().Should().Be(head);
    }

    [Fact]
    public void Titles_ImplyGenderWhereTheWordDoes()
    {
        Lexicons.Titles.Find("spokeswoman").Should().BeEmpty("titles keep their capitalised spelling; match ignoring case");
        Lexicons.Titles.FindIgnoreCase("spokeswoman").Single().Gender.Should().Be(LexiconGender.Female);
        Lexicons.Titles.FindIgnoreCase("spokesman").Single().Gender.Should().Be(LexiconGender.Male);
    }

    [Theory]
    [InlineData("Monday", "weekday")]
    [InlineData("December", "month")]
    [InlineData("However", "function")]
    [InlineData("Ramadan", "holiday")]
    public void NonEntityWords_SpotChecks(string word, string reason)
    {
        Lexicons.NonEntityWords.TryGet(word, out NonEntityEntry? entry).Should().BeTrue();
        entry!.Reason.Should().Be(reason);
    }

    [Fact]
    public void SmallerLexicons_SpotChecks()
    {
        Lexicons.Pronouns.Find("he").Should().Contain(p => p.Gender == LexiconGender.Male && p.Number == GrammaticalNumber.Singular);
        Lexicons.Pronouns.Find("her").Select(p => p.Case).Should().Contain(["object", "possessive"]);
        Lexicons.PersonDescriptions.Find("spokesman").Single().Gender.Should().Be(LexiconGender.Male);
        Lexicons.PersonDescriptions.Find("officials").Single().Number.Should().Be(GrammaticalNumber.Plural);
        Lexicons.SurnameParticles.Find("von der").Should().ContainSingle();
        Lexicons.SurnameParticles.Find("al-").Single().Joiner.Should().Be(ParticleJoiner.Hyphen);
        Lexicons.CompanySuffixes.Find("GmbH").Single().IsLegalForm.Should().BeTrue();
        Lexicons.OrgKeywords.Find("Ministry").Single().Kinds.Should().Contain(OrganizationKind.Government);
        Lexicons.Groups.Find("Kurd").Single().Name.Should().Be("Kurds");
        Lexicons.People.Find("Zelenskyy").Single().Name.Should().Be("Volodymyr Zelensky");
        Lexicons.SocialPlatforms.Find("Twitter").Single().Name.Should().Be("X");
        Lexicons.Places.Find("Crimean peninsula").Single().Name.Should().Be("Crimea");
    }

    [Fact]
    public void Lexicons_MaxWordCount_CoversTheLongestPhrase()
    {
        Lexicons.Titles.MaxWordCount.Should().BeGreaterThanOrEqualTo(3);
        Lexicons.Organizations.MaxWordCount.Should().BeGreaterThanOrEqualTo(5);
    }
}
