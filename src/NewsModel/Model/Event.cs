using System;

namespace NewsModel;

/// <summary>Something that happened, is planned, or is talked about: a meeting, a summit, a strike, an annexation.</summary>
/// <remarks>
/// <para>
/// <see cref="Kind"/> is a lower-case code from <see cref="EventKinds"/> (extensible: any non-blank code is
/// accepted). <see cref="Span"/> covers the trigger, the word or phrase that first names the event in the text;
/// <see cref="Mentions"/> lists every span that names the same event ("met", "a meeting", "Sunday's talks"), in text
/// order. All spans are UTF-16 offsets into <see cref="Article.Text"/>.
/// </para>
/// <para>
/// <see cref="Participants"/> refer to <see cref="Article.Actors"/> with their role; <see cref="ParticipantIds"/> lists
/// the same ids without roles. <see cref="PlaceId"/>, when set, is the actor (a place or country) where it happened and
/// <see cref="Place"/> its name as the text gives it, most specific first ("Federal Chancellery, Berlin, Germany").
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Event
{
    /// <summary>Creates an event.</summary>
    /// <param name="id">The event's id, unique among the article's events (for example <c>e1</c>).</param>
    /// <param name="kind">The event's kind code, lower case ("meeting"; see <see cref="EventKinds"/>).</param>
    /// <param name="span">The trigger: where the event is first named in the text.</param>
    /// <param name="participants">The actors taking part, with their roles.</param>
    /// <param name="place">Where it happened, as named in the text, or null.</param>
    /// <param name="when">When it happened, or null.</param>
    /// <param name="modality">Whether it happened, is planned, hypothetical or negated.</param>
    /// <param name="mentions">Every span naming the event, the trigger included; empty means the trigger alone.</param>
    /// <param name="placeId">The id of the place actor where it happened, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="kind"/> is blank, or a participant is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="modality"/> is not defined.</exception>
    public Event(
        string id,
        string kind,
        TextSpan span,
        ValueArray<EventParticipant> participants = default,
        string? place = null,
        TemporalExpression? when = null,
        EventModality modality = EventModality.Happened,
        ValueArray<TextSpan> mentions = default,
        string? placeId = null)
    {
        Check.NotBlank(id, nameof(id));
        Check.NotBlank(kind, nameof(kind));
        Check.Defined(modality, nameof(modality));
        foreach (EventParticipant participant in participants)
        {
            if (participant is null)
            {
                throw new ArgumentException("The list cannot hold a null participant.", nameof(participants));
            }
        }

        Id = id;
        Kind = kind;
        Span = span;
        Participants = participants;
        Place = Check.NullIfEmpty(place);
        When = when;
        Modality = modality;
        Mentions = mentions.IsEmpty ? [span] : mentions;
        PlaceId = Check.NullIfEmpty(placeId);
    }

    /// <summary>The event's id, unique among the article's events.</summary>
    public string Id { get; }

    /// <summary>The event's kind code, lower case ("meeting", "summit", "attack"; see <see cref="EventKinds"/>).</summary>
    public string Kind { get; }

    /// <summary>The trigger: where the event is first named in <see cref="Article.Text"/>.</summary>
    public TextSpan Span { get; }

    /// <summary>Every span naming this event, in text order; the trigger is one of them.</summary>
    public ValueArray<TextSpan> Mentions { get; }

    /// <summary>The actors taking part, with their roles.</summary>
    public ValueArray<EventParticipant> Participants { get; }

    /// <summary>The ids of the <see cref="Actor"/>s taking part (those of <see cref="Participants"/>, in order).</summary>
    public ValueArray<string> ParticipantIds
    {
        get
        {
            string[] ids = new string[Participants.Count];
            for (int i = 0; i < ids.Length; i++)
            {
                ids[i] = Participants[i].ActorId;
            }

            return ValueArray.UnsafeWrap(ids);
        }
    }

    /// <summary>Where it happened, as named in the text, most specific first; or null.</summary>
    public string? Place { get; }

    /// <summary>The id of the place (or country) actor where it happened, or null.</summary>
    public string? PlaceId { get; }

    /// <summary>When it happened, or null when the text does not say.</summary>
    public TemporalExpression? When { get; }

    /// <summary>Whether the event happened, is planned, is hypothetical or is negated.</summary>
    public EventModality Modality { get; }

    /// <summary>The CAMEO root code of <see cref="Kind"/> ("04" for a meeting), or null when CAMEO has none.</summary>
    public string? CameoRoot => EventKinds.CameoRootOf(Kind);

    /// <summary>The PLOVER event type of <see cref="Kind"/> ("CONSULT" for a meeting), or null when PLOVER has none.</summary>
    public string? PloverType => EventKinds.PloverTypeOf(Kind);
}

/// <summary>An actor taking part in an <see cref="Event"/>, and how.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record EventParticipant
{
    /// <summary>Creates a participant.</summary>
    /// <param name="actorId">The id of an actor of the article.</param>
    /// <param name="role">How the actor takes part.</param>
    /// <exception cref="ArgumentException"><paramref name="actorId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not defined.</exception>
    public EventParticipant(string actorId, ParticipantRole role = ParticipantRole.Participant)
    {
        Check.NotBlank(actorId, nameof(actorId));
        Check.Defined(role, nameof(role));
        ActorId = actorId;
        Role = role;
    }

    /// <summary>The id of the <see cref="Actor"/>.</summary>
    public string ActorId { get; }

    /// <summary>How the actor takes part.</summary>
    public ParticipantRole Role { get; }
}

/// <summary>How an actor takes part in an event.</summary>
/// <remarks>In JSON: <c>participant</c>, <c>agent</c>, <c>target</c>, <c>attendee</c>.</remarks>
public enum ParticipantRole
{
    /// <summary>Takes part; the text does not say how.</summary>
    Participant = 0,

    /// <summary>Does it: the attacker, the country that annexes, the host.</summary>
    Agent = 1,

    /// <summary>Has it done to them: the attacked, the sanctioned, the annexed.</summary>
    Target = 2,

    /// <summary>Attends a meeting, summit or talks.</summary>
    Attendee = 3,
}

/// <summary>Whether an event happened.</summary>
/// <remarks>In JSON: <c>happened</c>, <c>planned</c>, <c>hypothetical</c>, <c>negated</c>.</remarks>
public enum EventModality
{
    /// <summary>It happened or is happening ("met on Sunday").</summary>
    Happened = 0,

    /// <summary>It is planned or expected ("talks will resume on Monday", "a summit is slated for Monday").</summary>
    Planned = 1,

    /// <summary>It might happen, or would under a condition ("could prevent another invasion").</summary>
    Hypothetical = 2,

    /// <summary>The text says it did not or will not happen ("no meeting took place").</summary>
    Negated = 3,
}
