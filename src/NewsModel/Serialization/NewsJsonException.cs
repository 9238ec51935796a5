using System;
using System.Globalization;
using System.Text.Json;

namespace NewsModel.Serialization;

/// <summary>
/// Thrown when JSON cannot be read as an <see cref="Article"/>: malformed JSON, a wrong <c>schemaVersion</c>, a span
/// outside <c>text</c>, an id that names no actor, a missing or invalid value.
/// </summary>
/// <remarks>
/// <para>
/// As in its base class, <see cref="JsonException.Path"/> is the JSON path of the offending value
/// (<c>$.actors[2].mentions[0]</c>), <see cref="JsonException.LineNumber"/> the zero-based line and
/// <see cref="JsonException.BytePositionInLine"/> the zero-based position in that line, counted in UTF-8 bytes.
/// For a record of an NDJSON stream, <see cref="RecordLine"/> is the one-based line of the record in the stream and
/// the line and position point into that record.
/// </para>
/// <para>The message ends with the same <c>Path: … | LineNumber: … | BytePositionInLine: …</c> suffix as System.Text.Json's.</para>
/// </remarks>
public sealed class NewsJsonException : JsonException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, without the position suffix.</param>
    /// <param name="path">The JSON path of the offending value, or null.</param>
    /// <param name="lineNumber">The zero-based line, or null.</param>
    /// <param name="bytePositionInLine">The zero-based UTF-8 byte position in the line, or null.</param>
    /// <param name="innerException">The underlying exception, or null.</param>
    public NewsJsonException(string message, string? path = null, long? lineNumber = null, long? bytePositionInLine = null, Exception? innerException = null)
        : base(WithSuffix(message, path, lineNumber, bytePositionInLine), path, lineNumber, bytePositionInLine, innerException)
    {
        Reason = message;
    }

    private NewsJsonException(string message, string? path, long? lineNumber, long? bytePositionInLine, Exception? innerException, long recordLine)
        : base(WithSuffix(string.Create(CultureInfo.InvariantCulture, $"NDJSON line {recordLine}: {message}"), path, lineNumber, bytePositionInLine), path, lineNumber, bytePositionInLine, innerException)
    {
        Reason = message;
        RecordLine = recordLine;
    }

    /// <summary>What is wrong, without position information.</summary>
    public string Reason { get; }

    /// <summary>For a record of an NDJSON stream, its one-based line number in the stream; otherwise null.</summary>
    public long? RecordLine { get; }

    internal NewsJsonException ForRecord(long recordLine) =>
        new(Reason, Path, LineNumber, BytePositionInLine, InnerException, recordLine);

    private static string WithSuffix(string message, string? path, long? line, long? position) =>
        path is null && line is null
            ? message
            : string.Create(CultureInfo.InvariantCulture, $"{message} Path: {path ?? "$"} | LineNumber: {line ?? 0} | BytePositionInLine: {position ?? 0}.");
}
