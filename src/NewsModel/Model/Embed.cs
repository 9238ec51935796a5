using System;
using NodaTime;

namespace NewsModel;

/// <summary>
/// A social-media post pasted into the article: its text, then a footer such as
/// <c>— Display Name (@Handle) December 14, 2025</c>.
/// </summary>
/// <remarks>
/// <see cref="Span"/> covers the whole pasted post, footer included, as UTF-16 offsets into
/// <see cref="Article.Text"/>. <see cref="Truncated"/> is set when the copied text was cut off with an ellipsis.
/// The post's own <see cref="Date"/> anchors relative dates inside it ("since yesterday").
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Embed
{
    /// <summary>Creates an embed.</summary>
    /// <param name="kind">What kind of material it is.</param>
    /// <param name="platform">The platform, lower case ("x" for X/Twitter).</param>
    /// <param name="span">Where the pasted post stands in the text.</param>
    /// <param name="author">The author's display name, or null.</param>
    /// <param name="handle">The author's handle, with its <c>@</c>, or null.</param>
    /// <param name="date">The post's date, or null.</param>
    /// <param name="links">Links found in the post, as written.</param>
    /// <param name="truncated">Whether the copied text was cut off.</param>
    /// <exception cref="ArgumentException"><paramref name="platform"/> is blank, or a link is.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public Embed(EmbedKind kind, string platform, TextSpan span, string? author = null, string? handle = null, LocalDate? date = null, ValueArray<string> links = default, bool truncated = false)
    {
        Check.Defined(kind, nameof(kind));
        Check.NotBlank(platform, nameof(platform));
        Check.NoBlankItems(links, nameof(links));
        Kind = kind;
        Platform = platform;
        Span = span;
        Author = Check.NullIfEmpty(author);
        Handle = Check.NullIfEmpty(handle);
        Date = date;
        Links = links;
        Truncated = truncated;
    }

    /// <summary>What kind of material it is.</summary>
    public EmbedKind Kind { get; }

    /// <summary>The platform, lower case ("x").</summary>
    public string Platform { get; }

    /// <summary>Where the pasted post stands in <see cref="Article.Text"/>, footer included.</summary>
    public TextSpan Span { get; }

    /// <summary>The author's display name as written in the footer, or null.</summary>
    public string? Author { get; }

    /// <summary>The author's handle with its <c>@</c>, or null.</summary>
    public string? Handle { get; }

    /// <summary>The post's date, or null.</summary>
    public LocalDate? Date { get; }

    /// <summary>Links found in the post, as written.</summary>
    public ValueArray<string> Links { get; }

    /// <summary>Whether the copied text was cut off with an ellipsis.</summary>
    public bool Truncated { get; }
}
