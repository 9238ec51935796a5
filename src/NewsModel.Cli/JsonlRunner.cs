using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Runtime.ExceptionServices;
using System.Threading;
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
/// streaming pipeline on dedicated threads: one reader gathers lines into batches of about
/// <see cref="BatchBytes"/>, <see cref="JsonlOptions.Threads"/> parsers each take a whole batch and write its
/// articles' JSON into the batch's own buffer, and one writer puts the batches out in input order as soon as each is
/// done. A bad record is reported on the error writer with its line number and the rest are still written (unless
/// fail-fast).
/// </summary>
/// <remarks>
/// <para>
/// Handing over batches rather than records keeps the threads' synchronisation to one hand-over per few dozen
/// articles; batch objects and their buffers are reused, so that a run allocates little beyond the articles
/// themselves.
/// </para>
/// <para>
/// Memory is bounded whatever the input's size: at most <see cref="BatchesPerThread"/> batches per thread and about
/// <see cref="MaxInFlightBytes"/> of input are between the reader and the writer at any time (one record longer than
/// that still goes through, alone).
/// </para>
/// </remarks>
internal static class JsonlRunner
{
    /// <summary>Input bytes gathered into one batch (a record longer than this makes a batch alone).</summary>
    public const int BatchBytes = 64 * 1024;

    /// <summary>The most records in one batch.</summary>
    public const int BatchRecords = 128;

    /// <summary>Batches read ahead of the writer, per parsing thread.</summary>
    /// <remarks>
    /// Two are enough slack for batches of even size, and each batch keeps its buffers (about 0.6 MB) for the next:
    /// with four, the run's extra buffers cost about 500 more page faults (PolNeAR train x4, 2 threads: 1.9% more time
    /// in an alternated series).
    /// </remarks>
    public const int BatchesPerThread = 2;

    /// <summary>Input bytes read ahead of the writer.</summary>
    public const long MaxInFlightBytes = 32L * 1024 * 1024;

    /// <summary>Runs the pipeline on dedicated threads; the task completes with the exit code.</summary>
    public static Task<int> RunAsync(JsonlOptions options, TextWriter errors, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(() => Run(options, errors, cancellationToken), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static int Run(JsonlOptions options, TextWriter errors, CancellationToken cancellationToken)
    {
        string inputName = options.Input == "-" ? "<stdin>" : options.Input;
        if (options.Input != "-" && !File.Exists(options.Input))
        {
            errors.WriteLine($"newsmodel: {inputName}: no such file.");
            return ExitCodes.BadInput;
        }

        using Stream input = options.Input == "-" ? Console.OpenStandardInput() : new FileStream(options.Input, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);

        // Opening the output empties a file that exists, and the kernel then frees its cached pages (about 10 ms for
        // the 60 MB of a PolNeAR x4 run): on a thread of its own, beside the warm-up rather than after it.
        Task<Stream> opening = options.Output is not { } outputPath
            ? Task.FromResult(Console.OpenStandardOutput())
            : Task.Factory.StartNew(
                () => (Stream)new FileStream(outputPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16),
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        if (options.Threads >= 2)
        {
            // with one thread there is nothing to overlap: it loads what it needs as it goes
            LexiconWarmUp.Load(options.Threads);
        }

        using Stream output = opening.GetAwaiter().GetResult();
        using Utf8LineReader reader = new(input, options.MaxLineBytes);
        using ProgressBar? progress = options.ShowProgress ? new ProgressBar(errors, input.CanSeek ? input.Length : -1) : null;
        using CancellationTokenSource stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using Pipeline pipeline = new(options, inputName, output, errors, progress, stop);

        Thread[] parsers = new Thread[options.Threads];
        for (int t = 0; t < parsers.Length; t++)
        {
            parsers[t] = new Thread(pipeline.Parse) { IsBackground = true, Name = "newsmodel parser " + t.ToString(CultureInfo.InvariantCulture) };
            parsers[t].Start();
        }

        Thread writer = new(pipeline.Write) { IsBackground = true, Name = "newsmodel writer" };
        writer.Start();
        try
        {
            pipeline.Read(reader, input);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // fail-fast, an output error or a cancellation stopped the reader
        }
        catch
        {
            // an input error: let the other threads go, then report it
            stop.Cancel();
            throw;
        }
        finally
        {
            pipeline.Complete();
            foreach (Thread parser in parsers)
            {
                parser.Join();
            }

            writer.Join();
        }

        pipeline.ThrowIfFailed();
        cancellationToken.ThrowIfCancellationRequested();
        output.Flush();
        progress?.Finish();
        return pipeline.Bad == 0 ? ExitCodes.Success : ExitCodes.BadInput;
    }

    /// <summary>The queues, the batch pool and the counters shared by the reader, the parsers and the writer of one run.</summary>
    private sealed class Pipeline(JsonlOptions options, string inputName, Stream output, TextWriter errors, ProgressBar? progress, CancellationTokenSource stop) : IDisposable
    {
        private readonly BlockingCollection<JsonlBatch> _ordered = new(new ConcurrentQueue<JsonlBatch>(), Math.Max(2, options.Threads * BatchesPerThread));
        private readonly BlockingCollection<JsonlBatch> _work = new(new ConcurrentQueue<JsonlBatch>());
        private readonly ConcurrentQueue<JsonlBatch> _free = new();
        private readonly object _room = new();
        private long _inFlightBytes;
        private long _position = -1;
        private Exception? _failure;

        public int Bad { get; private set; }

        public void Dispose()
        {
            _ordered.Dispose();
            _work.Dispose();
        }

        /// <summary>Rethrows an exception that ended the writer or a parser (an output error, a defect).</summary>
        public void ThrowIfFailed()
        {
            if (Volatile.Read(ref _failure) is { } failure)
            {
                ExceptionDispatchInfo.Throw(failure);
            }
        }

        /// <summary>Reads lines into batches and hands each to the parsers and, in order, to the writer.</summary>
        public void Read(Utf8LineReader reader, Stream input)
        {
            JsonlBatch batch = Rent();
            while (reader.ReadLine() is { } line)
            {
                if (!line.TooLong && NewsJson.IsBlank(line.Bytes.Span))
                {
                    continue;
                }

                if (batch.Count > 0 && (batch.InputBytes + line.Bytes.Length > BatchBytes || batch.Count == BatchRecords))
                {
                    Submit(batch, input);
                    batch = Rent();
                }

                batch.Add(line);
            }

            if (batch.Count > 0)
            {
                Submit(batch, input);
            }
        }

        /// <summary>Tells the parsers and the writer that no more batches come.</summary>
        public void Complete()
        {
            _ordered.CompleteAdding();
            _work.CompleteAdding();
        }

        /// <summary>One parsing thread: parses whole batches as they come, in any order.</summary>
        public void Parse()
        {
            try
            {
                foreach (JsonlBatch batch in _work.GetConsumingEnumerable(stop.Token))
                {
                    batch.Process(options);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // stopped
            }
            catch (Exception e)
            {
                Fail(e);
            }
        }

        /// <summary>Writes every batch in input order once it is parsed; reports bad records; stops at the first with fail-fast.</summary>
        public void Write()
        {
            try
            {
                foreach (JsonlBatch batch in _ordered.GetConsumingEnumerable(stop.Token))
                {
                    batch.WaitDone(stop.Token);
                    if (!WriteBatch(batch))
                    {
                        stop.Cancel();
                        return;
                    }

                    lock (_room)
                    {
                        _inFlightBytes -= batch.InputBytes;
                        Monitor.PulseAll(_room);
                    }

                    progress?.Report(Volatile.Read(ref _position), batch.Count, Bad);
                    if (batch.Reusable)
                    {
                        _free.Enqueue(batch);
                    }
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // stopped
            }
            catch (Exception e)
            {
                Fail(e);
            }
        }

        /// <summary>Writes a batch's good records and reports its bad ones; false when fail-fast stops the run.</summary>
        private bool WriteBatch(JsonlBatch batch)
        {
            int written = 0;
            for (int i = 0; i < batch.Count; i++)
            {
                if (batch.ErrorOf(i) is not { } error)
                {
                    continue;
                }

                int end = batch.OutputEndOf(i);
                output.Write(batch.Output[written..end]);
                written = end;
                Bad++;
                progress?.Clear();
                errors.WriteLine($"newsmodel: {inputName}:{batch.LineOf(i).ToString(CultureInfo.InvariantCulture)}: {error}");
                if (options.FailFast)
                {
                    return false;
                }
            }

            output.Write(batch.Output[written..]);
            return true;
        }

        private JsonlBatch Rent()
        {
            JsonlBatch batch = _free.TryDequeue(out JsonlBatch? reused) ? reused : new JsonlBatch();
            batch.Reset();
            return batch;
        }

        private void Submit(JsonlBatch batch, Stream input)
        {
            // Wait for the writer while too much input is in flight (one oversized batch may pass alone).
            lock (_room)
            {
                while (_inFlightBytes > 0 && _inFlightBytes + batch.InputBytes > MaxInFlightBytes)
                {
                    stop.Token.ThrowIfCancellationRequested();
                    Monitor.Wait(_room, 100);
                }

                _inFlightBytes += batch.InputBytes;
            }

            _ordered.Add(batch, stop.Token);
            _work.Add(batch, stop.Token);
            if (input.CanSeek)
            {
                Volatile.Write(ref _position, input.Position);
            }
        }

        private void Fail(Exception e)
        {
            Interlocked.CompareExchange(ref _failure, e, null);
            stop.Cancel();
        }
    }
}

/// <summary>
/// A run of consecutive input lines: their bytes in one buffer, and after <see cref="Process"/> their articles' JSON
/// (each followed by a newline) in another, with each record's error if it has one.
/// </summary>
internal sealed class JsonlBatch
{
    /// <summary>Buffers that grew past this (for a huge record) are not kept for the next batch.</summary>
    private const int MaxReusedBytes = 4 * 1024 * 1024;

    // news JSON is about four to eight times its input (spans, ids, names): room for a whole batch's from the start, so
    // that the buffer is not grown (a copy, and a large array left for the collector) in each batch's first use
    private readonly OutputBuffer _output = new(8 * JsonlRunner.BatchBytes);
    private readonly object _gate = new();
    private byte[] _input = new byte[JsonlRunner.BatchBytes];
    private Entry[] _entries = new Entry[16];
    private bool _done;

    public int Count { get; private set; }

    /// <summary>The input bytes held (lines over the length limit hold none).</summary>
    public int InputBytes { get; private set; }

    /// <summary>The JSON lines of the good records, in input order.</summary>
    public ReadOnlySpan<byte> Output => _output.Written;

    /// <summary>Whether the buffers are small enough to keep for another batch.</summary>
    public bool Reusable => _input.Length <= MaxReusedBytes && _output.Capacity <= MaxReusedBytes;

    /// <summary>Empties the batch for reuse.</summary>
    public void Reset()
    {
        Count = 0;
        InputBytes = 0;
        _output.Truncate(0);
        _done = false;
    }

    public void Add(Utf8Line line)
    {
        if (Count == _entries.Length)
        {
            Array.Resize(ref _entries, Count * 2);
        }

        ReadOnlySpan<byte> bytes = line.TooLong ? default : line.Bytes.Span;
        if (InputBytes + bytes.Length > _input.Length)
        {
            Array.Resize(ref _input, Math.Max(_input.Length * 2, InputBytes + bytes.Length));
        }

        bytes.CopyTo(_input.AsSpan(InputBytes));
        _entries[Count++] = new Entry(line.Number, InputBytes, bytes.Length, line.TooLong);
        InputBytes += bytes.Length;
    }

    public long LineOf(int index) => _entries[index].Line;

    public string? ErrorOf(int index) => _entries[index].Error;

    /// <summary>Where record <paramref name="index"/>'s JSON line ends in <see cref="Output"/> (where it would, for a bad one).</summary>
    public int OutputEndOf(int index) => _entries[index].OutputEnd;

    /// <summary>Blocks until <see cref="Process"/> has run (cancellation is seen within a tenth of a second).</summary>
    public void WaitDone(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            while (!_done)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Monitor.Wait(_gate, 100);
            }
        }
    }

    /// <summary>Parses every record and writes its JSON line, or notes its error; then marks the batch done.</summary>
    public void Process(JsonlOptions options)
    {
        for (int i = 0; i < Count; i++)
        {
            ref Entry entry = ref _entries[i];
            entry.Error = entry.TooLong
                ? string.Create(CultureInfo.InvariantCulture, $"the line is longer than the limit of {options.MaxLineBytes} bytes (--max-line-bytes).")
                : ProcessRecord(_input.AsSpan(entry.Start, entry.Length), options);
            entry.OutputEnd = _output.Length;
        }

        lock (_gate)
        {
            _done = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Parses one record and appends its JSON line to the output; returns its error instead when it is bad.</summary>
    private string? ProcessRecord(ReadOnlySpan<byte> bytes, JsonlOptions options)
    {
        ArticleInputDto? record;
        try
        {
            // the common shape in one pass; anything else (and every error) through the serializer
            if (!InputRecordReader.TryRead(bytes, out record))
            {
                record = JsonSerializer.Deserialize(bytes, NewsJson.Context.ArticleInputDto);
            }
        }
        catch (JsonException e)
        {
            long column = (e.BytePositionInLine ?? 0) + 1;
            string message = e.Message;
            int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
            return string.Create(CultureInfo.InvariantCulture, $"column {column}: invalid record: {(cut > 0 ? message[..cut] : message)}");
        }

        if (record is null)
        {
            return "the record is null, not an object.";
        }

        if (record.Text is null)
        {
            return "the record has no \"text\".";
        }

        LocalDate? date = options.Date;
        if (record.Date is { } dateText)
        {
            if (!ArticleHeader.TryParseIsoDate(dateText, out LocalDate parsed))
            {
                return $"the record's \"date\" '{dateText}' is not a valid date (expected YYYY-MM-DD).";
            }

            date = parsed;
        }

        ArticleParserOptions parserOptions = new() { Id = record.Id, Date = date, ReadDateline = false, MaxTextLength = options.MaxTextLength };
        int mark = _output.Length;
        try
        {
            if (!ArticleParser.TryParse(record.Text, parserOptions, out Article? article, out NewsParseError? error))
            {
                return string.Create(CultureInfo.InvariantCulture, $"record {record.Id ?? "(no id)"}: text {error.Line}:{error.Column}: {error.Message}");
            }

            NewsJson.Serialize(_output, article);
            _output.Write("\n"u8);
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A defect in the library must not take the batch down: the record is reported (whatever part of its JSON
            // was written is dropped), the rest are kept.
            _output.Truncate(mark);
            return string.Create(CultureInfo.InvariantCulture, $"record {record.Id ?? "(no id)"}: internal error ({e.GetType().Name}): {e.Message} Please report it with this record.");
        }
    }

    private record struct Entry(long Line, int Start, int Length, bool TooLong)
    {
        public string? Error { get; set; }

        public int OutputEnd { get; set; }
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

/// <summary>A growable byte buffer that can be cut back to an earlier length: a batch's JSON output.</summary>
internal sealed class OutputBuffer(int capacity) : IBufferWriter<byte>
{
    private byte[] _bytes = new byte[capacity];

    /// <summary>The bytes written.</summary>
    public int Length { get; private set; }

    /// <summary>The size of the buffer.</summary>
    public int Capacity => _bytes.Length;

    /// <summary>The bytes written, in order.</summary>
    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    /// <summary>Drops what was written after the first <paramref name="length"/> bytes.</summary>
    public void Truncate(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, Length);
        Length = length;
    }

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _bytes.Length - Length);
        Length += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _bytes.AsMemory(Length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _bytes.AsSpan(Length);
    }

    private void Reserve(int sizeHint)
    {
        int needed = Math.Max(sizeHint, 1);
        if (_bytes.Length - Length < needed)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + needed));
        }
    }
}
