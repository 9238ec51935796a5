using System.Text;

using NewsModel.Parsing;

namespace NewsModel.Tests.Parsing;

/// <summary>A thread's parses share one emptied context: nothing of one article may leak into the next.</summary>
public sealed class ArticleContextReuseTests
{
    private const string First =
        "WASHINGTON (AP) — President Joe Biden met Chancellor Olaf Scholz on Friday. \u201cWe stand together,\u201d Biden said.\n\n" +
        "Scholz told reporters that Germany would send more aid to Ukraine next week.";

    private const string Second = "Nothing here names anyone.";

    [Fact]
    public void Parse_OneArticleAfterAnother_IsWhatItIsAlone()
    {
        Article alone = ArticleParser.Parse(First);
        Article second = ArticleParser.Parse(Second);
        Article again = ArticleParser.Parse(First);

        again.Should().Be(alone);
        second.Actors.Should().BeEmpty();
        second.Statements.Should().BeEmpty();
        second.Events.Should().BeEmpty();
        second.Paragraphs.Should().HaveCount(1);
        alone.Actors.Should().NotBeEmpty();
        alone.Statements.Should().NotBeEmpty();
    }

    [Fact]
    public void Parse_AfterAHugeArticle_IsWhatItIsAlone()
    {
        Article alone = ArticleParser.Parse(First);
        var huge = new StringBuilder();
        for (int i = 0; i < 6000; i++)
        {
            huge.Append("Minister Anna Berg said it. \u201cYes,\u201d she said.\n\n");
        }

        Article big = ArticleParser.Parse(huge.ToString());
        Article again = ArticleParser.Parse(First);

        big.Paragraphs.Should().HaveCount(6000);
        again.Should().Be(alone);
    }

    [Fact]
    public void Rent_AfterReturn_IsEmptyAndSetUpForTheNewText()
    {
        ArticleParserOptions options = ArticleParserOptions.Default;
        ArticleHeader.Read(First, options, out ArticleHeader header).Should().BeNull();
        ArticleContext context = ArticleContext.Rent(First, header, options);
        context.Paragraphs.Add(new TextSpan(0, 4));
        context.Sentences.Add(new TextSpan(0, 4));
        ArticleContext.Return(context);

        ArticleHeader.Read(Second, options, out ArticleHeader other).Should().BeNull();
        ArticleContext next = ArticleContext.Rent(Second, other, options);

        next.Should().BeSameAs(context);
        next.Text.Should().Be(Second);
        new[] { next.Paragraphs.Count, next.Sentences.Count, next.Actors.Count, next.Statements.Count, next.Events.Count, next.Embeds.Count, next.Dates.Count }
            .Should().OnlyContain(n => n == 0);
        next.ActorMentions.Mentions.Should().BeEmpty();
        ArticleContext.Rent(Second, other, options).Should().NotBeSameAs(next, "a context in use is not handed out twice");
        ArticleContext.Return(next);
    }
}
