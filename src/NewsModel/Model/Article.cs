using System;
using NodaTime;

namespace NewsModel;

/// <summary>
/// A news article as NewsModel understands it: its text, its date and paragraphs, and what was extracted from it —
/// actors, statements, events, embedded posts and temporal expressions — each pointing back into <see cref="Text"/>.
/// </summary>
/// <remarks>
/// <para>
/// Every span in an article is a <see cref="TextSpan"/> of UTF-16 code units into <see cref="Text"/>. The
/// constructor checks that every span fits in the text, that ids are unique within their collection, and that
/// <see cref="Statement.SpeakerId"/> and <see cref="Event.ParticipantIds"/> refer to actors of this article.
/// </para>
/// <para>
/// Equality is deep: two articles built separately from the same content are equal and have equal hash codes,
/// collections included. Build articles with <see cref="ArticleParser"/>, read them with
/// <c>NewsModel.Serialization.NewsJson</c>, or construct them directly.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Article
{
    /// <summary>The version of the JSON format this model is written as (<c>schemaVersion</c>).</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Creates an article and checks that its parts agree.</summary>
    /// <param name="text">The body text every span points into.</param>
    /// <param name="date">The article's date (its dateline), or null.</param>
    /// <param name="id">An id for the article, or null.</param>
    /// <param name="paragraphs">The paragraphs, in order.</param>
    /// <param name="actors">The actors.</param>
    /// <param name="statements">The statements.</param>
    /// <param name="events">The events.</param>
    /// <param name="embeds">The embedded posts.</param>
    /// <param name="dates">The temporal expressions.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null, or a collection holds a null.</exception>
    /// <exception cref="ArgumentException">
    /// A span does not fit in <paramref name="text"/>, an id repeats, a reference names no actor of this article, or
    /// <paramref name="text"/> holds an unpaired surrogate (it must be well-formed UTF-16 so that JSON can carry it).
    /// </exception>
    public Article(
        string text,
        LocalDate? date = null,
        string? id = null,
        ValueArray<TextSpan> paragraphs = default,
        ValueArray<Actor> actors = default,
        ValueArray<Statement> statements = default,
        ValueArray<Event> events = default,
        ValueArray<Embed> embeds = default,
        ValueArray<TemporalExpression> dates = default)
        : this(text, date, id, paragraphs, actors, statements, events, embeds, dates, trusted: true)
    {
        int surrogate = Utf16.IndexOfLoneSurrogate(text);
        if (surrogate >= 0)
        {
            throw new ArgumentException($"The text holds an unpaired surrogate at offset {surrogate}; JSON cannot carry it (ArticleParser replaces such code units with U+FFFD).", nameof(text));
        }

        ArticleProblem? problem = ArticleValidator.FindProblem(this);
        if (problem is { } p)
        {
            throw new ArgumentException($"{p.Message} (at {p.Path})", p.Parameter);
        }
    }

    /// <summary>Creates an article without checking it: the caller has validated it already.</summary>
    internal Article(
        string text,
        LocalDate? date,
        string? id,
        ValueArray<TextSpan> paragraphs,
        ValueArray<Actor> actors,
        ValueArray<Statement> statements,
        ValueArray<Event> events,
        ValueArray<Embed> embeds,
        ValueArray<TemporalExpression> dates,
        bool trusted)
    {
        _ = trusted;
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Date = date;
        Id = id;
        Paragraphs = paragraphs;
        Actors = actors;
        Statements = statements;
        Events = events;
        Embeds = embeds;
        Dates = dates;
    }

    /// <summary>An id for the article (from the NDJSON record or the caller), or null.</summary>
    public string? Id { get; }

    /// <summary>The article's date: its dateline, or the date the caller supplied; null when neither gave one.</summary>
    public LocalDate? Date { get; }

    /// <summary>The body text; every span of the article points into it (UTF-16 offsets).</summary>
    /// <remarks>
    /// For the wire format the dateline header is not part of the text; otherwise the input is kept unchanged, except
    /// that <see cref="ArticleParser"/> replaces unpaired surrogates with U+FFFD (one code unit for one, so offsets hold).
    /// </remarks>
    public string Text { get; }

    /// <summary>The paragraphs in text order; each covers its text without surrounding white space.</summary>
    public ValueArray<TextSpan> Paragraphs { get; }

    /// <summary>The actors: people, organisations, countries, places and groups, each with its mentions.</summary>
    public ValueArray<Actor> Actors { get; }

    /// <summary>The statements: who said what.</summary>
    public ValueArray<Statement> Statements { get; }

    /// <summary>The events: what happened, who took part, where and when.</summary>
    public ValueArray<Event> Events { get; }

    /// <summary>The social-media posts pasted into the text.</summary>
    public ValueArray<Embed> Embeds { get; }

    /// <summary>Every temporal expression that names a calendar date or period, in text order.</summary>
    public ValueArray<TemporalExpression> Dates { get; }

    /// <summary>Finds the actor with the given id.</summary>
    /// <param name="actorId">An actor id, as in <see cref="Statement.SpeakerId"/>.</param>
    /// <returns>The actor, or null when the article has none with that id.</returns>
    public Actor? FindActor(string? actorId)
    {
        if (actorId is null)
        {
            return null;
        }

        foreach (Actor actor in Actors)
        {
            if (string.Equals(actor.Id, actorId, StringComparison.Ordinal))
            {
                return actor;
            }
        }

        return null;
    }

    /// <summary>The text a span of this article covers.</summary>
    /// <param name="span">A span into <see cref="Text"/>.</param>
    /// <returns>The covered characters, without copying.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The span does not fit in the text.</exception>
    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);
}
