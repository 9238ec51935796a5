using System.Linq;

namespace NewsModel.Tests.Extraction.Actors;

/// <summary>Sentences written for these tests: typing names the lexicons do not know by their head words.</summary>
public sealed class ActorTypingTests
{
    [Theory]
    [InlineData("The grant came from the Karin Holm Foundation for Young Artists last year.", "Karin Holm Foundation for Young Artists")]
    [InlineData("Volunteers of the Comic Corps of Norway collected books.", "Comic Corps of Norway")]
    [InlineData("The Indonesian Navy rescued 200 people on Friday.", "Indonesian Navy")]
    [InlineData("A statement came from the Greek Orthodox Church on Sunday.", "Greek Orthodox Church")]
    public void HeadsBeforeOfAndNationalBodies_AreOrganisations(string text, string name)
    {
        Article article = ArticleParser.Parse(text);
        article.Actors.Should().ContainSingle(a => a.Name == name).Which.Kind.Should().Be(ActorKind.Organization);
    }

    [Theory]
    [InlineData("The fair took place at the Metro Bergen Convention Centre this weekend.", "Metro Bergen Convention Centre")]
    [InlineData("Visitors can walk from Lindholm Station to the square.", "Lindholm Station")]
    [InlineData("Fishing boats sailed around Storholm Island on Monday.", "Storholm Island")]
    [InlineData("Dozens were hurt when the Al-Noor Hotel caught fire.", "Al-Noor Hotel")]
    public void BuildingsSitesAndGeographicNames_ArePlaces(string text, string name)
    {
        Article article = ArticleParser.Parse(text);
        article.Actors.Should().ContainSingle(a => a.Name == name).Which.Kind.Should().Be(ActorKind.Place);
    }

    [Theory]
    [InlineData("OSLO (Reuters) \u2014 Fishing boats sailed out on Monday.", "Oslo", "OSLO")]
    [InlineData("BERGEN, Norway (AP) \u2014 Fishing boats sailed out on Monday.", "Bergen", "BERGEN")]
    [InlineData("LOS ANGELES -- Fishing boats sailed out on Monday.", "Los Angeles", "LOS ANGELES")]
    [InlineData("Fishing boats sailed out on Monday.\n\nSTOCKHOLM \u2014 The port reopened.", "Stockholm", "STOCKHOLM")]
    public void WireDatelineInCapitals_IsAPlace(string text, string name, string mention)
    {
        Article article = ArticleParser.Parse(text);
        Actor place = article.Actors.Should().ContainSingle(a => a.Name == name).Subject;
        place.Kind.Should().Be(ActorKind.Place);
        place.Mentions.Select(m => article.Slice(m).ToString()).Should().Equal(mention);
        article.Actors.Should().NotContain(a => a.Name == "Fishing", "the word after the dateline begins a sentence");
    }

    [Theory]
    [InlineData("NATO \u2014 and the EU \u2014 sent ships on Monday.")]
    [InlineData("UPDATE \u2014 Fishing boats sailed out on Monday.")]
    public void CapitalsBeforeADashThatNameNoPlace_AreNoPlace(string text)
    {
        Article article = ArticleParser.Parse(text);
        article.Actors.Should().NotContain(a => a.Kind == ActorKind.Place);
    }

    [Theory]
    [InlineData("The localist group Civic Dawn won two seats.", "Civic Dawn")]
    [InlineData("Tanja Berg of Green Future was elected on Sunday.", "Green Future")]
    [InlineData("She joined the Sea Org at the age of 14.", "Sea Org")]
    public void NamesIntroducedAsBodies_AreOrganisations(string text, string name)
    {
        Article article = ArticleParser.Parse(text);
        article.Actors.Should().ContainSingle(a => a.Name == name).Which.Kind.Should().Be(ActorKind.Organization);
    }

    [Theory]
    [InlineData("The Halden Council for the Protection of Children said the law was weak.", "Halden Council for the Protection of Children", ActorKind.Organization)]
    [InlineData("Both the Irving Independent School District and the police declined to comment.", "Irving Independent School District", ActorKind.Organization)]
    [InlineData("She studied at Duke University in North Carolina.", "Duke University", ActorKind.Organization)]
    [InlineData("Thousands gathered on the Plains of Marahan at dawn.", "Plains of Marahan", ActorKind.Place)]
    [InlineData("The family lives in East Los Angeles.", "East Los Angeles", ActorKind.Place)]
    [InlineData("The show featured fashion designer Halvardo, who waved.", "Halvardo", ActorKind.Person)]
    [InlineData("The rules are strict, said Brannock, and nobody objected.", "Brannock", ActorKind.Person)]
    public void LongerNamesAndRoleNouns_GiveTheKind(string text, string name, ActorKind kind)
    {
        Article article = ArticleParser.Parse(text);
        article.Actors.Should().ContainSingle(a => a.Name == name).Which.Kind.Should().Be(kind);
    }

    [Theory]
    [InlineData("Members of the Bergen Stormchasers met on Friday.", "Bergen Stormchasers", ActorKind.Organization)]
    [InlineData("Chad Curtis scored twice on Sunday.", "Chad Curtis", ActorKind.Person)]
    public void APlaceAndAPlural_IsATeam_UnlessAGivenName(string text, string name, ActorKind kind)
    {
        Article article = ArticleParser.Parse(text);
        article.Actors.Should().ContainSingle(a => a.Name == name).Which.Kind.Should().Be(kind);
    }

    [Fact]
    public void AWordSeenBothSingularAndPlural_IsNoActor()
    {
        ArticleParser.Parse("Visitors bought Lumicams at the fair, and each Lumicam sold out.").Actors.Should().BeEmpty();
    }

    [Fact]
    public void ASurnameBeforeACommonNoun_IsThePerson()
    {
        Article article = ArticleParser.Parse("Andy Warhol made many prints. The Warhol Polaroids were shown in May.");
        Actor warhol = article.Actors.Should().ContainSingle().Subject;
        warhol.Name.Should().Be("Andy Warhol");
        warhol.Mentions.Select(m => article.Slice(m).ToString()).Should().Equal("Andy Warhol", "Warhol");
    }

    [Fact]
    public void ATownBeforeAState_IsAPlace()
    {
        Article article = ArticleParser.Parse("Omar Nur, a student from Irving, Texas, built a clock.");
        article.Actors.Should().ContainSingle(a => a.Name == "Irving").Which.Kind.Should().Be(ActorKind.Place);
        article.Actors.Should().ContainSingle(a => a.Name == "Omar Nur").Which.Kind.Should().Be(ActorKind.Person);
    }

    [Theory]
    [InlineData("Many offices still run Internet Explorer and Mozilla Firefox.")]
    [InlineData("Users of IE6 were told to upgrade before March.")]
    [InlineData("The demo ran on a PlayStation VR headset.")]
    public void ProductsAndModelCodes_AreNoActors(string text)
    {
        ArticleParser.Parse(text).Actors.Should().BeEmpty();
    }

    [Fact]
    public void TheFinnishPrimeMinister_StillTakesFinlandAsAffiliation()
    {
        Article article = ArticleParser.Parse("Finnish Prime Minister Petteri Orpo said the talks went well.");
        article.Actors.Single(a => a.Name == "Petteri Orpo").Affiliation.Should().Be("Finland");
    }

    [Fact]
    public void TheHeadAfterThe_RefersToTheBodyNamedBefore()
    {
        Article article = ArticleParser.Parse("The Church of Scientology was sued in May. Later the Church denied the claims.");
        Actor church = article.Actors.Single(a => a.Name == "Church of Scientology");
        church.Mentions.Select(m => article.Slice(m).ToString()).Should().Contain("Church");
    }

    [Fact]
    public void TheHeadAfterThe_WithNoBodyNamedBefore_IsNoActor()
    {
        ArticleParser.Parse("Pilgrims waited outside while the Church stayed closed.").Actors.Should().BeEmpty();
    }
}
