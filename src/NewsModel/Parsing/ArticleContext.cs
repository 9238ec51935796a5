using System.Collections.Generic;
using NodaTime;

namespace NewsModel.Parsing;

/// <summary>
/// The per-parse state the pipeline's stages read and fill: the text, its date, and the collections the
/// <see cref="Article"/> is built from. One context per call; never shared between threads.
/// </summary>
internal sealed class ArticleContext
{
    public ArticleContext(string input, ArticleHeader header, ArticleParserOptions options)
    {
        Options = options;
        Text = Utf16.ReplaceLoneSurrogates(header.BodyStart == 0 ? input : input[header.BodyStart..]);
        Date = header.Dateline ?? options.Date;
    }

    public ArticleParserOptions Options { get; }

    /// <summary>The body text every span points into.</summary>
    public string Text { get; }

    /// <summary>The article's date: the dateline, else the caller's.</summary>
    public LocalDate? Date { get; }

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
}
