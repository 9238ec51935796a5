using System;
using System.Linq;

namespace NewsModel.Tests.Extraction.Actors;

/// <summary>Sentences written for these tests: titles, appositions, demonyms, metonyms, merging, pronouns, non-entities.</summary>
public sealed class ActorStageTests
{
    [Theory]
    [InlineData("Finnish Prime Minister Petteri Orpo said the talks went well.", "Petteri Orpo", ActorKind.Person, "Prime Minister", "Finland")]
    [InlineData("NATO Secretary General Mark Rutte arrived in Brussels on Monday.", "Mark Rutte", ActorKind.Person, "Secretary General", "North Atlantic Treaty Organization")]
    [InlineData("The plan was backed by Special Envoy Anna Berglund, officials said.", "Anna Berglund", ActorKind.Person, "Special Envoy", null)]
    [InlineData("Talks were led by Russian President Vladimir Putin and others.", "Vladimir Putin", ActorKind.Person, "President", "Russia")]
    [InlineData("Marta Kowalczyk, foreign policy aide to Polish President Jan Nowak, said nothing.", "Marta Kowalczyk", ActorKind.Person, "foreign policy aide", "Poland")]
    [InlineData("Secretary of State Maria Lund met reporters on Monday.", "Maria Lund", ActorKind.Person, "Secretary of State", null)]
    [InlineData("On Monday, Secretary of the Treasury Jane Doe met reporters.", "Jane Doe", ActorKind.Person, "Secretary of the Treasury", null)]
    [InlineData("Under Secretary of State for Political Affairs Wendy Moll met reporters.", "Wendy Moll", ActorKind.Person, "Secretary of State for Political Affairs", null)]
    [InlineData("He met Minister of Education Stefania Rossi on Monday.", "Stefania Rossi", ActorKind.Person, "Minister of Education", null)]
    public void TitlesAndAffiliations_ComeFromTitlesDemonymsAndAppositions(string text, string name, ActorKind kind, string? title, string? affiliation)
    {
        Actor actor = Single(text, name);
        actor.Kind.Should().Be(kind);
        actor.Title.Should().Be(title);
        actor.Affiliation.Should().Be(affiliation);
    }

    [Theory]
    [InlineData("Finnish Prime Minister Petteri Orpo said the talks went well.", "Petteri Orpo")]
    [InlineData("Mr. Oskar Lindqvist met reporters in Oslo.", "Oskar Lindqvist")]
    public void NameMentions_CoverTheNameAlone(string text, string name)
    {
        Article article = ArticleParser.Parse(text);
        Actor actor = article.Actors.Single(a => a.Name == name);
        article.Slice(actor.Mentions[0]).ToString().Should().Be(name);
    }

    [Fact]
    public void Demonyms_AreNotMentions()
    {
        Article article = ArticleParser.Parse("Finnish officials criticised Russian aggression on Tuesday.");
        article.Actors.Should().NotContain(a => a.Name == "Finnish" || a.Name == "Russian" || a.Name == "Finland" || a.Name == "Russia");
    }

    [Fact]
    public void Surnames_MergeWithTheFullNameSeenBefore()
    {
        Article article = ArticleParser.Parse("Henrik Dahlberg won the vote in Stockholm. Dahlberg thanked his voters.");
        Actor actor = article.Actors.Single(a => a.Name == "Henrik Dahlberg");
        actor.Kind.Should().Be(ActorKind.Person);
        Texts(article, actor).Should().Equal("Henrik Dahlberg", "Dahlberg", "his");
        article.Actors.Should().ContainSingle(a => a.Name == "Stockholm").Which.Kind.Should().Be(ActorKind.Place);
    }

    [Fact]
    public void AcronymAndFullName_AreOneActor()
    {
        Article article = ArticleParser.Parse("The North Atlantic Treaty Organization met in Brussels. NATO said the alliance would respond.");
        Actor nato = article.Actors.Single(a => a.Kind == ActorKind.Organization);
        Texts(article, nato).Should().Equal("North Atlantic Treaty Organization", "NATO", "the alliance");
        nato.Aliases.Should().Contain("NATO");
    }

    [Theory]
    [InlineData("Kyiv said the offer was unacceptable.", "Kyiv", ActorKind.Country, "Ukraine")]
    [InlineData("The delegation stayed in Kyiv for two days.", "Kyiv", ActorKind.Place, "Kyiv")]
    [InlineData("Washington presses for a quick deal.", "Washington", ActorKind.Country, "United States")]
    public void Metonyms_StandForTheGovernmentOnlyAsSubjects(string text, string mention, ActorKind kind, string name)
    {
        Article article = ArticleParser.Parse(text);
        Actor actor = article.Actors.Single(a => Texts(article, a).Contains(mention));
        actor.Kind.Should().Be(kind);
        actor.Name.Should().Be(name);
    }

    [Fact]
    public void Pronouns_ResolveByGenderAndSubject()
    {
        Article article = ArticleParser.Parse(
            "Maria Lopez met Thomas Becker in Madrid. She said the talks were useful. Becker said he agreed.");
        Actor maria = article.Actors.Single(a => a.Name == "Maria Lopez");
        Actor thomas = article.Actors.Single(a => a.Name == "Thomas Becker");
        Texts(article, maria).Should().Equal("Maria Lopez", "She");
        Texts(article, thomas).Should().Equal("Thomas Becker", "Becker", "he");
    }

    [Fact]
    public void Pronoun_PrefersTheSubjectOverAnEmbeddedName()
    {
        Article article = ArticleParser.Parse(
            "Igor Petrov, an aide to President Boris Sokolov, spoke on television. He said the plan was fair.");
        Actor aide = article.Actors.Single(a => a.Name == "Igor Petrov");
        Texts(article, aide).Should().Contain("He");
    }

    [Theory]
    [InlineData("On Monday the minister spoke. In June she resigned.")]
    [InlineData("However, the President did not attend.")]
    [InlineData("After the meeting, Officials left quickly.")]
    public void CapitalisedWordsThatAreNotActors_AreLeftOut(string text)
    {
        ArticleParser.Parse(text).Actors.Should().BeEmpty();
    }

    [Fact]
    public void UnknownNames_AreTypedByContext()
    {
        Article article = ArticleParser.Parse(
            "Quarvex Holdings Inc. hired Dariusz Wrobel from the Moravian Institute of Technology. Wrobel said he was pleased.");
        article.Actors.Single(a => a.Name == "Quarvex Holdings Inc.").Kind.Should().Be(ActorKind.Organization);
        article.Actors.Single(a => a.Name == "Dariusz Wrobel").Kind.Should().Be(ActorKind.Person);
        article.Actors.Single(a => a.Name == "Moravian Institute of Technology").Kind.Should().Be(ActorKind.Organization);
    }

    [Fact]
    public void Ids_FollowFirstMention_AndMentionsAreSortedWithoutOverlap()
    {
        Article article = ArticleParser.Parse(
            "Canada and Japan signed the deal. Elena Varga, the Hungarian envoy, said Canada had waited long. Japan agreed.");
        article.Actors.Select(a => a.Id).Should().Equal(Enumerable.Range(1, article.Actors.Count).Select(i => "a" + i));
        article.Actors.Select(a => a.Mentions[0].Start).Should().BeInAscendingOrder();
        foreach (Actor actor in article.Actors)
        {
            for (int i = 1; i < actor.Mentions.Count; i++)
            {
                actor.Mentions[i].Start.Should().BeGreaterThanOrEqualTo(actor.Mentions[i - 1].Start + actor.Mentions[i - 1].Length);
            }
        }
    }

    [Fact]
    public void ResultsTable_TeamsNamedAfterPlacesAreOrganisations()
    {
        Article article = ArticleParser.Parse(
            "CRICKET - COUNTY RESULTS.\n\nLONDON 1996-08-30\n\nResults of county matches on Friday:\n\nSurrey 429-7 Kent 195\n\nEssex beat Yorkshire by eight wickets in the match at Chelmsford.");
        article.Actors.Single(a => a.Name == "Surrey").Kind.Should().Be(ActorKind.Organization);
        article.Actors.Single(a => a.Name == "Kent").Kind.Should().Be(ActorKind.Organization);
        article.Actors.Single(a => a.Name == "London").Kind.Should().Be(ActorKind.Place);
    }

    private static Actor Single(string text, string name) => ArticleParser.Parse(text).Actors.Single(a => a.Name == name);

    private static string[] Texts(Article article, Actor actor) => actor.Mentions.Select(m => article.Slice(m).ToString()).ToArray();
}
