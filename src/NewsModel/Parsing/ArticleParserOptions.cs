using System;
using NodaTime;

namespace NewsModel;

/// <summary>Settings for <see cref="ArticleParser"/>.</summary>
/// <remarks>
/// Create once and share: the options are immutable once built (an <c>init</c>-only record), and a parse never
/// changes them.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ArticleParserOptions
{
    /// <summary>The default <see cref="MaxTextLength"/>: 16 Mi UTF-16 code units (32 MiB of text).</summary>
    public const int DefaultMaxTextLength = 16 * 1024 * 1024;

    private readonly int _maxTextLength = DefaultMaxTextLength;

    /// <summary>The default options.</summary>
    public static ArticleParserOptions Default { get; } = new();

    /// <summary>The article's date, used when the text has no dateline; relative dates resolve against it.</summary>
    /// <remarks>A dateline in the text (<c>date 2025-12-15</c>) takes precedence. Null leaves relative dates unresolved.</remarks>
    public LocalDate? Date { get; init; }

    /// <summary>An id to give the article (<see cref="Article.Id"/>), or null.</summary>
    public string? Id { get; init; }

    /// <summary>
    /// Whether a leading <c>date YYYY-MM-DD</c> header is read as the dateline and left out of <see cref="Article.Text"/>.
    /// Default <see langword="true"/>.
    /// </summary>
    /// <remarks>Set it to <see langword="false"/> to keep the text exactly as given, as <c>newsmodel parse --jsonl</c> does.</remarks>
    public bool ReadDateline { get; init; } = true;

    /// <summary>
    /// The longest input accepted, in UTF-16 code units; longer input fails with
    /// <see cref="NewsParseErrorCode.TextTooLong"/>. Default <see cref="DefaultMaxTextLength"/>.
    /// </summary>
    /// <remarks>The limit bounds the memory and time one parse may take; raise it for unusually long documents.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxTextLength
    {
        get => _maxTextLength;
        init => _maxTextLength = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The limit must be at least 1.");
    }
}
