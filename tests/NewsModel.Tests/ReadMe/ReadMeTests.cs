using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NewsModel.Serialization;
using NewsModel.Tests.Support;
using NodaTime;

namespace NewsModel.Tests.ReadMe;

/// <summary>
/// The README's C# examples are these tests' bodies (between the <c>#region README</c> markers), so they compile and
/// run; <see cref="ReadMe_CodeBlocks_AreTheTestedExamples"/> checks that README.md shows them unchanged.
/// </summary>
public sealed class ReadMeTests
{
    [Fact]
    public void ReadMe_ParseAndSerialize()
    {
        #region README parse
        string text = """
            date 2026-03-09 Finnish Foreign Minister Elina Virtanen said on Sunday that Nordic governments were ready to help.

            “We cannot leave our neighbours exposed for another winter,” Virtanen told reporters.
            """;

        Article article = ArticleParser.Parse(text);
        LocalDate? date = article.Date;                        // 2026-03-09, from the dateline
        foreach (TextSpan paragraph in article.Paragraphs)     // UTF-16 offsets into article.Text
        {
            Console.WriteLine(article.Slice(paragraph).ToString());
        }

        string json = NewsJson.Serialize(article, indented: true);
        Article again = NewsJson.Deserialize(json);            // equal to article, collections included
        #endregion

        date.Should().Be(new LocalDate(2026, 3, 9));
        article.Paragraphs.Count.Should().Be(2);
        again.Should().Be(article);
    }

    [Fact]
    public void ReadMe_Errors()
    {
        #region README errors
        if (!ArticleParser.TryParse("date 2025-13-45 Lead.", out Article? article, out NewsParseError? error))
        {
            // 1:6: The dateline '2025-13-45' is not a valid date (expected YYYY-MM-DD).
            Console.Error.WriteLine($"{error.Line}:{error.Column}: {error.Message}");
        }
        #endregion

        article.Should().BeNull();
        error!.Code.Should().Be(NewsParseErrorCode.InvalidDateline);
        error.ToString().Should().Be("1:6: The dateline '2025-13-45' is not a valid date (expected YYYY-MM-DD).");
    }

    [Fact]
    public void ReadMe_CodeBlocks_AreTheTestedExamples()
    {
        string readme = File.ReadAllText(RepoFiles.PathOf("README.md")).ReplaceLineEndings("\n");
        string source = File.ReadAllText(RepoFiles.PathOf("tests", "NewsModel.Tests", "ReadMe", "ReadMeTests.cs")).ReplaceLineEndings("\n");
        MatchCollection regions = Regex.Matches(source, @"#region README (\w+)\n(.*?)\n\s*#endregion", RegexOptions.Singleline);
        regions.Count.Should().Be(2);
        foreach (Match region in regions)
        {
            string code = Dedent(region.Groups[2].Value);
            readme.Should().Contain("```csharp\n" + code + "\n```", $"README.md shows the '{region.Groups[1].Value}' example as tested");
        }
    }

    [Fact]
    public void ReadMe_StartsWithTheTwoSetUpCommands()
    {
        string readme = File.ReadAllText(RepoFiles.PathOf("README.md"));
        Match commands = Regex.Match(readme, @"```(?:sh|bash)\n(.*?)\n```", RegexOptions.Singleline);
        string[] lines = commands.Groups[1].Value.Split('\n').Where(l => !l.StartsWith('#')).ToArray();
        lines.Should().Equal(
            "dotnet run --project src/NewsModel.Cli -- parse samples/baltic-grid.txt --indent",
            "dotnet test");
        File.Exists(RepoFiles.PathOf("samples", "baltic-grid.txt")).Should().BeTrue();
        File.ReadAllText(RepoFiles.PathOf(".ci", "run")).Should().Contain("dotnet test");
    }

    private static string Dedent(string code)
    {
        string[] lines = code.Split('\n');
        int indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }
}
