using System;
using System.Linq;

namespace NewsModel.Tests.Extraction.Actors;

/// <summary>
/// Sentences written for these tests: where a name begins and ends (hyphenated given names, abbreviations that end a
/// sentence, caption labels, quotations and list items that open with a capital).
/// </summary>
public sealed class ActorBoundaryTests
{
    [Theory]
    [InlineData("On Sunday, Lee Cheuk-yan spoke to voters in Hong Kong.", "Lee Cheuk-yan")]
    [InlineData("The party chose Wong Kwok-kin as its candidate, the paper reported.", "Wong Kwok-kin")]
    public void HyphenatedGivenNames_StayPartOfTheName(string text, string name)
    {
        Article article = ArticleParser.Parse(text);
        article.Actors.Should().ContainSingle(a => a.Name == name).Which.Kind.Should().Be(ActorKind.Person);
    }

    [Theory]
    [InlineData("The Moscow-based firm hired new staff.")]
    [InlineData("A Pro-Beijing camp won most seats.")]
    [InlineData("Each volunteer wore a T-shirt on the day.")]
    public void HyphenatedAdjectives_AreNoActors(string text)
    {
        ArticleParser.Parse(text).Actors.Should().BeEmpty();
    }

    [Fact]
    public void AnAbbreviationWithItsDot_EndsTheName_BeforeTheNextSentence()
    {
        Article article = ArticleParser.Parse("The players flew to the U.S. The coach said the trip went well.");
        Actor us = article.Actors.Should().ContainSingle(a => a.Kind == ActorKind.Country).Subject;
        article.Slice(us.Mentions[0]).ToString().Should().Be("U.S.");
    }

    [Fact]
    public void CaptionLabels_AreNotPartOfTheName()
    {
        Article article = ArticleParser.Parse("Karin Holm opened the fair in Uppsala.\n\nKarin Holm Image: Erik Sandberg.");
        article.Actors.Should().NotContain(a => a.Name.Contains("Image", StringComparison.Ordinal));
        article.Actors.Single(a => a.Name == "Karin Holm").Mentions.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("The head of the Halden Refugee Council Tarek Amani told reporters the plan was rushed.", "Halden Refugee Council", ActorKind.Organization, "Tarek Amani")]
    [InlineData("According to the Ambassador to Norway Farid Karimzai, the team arrived.", "Norway", ActorKind.Country, "Farid Karimzai")]
    public void APersonNamedRightAfterABody_IsAPersonOfItsOwn(string text, string body, ActorKind kind, string person)
    {
        Article article = ArticleParser.Parse(text);
        article.Actors.Should().ContainSingle(a => a.Name == body).Which.Kind.Should().Be(kind);
        article.Actors.Should().ContainSingle(a => a.Name == person).Which.Kind.Should().Be(ActorKind.Person);
    }

    [Fact]
    public void ThePortfolioAfterATitle_IsNoPartOfTheName()
    {
        Article article = ArticleParser.Parse("Minister of Culture Paola Ferri said the plan was fair.");
        article.Actors.Should().ContainSingle().Which.Name.Should().Be("Paola Ferri");
    }

    [Fact]
    public void ATitleBeforeAPossessive_IsNoPerson()
    {
        Article article = ArticleParser.Parse("A detective from the Bergen Sheriff's office said nothing.");
        article.Actors.Should().ContainSingle().Which.Name.Should().Be("Bergen");
    }

    [Fact]
    public void Fairs_AreEventsNotActors()
    {
        ArticleParser.Parse("She won a prize at the Nordic Science Fair in May.").Actors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("The professor commented, \"Hoping for change is not enough,\" and left.")]
    [InlineData("He gave two reasons: a) Leaving early was unsafe. b) Refusing orders was worse.")]
    public void WordsOpeningAQuotationOrAListItem_AreSentenceInitial(string text)
    {
        ArticleParser.Parse(text).Actors.Should().BeEmpty();
    }
}
