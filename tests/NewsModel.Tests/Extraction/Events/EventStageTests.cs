using System.Linq;
using NewsModel.Parsing;
using NewsModel.Parsing.Stages;
using NodaTime;

namespace NewsModel.Tests.Extraction.Events;

public sealed class EventStageTests
{
    private static Event[] EventsOf(string text) => [.. ArticleParser.Parse(text).Events];

    [Theory]
    [InlineData("The ministers met with their counterparts.", "met", EventKinds.Meeting)]
    [InlineData("Leaders gathered for a summit.", "summit", EventKinds.Summit)]
    [InlineData("The president visited the front line.", "visited", EventKinds.Visit)]
    [InlineData("A ceasefire took hold overnight.", "ceasefire", EventKinds.Ceasefire)]
    [InlineData("Russian strikes hit the power grid.", "strikes", EventKinds.Attack)]
    [InlineData("Dockers began a general strike.", "strike", EventKinds.Protest)]
    [InlineData("The region was annexed by its neighbour.", "annexed", EventKinds.Annexation)]
    [InlineData("The invasion began at dawn.", "invasion", EventKinds.War)]
    [InlineData("Voters went to the polls in a referendum.", "referendum", EventKinds.Election)]
    [InlineData("Police arrested two men.", "arrested", EventKinds.Arrest)]
    [InlineData("The union signed the agreement.", "agreement", EventKinds.Agreement)]
    public void Parse_Trigger_GivesKind(string text, string trigger, string kind)
    {
        Event e = EventsOf(text).Should().ContainSingle().Subject;
        e.Kind.Should().Be(kind);
        text.Substring(e.Span.Start, e.Span.Length).Should().Be(trigger);
    }

    [Theory]
    [InlineData("The team met the deadline.")] // "met" without with/at/in is not a meeting
    [InlineData("The meeting of minds was rare.")] // an idiom
    [InlineData("We need to deal with it.")]
    [InlineData("He will strike a balance.")]
    public void Parse_NotAnEvent_GivesNone(string text)
    {
        EventsOf(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Talks will resume on Monday.", EventModality.Planned)]
    [InlineData("A summit is slated for next week.", EventModality.Planned)]
    [InlineData("Such guarantees could prevent another invasion.", EventModality.Hypothetical)]
    [InlineData("There was no meeting between the two.", EventModality.Negated)]
    [InlineData("The summit was postponed.", EventModality.Negated)]
    [InlineData("The two sides met in Geneva.", EventModality.Happened)]
    public void Parse_WordsNearTheTrigger_GiveModality(string text, EventModality modality)
    {
        EventsOf(text).Should().ContainSingle().Which.Modality.Should().Be(modality);
    }

    [Fact]
    public void Parse_LaterMentionsOfTheSameEvent_AreMerged()
    {
        Event[] events = EventsOf("The envoys met in Geneva. The meeting lasted five hours.\n\nAfter the talks, both sides were upbeat. Talks will resume later.");
        events.Should().HaveCount(2);
        events[0].Mentions.Should().HaveCount(3);
        events[1].Modality.Should().Be(EventModality.Planned);
    }

    [Fact]
    public void Run_WithActorsAndDates_FillsParticipantsPlaceAndWhen()
    {
        const string text = "Anna Berg met Bo Chen at the Federal Chancellery in Berlin on Sunday.";
        ArticleContext context = new(text, new ArticleHeader(0, new LocalDate(2025, 12, 15)), ArticleParserOptions.Default);
        new ParagraphStage().Run(context);
        new SentenceStage().Run(context);
        context.Actors.Add(new Actor("a1", ActorKind.Person, "Anna Berg", mentions: [new TextSpan(0, 9)]));
        context.Actors.Add(new Actor("a2", ActorKind.Person, "Bo Chen", mentions: [new TextSpan(14, 7)]));
        context.Actors.Add(new Actor("a3", ActorKind.Place, "Federal Chancellery", mentions: [new TextSpan(29, 19)]));
        context.Actors.Add(new Actor("a4", ActorKind.Place, "Berlin", mentions: [new TextSpan(52, 6)]));
        LocalDate sunday = new(2025, 12, 14);
        context.Dates.Add(new TemporalExpression(new TextSpan(59, 9), "on Sunday", sunday, sunday, DatePrecision.Day, DateAnchor.Dateline));

        new EventStage().Run(context);

        Event e = context.Events.Should().ContainSingle().Subject;
        e.Kind.Should().Be(EventKinds.Meeting);
        e.Participants.Should().Equal(new EventParticipant("a1", ParticipantRole.Attendee), new EventParticipant("a2", ParticipantRole.Attendee));
        e.PlaceId.Should().Be("a3");
        e.Place.Should().Be("Federal Chancellery, Berlin");
        e.When!.Start.Should().Be(sunday);
        context.Build().Events.Should().ContainSingle();
    }

    [Fact]
    public void Run_Attack_GivesAgentBeforeAndTargetAfter()
    {
        const string text = "Ruritania attacked Borduria.";
        ArticleContext context = new(text, new ArticleHeader(0, null), ArticleParserOptions.Default);
        new ParagraphStage().Run(context);
        new SentenceStage().Run(context);
        context.Actors.Add(new Actor("a1", ActorKind.Country, "Ruritania", mentions: [new TextSpan(0, 9)]));
        context.Actors.Add(new Actor("a2", ActorKind.Country, "Borduria", mentions: [new TextSpan(19, 8)]));
        new EventStage().Run(context);
        context.Events.Single().Participants.Should().Equal(new EventParticipant("a1", ParticipantRole.Agent), new EventParticipant("a2", ParticipantRole.Target));
    }
}
