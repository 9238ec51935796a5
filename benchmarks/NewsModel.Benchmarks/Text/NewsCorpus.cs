using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace NewsModel.Benchmarks.Text;

/// <summary>
/// The benchmark text: the PolNeAR training articles from <c>../shared/eval/polnear-train.input.jsonl</c> when the
/// file is there (read at setup, never copied into the repository), else a small built-in fixture repeated.
/// </summary>
internal static class NewsCorpus
{
    private static readonly Lazy<(string Corpus, string Article, string Source, string[] Articles)> s_texts = new(Load);

    /// <summary>Every article on its own.</summary>
    public static IReadOnlyList<string> Articles => s_texts.Value.Articles;

    /// <summary>All articles joined by blank lines.</summary>
    public static string Corpus => s_texts.Value.Corpus;

    /// <summary>One article of about 5,000 characters.</summary>
    public static string Article => s_texts.Value.Article;

    /// <summary>Where the text came from.</summary>
    public static string Source => s_texts.Value.Source;

    /// <summary>The text for a benchmark parameter value (<c>Corpus</c> or <c>Article</c>).</summary>
    public static string Get(string input) => input == "Corpus" ? Corpus : Article;

    private static (string, string, string, string[]) Load()
    {
        string? path = Find("shared/eval/polnear-train.input.jsonl");
        List<string> articles;
        string source;
        if (path is not null)
        {
            articles = [];
            foreach (string line in File.ReadLines(path))
            {
                if (line.Length == 0)
                {
                    continue;
                }

                using JsonDocument doc = JsonDocument.Parse(line);
                articles.Add(doc.RootElement.GetProperty("text").GetString()!);
            }

            source = $"PolNeAR train ({articles.Count} articles)";
        }
        else
        {
            articles = Enumerable.Range(0, 400).Select(i => Fixture).ToList();
            source = "built-in fixture (PolNeAR not found)";
        }

        string corpus = string.Join("\n\n", articles);
        string article = articles.OrderBy(a => Math.Abs(a.Length - 5000)).First();
        return (corpus, article, source, [.. articles]);
    }

    private static string? Find(string relative)
    {
        foreach (string root in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (DirectoryInfo? dir = new(root); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, relative);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private const string Fixture =
        "KYIV, Ukraine — Ukraine’s President Volodymyr Zelensky said on Sunday that “peace is possible, but not at any price,” "
        + "adding that the U.S. and the E.U. had promised $3.5bn in aid. \"We won't give up,\" he told reporters in Kyiv.\n\n"
        + "Gen. Mark Milley, a four-year-old plan and 1,000 troops: the 20-point proposal (see pic.twitter.com/yQrn6YupGE) "
        + "was published on 2025-12-15 at 10:30 a.m. by Dr. O'Brien, who wrote to press@example.org… Prices rose 4.5% — "
        + "the most since the '90s. #StandWithUkraine @ZelenskyyUa 🇺🇦 👍🏽\n\n";
}
