using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using NewsModel.Benchmarks.Text;
using NewsModel.Serialization;
using NewsModel.Text;

namespace NewsModel.Benchmarks.Parsing;

/// <summary>
/// The whole parse (every stage: paragraphs, sentences, embeds, dates, actors, statements, events) on real news: the
/// PolNeAR training articles, each parsed on its own, one thread. The baseline is <see cref="NewsTokenizer"/> over
/// the same articles, so Ratio says how many tokenizer passes a parse costs; MB/s is UTF-16 bytes per second.
/// </summary>
[Config(typeof(ParseBenchmarkConfig))]
public class ArticleParserBenchmarks
{
    private IReadOnlyList<string> _articles = [];

    /// <summary>UTF-16 characters of all the articles.</summary>
    public static long Chars => NewsCorpus.Articles.Sum(a => (long)a.Length);

    [GlobalSetup]
    public void Setup()
    {
        _articles = NewsCorpus.Articles;
        _ = ArticleParser.Parse("Warm-up: the lexicons load once, before measuring.");
    }

    [Benchmark(Baseline = true, Description = "NewsTokenizer (all articles)")]
    public int Tokenize()
    {
        int sum = 0;
        foreach (string article in _articles)
        {
            foreach (Token token in NewsTokenizer.Tokenize(article))
            {
                sum += token.Length;
            }
        }

        return sum;
    }

    [Benchmark(Description = "ArticleParser.Parse (all articles)")]
    public int Parse()
    {
        int sum = 0;
        foreach (string article in _articles)
        {
            sum += ArticleParser.Parse(article).Statements.Count;
        }

        return sum;
    }

    [Benchmark(Description = "Parse + NewsJson.SerializeToUtf8Bytes")]
    public long ParseAndSerialize()
    {
        long sum = 0;
        foreach (string article in _articles)
        {
            sum += NewsJson.SerializeToUtf8Bytes(ArticleParser.Parse(article)).Length;
        }

        return sum;
    }
}

/// <summary>
/// Linear time, shown: the whole parse on 1x, 2x and 4x the same kind of input. Ratio = mean time / the 1x mean, so a
/// linear parser reads about 2 and 4. Inputs: news prose (our own sample article, repeated into paragraphs), one
/// paragraph with no line break, and text full of unmatched quotation marks.
/// </summary>
[Config(typeof(ParseBenchmarkConfig))]
public class ParseScalingBenchmarks
{
    /// <summary>Characters of the 1x input.</summary>
    public const int BaseChars = 250_000;

    private string _x1 = "";
    private string _x2 = "";
    private string _x4 = "";

    [Params("News", "OneParagraph", "UnmatchedQuotes")]
    public string Input { get; set; } = "News";

    /// <summary>UTF-16 characters of each method's input.</summary>
    public static long CharsOf(string method) => method switch
    {
        nameof(Parse2x) => 2L * BaseChars,
        nameof(Parse4x) => 4L * BaseChars,
        _ => BaseChars,
    };

    [GlobalSetup]
    public void Setup()
    {
        _x1 = Build(Input, BaseChars);
        _x2 = Build(Input, 2 * BaseChars);
        _x4 = Build(Input, 4 * BaseChars);
        _ = ArticleParser.Parse(_x1);
    }

    [Benchmark(Baseline = true, Description = "1x")]
    public int Parse1x() => ArticleParser.Parse(_x1).Statements.Count;

    [Benchmark(Description = "2x")]
    public int Parse2x() => ArticleParser.Parse(_x2).Statements.Count;

    [Benchmark(Description = "4x")]
    public int Parse4x() => ArticleParser.Parse(_x4).Statements.Count;

    private static string Build(string input, int chars)
    {
        string unit = input switch
        {
            "News" => SampleArticle() + "\n\n",
            "OneParagraph" => SampleArticle().Replace('\n', ' '),
            _ => "Smith said “the talks ",
        };

        StringBuilder builder = new(chars + unit.Length);
        while (builder.Length < chars)
        {
            builder.Append(unit);
        }

        builder.Length = chars;
        return builder.ToString();
    }

    private static string SampleArticle()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, "samples", "baltic-grid.txt");
            if (File.Exists(path))
            {
                return ArticleParser.Parse(File.ReadAllText(path)).Text; // the body, without the dateline
            }
        }

        throw new FileNotFoundException("samples/baltic-grid.txt not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A short job (the machine is shared), memory diagnoser, MB/s column, GitHub markdown.</summary>
internal sealed class ParseBenchmarkConfig : ManualConfig
{
    public ParseBenchmarkConfig()
    {
        AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithLaunchCount(1));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new Utf16ThroughputColumn(static c => c.Descriptor.Type == typeof(ParseScalingBenchmarks)
            ? ParseScalingBenchmarks.CharsOf(c.Descriptor.WorkloadMethod.Name)
            : ArticleParserBenchmarks.Chars));
        AddExporter(MarkdownExporter.GitHub);
        WithBuildTimeout(TimeSpan.FromMinutes(15)); // the shared machine can be slow to build the generated project
        HideColumns(Column.Error, Column.StdDev, Column.RatioSD, Column.Gen0, Column.Gen1, Column.Gen2);
    }
}
