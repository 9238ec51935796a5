using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NewsModel.Parsing;
using NewsModel.Serialization;
using NewsModel.Serialization.Wire;
using NodaTime;

namespace NewsModel.Cli;

/// <summary>Settings of one <c>parse --jsonl</c> run.</summary>
internal sealed record JsonlOptions(string Input, string? Output, LocalDate? Date, int Threads, bool FailFast, bool ShowProgress);

/// <summary>
/// Parses an NDJSON stream of <c>{"id", "text", "date"?}</c> records into an NDJSON stream of articles: records are
/// read in batches, parsed on all threads, and written in input order. A bad record is reported on the error
/// writer with its line number and the rest are still written (unless fail-fast). Memory is bounded by the batch
/// size, whatever the input's size.
/// </summary>
internal static class JsonlRunner
{
    private const int MaxBatchBytes = 8 * 1024 * 1024;

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
            using Utf8LineReader reader = new(input, NewsJson.DefaultMaxLineBytes);
            using ProgressBar? progress = options.ShowProgress ? new ProgressBar(errors, input.CanSeek ? input.Length : -1) : null;
            ParallelOptions parallel = new() { MaxDegreeOfParallelism = options.Threads, CancellationToken = cancellationToken };
            int maxRecords = Math.Max(64, options.Threads * 64);
            List<JsonlRecord> batch = new(maxRecords);
            int bad = 0;
            bool done = false;
            while (!done)
            {
                batch.Clear();
                long batchBytes = 0;
                while (batch.Count < maxRecords && batchBytes < MaxBatchBytes)
                {
                    if (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is not { } line)
                    {
                        done = true;
                        break;
                    }

                    if (!line.TooLong && NewsJson.IsBlank(line.Bytes.Span))
                    {
                        continue;
                    }

                    batch.Add(new JsonlRecord(line.Number, line.TooLong ? null : line.Bytes.ToArray()));
                    batchBytes += line.Bytes.Length;
                }

                Parallel.For(0, batch.Count, parallel, i => batch[i].Process(options.Date));

                foreach (JsonlRecord record in batch)
                {
                    if (record.Json is { } json)
                    {
                        output.Write(json);
                        output.WriteByte((byte)'\n');
                        continue;
                    }

                    bad++;
                    progress?.Clear();
                    await errors.WriteLineAsync($"newsmodel: {inputName}:{record.Line.ToString(CultureInfo.InvariantCulture)}: {record.Error}").ConfigureAwait(false);
                    if (options.FailFast)
                    {
                        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
                        return ExitCodes.BadInput;
                    }
                }

                progress?.Report(input.CanSeek ? input.Position : -1, batch.Count, bad);
            }

            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            progress?.Finish();
            return bad == 0 ? ExitCodes.Success : ExitCodes.BadInput;
        }
    }
}

/// <summary>One input line: its bytes in, its article JSON or its error out.</summary>
internal sealed class JsonlRecord(long line, byte[]? bytes)
{
    public long Line { get; } = line;

    public byte[]? Json { get; private set; }

    public string? Error { get; private set; }

    public void Process(LocalDate? defaultDate)
    {
        if (bytes is null)
        {
            Error = $"the line is longer than the limit of {NewsJson.DefaultMaxLineBytes} bytes.";
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

        ArticleParserOptions options = new() { Id = record.Id, Date = date, ReadDateline = false };
        if (!ArticleParser.TryParse(record.Text, options, out Article? article, out NewsParseError? error))
        {
            Error = string.Create(CultureInfo.InvariantCulture, $"record {record.Id ?? "(no id)"}: text {error.Line}:{error.Column}: {error.Message}");
            return;
        }

        Json = NewsJson.SerializeToUtf8Bytes(article);
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
