using System.Linq;
using NewsModel.Tests.Support;
using NodaTime;

namespace NewsModel.Tests.Extraction.Events;

/// <summary>The events of the seed article (read from ../shared), as <c>shared/spec/seed-expectations.md</c> lists them.</summary>
public sealed class EventStageSeedTests
{
    private static readonly Article s_seed = ArticleParser.Parse(SharedFiles.SeedArticle);

    private static string NameOf(string actorId) => s_seed.Actors.Single(a => a.Id == actorId).Name;

    private static Event Find(string kind, string trigger) =>
        s_seed.Events.First(e => e.Kind == kind && e.Mentions.Any(m => s_seed.Slice(m).ToString() == trigger));

    [Fact]
    public void Seed_SundayMeeting_InTheChancelleryInBerlin_WithZelenskyAndTheUsDelegation()
    {
        Event meeting = Find(EventKinds.Meeting, "met");
        meeting.Modality.Should().Be(EventModality.Happened);
        meeting.When!.Start.Should().Be(new LocalDate(2025, 12, 14));
        meeting.Place.Should().StartWith("Federal Chancellery, Berlin");
        NameOf(meeting.PlaceId!).Should().Be("Federal Chancellery");
        string[] attendees = [.. meeting.ParticipantIds.Select(NameOf)];
        attendees.Should().Contain(["Volodymyr Zelensky", "US delegation", "Steve Witkoff", "Jared Kushner"]);
        attendees.Should().NotContain("Donald Trump", "he is named only as Kushner's father-in-law");
        meeting.Mentions.Select(m => s_seed.Slice(m).ToString()).Should().Contain("meeting");
    }

    [Fact]
    public void Seed_TalksAndSummit_ArePlannedForMonday()
    {
        Event summit = Find(EventKinds.Summit, "summit");
        summit.Modality.Should().Be(EventModality.Planned);
        summit.When!.Start.Should().Be(new LocalDate(2025, 12, 15));
        summit.ParticipantIds.Select(NameOf).Should().Contain(["Mark Rutte", "Ursula von der Leyen", "European leaders"]);

        Event talks = Find(EventKinds.Meeting, "Talks");
        talks.Modality.Should().Be(EventModality.Planned);
        talks.When!.Start.Should().Be(new LocalDate(2025, 12, 15));
    }

    [Fact]
    public void Seed_StrikesFromThePost_AreRussianAndDatedTheDayBeforeThePost()
    {
        Event strikes = Find(EventKinds.Attack, "strikes");
        strikes.When!.Start.Should().Be(new LocalDate(2025, 12, 13));
        strikes.When.Anchor.Should().Be(DateAnchor.Post);
        strikes.Participants.Should().ContainSingle(p => p.Role == ParticipantRole.Agent).Which.ActorId.Should().Match(id => NameOf(id) == "Russia");
    }

    [Fact]
    public void Seed_AnnexationIn2014_ByRussia_OfCrimea()
    {
        Event annexation = Find(EventKinds.Annexation, "annexed");
        annexation.When!.Precision.Should().Be(DatePrecision.Year);
        annexation.When.Start.Should().Be(new LocalDate(2014, 1, 1));
        annexation.Participants.Select(p => (NameOf(p.ActorId), p.Role)).Should().Equal(("Russia", ParticipantRole.Agent), ("Crimea", ParticipantRole.Target));
    }

    [Fact]
    public void Seed_TheAlmostFourYearOldWar_BeganAbout2022_AndIsRussias()
    {
        Event war = Find(EventKinds.War, "war");
        war.When!.Text.Should().Be("almost four-year-old");
        war.When.Precision.Should().Be(DatePrecision.Year);
        war.When.Start.Should().Be(new LocalDate(2022, 1, 1));
        war.Mentions.Select(m => s_seed.Slice(m).ToString()).Should().Contain("invasion");
        war.Participants.Where(p => p.Role == ParticipantRole.Agent).Select(p => NameOf(p.ActorId)).Should().Equal("Russia");
        s_seed.Dates.Should().NotContain(d => d.Text.Contains("year-old"), "an age is not a date of the article's list");
    }

    [Fact]
    public void Seed_StatementsLinkToTheEventsTheySpeakAbout()
    {
        Statement talks = s_seed.Statements.First(s => s.Text.StartsWith("Talks will resume", System.StringComparison.Ordinal));
        talks.EventIds.Select(id => s_seed.Events.Single(e => e.Id == id).Kind).Should().Equal(EventKinds.Meeting);
        Statement post = s_seed.Statements.Single(s => s.Kind == StatementKind.Post && s.Text.Contains("strikes", System.StringComparison.Ordinal));
        post.EventIds.Should().Equal(Find(EventKinds.Attack, "strikes").Id);
        s_seed.Statements.Where(s => s.EventIds.Count == 0).Should().NotBeEmpty("not every statement speaks about an event");
    }
}
