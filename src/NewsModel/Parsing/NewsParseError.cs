using System;
using System.Globalization;

namespace NewsModel;

/// <summary>What went wrong in a parse, and where: the data of a <see cref="NewsParseException"/>, without the throw.</summary>
/// <remarks>
/// <see cref="Offset"/> is a zero-based UTF-16 offset into the input given to the parser (before the dateline is
/// removed); <see cref="Line"/> and <see cref="Column"/> are one-based, with columns counted in UTF-16 code units and
/// <c>\r\n</c>, <c>\n</c> and <c>\r</c> each ending a line.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record NewsParseError
{
    internal NewsParseError(NewsParseErrorCode code, string message, int offset, int line, int column, string excerpt)
    {
        Code = code;
        Message = message;
        Offset = offset;
        Line = line;
        Column = column;
        Excerpt = excerpt;
    }

    /// <summary>A stable id for the kind of error.</summary>
    public NewsParseErrorCode Code { get; }

    /// <summary>A one-sentence description of the error, in English.</summary>
    public string Message { get; }

    /// <summary>The zero-based UTF-16 offset of the error in the input.</summary>
    public int Offset { get; }

    /// <summary>The one-based line of the error.</summary>
    public int Line { get; }

    /// <summary>The one-based column of the error, in UTF-16 code units.</summary>
    public int Column { get; }

    /// <summary>Up to 40 characters of the input from the error on, control characters shown as <c>\uXXXX</c>.</summary>
    public string Excerpt { get; }

    /// <summary>Formats the error as <c>line:column: message</c>.</summary>
    /// <returns>For example <c>1:6: The dateline '2025-13-45' is not a valid date (expected YYYY-MM-DD).</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Line}:{Column}: {Message}");

    /// <summary>An exception carrying this error.</summary>
    /// <returns>A new <see cref="NewsParseException"/>.</returns>
    public NewsParseException ToException() => new(this);

    internal static NewsParseError At(NewsParseErrorCode code, string message, string input, int offset)
    {
        (int line, int column) = TextPosition.LineAndColumn(input, offset);
        return new NewsParseError(code, message, offset, line, column, TextPosition.Excerpt(input, offset, 40));
    }
}

/// <summary>Thrown by <see cref="ArticleParser.Parse(string, ArticleParserOptions?)"/> when the input cannot be parsed.</summary>
/// <remarks>The position data are those of <see cref="Error"/>; see <see cref="NewsParseError"/> for their units.</remarks>
public sealed class NewsParseException : FormatException
{
    /// <summary>Creates the exception for an error.</summary>
    /// <param name="error">What went wrong, and where.</param>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public NewsParseException(NewsParseError error)
        : base((error ?? throw new ArgumentNullException(nameof(error))).ToString())
    {
        Error = error;
    }

    /// <summary>What went wrong, and where.</summary>
    public NewsParseError Error { get; }

    /// <summary>A stable id for the kind of error.</summary>
    public NewsParseErrorCode Code => Error.Code;

    /// <summary>The zero-based UTF-16 offset of the error in the input.</summary>
    public int Offset => Error.Offset;

    /// <summary>The one-based line of the error.</summary>
    public int Line => Error.Line;

    /// <summary>The one-based column of the error, in UTF-16 code units.</summary>
    public int Column => Error.Column;
}
