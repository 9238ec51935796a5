using System;
using System.Linq;
using System.Text;
using NewsModel.Serialization;

namespace NewsModel.Tests.Reliability;

/// <summary>
/// Input built to break a parser: it must give a result or a clean error, never a crash or a hang. (These are not
/// timed: a quadratic stage would show up as a test run that does not finish, and the benchmarks measure growth.)
/// </summary>
public sealed class HostileInputTests
{
    private static Article ParseAndRoundTrip(string text)
    {
        Article article = ArticleParser.Parse(text);
        NewsJson.Deserialize(NewsJson.Serialize(article)).Should().Be(article);
        return article;
    }

    [Theory]
    [InlineData("“")]
    [InlineData("\"")]
    [InlineData("''")]
    [InlineData("«")]
    [InlineData("”")]
    public void Parse_ManyUnmatchedQuotationMarks_Completes(string mark)
    {
        string text = "He said " + string.Concat(Enumerable.Repeat(mark + "word ", 100_000));
        ParseAndRoundTrip(text).Paragraphs.Count.Should().Be(1);
    }

    [Fact]
    public void Parse_AMillionUnmatchedQuotationMarks_Completes()
    {
        string text = "Smith said " + string.Concat(Enumerable.Repeat("“a ", 1_000_000));
        ParseAndRoundTrip(text).Paragraphs.Count.Should().Be(1);
    }

    [Fact]
    public void Parse_QuotationsNestedHundredsDeep_Completes()
    {
        string open = string.Concat(Enumerable.Repeat("“‘", 500));
        string close = string.Concat(Enumerable.Repeat("’”", 500));
        ParseAndRoundTrip("Smith said " + open + "deep" + close + ", he said.");
    }

    [Fact]
    public void Parse_OneHugeParagraphWithoutLineBreaks_Completes()
    {
        StringBuilder builder = new();
        while (builder.Length < 5_000_000) // 10 MB of UTF-16
        {
            builder.Append("The minister said on Monday that “talks will resume,” adding that Mr. Smith met officials in Berlin. ");
        }

        Article article = ParseAndRoundTrip(builder.ToString());
        article.Paragraphs.Count.Should().Be(1);
        article.Statements.Should().NotBeEmpty();
    }

    [Fact]
    public void Parse_HundredThousandParagraphs_Completes()
    {
        string text = string.Concat(Enumerable.Repeat("A short paragraph.\n\n", 100_000));
        ParseAndRoundTrip(text).Paragraphs.Count.Should().Be(100_000);
    }

    [Fact]
    public void Parse_BinaryJunkAndControlCharacters_Completes()
    {
        Random random = new(20261127);
        char[] junk = new char[200_000];
        for (int i = 0; i < junk.Length; i++)
        {
            junk[i] = (char)random.Next(0, 0x10000);
        }

        Article article = ArticleParser.Parse(new string(junk));
        NewsJson.Deserialize(NewsJson.Serialize(article)).Should().Be(article);
    }

    [Fact]
    public void Parse_BidiZeroWidthAndNul_AreText()
    {
        string text = "Smith\u200B said\u202E “yes\u0000,” \u2066he\u2069 said\uFEFF.\u00A0Next.";
        ParseAndRoundTrip(text).Text.Should().Be(text);
    }

    [Fact]
    public void Parse_LongRunsOfPunctuationAndDigits_Complete()
    {
        ParseAndRoundTrip(new string('.', 300_000));
        ParseAndRoundTrip(new string('-', 300_000));
        ParseAndRoundTrip(string.Concat(Enumerable.Repeat("1,", 150_000)));
        ParseAndRoundTrip(string.Concat(Enumerable.Repeat("A. ", 100_000)));
        ParseAndRoundTrip(string.Concat(Enumerable.Repeat("(@a) ", 60_000)));
        ParseAndRoundTrip(string.Concat(Enumerable.Repeat("said that ", 60_000)));
    }

    [Fact]
    public void Parse_LongNameRuns_Complete()
    {
        ParseAndRoundTrip("The Council" + string.Concat(Enumerable.Repeat(" of the Zeta Council for Yara", 20_000)) + " met.");
        ParseAndRoundTrip("Guests were " + string.Concat(Enumerable.Repeat("Anna Berg of Halden Refugee Council Tarek Amani, ", 10_000)) + "and others.");
        ParseAndRoundTrip(string.Concat(Enumerable.Repeat("Lumicam Lumicams Polaroid, said Brannock. ", 10_000)));
    }
}
