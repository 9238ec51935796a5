using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using NewsModel.Parsing;
using NewsModel.Serialization;
using NewsModel.Serialization.Wire;
using NodaTime;

namespace NewsModel.Cli;

/// <summary>Settings of one <c>parse --jsonl</c> run.</summary>
internal sealed record JsonlOptions(string Input, string? Output, LocalDate? Date, int Threads, bool FailFast, bool ShowProgress)
{
    /// <summary>The longest article text accepted, in UTF-16 code units.</summary>
    public int MaxTextLength { get; init; } = ArticleParserOptions.DefaultMaxTextLength;

    /// <summary>The longest input line accepted, in bytes.</summary>
    public int MaxLineBytes { get; init; } = NewsJson.DefaultMaxLineBytes;
}

/// <summary>
/// Parses an NDJSON stream of <c>{"id", "text", "date"?}</c> records into an NDJSON stream of articles. It is a
/// streaming pipeline: one reader, <see cref="JsonlOptions.Threads"/> parsers and one writer run at once, and the
/// writer puts every record out in input order as soon as it and all before it are done. A bad record is reported
/// on the error writer with its line number and the rest are still written (unless fail-fast).
/// </summary>
/// <remarks>
/// Memory is bounded whatever the input's size: at most <see cref="MaxInFlightRecords"/> records per thread and
/// about <see cref="MaxInFlightBytes"/> of input are between the reader and the writer at any time (one record
/// longer than that still goes through, alone).
/// </remarks>
internal static class JsonlRunner
{
    /// <summary>Records read ahead of the writer, per parsing thread.</summary>
    public const int MaxInFlightRecords = 64;

    /// <summary>Input bytes read ahead of the writer.</summary>
    public const long MaxInFlightBytes = 32L * 1024 * 1024;

    public static async Task<int> RunAsync(JsonlOptions options, TextWriter errors, CancellationToken cancellationToken)
    {
        string inputName = options.Input == "-" ? "<stdin>" : options.Input;
        if (options.Input != "-" && !File.Exists(options.Input))
        {
            await errors.WriteLineAsync($"newsmodel: {inputName}: no such file.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        Stream input = options.Input == "-" ? Console.OpenStandardInput() : new FileStream(options.Input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: false);
        Stream output = options.Output is null ? Console.OpenStandardOutput() : new FileStream(options.Output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: false);
        await using (input.ConfigureAwait(false))
        await using (output.ConfigureAwait(false))
        {
            using Utf8LineReader reader = new(input, options.MaxLineBytes);
            using ProgressBar? progress = options.ShowProgress ? new ProgressBar(errors, input.CanSeek ? input.Length : -1) : null;
            using CancellationTokenSource stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using Pipeline pipeline = new(options, inputName, output, errors, progress, stop);

            Task[] parsers = new Task[options.Threads];
            for (int t = 0; t < parsers.Length; t++)
            {
                parsers[t] = Task.Run(() => pipeline.ParseAsync(stop.Token), CancellationToken.None);
            }

            Task writer = Task.Run(
                async () =>
                {
                    try
                    {
                        await pipeline.WriteAsync(stop.Token).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        // an output error: stop the reader, which may wait for room, and report it
                        await stop.CancelAsync().ConfigureAwait(false);
                        throw;
                    }
                },
                CancellationToken.None);
            try
            {
                await pipeline.ReadAsync(reader, input, stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (pipeline.Failed && !cancellationToken.IsCancellationRequested)
            {
                // fail-fast stopped the reader
            }
            finally
            {
                pipeline.Complete();
            }

            try
            {
                await Task.WhenAll(parsers).ConfigureAwait(false);
                await writer.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (pipeline.Failed && !cancellationToken.IsCancellationRequested)
            {
                // fail-fast: the writer has written everything before the bad record
            }

            cancellationToken.ThrowIfCancellationRequested();
            await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            progress?.Finish();
            return pipeline.Bad == 0 ? ExitCodes.Success : ExitCodes.BadInput;
        }
    }

    /// <summary>The channels and counters shared by the reader, the parsers and the writer of one run.</summary>
    private sealed class Pipeline(JsonlOptions options, string inputName, Stream output, TextWriter errors, ProgressBar? progress, CancellationTokenSource stop) : IDisposable
    {
        private readonly Channel<JsonlRecord> _ordered = Channel.CreateBounded<JsonlRecord>(
            new BoundedChannelOptions(Math.Max(MaxInFlightRecords, options.Threads * MaxInFlightRecords)) { SingleReader = true, SingleWriter = true });

        private readonly Channel<JsonlRecord> _work = Channel.CreateUnbounded<JsonlRecord>(new UnboundedChannelOptions { SingleWriter = true });
        private readonly SemaphoreSlim _written = new(0);
        private long _inFlightBytes;
        private long _position = -1;
        private volatile bool _failed;

        public bool Failed => _failed;

        public void Dispose() => _written.Dispose();

        public int Bad { get; private set; }

        /// <summary>Reads lines, hands each record to the parsers and queues it for the writer, in order.</summary>
        public async Task ReadAsync(Utf8LineReader reader, Stream input, CancellationToken cancellationToken)
        {
            while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                if (!line.TooLong && NewsJson.IsBlank(line.Bytes.Span))
                {
                    continue;
                }

                // Wait for the writer while too much input is in flight (one oversized record may pass alone).
                while (Interlocked.Read(ref _inFlightBytes) > 0 && Interlocked.Read(ref _inFlightBytes) + line.Bytes.Length > MaxInFlightBytes)
                {
                    await _written.WaitAsync(cancellationToken).ConfigureAwait(false);
                }

                JsonlRecord record = new(line.Number, line.TooLong ? null : line.Bytes.ToArray());
                Interlocked.Add(ref _inFlightBytes, record.Size);
                await _ordered.Writer.WriteAsync(record, cancellationToken).ConfigureAwait(false);
                _work.Writer.TryWrite(record);
                if (input.CanSeek)
                {
                    Volatile.Write(ref _position, input.Position);
                }
            }
        }

        /// <summary>Tells the parsers and the writer that no more records come.</summary>
        public void Complete()
        {
            _ordered.Writer.TryComplete();
            _work.Writer.TryComplete();
        }

        /// <summary>One parsing thread: parses records as they come, in any order.</summary>
        public async Task ParseAsync(CancellationToken cancellationToken)
        {
            await foreach (JsonlRecord record in _work.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                record.Process(options.Date, options.MaxTextLength, options.MaxLineBytes);
                record.MarkDone();
            }
        }

        /// <summary>Writes every record in input order once it is parsed; reports bad ones; stops at the first with fail-fast.</summary>
        public async Task WriteAsync(CancellationToken cancellationToken)
        {
            int sinceReport = 0;
            await foreach (JsonlRecord record in _ordered.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                await record.Done.ConfigureAwait(false);
                if (record.Json is { } json)
                {
                    output.Write(json);
                    output.WriteByte((byte)'\n');
                }
                else
                {
                    Bad++;
                    progress?.Clear();
                    await errors.WriteLineAsync($"newsmodel: {inputName}:{record.Line.ToString(CultureInfo.InvariantCulture)}: {record.Error}").ConfigureAwait(false);
                    if (options.FailFast)
                    {
                        _failed = true;
                        await stop.CancelAsync().ConfigureAwait(false);
                        return;
                    }
                }

                Interlocked.Add(ref _inFlightBytes, -record.Size);
                record.Release();
                _written.Release();
                if (++sinceReport == 64)
                {
                    progress?.Report(Volatile.Read(ref _position), sinceReport, Bad);
                    sinceReport = 0;
                }
            }

            progress?.Report(Volatile.Read(ref _position), sinceReport, Bad);
        }
    }
}

/// <summary>One input line: its bytes in, its article JSON or its error out.</summary>
internal sealed class JsonlRecord(long line, byte[]? bytes)
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private byte[]? _bytes = bytes;

    public long Line { get; } = line;

    /// <summary>The input bytes it holds until written (0 for a line over the limit).</summary>
    public int Size { get; } = bytes?.Length ?? 0;

    /// <summary>Completes when <see cref="Process"/> has run.</summary>
    public Task Done => _done.Task;

    public byte[]? Json { get; private set; }

    public string? Error { get; private set; }

    /// <summary>Marks the record processed.</summary>
    public void MarkDone() => _done.TrySetResult();

    /// <summary>Drops the output once written, so that memory is not held by the queue.</summary>
    public void Release() => Json = null;

    public void Process(LocalDate? defaultDate, int maxTextLength, int maxLineBytes)
    {
        byte[]? bytes = _bytes;
        _bytes = null;
        if (bytes is null)
        {
            Error = string.Create(CultureInfo.InvariantCulture, $"the line is longer than the limit of {maxLineBytes} bytes (--max-line-bytes).");
            return;
        }

        ArticleInputDto? record;
        try
        {
            record = JsonSerializer.Deserialize(bytes, NewsJson.Context.ArticleInputDto);
        }
        catch (JsonException e)
        {
            long column = (e.BytePositionInLine ?? 0) + 1;
            string message = e.Message;
            int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
            Error = string.Create(CultureInfo.InvariantCulture, $"column {column}: invalid record: {(cut > 0 ? message[..cut] : message)}");
            return;
        }

        if (record is null)
        {
            Error = "the record is null, not an object.";
            return;
        }

        if (record.Text is null)
        {
            Error = "the record has no \"text\".";
            return;
        }

        LocalDate? date = defaultDate;
        if (record.Date is { } dateText)
        {
            if (!ArticleHeader.TryParseIsoDate(dateText, out LocalDate parsed))
            {
                Error = $"the record's \"date\" '{dateText}' is not a valid date (expected YYYY-MM-DD).";
                return;
            }

            date = parsed;
        }

        ArticleParserOptions options = new() { Id = record.Id, Date = date, ReadDateline = false, MaxTextLength = maxTextLength };
        try
        {
            if (!ArticleParser.TryParse(record.Text, options, out Article? article, out NewsParseError? error))
            {
                Error = string.Create(CultureInfo.InvariantCulture, $"record {record.Id ?? "(no id)"}: text {error.Line}:{error.Column}: {error.Message}");
                return;
            }

            Json = NewsJson.SerializeToUtf8Bytes(article);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A defect in the library must not take the batch down: the record is reported, the rest are kept.
            Error = string.Create(CultureInfo.InvariantCulture, $"record {record.Id ?? "(no id)"}: internal error ({e.GetType().Name}): {e.Message} Please report it with this record.");
        }
    }
}

/// <summary>A one-line progress bar on standard error, drawn only when it is a terminal.</summary>
internal sealed class ProgressBar(TextWriter writer, long totalBytes) : IDisposable
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _records;
    private long _lastDraw = -1000;
    private bool _drawn;

    public void Report(long position, int records, int bad)
    {
        _records += records;
        long now = _clock.ElapsedMilliseconds;
        if (now - _lastDraw < 200)
        {
            return;
        }

        _lastDraw = now;
        double seconds = Math.Max(0.001, now / 1000.0);
        string bar = string.Empty;
        if (totalBytes > 0 && position >= 0)
        {
            double fraction = Math.Clamp(position / (double)totalBytes, 0, 1);
            int filled = (int)(fraction * 30);
            bar = string.Create(CultureInfo.InvariantCulture, $"[{new string('#', filled)}{new string(' ', 30 - filled)}] {fraction * 100,3:0}% ");
        }

        string rate = position >= 0 ? string.Create(CultureInfo.InvariantCulture, $" {position / 1e6 / seconds:0.0} MB/s") : string.Empty;
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"\r{bar}{_records:N0} records, {bad} bad{rate}   "));
        _drawn = true;
    }

    public void Clear()
    {
        if (_drawn)
        {
            writer.Write("\r" + new string(' ', 79) + "\r");
            _drawn = false;
        }
    }

    public void Finish() => Clear();

    public void Dispose() => Clear();
}
