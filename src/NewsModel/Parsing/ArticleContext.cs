using System;
using System.Collections.Generic;
using NodaTime;

namespace NewsModel.Parsing;

/// <summary>
/// The per-parse state the pipeline's stages read and fill: the text, its date, and the collections the
/// <see cref="Article"/> is built from. One context per call at a time; never shared between threads.
/// </summary>
/// <remarks>
/// <see cref="Rent"/> hands out the calling thread's context, emptied, so that its lists keep their room from one
/// article to the next instead of growing again for every article; <see cref="Return"/> gives it back after the
/// article is built (the article copies what it keeps). A context that grew large for a huge article is dropped
/// rather than kept, so that a thread keeps at most a few tens of kilobytes.
/// </remarks>
internal sealed class ArticleContext
{
    /// <summary>Lists that grew past this many items are not kept for the next article.</summary>
    private const int MaxKeptItems = 4096;

    [ThreadStatic]
    private static ArticleContext? t_cached;

    public ArticleContext(string input, ArticleHeader header, ArticleParserOptions options) => Reset(input, header, options);

    public ArticleParserOptions Options { get; private set; }

    /// <summary>The body text every span points into.</summary>
    public string Text { get; private set; }

    /// <summary>The article's date: the dateline, else the caller's.</summary>
    public LocalDate? Date { get; private set; }

    public List<TextSpan> Paragraphs { get; } = [];

    /// <summary>The sentences of every paragraph, in text order (internal: later stages work sentence by sentence).</summary>
    public List<TextSpan> Sentences { get; } = [];

    public List<Actor> Actors { get; } = [];

    /// <summary>Every span the actor stage resolved to an actor (names, pronouns, descriptions), for later stages.</summary>
    public Extraction.Actors.ActorMentionIndex ActorMentions { get; } = new();

    public List<Statement> Statements { get; } = [];

    public List<Event> Events { get; } = [];

    public List<Embed> Embeds { get; } = [];

    public List<TemporalExpression> Dates { get; } = [];

    /// <summary>The calling thread's context (or a new one), set up for <paramref name="input"/>.</summary>
    public static ArticleContext Rent(string input, ArticleHeader header, ArticleParserOptions options)
    {
        ArticleContext? context = t_cached;
        if (context is null)
        {
            return new ArticleContext(input, header, options);
        }

        t_cached = null; // a parse within a parse (none today) would get a context of its own
        context.Reset(input, header, options);
        return context;
    }

    /// <summary>Empties a context whose article is built and keeps it for the thread's next parse, unless it grew large.</summary>
    public static void Return(ArticleContext context)
    {
        if (context.Sentences.Capacity > MaxKeptItems || context.Paragraphs.Capacity > MaxKeptItems || context.Actors.Capacity > MaxKeptItems
            || context.Statements.Capacity > MaxKeptItems || context.Events.Capacity > MaxKeptItems || context.Embeds.Capacity > MaxKeptItems
            || context.Dates.Capacity > MaxKeptItems)
        {
            return;
        }

        context.Paragraphs.Clear();
        context.Sentences.Clear();
        context.Actors.Clear();
        context.ActorMentions.Clear();
        context.Statements.Clear();
        context.Events.Clear();
        context.Embeds.Clear();
        context.Dates.Clear();
        context.Text = string.Empty;
        t_cached = context;
    }

    public Article Build() => new(
        Text,
        Date,
        Options.Id,
        ValueArray.UnsafeWrap(Paragraphs.ToArray()),
        ValueArray.UnsafeWrap(Actors.ToArray()),
        ValueArray.UnsafeWrap(Statements.ToArray()),
        ValueArray.UnsafeWrap(Events.ToArray()),
        ValueArray.UnsafeWrap(Embeds.ToArray()),
        ValueArray.UnsafeWrap(Dates.ToArray()),
        trusted: true);

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Options), nameof(Text))]
    private void Reset(string input, ArticleHeader header, ArticleParserOptions options)
    {
        Options = options;
        Text = Utf16.ReplaceLoneSurrogates(header.BodyStart == 0 ? input : input[header.BodyStart..]);
        Date = header.Dateline ?? options.Date;
    }
}
