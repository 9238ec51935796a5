using System;
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

    private static string ManyRecords(int count, Func<int, bool> bad, int bigEvery = 0)
    {
        StringBuilder input = new();
        for (int i = 1; i <= count; i++)
        {
            if (bad(i))
            {
                input.Append("{\"id\":\"r").Append(i).Append("\"}\n");
                continue;
            }

            int length = bigEvery > 0 && i % bigEvery == 0 ? 3 * JsonlRunner.BatchBytes : i % 200;
            input.Append("{\"id\":\"r").Append(i).Append("\",\"text\":\"Record ").Append(i).Append(". ").Append(new string('y', length)).Append("\"}\n");
        }

        return input.ToString();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Jsonl_BadRecordsAcrossManyBatches_AreReportedInOrderAndTheRestKept(int threads)
    {
        // Bad records at the first and last line, at batch edges and in runs; records longer than a batch between.
        int[] bad = [1, 127, 128, 129, 256, 700, 701, 702, 1999, 2000];
        (int exit, string output, string errors) = await Run(ManyRecords(2000, bad.Contains, bigEvery: 333), threads);
        exit.Should().Be(1);
        string[] ids = output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(l => NewsJson.Deserialize(l).Id!).ToArray();
        ids.Should().Equal(Enumerable.Range(1, 2000).Where(i => !bad.Contains(i)).Select(i => "r" + i));
        errors.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Should().Equal(bad.Select(i => $"newsmodel: IN:{i}: the record has no \"text\"."));
    }

    [Fact]
    public async Task Jsonl_FailFastInALaterBatch_WritesEverythingBeforeTheBadRecordAndNothingAfter()
    {
        (int exit, string output, string errors) = await Run(ManyRecords(1500, i => i is 700 or 900), threads: 3, failFast: true);
        exit.Should().Be(1);
        string[] lines = output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(699);
        NewsJson.Deserialize(lines[^1]).Id.Should().Be("r699");
        errors.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Should().Equal("newsmodel: IN:700: the record has no \"text\".");
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

    private static async Task<(int Exit, string[] Output, string[] Errors)> RunBytes(byte[] input, JsonlOptions? settings = null)
    {
        string inputPath = Path.Combine(Path.GetTempPath(), "newsmodel-" + System.Guid.NewGuid().ToString("N") + ".jsonl");
        await File.WriteAllBytesAsync(inputPath, input);
        string outputPath = inputPath + ".out";
        StringWriter errors = new();
        JsonlOptions options = (settings ?? new JsonlOptions(inputPath, outputPath, null, 2, false, false)) with { Input = inputPath, Output = outputPath };
        int exit = await JsonlRunner.RunAsync(options, errors, default);
        string output = await File.ReadAllTextAsync(outputPath);
        File.Delete(inputPath);
        File.Delete(outputPath);
        return (exit, output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries), errors.ToString().Replace(inputPath, "IN", System.StringComparison.Ordinal).Split('\n', System.StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Jsonl_WrongTypesAndInvalidUtf8_AreReportedByLineAndTheRestKept()
    {
        using MemoryStream input = new();
        void Line(string json) => input.Write(Encoding.UTF8.GetBytes(json + "\n"));
        Line("{\"id\":\"a\",\"text\":\"Good.\"}");
        Line("{\"id\":5,\"text\":\"x\"}");
        Line("{\"id\":\"c\",\"text\":[\"x\"]}");
        Line("[1,2,3]");
        input.Write([0x7B, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0xFF, 0x22, 0x7D, 0x0A]); // {"text":"<invalid UTF-8>"}
        Line("null");
        Line("{\"id\":\"g\",\"text\":\"Also good.\"}");

        (int exit, string[] output, string[] errors) = await RunBytes(input.ToArray());
        exit.Should().Be(1);
        output.Select(l => NewsJson.Deserialize(l).Id).Should().Equal("a", "g");
        errors.Should().HaveCount(5);
        errors.Select(e => e[..e.IndexOf(": ", "newsmodel: IN:".Length, System.StringComparison.Ordinal)]).Should().Equal(
            "newsmodel: IN:2", "newsmodel: IN:3", "newsmodel: IN:4", "newsmodel: IN:5", "newsmodel: IN:6");
        errors.Should().OnlyContain(e => !e.Contains("   at ", System.StringComparison.Ordinal), "no stack traces");
    }

    [Fact]
    public async Task Jsonl_RecordsOverTheLimits_AreReportedAndTheRestKept()
    {
        string big = new('a', 5000);
        byte[] input = Encoding.UTF8.GetBytes(
            "{\"id\":\"a\",\"text\":\"Short.\"}\n" +
            "{\"id\":\"b\",\"text\":\"" + big + "\"}\n" +
            "{\"id\":\"c\",\"text\":\"Words " + new string('b', 700) + "\"}\n" +
            "{\"id\":\"d\",\"text\":\"Also short.\"}\n");
        JsonlOptions limits = new("in", "out", null, 2, false, false) { MaxLineBytes = 1000, MaxTextLength = 500 };

        (int exit, string[] output, string[] errors) = await RunBytes(input, limits);
        exit.Should().Be(1);
        output.Select(l => NewsJson.Deserialize(l).Id).Should().Equal("a", "d");
        errors.Should().Equal(
            "newsmodel: IN:2: the line is longer than the limit of 1000 bytes (--max-line-bytes).",
            "newsmodel: IN:3: record c: text 1:501: The text is 706 UTF-16 code units long, more than the limit of 500 (ArticleParserOptions.MaxTextLength).");
    }

    [Fact]
    public async Task Jsonl_FiftyMegabyteLine_IsReportedWithTheDefaultLimitsAndTheRestKept()
    {
        // 50 MB of text in one record: within the line limit (64 MiB), beyond the text limit (16 Mi code units).
        byte[] head = Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"Before.\"}\n{\"id\":\"big\",\"text\":\"");
        byte[] tail = Encoding.UTF8.GetBytes("\"}\n{\"id\":\"z\",\"text\":\"After.\"}\n");
        byte[] input = new byte[head.Length + (50 * 1000 * 1000) + tail.Length];
        head.CopyTo(input, 0);
        input.AsSpan(head.Length, 50 * 1000 * 1000).Fill((byte)'w');
        tail.CopyTo(input, input.Length - tail.Length);

        (int exit, string[] output, string[] errors) = await RunBytes(input);
        exit.Should().Be(1);
        output.Select(l => NewsJson.Deserialize(l).Id).Should().Equal("a", "z");
        errors.Should().ContainSingle().Which.Should().StartWith("newsmodel: IN:2: record big: text 1:16777217: The text is 50000000 UTF-16 code units long");
    }

    [Fact]
    public async Task Jsonl_BinaryJunkThroughTheProcess_GivesOneLineErrorsAndNoStackTrace()
    {
        System.Random random = new(7);
        byte[] junk = new byte[200_000];
        random.NextBytes(junk);
        string inputPath = Path.Combine(Path.GetTempPath(), "newsmodel-junk-" + System.Guid.NewGuid().ToString("N") + ".jsonl");
        await File.WriteAllBytesAsync(inputPath, junk);
        CliRunner.Result result = await CliRunner.RunAsync(null, "parse", "--jsonl", inputPath);
        File.Delete(inputPath);
        result.ExitCode.Should().Be(1);
        result.StandardOutput.Should().BeEmpty();
        string[] lines = result.StandardError.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        lines.Should().NotBeEmpty().And.OnlyContain(l => l.StartsWith("newsmodel: ", System.StringComparison.Ordinal));
        result.StandardError.Should().NotContain("   at ");
    }

    [Fact]
    public void OutputBuffer_GrowsAndCutsBack()
    {
        OutputBuffer buffer = new(2);
        System.Buffers.BuffersExtensions.Write(buffer, "abc"u8);
        int mark = buffer.Length;
        System.Buffers.BuffersExtensions.Write(buffer, new byte[1000]);
        buffer.Capacity.Should().BeGreaterThanOrEqualTo(1003);
        buffer.Truncate(mark);
        System.Buffers.BuffersExtensions.Write(buffer, "d"u8);
        Encoding.ASCII.GetString(buffer.Written).Should().Be("abcd");
        Action tooFar = () => buffer.Truncate(5);
        tooFar.Should().Throw<ArgumentOutOfRangeException>();
        Action overrun = () => buffer.Advance(buffer.Capacity);
        overrun.Should().Throw<ArgumentOutOfRangeException>();
    }
}
