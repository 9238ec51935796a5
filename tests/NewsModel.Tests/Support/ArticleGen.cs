using System.Linq;
using CsCheck;
using NodaTime;

namespace NewsModel.Tests.Support;

/// <summary>CsCheck generators for valid articles: any text (lone surrogates included), spans inside it, ids that resolve.</summary>
internal static class ArticleGen
{
    private static readonly Gen<string> s_word = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzABCZ ÄöŽЖ“”'@#\u00A0"], 1, 12];

    private static readonly Gen<string?> s_optionalWord = Gen.Frequency((1, Gen.Const<string?>((string?)null)), (3, s_word.Select(w => (string?)("x" + w))));

    private static readonly Gen<LocalDate> s_date = Gen.Int[-200_000, 200_000].Select(d => new LocalDate(2000, 1, 1).PlusDays(d));

    private static readonly Gen<LocalDate?> s_optionalDate = Gen.Frequency((1, Gen.Const(default(LocalDate?))), (2, s_date.Select(d => (LocalDate?)d)));

    /// <summary>Text: mostly printable, sometimes any UTF-16 code unit at all (lone surrogates, NUL, bidi controls).</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (3, Gen.String[Gen.Char["abc XYZ.,“”\"'\n—…Зеленський\uD83D\uDE00"], 1, 80].Select(Utf16.ReplaceLoneSurrogates)),
        (1, Gen.String[Gen.Char, 1, 40].Select(Utf16.ReplaceLoneSurrogates)));

    public static readonly Gen<Article> Article =
        from text in Text
        from date in s_optionalDate
        from id in s_optionalWord
        from paragraphs in Span(text.Length).Array[0, 3]
        from actorCount in Gen.Int[0, 4]
        from actors in Actor(text.Length).Array[actorCount, actorCount]
        from statements in Statement(text.Length, actorCount).Array[0, 3]
        from events in Event(text.Length, actorCount).Array[0, 2]
        from embeds in Embed(text.Length).Array[0, 2]
        from dates in Temporal(text.Length).Array[0, 3]
        select new Article(
            text,
            date,
            id,
            ValueArray.Create<TextSpan>(paragraphs),
            ValueArray.Create<Actor>(actors.Select((a, i) => new Actor("a" + i, a.Kind, a.Name, a.Title, a.Affiliation, a.Aliases, a.Mentions)).ToArray()),
            ValueArray.Create<Statement>(statements.Select((s, i) => new Statement("s" + i, s.Kind, s.Text, s.Span, s.SpeakerId, s.SpeakerSpan, s.Cue, s.Channel, s.Date, continuesId: i > 0 && s.Text.Length % 2 == 0 ? "s0" : null)).ToArray()),
            ValueArray.Create<Event>(events.Select((e, i) => new Event("e" + i, e.Kind, e.Span, e.Participants, e.Place, e.When, e.Modality, e.Mentions, e.PlaceId)).ToArray()),
            ValueArray.Create<Embed>(embeds),
            ValueArray.Create<TemporalExpression>(dates));

    public static Gen<TextSpan> Span(int textLength) =>
        from start in Gen.Int[0, textLength]
        from length in Gen.Int[0, textLength - start]
        select new TextSpan(start, length);

    private static Gen<Actor> Actor(int textLength) =>
        from kind in Gen.Enum<ActorKind>()
        from name in s_word
        from title in s_optionalWord
        from affiliation in s_optionalWord
        from aliases in s_word.Select(w => "x" + w).Array[0, 3]
        from mentions in Span(textLength).Array[0, 4]
        select new Actor("placeholder", kind, "n" + name, title, affiliation, ValueArray.Create<string>(aliases), ValueArray.Create<TextSpan>(mentions));

    private static Gen<Statement> Statement(int textLength, int actorCount) =>
        from kind in Gen.Enum<StatementKind>()
        from text in s_word
        from span in Span(textLength)
        from speaker in actorCount == 0 ? Gen.Const<string?>((string?)null) : Gen.Int[-1, actorCount - 1].Select(i => i < 0 ? null : (string?)("a" + i))
        from speakerSpan in Gen.Frequency((1, Gen.Const(default(TextSpan?))), (2, Span(textLength).Select(s => (TextSpan?)s)))
        from cue in s_optionalWord
        from channel in s_optionalWord
        from date in s_optionalDate
        select new Statement("placeholder", kind, text, span, speaker, speakerSpan, cue, channel, date);

    private static Gen<Event> Event(int textLength, int actorCount) =>
        from kind in s_word.Select(w => "k" + w)
        from span in Span(textLength)
        from participants in (actorCount == 0 ? Gen.Const<EventParticipant[]>([]) : Gen.Select(Gen.Int[0, actorCount - 1], Gen.Enum<ParticipantRole>(), (i, r) => new EventParticipant("a" + i, r)).Array[0, 3])
        from place in s_optionalWord
        from placeId in actorCount == 0 ? Gen.Const<string?>((string?)null) : Gen.Int[-1, actorCount - 1].Select(i => i < 0 ? null : (string?)("a" + i))
        from when in Gen.Frequency((1, Gen.Const<TemporalExpression?>((TemporalExpression?)null)), (1, Temporal(textLength).Select(t => (TemporalExpression?)t)))
        from modality in Gen.Enum<EventModality>()
        from mentions in Span(textLength).Array[0, 3]
        select new Event("placeholder", kind, span, ValueArray.Create<EventParticipant>(participants), place, when, modality, ValueArray.Create<TextSpan>(mentions), placeId);

    private static Gen<Embed> Embed(int textLength) =>
        from span in Span(textLength)
        from author in s_optionalWord
        from handle in s_optionalWord
        from date in s_optionalDate
        from links in s_word.Select(w => "x" + w).Array[0, 2]
        from truncated in Gen.Bool
        select new Embed(EmbedKind.Post, "x", span, author, handle, date, ValueArray.Create<string>(links), truncated);

    private static Gen<TemporalExpression> Temporal(int textLength) =>
        from span in Span(textLength)
        from text in s_word
        from precision in Gen.Enum<DatePrecision>()
        from start in s_date
        from days in Gen.Int[0, 4000]
        from anchor in Gen.Enum<DateAnchor>()
        select precision == DatePrecision.Unknown
            ? new TemporalExpression(span, text, null, null, precision, anchor)
            : new TemporalExpression(span, text, start, start.PlusDays(days), precision, anchor);
}
