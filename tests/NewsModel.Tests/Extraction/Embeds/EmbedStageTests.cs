using System.Linq;
using NewsModel.Tests.Support;
using NodaTime;

namespace NewsModel.Tests.Extraction.Embeds;

public sealed class EmbedStageTests
{
    private static Article Parse(string text) => ArticleParser.Parse(text);

    [Fact]
    public void Parse_PastedPost_BecomesEmbedAndPostStatement()
    {
        const string text = "The mayor wrote on X.\n\nThe bridge reopens at noon. Thanks to all crews… pic.twitter.com/AbC123xyz — Maria Lind (@MariaLindCity) May 3, 2024\n\nLater prose.";
        Article article = Parse(text);

        Embed embed = article.Embeds.Should().ContainSingle().Subject;
        embed.Kind.Should().Be(EmbedKind.Post);
        embed.Platform.Should().Be("x");
        embed.Author.Should().Be("Maria Lind");
        embed.Handle.Should().Be("@MariaLindCity");
        embed.Date.Should().Be(new LocalDate(2024, 5, 3));
        embed.Links.Should().Equal("pic.twitter.com/AbC123xyz");
        embed.Truncated.Should().BeTrue();
        article.Slice(embed.Span).ToString().Should().StartWith("The bridge reopens").And.EndWith("May 3, 2024");

        Statement post = article.Statements.Should().ContainSingle().Subject;
        post.Kind.Should().Be(StatementKind.Post);
        post.Text.Should().Be("The bridge reopens at noon. Thanks to all crews");
        article.Slice(post.Span).ToString().Should().Be(post.Text);
        article.Slice(post.SpeakerSpan!.Value).ToString().Should().Be("Maria Lind");
        post.Channel.Should().Be("X");
        post.Date.Should().Be(new LocalDate(2024, 5, 3));
    }

    [Theory]
    [InlineData("Short post https://t.co/xyz - Ann Lee (@ann_lee) 14 December 2025", "Ann Lee", "2025-12-14", false)] // ASCII dash, day first
    [InlineData("No link at all — Bo Chen / 陈博 (@bochen) Dec. 1, 2023", "Bo Chen / 陈博", "2023-12-01", false)]
    [InlineData("Cut off here... https://www.instagram.com/p/x — Cy Dee (@cy) January 31, 2020", "Cy Dee", "2020-01-31", true)]
    public void Parse_FooterVariants_AreRead(string paragraph, string author, string date, bool truncated)
    {
        Article article = Parse("Intro.\n\n" + paragraph);
        Embed embed = article.Embeds.Should().ContainSingle().Subject;
        embed.Author.Should().Be(author);
        embed.Date.Should().Be(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value);
        embed.Truncated.Should().Be(truncated);
    }

    [Theory]
    [InlineData("He replied to the account (@someone) on Tuesday.")] // no dash, no date
    [InlineData("Text — Name (@handle) yesterday")] // no date
    [InlineData("Text — Name (@handle) February 30, 2024")] // no such day
    [InlineData("Text — Name (@handle) May 3, 2024 and then more prose follows.")] // the footer must end the line
    [InlineData("Text — Name (@waytoolonghandle_waytoolonghandle_x) May 3, 2024")]
    public void Parse_NotAPostFooter_GivesNoEmbed(string paragraph)
    {
        Article article = Parse(paragraph);
        article.Embeds.Should().BeEmpty();
        article.Statements.Should().NotContain(s => s.Kind == StatementKind.Post);
    }

    [Fact]
    public void Parse_SeedArticle_FindsBothPostsByTheSameAccount()
    {
        Article article = Parse(SharedFiles.SeedArticle);
        article.Embeds.Should().HaveCount(2);
        foreach (Embed embed in article.Embeds)
        {
            embed.Author.Should().Be("Volodymyr Zelenskyy / Володимир Зеленський");
            embed.Handle.Should().Be("@ZelenskyyUa");
            embed.Date.Should().Be(new LocalDate(2025, 12, 14));
            embed.Truncated.Should().BeTrue();
            embed.Links.Should().ContainSingle().Which.Should().StartWith("pic.twitter.com/");
        }

        article.Statements.Where(s => s.Kind == StatementKind.Post).Should().HaveCount(2);
        article.Slice(article.Embeds[1].Span).ToString().Should().StartWith("Since yesterday");
    }
}
