using System;
using System.Diagnostics.CodeAnalysis;
using NewsModel.Parsing;

namespace NewsModel;

/// <summary>Turns the text of a news article into an <see cref="Article"/>.</summary>
/// <remarks>
/// <para>
/// The input is either plain text or the wire format: optional leading white space (and a byte-order mark), then a
/// <c>date YYYY-MM-DD</c> dateline, on its own line or followed on the same line by the lead paragraph, then the
/// body with paragraphs separated by blank lines. <c>\r\n</c>, <c>\n</c> and <c>\r</c> line ends are all accepted.
/// </para>
/// <para>
/// <see cref="Article.Text"/> is the input without the byte-order mark, the leading white space and the dateline
/// header; with <see cref="ArticleParserOptions.ReadDateline"/> off it is the input unchanged. Unpaired surrogates
/// (which JSON cannot carry) are replaced with U+FFFD, one code unit for one. Every span of the result points into
/// the text. Errors carry positions in the input as given.
/// </para>
/// <para>
/// The parser runs an ordered pipeline of stateless stages (paragraphs first; later stages find actors,
/// statements, events and dates) over a per-call context. Its run time grows linearly with the input, and input
/// longer than <see cref="ArticleParserOptions.MaxTextLength"/> is refused.
/// </para>
/// </remarks>
/// <threadsafety>All members are static, stateless and safe to call from any number of threads at once.</threadsafety>
public static class ArticleParser
{
    /// <summary>Parses an article.</summary>
    /// <param name="text">The article text, in the wire format or plain.</param>
    /// <param name="options">Settings, or null for <see cref="ArticleParserOptions.Default"/>.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="NewsParseException">The text is empty, too long, or has a malformed dateline.</exception>
    public static Article Parse(string text, ArticleParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, options, out Article? article, out NewsParseError? error) ? article : throw error.ToException();
    }

    /// <summary>Parses an article without throwing on bad input.</summary>
    /// <param name="text">The article text, in the wire format or plain.</param>
    /// <param name="article">The article, when the parse succeeds.</param>
    /// <param name="error">What went wrong and where, when it fails.</param>
    /// <returns><see langword="true"/> when the text was parsed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool TryParse(string text, [NotNullWhen(true)] out Article? article, [NotNullWhen(false)] out NewsParseError? error) =>
        TryParse(text, null, out article, out error);

    /// <summary>Parses an article without throwing on bad input.</summary>
    /// <param name="text">The article text, in the wire format or plain.</param>
    /// <param name="options">Settings, or null for <see cref="ArticleParserOptions.Default"/>.</param>
    /// <param name="article">The article, when the parse succeeds.</param>
    /// <param name="error">What went wrong and where, when it fails.</param>
    /// <returns><see langword="true"/> when the text was parsed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool TryParse(string text, ArticleParserOptions? options, [NotNullWhen(true)] out Article? article, [NotNullWhen(false)] out NewsParseError? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ArticleParserOptions.Default;
        article = null;

        error = ArticleHeader.Read(text, options, out ArticleHeader header);
        if (error is not null)
        {
            return false;
        }

        ArticleContext context = ArticleContext.Rent(text, header, options);
        ArticlePipeline.Run(context);
        article = context.Build();
        ArticleContext.Return(context); // not after an exception: a context a stage left half-filled is dropped
        return true;
    }
}
