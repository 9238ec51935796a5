using System;

namespace NewsModel;

/// <summary>Something that happened (or is planned): a meeting, a summit, a strike, an annexation.</summary>
/// <remarks>
/// <para>
/// <see cref="Kind"/> is a lower-case code ("meeting", "summit", "attack"); <see cref="Span"/> covers the word or
/// phrase that names the event (its trigger), as UTF-16 offsets into <see cref="Article.Text"/>.
/// <see cref="ParticipantIds"/> refer to <see cref="Article.Actors"/>.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Event
{
    /// <summary>Creates an event.</summary>
    /// <param name="id">The event's id, unique among the article's events (for example <c>e1</c>).</param>
    /// <param name="kind">The event's kind code, lower case ("meeting").</param>
    /// <param name="span">The trigger: where the event is named in the text.</param>
    /// <param name="participantIds">The ids of the actors taking part.</param>
    /// <param name="place">Where it happened, as named in the text, or null.</param>
    /// <param name="when">When it happened, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="kind"/> is blank, or a participant id is.</exception>
    public Event(string id, string kind, TextSpan span, ValueArray<string> participantIds = default, string? place = null, TemporalExpression? when = null)
    {
        Check.NotBlank(id, nameof(id));
        Check.NotBlank(kind, nameof(kind));
        Check.NoBlankItems(participantIds, nameof(participantIds));
        Id = id;
        Kind = kind;
        Span = span;
        ParticipantIds = participantIds;
        Place = Check.NullIfEmpty(place);
        When = when;
    }

    /// <summary>The event's id, unique among the article's events.</summary>
    public string Id { get; }

    /// <summary>The event's kind code, lower case ("meeting", "summit", "attack").</summary>
    public string Kind { get; }

    /// <summary>Where the event is named in <see cref="Article.Text"/>.</summary>
    public TextSpan Span { get; }

    /// <summary>The ids of the <see cref="Actor"/>s taking part.</summary>
    public ValueArray<string> ParticipantIds { get; }

    /// <summary>Where it happened, as named in the text, or null.</summary>
    public string? Place { get; }

    /// <summary>When it happened, or null when the text does not say.</summary>
    public TemporalExpression? When { get; }
}
