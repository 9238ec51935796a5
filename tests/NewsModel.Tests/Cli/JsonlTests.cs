using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using NewsModel.Cli;
using NewsModel.Serialization;
using NewsModel.Tests.Support;
using NodaTime;

namespace NewsModel.Tests.Cli;

public sealed class JsonlTests
{
    private const string Input =
        "{\"id\":\"a\",\"text\":\"First article.\\n\\nSecond paragraph.\",\"date\":\"2025-12-15\"}\n" +
        "{\"id\":\"b\",\"text\":\"no date\"}\n" +
        "{not json}\n" +
        "\n" +
        "{\"id\":\"c\"}\n" +
        "{\"id\":\"d\",\"text\":\"x\",\"date\":\"2025-13-01\"}\n" +
        "{\"id\":\"e\",\"text\":\"   \"}\n" +
        "{\"id\":\"f\",\"text\":\"  date 2025-01-01 kept as is\",\"extra\":[1,2]}\n";

    private static async Task<(int Exit, string Output, string Errors)> Run(string input, int threads = 2, bool failFast = false, LocalDate? date = null)
    {
        string inputPath = CliRunner.TempFile(input, ".jsonl");
        string outputPath = inputPath + ".out";
        StringWriter errors = new();
        int exit = await JsonlRunner.RunAsync(new JsonlOptions(inputPath, outputPath, date, threads, failFast, ShowProgress: false), errors, default);
        string output = await File.ReadAllTextAsync(outputPath);
        return (exit, output, errors.ToString().Replace(inputPath, "IN", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task Jsonl_BadRecords_AreReportedAndGoodOnesWrittenInOrder()
    {
        (int exit, string output, string errors) = await Run(Input);
        exit.Should().Be(1);
        Article[] articles = output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(NewsJson.Deserialize).ToArray();
        articles.Select(a => a.Id).Should().Equal("a", "b", "f");
        articles[0].Date.Should().Be(new LocalDate(2025, 12, 15));
        articles[0].Paragraphs.Count.Should().Be(2);
        articles[1].Date.Should().BeNull();
        articles[2].Text.Should().Be("  date 2025-01-01 kept as is", "records keep their text unchanged");
        articles[2].Date.Should().BeNull();

        string[] lines = errors.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(4);
        lines[0].Should().StartWith("newsmodel: IN:3: column 2: invalid record:");
        lines[1].Should().Be("newsmodel: IN:5: the record has no \"text\".");
        lines[2].Should().Be("newsmodel: IN:6: the record's \"date\" '2025-13-01' is not a valid date (expected YYYY-MM-DD).");
        lines[3].Should().StartWith("newsmodel: IN:7: record e: text 1:4: The article has no text.");
    }

    [Fact]
    public async Task Jsonl_FailFast_StopsAtTheFirstBadRecord()
    {
        (int exit, string output, string errors) = await Run(Input, failFast: true);
        exit.Should().Be(1);
        output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2);
        errors.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Which.Should().Contain("IN:3:");
    }

    [Fact]
    public async Task Jsonl_DefaultDate_AppliesToRecordsWithoutOne()
    {
        (_, string output, _) = await Run("{\"id\":\"x\",\"text\":\"t\"}\n", date: new LocalDate(2020, 1, 2));
        NewsJson.Deserialize(output.TrimEnd('\n')).Date.Should().Be(new LocalDate(2020, 1, 2));
    }

    [Fact]
    public async Task Jsonl_ManyRecordsOnManyThreads_MatchOneThreadByteForByte()
    {
        StringBuilder input = new();
        for (int i = 0; i < 1500; i++)
        {
            input.Append("{\"id\":\"r").Append(i).Append("\",\"text\":\"Record ").Append(i).Append(".\\n\\n").Append(new string('x', i % 300)).Append("\"}\n");
        }

        (int exit1, string one, _) = await Run(input.ToString(), threads: 1);
        (int exit4, string four, _) = await Run(input.ToString(), threads: 4);
        exit1.Should().Be(0);
        exit4.Should().Be(0);
        four.Should().Be(one);
        one.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1500);
    }

    [Fact]
    public async Task Jsonl_ThroughTheProcess_WritesToStandardOutput()
    {
        string inputPath = CliRunner.TempFile(Input, ".jsonl");
        CliRunner.Result result = await CliRunner.RunAsync(null, "parse", "--jsonl", inputPath);
        result.ExitCode.Should().Be(1);
        result.StandardOutput.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(3);
        result.StandardError.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(4).And.OnlyContain(l => l.StartsWith("newsmodel: ", System.StringComparison.Ordinal));
    }
}
