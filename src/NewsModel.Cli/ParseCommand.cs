using System;
using System.CommandLine;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using NewsModel.Parsing;
using NewsModel.Serialization;
using NodaTime;

namespace NewsModel.Cli;

/// <summary><c>newsmodel parse FILE|-</c> and <c>newsmodel parse --jsonl IN [-o OUT]</c>.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        Argument<string> input = new("input")
        {
            Description = "The article file in the wire format, an NDJSON file with --jsonl, or - for standard input.",
        };
        Option<string?> date = new("--date")
        {
            Description = "The article date (YYYY-MM-DD) where the text has no dateline; relative dates resolve against it.",
        };
        Option<bool> indent = new("--indent") { Description = "Pretty-print the JSON." };
        Option<bool> jsonl = new("--jsonl")
        {
            Description = "Read NDJSON records {\"id\", \"text\", \"date\"?} and write one Article a line, in input order.",
        };
        Option<string?> output = new("--output", "-o") { Description = "Write to this file instead of standard output." };
        Option<int?> threads = new("--threads")
        {
            Description = "With --jsonl: how many threads parse at once (default: all cores).",
        };
        Option<bool> failFast = new("--fail-fast") { Description = "With --jsonl: stop at the first bad record." };
        Option<int?> maxTextLength = new("--max-text-length")
        {
            Description = $"The longest article text accepted, in UTF-16 code units (default {ArticleParserOptions.DefaultMaxTextLength}); a longer one is a bad record.",
        };
        Option<int?> maxLineBytes = new("--max-line-bytes")
        {
            Description = $"With --jsonl: the longest input line accepted, in bytes (default {NewsJson.DefaultMaxLineBytes}); a longer one is a bad record.",
        };

        Command command = new("parse", "Parse an article (or an NDJSON batch with --jsonl) to Article JSON.")
        {
            input, date, indent, jsonl, output, threads, failFast, maxTextLength, maxLineBytes,
        };

        command.Validators.Add(result =>
        {
            if (result.GetValue(date) is { } text && !ArticleHeader.TryParseIsoDate(text, out _))
            {
                result.AddError($"--date '{text}' is not a valid date (expected YYYY-MM-DD).");
            }

            if (result.GetValue(threads) is { } n && n < 1)
            {
                result.AddError("--threads must be at least 1.");
            }

            if (result.GetValue(maxTextLength) is { } t && t < 1)
            {
                result.AddError("--max-text-length must be at least 1.");
            }

            if (result.GetValue(maxLineBytes) is { } b && b < 1)
            {
                result.AddError("--max-line-bytes must be at least 1.");
            }
        });

        command.SetAction(async (result, cancellationToken) =>
        {
            string path = result.GetValue(input)!;
            LocalDate? articleDate = null;
            if (result.GetValue(date) is { } text && ArticleHeader.TryParseIsoDate(text, out LocalDate parsed))
            {
                articleDate = parsed;
            }

            string? outputPath = result.GetValue(output);
            int textLimit = result.GetValue(maxTextLength) ?? ArticleParserOptions.DefaultMaxTextLength;
            if (result.GetValue(jsonl))
            {
                JsonlOptions options = new(
                    path,
                    outputPath,
                    articleDate,
                    result.GetValue(threads) ?? Environment.ProcessorCount,
                    result.GetValue(failFast),
                    ShowProgress: !Console.IsErrorRedirected)
                {
                    MaxTextLength = textLimit,
                    MaxLineBytes = result.GetValue(maxLineBytes) ?? NewsJson.DefaultMaxLineBytes,
                };
                return await JsonlRunner.RunAsync(options, Console.Error, cancellationToken).ConfigureAwait(false);
            }

            return await ParseOneAsync(path, outputPath, new ArticleParserOptions { Date = articleDate, MaxTextLength = textLimit }, result.GetValue(indent), cancellationToken).ConfigureAwait(false);
        });

        return command;
    }

    private static async Task<int> ParseOneAsync(string path, string? outputPath, ArticleParserOptions options, bool indent, CancellationToken cancellationToken)
    {
        string text;
        if (path == "-")
        {
            using StreamReader reader = new(Console.OpenStandardInput(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (!File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"newsmodel: {path}: no such file.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        else
        {
            text = await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
        }

        if (!ArticleParser.TryParse(text, options, out Article? article, out NewsParseError? error))
        {
            string name = path == "-" ? "<stdin>" : path;
            await Console.Error.WriteLineAsync($"newsmodel: {name}:{error.Line}:{error.Column}: {error.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        byte[] json = NewsJson.SerializeToUtf8Bytes(article, indent);
        Stream stream = outputPath is null ? Console.OpenStandardOutput() : File.Create(outputPath);
        await using (stream.ConfigureAwait(false))
        {
            await stream.WriteAsync(json, cancellationToken).ConfigureAwait(false);
            await stream.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}
