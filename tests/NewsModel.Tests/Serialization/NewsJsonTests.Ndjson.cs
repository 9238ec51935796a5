using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using NewsModel.Serialization;
using NewsModel.Tests.Support;

namespace NewsModel.Tests.Serialization;

public sealed partial class NewsJsonTests
{
    private static async IAsyncEnumerable<Article> AsAsync(IEnumerable<Article> articles)
    {
        foreach (Article article in articles)
        {
            await Task.Yield();
            yield return article;
        }
    }

    private static async Task<List<Article>> ReadAll(Stream stream, List<NewsJsonException>? errors = null, int maxLineBytes = NewsJson.DefaultMaxLineBytes)
    {
        List<Article> articles = [];
        await foreach (Article article in NewsJson.ReadNdjsonAsync(stream, errors is null ? null : errors.Add, maxLineBytes))
        {
            articles.Add(article);
        }

        return articles;
    }

    [Fact]
    public async Task Ndjson_WriteThenRead_GivesTheSameArticlesInOrder()
    {
        Article[] articles = [Articles.Full(), new Article("Second.", id: "2"), new Article("Third “x”\nline", id: "3")];
        using MemoryStream stream = new();
        await NewsJson.WriteNdjsonAsync(stream, AsAsync(articles));

        string written = Encoding.UTF8.GetString(stream.ToArray());
        written.Split('\n').Should().HaveCount(4).And.EndWith(string.Empty);

        stream.Position = 0;
        (await ReadAll(stream)).Should().Equal(articles);
    }

    [Fact]
    public async Task Ndjson_BadLines_AreReportedByNumberAndTheRestKept()
    {
        string good = NewsJson.Serialize(new Article("ok", id: "good"));
        string input = string.Join("\n", good, "{not json", string.Empty, "{\"schemaVersion\":3,\"text\":\"x\"}", good.Replace("\"good\"", "\"also\""), "   ") + "\r\n";
        List<NewsJsonException> errors = [];
        List<Article> articles = await ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(input)), errors);

        articles.Select(a => a.Id).Should().Equal("good", "also");
        errors.Select(e => e.RecordLine).Should().Equal(2L, 4L);
        errors[0].Message.Should().StartWith("NDJSON line 2:");
        errors[1].Path.Should().Be("$.schemaVersion");
    }

    [Fact]
    public async Task Ndjson_BadLineWithoutHandler_Throws()
    {
        MemoryStream stream = new(Encoding.UTF8.GetBytes(NewsJson.Serialize(new Article("ok")) + "\n[]\n"));
        NewsJsonException e = await Assert.ThrowsAsync<NewsJsonException>(() => ReadAll(stream));
        e.RecordLine.Should().Be(2);
    }

    [Fact]
    public async Task Ndjson_LineOverTheLimit_IsSkippedAndReported()
    {
        string good = NewsJson.Serialize(new Article("ok"));
        string longLine = "{\"schemaVersion\":1,\"text\":\"" + new string('x', 5000) + "\"}";
        string input = good + "\n" + longLine + "\n" + good + "\n" + longLine;
        List<NewsJsonException> errors = [];
        List<Article> articles = await ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(input)), errors, maxLineBytes: 1000);
        articles.Should().HaveCount(2);
        errors.Select(e => e.RecordLine).Should().Equal(2L, 4L);
        errors[0].Reason.Should().Contain("longer than the limit");
    }

    [Fact]
    public async Task Ndjson_ByteOrderMarkAndNoFinalNewline_AreAccepted()
    {
        byte[] bytes = [.. new byte[] { 0xEF, 0xBB, 0xBF }, .. Encoding.UTF8.GetBytes(NewsJson.Serialize(new Article("ok")))];
        (await ReadAll(new MemoryStream(bytes))).Should().ContainSingle().Which.Text.Should().Be("ok");
    }

    [Fact]
    public async Task Ndjson_ManyLinesAcrossBufferBoundaries_AreAllRead()
    {
        StringBuilder builder = new();
        for (int i = 0; i < 3000; i++)
        {
            builder.Append(NewsJson.Serialize(new Article("article number " + i + new string('.', i % 97), id: "n" + i))).Append('\n');
        }

        List<Article> articles = await ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(builder.ToString())));
        articles.Should().HaveCount(3000);
        articles[2999].Id.Should().Be("n2999");
    }
}
