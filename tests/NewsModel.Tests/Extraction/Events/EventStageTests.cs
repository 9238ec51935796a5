using System.Collections.Generic;
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

        IndexMentions(context);
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
        IndexMentions(context);
        new EventStage().Run(context);
        context.Events.Single().Participants.Should().Equal(new EventParticipant("a1", ParticipantRole.Agent), new EventParticipant("a2", ParticipantRole.Target));
    }

    private static ArticleContext Context(string text, LocalDate? date, params (string Id, ActorKind Kind, string Name, string Mention)[] actors)
    {
        ArticleContext context = new(text, new ArticleHeader(0, date), ArticleParserOptions.Default);
        new ParagraphStage().Run(context);
        new SentenceStage().Run(context);
        foreach ((string id, ActorKind kind, string name, string mention) in actors)
        {
            int at = text.IndexOf(mention, System.StringComparison.Ordinal);
            while (at + mention.Length < text.Length && char.IsLetter(text[at + mention.Length]))
            {
                at = text.IndexOf(mention, at + 1, System.StringComparison.Ordinal); // whole words: "Russia", not "Russian"
            }
            context.Actors.Add(new Actor(id, kind, name, mentions: [new TextSpan(at, mention.Length)]));
        }

        IndexMentions(context);
        return context;
    }

    [Fact]
    public void Run_PlaceInsidePossessorAndCity_IsMostSpecificFirst()
    {
        ArticleContext context = Context(
            "Anna Berg met Bo Chen at Borduria's Royal Palace in Zelda.",
            null,
            ("a1", ActorKind.Person, "Anna Berg", "Anna Berg"),
            ("a2", ActorKind.Person, "Bo Chen", "Bo Chen"),
            ("a3", ActorKind.Country, "Borduria", "Borduria"),
            ("a4", ActorKind.Place, "Royal Palace", "Royal Palace"),
            ("a5", ActorKind.Place, "Zelda", "Zelda"));
        new EventStage().Run(context);
        Event e = context.Events.Should().ContainSingle().Subject;
        e.Place.Should().Be("Royal Palace, Zelda, Borduria");
        e.PlaceId.Should().Be("a4");
        e.ParticipantIds.Should().Equal("a1", "a2");
    }

    [Fact]
    public void Run_PossessorThatModifiesAnotherName_IsNoParticipant()
    {
        ArticleContext context = Context(
            "Anna Berg met Bo Chen, Cy Dee's adviser, on Sunday.",
            null,
            ("a1", ActorKind.Person, "Anna Berg", "Anna Berg"),
            ("a2", ActorKind.Person, "Bo Chen", "Bo Chen"),
            ("a3", ActorKind.Person, "Cy Dee", "Cy Dee"));
        new EventStage().Run(context);
        context.Events.Single().ParticipantIds.Should().Equal("a1", "a2");
    }

    [Fact]
    public void Run_LaterMention_AddsOnlyNearbyActors()
    {
        ArticleContext context = Context(
            "Anna Berg met Bo Chen. Much later in a long interview about many other things, Cy Dee praised the meeting.",
            null,
            ("a1", ActorKind.Person, "Anna Berg", "Anna Berg"),
            ("a2", ActorKind.Person, "Bo Chen", "Bo Chen"),
            ("a3", ActorKind.Person, "Cy Dee", "Cy Dee"));
        new EventStage().Run(context);
        Event e = context.Events.Should().ContainSingle().Subject;
        e.Mentions.Should().HaveCount(2);
        e.ParticipantIds.Should().Equal("a1", "a2", "a3"); // "Cy Dee praised the meeting": three words away
        ArticleContext far = Context(
            "Anna Berg met Bo Chen. Cy Dee, who spoke at length about many other things on the radio, praised the meeting.",
            null,
            ("a1", ActorKind.Person, "Anna Berg", "Anna Berg"),
            ("a2", ActorKind.Person, "Bo Chen", "Bo Chen"),
            ("a3", ActorKind.Person, "Cy Dee", "Cy Dee"));
        new EventStage().Run(far);
        far.Events.Single().ParticipantIds.Should().Equal("a1", "a2");
    }

    [Theory]
    [InlineData("The almost four-year-old war goes on.", "almost four-year-old", 2022)]
    [InlineData("The four-year-old war goes on.", "four-year-old", 2021)]
    [InlineData("The more than 20-year-old conflict goes on and the war too.", null, 0)]
    [InlineData("A nearly 10-year-old war ended.", "nearly 10-year-old", 2016)]
    public void Run_AgeBeforeTrigger_DatesTheStartAtYearPrecision(string text, string? age, int year)
    {
        ArticleContext context = Context(text, new LocalDate(2025, 12, 15));
        new EventStage().Run(context);
        Event e = context.Events.Should().ContainSingle(x => x.Kind == EventKinds.War).Subject;
        if (age is null)
        {
            e.When.Should().BeNull("the age is not just before the trigger");
            return;
        }

        e.When!.Text.Should().Be(age);
        e.When.Precision.Should().Be(DatePrecision.Year);
        e.When.Start.Should().Be(new LocalDate(year, 1, 1));
        e.When.End.Should().Be(new LocalDate(year, 12, 31));
    }

    [Fact]
    public void Run_AgeWithoutArticleDate_GivesNoDate()
    {
        ArticleContext context = Context("The almost four-year-old war goes on.", null);
        new EventStage().Run(context);
        context.Events.Single().When.Should().BeNull();
    }

    [Fact]
    public void Run_NationalityAdjectiveBeforeAttack_IsTheAgent()
    {
        ArticleContext context = Context(
            "Russian strikes hit the port. Russia denied it.",
            null,
            ("a1", ActorKind.Country, "Russia", "Russia"));
        new EventStage().Run(context);
        context.Events.Single().Participants.Should().Equal(new EventParticipant("a1", ParticipantRole.Agent));
    }

    [Fact]
    public void Parse_StatementAboutAMeeting_LinksToIt_AndOneAboutNothingDoesNot()
    {
        Article article = ArticleParser.Parse("Anna Berg said the summit would be held in May. She said the weather was fine.");
        Event summit = article.Events.Should().ContainSingle().Subject;
        article.Statements.Should().HaveCount(2);
        article.Statements[0].EventIds.Should().Equal(summit.Id);
        article.Statements[1].EventIds.Should().BeEmpty();
    }

    /// <summary>Fills the mention index from the actors added by hand, as the actor stage does.</summary>
    private static void IndexMentions(ArticleContext context)
    {
        List<NewsModel.Extraction.Actors.ActorMention> mentions = [];
        for (int i = 0; i < context.Actors.Count; i++)
        {
            foreach (TextSpan span in context.Actors[i].Mentions)
            {
                mentions.Add(new NewsModel.Extraction.Actors.ActorMention(span.Start, span.Length, i, NewsModel.Extraction.Actors.MentionKind.Name, NewsModel.Extraction.LexiconGender.Unknown));
            }
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        context.ActorMentions.Adopt(mentions);
    }
}
