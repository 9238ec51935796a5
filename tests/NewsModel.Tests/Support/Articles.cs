using NodaTime;

namespace NewsModel.Tests.Support;

/// <summary>Articles built by hand for tests, each call building fresh collections.</summary>
internal static class Articles
{
    public const string Text = "Minister Anna Berg said on Monday that talks would resume. “We are close,” she said.";

    /// <summary>A full article touching every collection, built from new arrays on every call.</summary>
    public static Article Full() => new(
        Text,
        new LocalDate(2024, 2, 26),
        "test-1",
        [new TextSpan(0, Text.Length)],
        [
            new Actor("a1", ActorKind.Person, "Anna Berg", "Minister", "Norway", ["Berg"], [new TextSpan(9, 9), new TextSpan(75, 3)]),
            new Actor("a2", ActorKind.Country, "Norway"),
        ],
        [
            new Statement("s1", StatementKind.Indirect, "talks would resume", new TextSpan(39, 18), "a1", new TextSpan(9, 9), "said", null, new LocalDate(2024, 2, 26)),
            new Statement("s2", StatementKind.Direct, "We are close,", new TextSpan(60, 13), "a1", new TextSpan(75, 3), "said"),
        ],
        [new Event("e1", EventKinds.Meeting, new TextSpan(39, 5), [new EventParticipant("a1", ParticipantRole.Attendee), new EventParticipant("a2")], "Oslo", new TemporalExpression(new TextSpan(24, 9), "on Monday", new LocalDate(2024, 2, 26), new LocalDate(2024, 2, 26), DatePrecision.Day, DateAnchor.Dateline), EventModality.Planned, placeId: "a2")],
        [new Embed(EmbedKind.Post, "x", new TextSpan(58, 16), "Anna Berg", "@annaberg", new LocalDate(2024, 2, 25), ["pic.twitter.com/abc"], truncated: true)],
        [new TemporalExpression(new TextSpan(24, 9), "on Monday", new LocalDate(2024, 2, 26), new LocalDate(2024, 2, 26), DatePrecision.Day, DateAnchor.Dateline)]);
}
