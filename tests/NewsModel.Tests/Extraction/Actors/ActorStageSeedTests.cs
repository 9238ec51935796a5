using System.Linq;
using NewsModel.Tests.Support;

namespace NewsModel.Tests.Extraction.Actors;

/// <summary>The seed article's actors (read from shared/ at run time; its text is not copied here).</summary>
public sealed class ActorStageSeedTests
{
    [Theory]
    [InlineData("Volodymyr Zelensky", ActorKind.Person, "President", "Ukraine")]
    [InlineData("Steve Witkoff", ActorKind.Person, "Special Envoy", "United States")]
    [InlineData("Jared Kushner", ActorKind.Person, "son-in-law of Donald Trump", null)]
    [InlineData("Donald Trump", ActorKind.Person, "President", "United States")]
    [InlineData("Mark Rutte", ActorKind.Person, "Secretary General", "North Atlantic Treaty Organization")]
    [InlineData("Ursula von der Leyen", ActorKind.Person, "President", "European Commission")]
    [InlineData("Petteri Orpo", ActorKind.Person, "Prime Minister", "Finland")]
    [InlineData("Yuri Ushakov", ActorKind.Person, "foreign policy aide", "Russia")]
    [InlineData("Vladimir Putin", ActorKind.Person, "President", "Russia")]
    [InlineData("North Atlantic Treaty Organization", ActorKind.Organization, null, null)]
    [InlineData("European Commission", ActorKind.Organization, null, null)]
    [InlineData("Ukraine", ActorKind.Country, null, null)]
    [InlineData("Russia", ActorKind.Country, null, null)]
    [InlineData("United States", ActorKind.Country, null, null)]
    [InlineData("Germany", ActorKind.Country, null, null)]
    [InlineData("Canada", ActorKind.Country, null, null)]
    [InlineData("Japan", ActorKind.Country, null, null)]
    [InlineData("Europe", ActorKind.Place, null, null)]
    [InlineData("Berlin", ActorKind.Place, null, null)]
    [InlineData("Federal Chancellery", ActorKind.Place, null, null)]
    [InlineData("Helsinki", ActorKind.Place, null, null)]
    [InlineData("Mykolaiv", ActorKind.Place, null, null)]
    public void Seed_ActorsWithTitlesAndAffiliations(string name, ActorKind kind, string? title, string? affiliation)
    {
        Article article = ArticleParser.Parse(SharedFiles.SeedArticle);
        Actor actor = article.Actors.Should().ContainSingle(a => a.Name == name).Which;
        actor.Kind.Should().Be(kind);
        if (kind == ActorKind.Person)
        {
            actor.Title.Should().Be(title);
            if (affiliation is not null)
            {
                actor.Affiliation.Should().Be(affiliation);
            }
        }
    }

    [Fact]
    public void Seed_ZelenskyAliasesAreOneActor()
    {
        Article article = ArticleParser.Parse(SharedFiles.SeedArticle);
        Actor zelensky = article.Actors.Single(a => a.Name == "Volodymyr Zelensky");
        string[] texts = zelensky.Mentions.Select(m => article.Slice(m).ToString()).ToArray();
        texts.Should().Contain(["Zelensky", "Volodymyr Zelenskyy", "Володимир Зеленський", "@ZelenskyyUa", "Ukraine's leader"]);
        zelensky.Id.Should().Be("a1");
    }

    [Fact]
    public void Seed_MetonymsAndDescriptionsResolve()
    {
        Article article = ArticleParser.Parse(SharedFiles.SeedArticle);
        string[] Texts(string name) => article.Actors.Single(a => a.Name == name).Mentions.Select(m => article.Slice(m).ToString()).ToArray();
        Texts("Ukraine").Should().Contain("Kyiv");
        Texts("United States").Should().Contain("Washington");
        Texts("North Atlantic Treaty Organization").Should().Contain(["NATO", "the alliance"]);
        Texts("Yuri Ushakov").Should().Contain("he");
        Actor delegation = article.Actors.Single(a => a.Kind == ActorKind.Group && a.Name.Contains("US delegation"));
        delegation.Mentions.Select(m => article.Slice(m).ToString()).Should().Contain("it");
        Texts("Crimea").Should().Contain("Crimean peninsula");
        article.Actors.Should().Contain(a => a.Kind == ActorKind.Organization && a.Aliases.Contains("YLE"));
    }

    [Fact]
    public void Seed_FinlandFromFinnishOnly_IsACountryActorWithoutMentions()
    {
        Article article = ArticleParser.Parse(SharedFiles.SeedArticle);
        Actor finland = article.Actors.Should().ContainSingle(a => a.Name == "Finland").Subject;
        finland.Kind.Should().Be(ActorKind.Country);
        finland.Mentions.Should().BeEmpty("\"Finnish\" gives affiliation; it is not a mention");
    }

    [Fact]
    public void Parse_NationalityOnlyAffiliation_AddsOneCountryActor_AndNoneWhenTheCountryIsNamed()
    {
        Article only = ArticleParser.Parse("Finnish Prime Minister Anna Virtanen met Finnish Foreign Minister Elias Koski on Tuesday.");
        only.Actors.Where(a => a.Name == "Finland").Should().ContainSingle().Which.Mentions.Should().BeEmpty();
        only.Actors.Where(a => a.Kind == ActorKind.Person).Should().OnlyContain(a => a.Affiliation == "Finland");

        Article named = ArticleParser.Parse("Finnish Prime Minister Anna Virtanen said Finland would help.");
        named.Actors.Where(a => a.Name == "Finland").Should().ContainSingle().Which.Mentions.Should().ContainSingle();
    }
}
