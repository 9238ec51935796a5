using System;
using NodaTime;

namespace NewsModel;

/// <summary>
/// Something an actor said, wrote or posted, as the article reports it: a direct or partial quotation, reported
/// speech, or an embedded post.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Span"/> covers the words said, without the quotation marks. <see cref="SpeakerSpan"/> is the mention
/// the attribution rests on ("Zelensky", "he", "the minister", "a spokesman"), while <see cref="SpeakerId"/>
/// names the actor that mention resolves to. Either may be null when the text does not say who spoke.
/// </para>
/// <para>
/// A quotation split by its attribution (<c>"We are ready," he said, "to talk."</c>) or continued into the next
/// paragraph is several statements, one per fragment: every fragment after the first names the first in
/// <see cref="ContinuesId"/>.
/// </para>
/// <para>All spans are UTF-16 offsets into <see cref="Article.Text"/>.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Statement
{
    /// <summary>Creates a statement.</summary>
    /// <param name="id">The statement's id, unique among the article's statements (for example <c>s1</c>).</param>
    /// <param name="kind">How the statement is reported.</param>
    /// <param name="text">The words said, without quotation marks.</param>
    /// <param name="span">Where the words said stand in the article text.</param>
    /// <param name="speakerId">The id of the actor who said it, or null.</param>
    /// <param name="speakerSpan">The mention of the speaker the attribution rests on, or null.</param>
    /// <param name="cue">The verb or phrase that reports it ("said", "told", "according to"), or null.</param>
    /// <param name="channel">Where or to whom it was said ("X", "YLE", "reporters"), or null.</param>
    /// <param name="date">The date it was said, when the text gives one, or null.</param>
    /// <param name="continuesId">For a later fragment of one attribution, the id of its first fragment; else null.</param>
    /// <param name="eventIds">The ids of the events the statement speaks about; empty when none.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank or <paramref name="text"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public Statement(string id, StatementKind kind, string text, TextSpan span, string? speakerId = null, TextSpan? speakerSpan = null, string? cue = null, string? channel = null, LocalDate? date = null, string? continuesId = null, ValueArray<string> eventIds = default)
    {
        Check.NotBlank(id, nameof(id));
        Check.NotEmpty(text, nameof(text));
        Check.Defined(kind, nameof(kind));
        Id = id;
        Kind = kind;
        Text = text;
        Span = span;
        SpeakerId = Check.NullIfEmpty(speakerId);
        SpeakerSpan = speakerSpan;
        Cue = Check.NullIfEmpty(cue);
        Channel = Check.NullIfEmpty(channel);
        Date = date;
        ContinuesId = Check.NullIfEmpty(continuesId);
        Check.NoBlankItems(eventIds, nameof(eventIds));
        EventIds = eventIds;
    }

    /// <summary>The statement's id, unique among the article's statements.</summary>
    public string Id { get; }

    /// <summary>How the statement is reported.</summary>
    public StatementKind Kind { get; }

    /// <summary>The words said, without quotation marks.</summary>
    public string Text { get; }

    /// <summary>Where the words said stand in <see cref="Article.Text"/>, without the quotation marks.</summary>
    public TextSpan Span { get; }

    /// <summary>The id of the <see cref="Actor"/> who said it, or null when unknown.</summary>
    public string? SpeakerId { get; }

    /// <summary>The mention the attribution rests on ("Zelensky", "he"), or null.</summary>
    public TextSpan? SpeakerSpan { get; }

    /// <summary>The reporting verb or phrase as written ("said", "told", "according to"), or null.</summary>
    public string? Cue { get; }

    /// <summary>Where or to whom it was said ("X", "YLE", "state television"), or null.</summary>
    public string? Channel { get; }

    /// <summary>When it was said, if the text says so ("said … on Sunday"), or null.</summary>
    public LocalDate? Date { get; }

    /// <summary>
    /// For a later fragment of a split or continued quotation, the <see cref="Id"/> of the attribution's first
    /// fragment (a statement earlier in <see cref="Article.Statements"/>); null for a first fragment or a whole one.
    /// </summary>
    public string? ContinuesId { get; }

    /// <summary>
    /// The ids of the <see cref="Article.Events"/> the statement speaks about: those with a mention inside the words
    /// said ("Zelensky said the latest meetings may bring important changes"); empty when none.
    /// </summary>
    public ValueArray<string> EventIds { get; }
}
