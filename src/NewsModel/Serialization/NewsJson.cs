using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NewsModel.Serialization.Wire;

namespace NewsModel.Serialization;

/// <summary>
/// Reads and writes <see cref="Article"/> values as the NewsModel JSON format (camelCase, <c>schemaVersion</c> first,
/// dates as ISO-8601 strings, spans as <c>{ "start": n, "length": n }</c> in UTF-16 code units), one at a time or as
/// NDJSON streams of many.
/// </summary>
/// <remarks>
/// <para>
/// Reading runs through a System.Text.Json source-generated context and writing straight through a
/// <see cref="Utf8JsonWriter"/>: no reflection, safe for trimming and NativeAOT. Non-ASCII text is written as is
/// (UTF-8), not as <c>\u</c> escapes.
/// </para>
/// <para>
/// Reading validates everything an <see cref="Article"/> constructor does, and the format besides: malformed JSON,
/// a missing or unsupported <c>schemaVersion</c>, a span outside <c>text</c>, a duplicate id or an id that names no
/// actor throw a <see cref="NewsJsonException"/> (a <see cref="JsonException"/>) naming the JSON path and line.
/// Unknown properties are ignored, so newer writers stay readable. Nesting deeper than 64 levels is refused.
/// </para>
/// <para>For every article <c>a</c>, <c>Deserialize(Serialize(a))</c> equals <c>a</c>.</para>
/// </remarks>
/// <threadsafety>All members are static and safe to call from any number of threads at once.</threadsafety>
public static class NewsJson
{
    /// <summary>The longest NDJSON line <see cref="ReadNdjsonAsync"/> accepts by default: 64 MiB of UTF-8.</summary>
    public const int DefaultMaxLineBytes = 64 * 1024 * 1024;

    private static readonly NewsJsonContext s_context = NewsJsonContext.Default;

    private static readonly JsonWriterOptions s_compactWriter = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = 64, SkipValidation = true };
    private static readonly JsonWriterOptions s_indentedWriter = s_compactWriter with { Indented = true };

    /// <summary>Output buffers larger than this are not kept for the thread's next article.</summary>
    private const int MaxCachedBufferBytes = 1 << 20;

    [ThreadStatic]
    private static CachedOutput? t_output;

    internal static NewsJsonContext Context => s_context;

    /// <summary>Writes an article as JSON text.</summary>
    /// <param name="article">The article.</param>
    /// <param name="indented">Whether to pretty-print with two-space indentation.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static string Serialize(Article article, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(article);
        CachedOutput output = CachedOutput.Rent();
        try
        {
            return Encoding.UTF8.GetString(output.Write(article, indented));
        }
        finally
        {
            CachedOutput.Return(output);
        }
    }

    /// <summary>Writes an article as UTF-8 JSON bytes.</summary>
    /// <param name="article">The article.</param>
    /// <param name="indented">Whether to pretty-print.</param>
    /// <returns>The UTF-8 JSON, without a byte-order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(Article article, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(article);
        CachedOutput output = CachedOutput.Rent();
        try
        {
            return output.Write(article, indented).ToArray();
        }
        finally
        {
            CachedOutput.Return(output);
        }
    }

    /// <summary>Writes an article as UTF-8 JSON to a buffer writer: the same bytes as <see cref="SerializeToUtf8Bytes"/>, without an intermediate array.</summary>
    /// <param name="utf8Json">The buffer to append to.</param>
    /// <param name="article">The article.</param>
    /// <param name="indented">Whether to pretty-print.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <remarks>
    /// This is the fastest way to write many articles: with an <see cref="System.Buffers.ArrayBufferWriter{T}"/>
    /// that is reset and reused, nothing but the article's own wire form is allocated. Nothing is written after the
    /// closing brace (no newline).
    /// </remarks>
    public static void Serialize(IBufferWriter<byte> utf8Json, Article article, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(article);
        CachedOutput output = CachedOutput.Rent();
        try
        {
            output.Write(utf8Json, article, indented);
        }
        finally
        {
            CachedOutput.Return(output);
        }
    }

    /// <summary>Writes an article as UTF-8 JSON to a stream.</summary>
    /// <param name="utf8Json">The stream to write to; it is left open.</param>
    /// <param name="article">The article.</param>
    /// <param name="indented">Whether to pretty-print.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Serialize(Stream utf8Json, Article article, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(article);
        CachedOutput output = CachedOutput.Rent();
        try
        {
            utf8Json.Write(output.Write(article, indented));
        }
        finally
        {
            CachedOutput.Return(output);
        }
    }

    /// <summary>Writes an article as UTF-8 JSON to a stream, asynchronously.</summary>
    /// <param name="utf8Json">The stream to write to; it is left open.</param>
    /// <param name="article">The article.</param>
    /// <param name="indented">Whether to pretty-print.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the article is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <remarks>The JSON is built in memory first (an article is at most a few times the size of its text), then written.</remarks>
    public static Task SerializeAsync(Stream utf8Json, Article article, bool indented = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(article);
        return utf8Json.WriteAsync(SerializeToUtf8Bytes(article, indented), cancellationToken).AsTask();
    }

    /// <summary>Reads an article from JSON text.</summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="NewsJsonException">The JSON is malformed or is not a valid article; the exception names the path and line.</exception>
    public static Article Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Deserialize(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads an article from UTF-8 JSON bytes.</summary>
    /// <param name="utf8Json">The UTF-8 JSON; a leading byte-order mark is allowed.</param>
    /// <returns>The article.</returns>
    /// <exception cref="NewsJsonException">The JSON is malformed or is not a valid article; the exception names the path and line.</exception>
    public static Article Deserialize(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        ArticleDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(utf8Json, s_context.ArticleDto);
        }
        catch (JsonException e)
        {
            throw Wrap(e);
        }

        return ToModel(dto, utf8Json);
    }

    /// <summary>Reads an article from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream; it is read to its end and left open.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="NewsJsonException">The JSON is malformed or is not a valid article.</exception>
    public static Article Deserialize(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using MemoryStream buffer = new();
        utf8Json.CopyTo(buffer);
        return Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Reads an article from a stream of UTF-8 JSON, asynchronously.</summary>
    /// <param name="utf8Json">The stream; it is read to its end and left open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="NewsJsonException">The JSON is malformed or is not a valid article.</exception>
    public static async Task<Article> DeserializeAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using MemoryStream buffer = new();
        await utf8Json.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Reads articles from an NDJSON stream: one JSON article per line, blank lines skipped.</summary>
    /// <param name="utf8Ndjson">The UTF-8 stream; it is left open.</param>
    /// <param name="onError">
    /// Called with each bad line's error (its <see cref="NewsJsonException.RecordLine"/> says which), after which
    /// reading goes on with the next line. When null, the first bad line throws.
    /// </param>
    /// <param name="maxLineBytes">The longest line accepted, in UTF-8 bytes; a longer line is an error and is skipped without being held in memory.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The articles, in stream order, read lazily one line at a time.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Ndjson"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLineBytes"/> is less than 1.</exception>
    /// <exception cref="NewsJsonException">A line is bad and <paramref name="onError"/> is null.</exception>
    public static IAsyncEnumerable<Article> ReadNdjsonAsync(Stream utf8Ndjson, Action<NewsJsonException>? onError = null, int maxLineBytes = DefaultMaxLineBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Ndjson);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineBytes, 1);
        return ReadNdjsonCore(utf8Ndjson, onError, maxLineBytes, cancellationToken);
    }

    /// <summary>Writes articles as NDJSON: one compact JSON article per line, each ended by <c>\n</c>.</summary>
    /// <param name="utf8Ndjson">The stream to write to; it is flushed and left open.</param>
    /// <param name="articles">The articles, written in the order they come.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every article is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task WriteNdjsonAsync(Stream utf8Ndjson, IAsyncEnumerable<Article> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Ndjson);
        ArgumentNullException.ThrowIfNull(articles);
        await foreach (Article article in articles.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            byte[] line = SerializeToUtf8Bytes(article);
            await utf8Ndjson.WriteAsync(line, cancellationToken).ConfigureAwait(false);
            await utf8Ndjson.WriteAsync(s_newline, cancellationToken).ConfigureAwait(false);
        }

        await utf8Ndjson.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static readonly byte[] s_newline = [(byte)'\n'];

    private static async IAsyncEnumerable<Article> ReadNdjsonCore(Stream stream, Action<NewsJsonException>? onError, int maxLineBytes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using Utf8LineReader reader = new(stream, maxLineBytes);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            Article? article = null;
            NewsJsonException? error = null;
            if (line.TooLong)
            {
                error = new NewsJsonException($"The line is longer than the limit of {maxLineBytes} bytes.");
            }
            else if (IsBlank(line.Bytes.Span))
            {
                continue;
            }
            else
            {
                try
                {
                    article = Deserialize(line.Bytes.Span);
                }
                catch (NewsJsonException e)
                {
                    error = e;
                }
            }

            if (error is not null)
            {
                NewsJsonException recordError = error.ForRecord(line.Number);
                if (onError is null)
                {
                    throw recordError;
                }

                onError(recordError);
                continue;
            }

            yield return article!;
        }
    }

    internal static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (byte b in line)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }

    internal static NewsJsonException Wrap(JsonException e) => e as NewsJsonException ?? new NewsJsonException(
        StripSuffix(e.Message),
        e.Path ?? "$",
        e.LineNumber,
        e.BytePositionInLine,
        e);

    private static Article ToModel(ArticleDto? dto, ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return dto is null
                ? throw new WireException("$", "The JSON is null, not an article object.")
                : ArticleMapper.ToModel(dto);
        }
        catch (WireException e)
        {
            (long line, long position) = JsonLocator.Locate(utf8Json, e.Path);
            throw new NewsJsonException(e.Message, e.Path, line, position);
        }
    }

    private static string StripSuffix(string message)
    {
        int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    /// <summary>
    /// One thread's reusable output buffer and JSON writers. <see cref="ArticleWriter"/> writes straight to the
    /// <see cref="Utf8JsonWriter"/> (the bytes the source-generated serializer writes for the wire types), and the
    /// writer's options carry the relaxed escaping and the indentation.
    /// </summary>
    private sealed class CachedOutput
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
        private Utf8JsonWriter? _compact;
        private Utf8JsonWriter? _indented;

        public static CachedOutput Rent()
        {
            CachedOutput? output = t_output;
            t_output = null;
            return output ?? new CachedOutput();
        }

        public static void Return(CachedOutput output)
        {
            output._compact?.Reset(Stream.Null);
            output._indented?.Reset(Stream.Null);
            if (output._buffer.Capacity <= MaxCachedBufferBytes)
            {
                output._buffer.ResetWrittenCount();
                t_output = output;
            }
        }

        public ReadOnlySpan<byte> Write(Article article, bool indented)
        {
            _buffer.ResetWrittenCount();
            if (indented || !CompactArticleWriter.TryWrite(article, _buffer))
            {
                _buffer.ResetWrittenCount();
                WriteWithWriter(_buffer, article, indented);
            }

            return _buffer.WrittenSpan;
        }

        public void Write(IBufferWriter<byte> destination, Article article, bool indented)
        {
            if (!indented)
            {
                // compact: written without the writer into this thread's buffer (the same bytes), then copied
                _buffer.ResetWrittenCount();
                if (CompactArticleWriter.TryWrite(article, _buffer))
                {
                    destination.Write(_buffer.WrittenSpan);
                    return;
                }
            }

            WriteWithWriter(destination, article, indented);
        }

        private void WriteWithWriter(IBufferWriter<byte> destination, Article article, bool indented)
        {
            Utf8JsonWriter writer = indented
                ? _indented ??= new Utf8JsonWriter(destination, s_indentedWriter)
                : _compact ??= new Utf8JsonWriter(destination, s_compactWriter);
            writer.Reset(destination);
            ArticleWriter.Write(writer, article);
            writer.Flush();
        }
    }
}
