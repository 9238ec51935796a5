using System.Linq;
using NewsModel.Tests.Support;
using NodaTime;

namespace NewsModel.Tests.Parsing;

public sealed partial class ArticleParserTests
{
    [Fact]
    public void Parse_SeedArticle_ReadsDatelineAndEighteenParagraphs()
    {
        string seed = SharedFiles.SeedArticle;
        Article article = ArticleParser.Parse(seed);

        article.Date.Should().Be(new LocalDate(2025, 12, 15));
        article.Date!.Value.DayOfWeek.Should().Be(IsoDayOfWeek.Monday);
        article.Text.Should().StartWith("President Volodymyr Zelensky");
        seed.Should().EndWith(article.Text);
        article.Paragraphs.Count.Should().Be(18);
        article.Paragraphs[0].Start.Should().Be(0);

        // Exact spans: the paragraphs, joined by the blank lines between them, give back the whole text.
        string.Join("\n\n", article.Paragraphs.Select(p => article.Slice(p).ToString())).Should().Be(article.Text);
    }

    [Fact]
    public void Parse_SeedArticleWithCrLf_GivesTheSameParagraphTexts()
    {
        string seed = SharedFiles.SeedArticle;
        Article lf = ArticleParser.Parse(seed);
        Article crlf = ArticleParser.Parse("\uFEFF" + seed.Replace("\n", "\r\n", System.StringComparison.Ordinal) + "\r\n");
        crlf.Paragraphs.Select(p => crlf.Slice(p).ToString())
            .Should().Equal(lf.Paragraphs.Select(p => lf.Slice(p).ToString()));
    }
}

public sealed class ArticleParserCultureTests
{
    [Theory]
    [InlineData("tr-TR")] // dotted and dotless i: "DATE".ToLower() would not be "date"
    [InlineData("de-DE")]
    [InlineData("th-TH")] // a Buddhist-calendar culture
    public void Parse_SeedArticleUnderAnotherCulture_GivesIdenticalJson(string culture)
    {
        string seed = NewsModel.Tests.Support.SharedFiles.SeedArticle;
        string invariant = NewsModel.Serialization.NewsJson.Serialize(ArticleParser.Parse(seed));
        using NewsModel.Tests.Support.CultureScope scope = new(culture);
        NewsModel.Serialization.NewsJson.Serialize(ArticleParser.Parse(seed)).Should().Be(invariant);
        ArticleParser.Parse("DATE 2025-12-15 Upper-case keyword.").Date.Should().Be(new NodaTime.LocalDate(2025, 12, 15));
    }
}
