using System.IO;
using System.Threading.Tasks;
using NewsModel.Serialization;
using NewsModel.Tests.Support;
using NodaTime;

namespace NewsModel.Tests.Cli;

public sealed class ParseCommandTests
{
    [Fact]
    public async Task Parse_SampleArticle_PrintsArticleJsonAndExitsZero()
    {
        CliRunner.Result result = await CliRunner.RunAsync(null, "parse", Path.Combine("samples", "baltic-grid.txt"));
        result.ExitCode.Should().Be(0, result.StandardError);
        result.StandardError.Should().BeEmpty();
        Article article = NewsJson.Deserialize(result.StandardOutput);
        article.Date.Should().Be(new LocalDate(2026, 3, 9));
        article.Paragraphs.Count.Should().Be(6);
        result.StandardOutput.Should().StartWith("{\"schemaVersion\":1,").And.EndWith("}\n");
    }

    [Fact]
    public async Task Parse_StandardInputWithDateAndIndent_UsesTheDate()
    {
        CliRunner.Result result = await CliRunner.RunAsync("No dateline here.\n\nSecond.", "parse", "-", "--date", "2024-02-29", "--indent");
        result.ExitCode.Should().Be(0, result.StandardError);
        result.StandardOutput.Should().StartWith("{\n  \"schemaVersion\": 1,");
        NewsJson.Deserialize(result.StandardOutput).Date.Should().Be(new LocalDate(2024, 2, 29));
    }

    [Fact]
    public async Task Parse_BadDateline_ExitsOneWithFileLineAndColumn()
    {
        string file = CliRunner.TempFile("\n date 2025-13-45 Lead paragraph.");
        CliRunner.Result result = await CliRunner.RunAsync(null, "parse", file);
        result.ExitCode.Should().Be(1);
        result.StandardOutput.Should().BeEmpty();
        result.StandardError.Should().Be($"newsmodel: {file}:2:7: The dateline '2025-13-45' is not a valid date (expected YYYY-MM-DD).\n");
    }

    [Fact]
    public async Task Parse_MissingFile_ExitsOne()
    {
        CliRunner.Result result = await CliRunner.RunAsync(null, "parse", "no-such-file.txt");
        result.ExitCode.Should().Be(1);
        result.StandardError.Should().Contain("no-such-file.txt").And.NotContain("   at ");
    }

    [Theory]
    [InlineData("parse")] // no input
    [InlineData("parse", "x.txt", "--date", "2025-02-30")]
    [InlineData("parse", "x.txt", "--threads", "0")]
    [InlineData("frobnicate")]
    [InlineData("parse", "x.txt", "--no-such-option")]
    public async Task Usage_Errors_ExitTwo(params string[] args)
    {
        CliRunner.Result result = await CliRunner.RunAsync(null, args);
        result.ExitCode.Should().Be(2);
        result.StandardError.Should().StartWith("newsmodel: ").And.NotContain("   at ");
    }

    [Fact]
    public async Task Help_ExitsZero()
    {
        CliRunner.Result result = await CliRunner.RunAsync(null, "parse", "--help");
        result.ExitCode.Should().Be(0);
        result.StandardOutput.Should().Contain("--jsonl").And.Contain("--fail-fast");
    }
}
