using System;
using System.Linq;
using NodaTime;

namespace NewsModel.Tests.Parsing;

public sealed partial class ArticleParserTests
{
    [Fact]
    public void Parse_InlineDateline_ReadsDateAndLeavesHeaderOutOfText()
    {
        Article article = ArticleParser.Parse("date 2025-12-15 Lead paragraph here.\n\nSecond paragraph.");
        article.Date.Should().Be(new LocalDate(2025, 12, 15));
        article.Text.Should().Be("Lead paragraph here.\n\nSecond paragraph.");
        article.Paragraphs.Should().Equal(new TextSpan(0, 20), new TextSpan(22, 17));
    }

    [Fact]
    public void Parse_DatelineOnItsOwnLine_IsReadToo()
    {
        Article article = ArticleParser.Parse("\n  date 2024-02-29\nLead.\n\nNext.");
        article.Date.Should().Be(new LocalDate(2024, 2, 29));
        article.Text.Should().Be("Lead.\n\nNext.");
        article.Paragraphs.Count.Should().Be(2);
    }

    [Fact]
    public void Parse_ByteOrderMarkAndCrLf_AreTolerated()
    {
        Article article = ArticleParser.Parse("\uFEFFdate 2025-01-02 First line\r\nstill first.\r\n\r\nSecond.\r\n  \r\nThird.  \r\n");
        article.Date.Should().Be(new LocalDate(2025, 1, 2));
        article.Paragraphs.Select(p => article.Slice(p).ToString())
            .Should().Equal("First line\r\nstill first.", "Second.", "Third.");
    }

    [Fact]
    public void Parse_NoDateline_UsesOptionsDate()
    {
        Article article = ArticleParser.Parse("Plain text.", new ArticleParserOptions { Date = new LocalDate(2020, 5, 1), Id = "x1" });
        article.Date.Should().Be(new LocalDate(2020, 5, 1));
        article.Id.Should().Be("x1");
        article.Text.Should().Be("Plain text.");
    }

    [Fact]
    public void Parse_DatelineAndOptionsDate_DatelineWins()
    {
        Article article = ArticleParser.Parse("date 2025-12-15 Text.", new ArticleParserOptions { Date = new LocalDate(2020, 5, 1) });
        article.Date.Should().Be(new LocalDate(2025, 12, 15));
    }

    [Fact]
    public void Parse_ReadDatelineOff_KeepsTextUnchanged()
    {
        const string input = "  date 2025-12-15 Text.\n";
        Article article = ArticleParser.Parse(input, new ArticleParserOptions { ReadDateline = false });
        article.Text.Should().BeSameAs(input);
        article.Date.Should().BeNull();
        article.Paragraphs.Should().Equal(new TextSpan(2, 21));
    }

    [Theory]
    [InlineData("Date palms grow here.")] // 'date' not followed by a digit is ordinary text
    [InlineData("dated 2025-12-15 report")]
    [InlineData("date: 2025-12-15")]
    public void Parse_WordDateWithoutIsoDate_IsBodyText(string input)
    {
        Article article = ArticleParser.Parse(input);
        article.Date.Should().BeNull();
        article.Text.Should().Be(input);
    }

    [Theory]
    [InlineData("date 2025-13-45 Lead.", 1, 6, "2025-13-45")] // month 13
    [InlineData("date 2025-02-29 Lead.", 1, 6, "2025-02-29")] // not a leap year
    [InlineData("\n\n  date 2025-1-5 Lead.", 3, 8, "2025-1-5")] // not zero-padded
    [InlineData("date 20251215 Lead.", 1, 6, "20251215")]
    public void Parse_BadDateline_ThrowsWithLineAndColumn(string input, int line, int column, string shown)
    {
        Action act = () => ArticleParser.Parse(input);
        NewsParseException e = act.Should().Throw<NewsParseException>().Which;
        e.Code.Should().Be(NewsParseErrorCode.InvalidDateline);
        e.Line.Should().Be(line);
        e.Column.Should().Be(column);
        e.Offset.Should().Be(input.IndexOf(shown, StringComparison.Ordinal));
        e.Error.Excerpt.Should().StartWith(shown);
        e.Message.Should().Contain(shown).And.StartWith($"{line}:{column}:");
        e.Should().BeAssignableTo<FormatException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("\uFEFF")]
    [InlineData("date 2025-12-15")]
    [InlineData("date 2025-12-15   \n\n")]
    public void Parse_NoText_FailsWithEmptyText(string input)
    {
        ArticleParser.TryParse(input, out Article? article, out NewsParseError? error).Should().BeFalse();
        article.Should().BeNull();
        error!.Code.Should().Be(NewsParseErrorCode.EmptyText);
        error.Offset.Should().Be(input.Length);
    }

    [Fact]
    public void Parse_TextOverTheLimit_FailsWithTextTooLong()
    {
        ArticleParserOptions options = new() { MaxTextLength = 10 };
        ArticleParser.TryParse("0123456789A", options, out _, out NewsParseError? error).Should().BeFalse();
        error!.Code.Should().Be(NewsParseErrorCode.TextTooLong);
        error.Offset.Should().Be(10);
        ArticleParser.TryParse("0123456789", options, out Article? ok, out _).Should().BeTrue();
        ok!.Text.Should().Be("0123456789");
    }

    [Fact]
    public void Options_MaxTextLengthBelowOne_Throws()
    {
        Action act = () => _ = new ArticleParserOptions { MaxTextLength = 0 };
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void TryParse_Failure_GivesSameDataAsTheException()
    {
        ArticleParser.TryParse("date 2025-13-45 x", out _, out NewsParseError? error).Should().BeFalse();
        NewsParseException thrown = Assert.Throws<NewsParseException>(() => ArticleParser.Parse("date 2025-13-45 x"));
        thrown.Error.Should().Be(error);
        error!.ToString().Should().Be(thrown.Message);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull()
    {
        Action act = () => ArticleParser.Parse(null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("One.\u2029Two.", 2)] // paragraph separator
    [InlineData("One.\nstill one.\n\n\n\nTwo.", 2)]
    [InlineData("One.\r\rTwo.", 2)] // old Mac line ends
    [InlineData("One.\u2028Still one.", 1)] // line separator keeps the paragraph
    [InlineData("  \t One. \t ", 1)]
    public void Parse_ParagraphBreaks(string input, int count)
    {
        Article article = ArticleParser.Parse(input);
        article.Paragraphs.Count.Should().Be(count);
        foreach (TextSpan paragraph in article.Paragraphs)
        {
            ReadOnlySpan<char> slice = article.Slice(paragraph);
            char.IsWhiteSpace(slice[0]).Should().BeFalse();
            char.IsWhiteSpace(slice[^1]).Should().BeFalse();
        }
    }
}
