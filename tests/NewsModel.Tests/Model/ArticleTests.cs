using System;
using NewsModel.Tests.Support;
using NodaTime;

namespace NewsModel.Tests.Model;

public sealed class ArticleTests
{
    [Fact]
    public void Equals_TwoArticlesBuiltSeparately_AreEqualWithEqualHashCodes()
    {
        Article a = Articles.Full();
        Article b = Articles.Full();
        a.Should().NotBeSameAs(b);
        a.Equals(b).Should().BeTrue();
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Actors[0].Equals(b.Actors[0]).Should().BeTrue();
        a.Events[0].GetHashCode().Should().Be(b.Events[0].GetHashCode());
    }

    [Fact]
    public void Equals_ADifferenceDeepInACollection_MakesThemDifferent()
    {
        Article a = Articles.Full();
        Actor changed = new("a1", ActorKind.Person, "Anna Berg", "Minister", "Norway", ["Berg"], [new TextSpan(9, 9), new TextSpan(75, 2)]);
        Article b = new(a.Text, a.Date, a.Id, a.Paragraphs, [changed, a.Actors[1]], a.Statements, a.Events, a.Embeds, a.Dates);
        a.Should().NotBe(b);
    }

    [Fact]
    public void Constructor_SpanOutsideText_ThrowsNamingThePath()
    {
        Action act = () => _ = new Article("short", paragraphs: [new TextSpan(0, 6)]);
        act.Should().Throw<ArgumentException>().WithMessage("*$.paragraphs[0]*");
    }

    [Fact]
    public void Constructor_DuplicateActorId_Throws()
    {
        Action act = () => _ = new Article("Anna and Bo", actors: [new Actor("a1", ActorKind.Person, "Anna"), new Actor("a1", ActorKind.Person, "Bo")]);
        act.Should().Throw<ArgumentException>().WithMessage("*'a1' is used twice*$.actors[1].id*");
    }

    [Fact]
    public void Constructor_SpeakerIdNamingNoActor_Throws()
    {
        Action act = () => _ = new Article("Hi there", statements: [new Statement("s1", StatementKind.Direct, "Hi", new TextSpan(0, 2), speakerId: "a9")]);
        act.Should().Throw<ArgumentException>().WithMessage("*'a9' names no actor*$.statements[0].speakerId*");
    }

    [Theory]
    [InlineData("s2")] // a later statement
    [InlineData("s1")] // itself
    [InlineData("s9")] // none
    public void Constructor_ContinuesIdNamingNoEarlierStatement_Throws(string continues)
    {
        Action act = () => _ = new Article("Hi there", statements:
        [
            new Statement("s1", StatementKind.Direct, "Hi", new TextSpan(0, 2), continuesId: continues),
            new Statement("s2", StatementKind.Direct, "there", new TextSpan(3, 5)),
        ]);
        act.Should().Throw<ArgumentException>().WithMessage($"*'{continues}' names no earlier statement*$.statements[0].continuesId*");
    }

    [Fact]
    public void Constructor_ContinuesIdNamingAnEarlierStatement_IsAccepted()
    {
        Article article = new("Hi there", statements:
        [
            new Statement("s1", StatementKind.Direct, "Hi", new TextSpan(0, 2)),
            new Statement("s2", StatementKind.Direct, "there", new TextSpan(3, 5), continuesId: "s1"),
        ]);
        article.Statements[1].ContinuesId.Should().Be("s1");
    }

    [Fact]
    public void Constructor_StatementEventIdNamingNoEvent_Throws()
    {
        Action act = () => _ = new Article("They met", statements: [new Statement("s1", StatementKind.Indirect, "They met", new TextSpan(0, 8), eventIds: ValueArray.Create<string>(["e7"]))]);
        act.Should().Throw<ArgumentException>().WithMessage("*'e7' names no event*$.statements[0].eventIds[0]*");
    }

    [Fact]
    public void Constructor_ParticipantNamingNoActor_Throws()
    {
        Action act = () => _ = new Article("They met", events: [new Event("e1", "meeting", new TextSpan(5, 3), [new EventParticipant("nobody")])]);
        act.Should().Throw<ArgumentException>().WithMessage("*$.events[0].participants[0].actorId*");
    }

    [Fact]
    public void Event_DerivedMembers_FollowParticipantsAndKind()
    {
        Event e = Articles.Full().Events[0];
        e.ParticipantIds.Should().Equal("a1", "a2");
        e.Mentions.Should().Equal(e.Span);
        e.CameoRoot.Should().Be("04");
        e.PloverType.Should().Be("CONSULT");
        new Event("e9", "coronation", new TextSpan(0, 1)).CameoRoot.Should().BeNull();
        EventKinds.CameoRootOf(EventKinds.Annexation).Should().Be("19");
        EventKinds.PloverTypeOf(EventKinds.Sanction).Should().Be("SANCTION");
        EventKinds.PloverTypeOf(EventKinds.Election).Should().BeNull();
    }

    [Fact]
    public void FindActor_ReturnsTheActorWithThatId()
    {
        Article article = Articles.Full();
        article.FindActor("a2")!.Name.Should().Be("Norway");
        article.FindActor("zz").Should().BeNull();
        article.FindActor(null).Should().BeNull();
        article.Slice(article.Actors[0].Mentions[0]).ToString().Should().Be("Anna Berg");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Actor_BlankName_Throws(string name)
    {
        Action act = () => _ = new Actor("a1", ActorKind.Person, name);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Actor_UndefinedKind_Throws()
    {
        Action act = () => _ = new Actor("a1", (ActorKind)42, "Anna");
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void TemporalExpression_DatesMustMatchPrecision()
    {
        LocalDate day = new(2025, 12, 14);
        Action unknownWithDates = () => _ = new TemporalExpression(new TextSpan(0, 6), "Sunday", day, day, DatePrecision.Unknown, DateAnchor.Dateline);
        Action dayWithoutDates = () => _ = new TemporalExpression(new TextSpan(0, 6), "Sunday", null, null, DatePrecision.Day, DateAnchor.None);
        Action endBeforeStart = () => _ = new TemporalExpression(new TextSpan(0, 6), "Sunday", day, day.PlusDays(-1), DatePrecision.Day, DateAnchor.None);
        Action halfSet = () => _ = new TemporalExpression(new TextSpan(0, 6), "Sunday", day, null, DatePrecision.Day, DateAnchor.None);
        unknownWithDates.Should().Throw<ArgumentException>();
        dayWithoutDates.Should().Throw<ArgumentException>();
        endBeforeStart.Should().Throw<ArgumentOutOfRangeException>();
        halfSet.Should().Throw<ArgumentException>();
        new TemporalExpression(new TextSpan(0, 8), "recently", null, null, DatePrecision.Unknown, DateAnchor.None).Start.Should().BeNull();
    }

    [Fact]
    public void OptionalStrings_EmptyBecomesNull()
    {
        Actor actor = new("a1", ActorKind.Person, "Anna", title: string.Empty, affiliation: string.Empty);
        actor.Title.Should().BeNull();
        actor.Affiliation.Should().BeNull();
    }
}

public sealed class ArticleTextTests
{
    [Fact]
    public void Constructor_UnpairedSurrogate_Throws()
    {
        System.Action act = () => _ = new Article("ab\uD800c");
        act.Should().Throw<System.ArgumentException>().WithMessage("*offset 2*");
        new Article("a😀b").Text.Should().Be("a😀b");
    }

    // A fact, not a theory: xunit's theory data serialization would mangle the lone surrogates themselves.
    [Fact]
    public void Parse_UnpairedSurrogates_AreReplacedKeepingOffsets()
    {
        (string Input, string Expected)[] cases =
        [
            ("ab\uD800c", "ab\uFFFDc"),
            ("\uDC00\uD800", "\uFFFD\uFFFD"), // a low before a high is no pair
            ("x\uD83D\uDE00\uD83D", "x\uD83D\uDE00\uFFFD"),
        ];
        foreach ((string input, string expected) in cases)
        {
            Article article = ArticleParser.Parse(input);
            article.Text.Should().Be(expected);
        }
    }
}
