using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsModel.Extraction.Quotes;

namespace NewsModel.Tests.Extraction.Quotes;

/// <summary>
/// The seed article and its expectations are read at run time from the shared folder (never copied into the repository).
/// </summary>
public sealed class QuoteExtractorSeedTests
{
    [Fact]
    public void Extract_SeedArticle_FindsThe13QuotationsWithTheirSpeakers()
    {
        string? shared = FindShared();
        if (shared is null)
        {
            return; // the shared folder is not available on this machine
        }

        string text = StripHeader(File.ReadAllText(Path.Combine(shared, "corpus", "seed-article.txt")));
        List<Expectation> expected = ReadExpectations(File.ReadAllText(Path.Combine(shared, "spec", "seed-expectations.md")));
        expected.Should().HaveCount(13);

        var found = new List<StatementCandidate>();
        QuoteExtractor.Extract(text, QuoteExtractor.LineParagraphs(text), found);

        var failures = new List<string>();
        foreach (Expectation e in expected)
        {
            StatementCandidate[] hits = found.Where(c => c.Kind != StatementKind.Indirect && Slice(text, c.Span).StartsWith(e.Begins, StringComparison.Ordinal)).ToArray();
            if (hits.Length != 1)
            {
                failures.Add($"#{e.Number}: {hits.Length} candidates begin with the quotation");
                continue;
            }

            StatementCandidate hit = hits[0];
            string speaker = Slice(text, hit.Speaker);
            bool ok = e.Pronoun is not null
                ? string.Equals(speaker, e.Pronoun, StringComparison.Ordinal) && hit.Hint == SpeakerHint.Pronoun
                : string.Equals(LastWord(Slice(text, hit.SpeakerName)), LastWord(e.Speaker), StringComparison.Ordinal);
            if (!ok)
            {
                failures.Add($"#{e.Number}: speaker mention '{speaker}', expected '{e.Pronoun ?? e.Speaker}'");
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void Extract_SeedArticle_FindsTheIndirectStatements()
    {
        string? shared = FindShared();
        if (shared is null)
        {
            return;
        }

        string text = StripHeader(File.ReadAllText(Path.Combine(shared, "corpus", "seed-article.txt")));
        var found = new List<StatementCandidate>();
        QuoteExtractor.Extract(text, QuoteExtractor.LineParagraphs(text), found);

        StatementCandidate[] indirect = found.Where(c => c.Kind == StatementKind.Indirect).ToArray();
        indirect.Select(c => Slice(text, c.Speaker)).Should().Contain(["it", "Zelensky"]);
        indirect.Should().Contain(c => c.CueLemma == "according to");
        indirect.Should().Contain(c => c.CueLemma == "signal");
    }

    private static string Slice(string text, TextSpan? span) => span is TextSpan s ? text.Substring(s.Start, s.Length) : string.Empty;

    private static string LastWord(string s)
    {
        string[] words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? string.Empty : words[^1];
    }

    private static string? FindShared()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared");
            if (File.Exists(Path.Combine(candidate, "corpus", "seed-article.txt")) && File.Exists(Path.Combine(candidate, "spec", "seed-expectations.md")))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Drops leading white space and the <c>date YYYY-MM-DD</c> header.</summary>
    private static string StripHeader(string raw)
    {
        string text = raw.TrimStart();
        if (text.StartsWith("date ", StringComparison.Ordinal) && text.Length >= 15)
        {
            text = text[15..].TrimStart();
        }

        return text;
    }

    /// <summary>Reads the "Direct and partial quotations" table: number, how the quotation begins, speaker, how found.</summary>
    private static List<Expectation> ReadExpectations(string markdown)
    {
        var result = new List<Expectation>();
        foreach (string line in markdown.Split('\n'))
        {
            string[] cells = line.Split('|');
            if (cells.Length < 5 || !int.TryParse(cells[1].Trim(), out int number))
            {
                continue;
            }

            string begins = cells[2].Trim().Trim('“', '”', ' ', ',', '…', '.').TrimEnd('“', '”', ' ', ',', '…', '.');
            string how = cells[4];
            string? pronoun = how.Contains("`he said`", StringComparison.Ordinal) ? "he" : null;
            result.Add(new Expectation(number, begins, cells[3].Trim(), pronoun));
        }

        return result;
    }

    private sealed record Expectation(int Number, string Begins, string Speaker, string? Pronoun);
}
