using System;
using System.IO;
using System.Text;
using System.Text.Json;
using CsCheck;
using NewsModel.Serialization;
using NewsModel.Tests.Support;
using NodaTime;

namespace NewsModel.Tests.Serialization;

public sealed partial class NewsJsonTests
{
    [Fact]
    public void RoundTrip_GeneratedArticles_AreEqual()
    {
        ArticleGen.Article.Sample(
            article =>
            {
                string json = NewsJson.Serialize(article);
                Article back = NewsJson.Deserialize(json);
                NewsJson.Serialize(back).Should().Be(json);
                back.Equals(article).Should().BeTrue();
                NewsJson.Deserialize(NewsJson.SerializeToUtf8Bytes(article, indented: true)).Should().Be(article);
            },
            iter: 300);
    }

    [Fact]
    public void RoundTrip_Stream_IsEqual()
    {
        Article article = Articles.Full();
        using MemoryStream stream = new();
        NewsJson.Serialize(stream, article);
        stream.Position = 0;
        NewsJson.Deserialize(stream).Should().Be(article);
    }

    [Fact]
    public async System.Threading.Tasks.Task RoundTrip_StreamAsync_IsEqual()
    {
        Article article = Articles.Full();
        using MemoryStream stream = new();
        await NewsJson.SerializeAsync(stream, article);
        stream.Position = 0;
        (await NewsJson.DeserializeAsync(stream)).Should().Be(article);
    }

    [Fact]
    public void Serialize_WritesContractShape_SchemaVersionFirst_CamelCase_IsoDates()
    {
        string json = NewsJson.Serialize(Articles.Full());
        json.Should().StartWith("{\"schemaVersion\":1,\"id\":\"test-1\",\"date\":\"2024-02-26\",\"text\":");
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement root = doc.RootElement;
        root.GetProperty("paragraphs")[0].GetProperty("length").GetInt32().Should().Be(Articles.Text.Length);
        JsonElement actor = root.GetProperty("actors")[0];
        actor.GetProperty("kind").GetString().Should().Be("person");
        actor.GetProperty("title").GetString().Should().Be("Minister");
        actor.GetProperty("mentions")[1].GetProperty("start").GetInt32().Should().Be(75);
        root.GetProperty("actors")[1].GetProperty("title").ValueKind.Should().Be(JsonValueKind.Null);
        JsonElement statement = root.GetProperty("statements")[1];
        statement.GetProperty("kind").GetString().Should().Be("direct");
        statement.GetProperty("speakerId").GetString().Should().Be("a1");
        statement.GetProperty("speakerSpan").GetProperty("start").GetInt32().Should().Be(75);
        statement.GetProperty("channel").ValueKind.Should().Be(JsonValueKind.Null);
        JsonElement e = root.GetProperty("events")[0];
        e.GetProperty("participantIds")[1].GetString().Should().Be("a2");
        e.GetProperty("participants")[0].GetProperty("role").GetString().Should().Be("attendee");
        e.GetProperty("modality").GetString().Should().Be("planned");
        e.GetProperty("placeId").GetString().Should().Be("a2");
        e.GetProperty("cameoRoot").GetString().Should().Be("04");
        e.GetProperty("ploverType").GetString().Should().Be("CONSULT");
        e.GetProperty("mentions")[0].GetProperty("start").GetInt32().Should().Be(39);
        JsonElement when = e.GetProperty("when");
        when.GetProperty("start").GetString().Should().Be("2024-02-26");
        when.GetProperty("precision").GetString().Should().Be("day");
        root.GetProperty("embeds")[0].GetProperty("truncated").GetBoolean().Should().BeTrue();
        root.GetProperty("dates")[0].GetProperty("anchor").GetString().Should().Be("dateline");
    }

    [Fact]
    public void Serialize_NonAsciiText_IsWrittenAsUtf8NotEscaped()
    {
        Article article = new("“Зеленський” — 😀");
        string json = NewsJson.Serialize(article);
        json.Should().Contain("“Зеленський” —");
        NewsJson.Deserialize(json).Text.Should().Be(article.Text); // characters outside the BMP are escaped, and read back
    }

    [Theory]
    [InlineData("{\"schemaVersion\":1,\"text\":\"abc\"")] // truncated
    [InlineData("{\"schemaVersion\":1,\"text\":\"abc\",}")] // trailing comma
    [InlineData("[1,2]")]
    [InlineData("")]
    [InlineData("{\"schemaVersion\":\"1\",\"text\":\"a\"}")] // a string where a number belongs
    public void Deserialize_MalformedJson_ThrowsJsonException(string json)
    {
        Action act = () => NewsJson.Deserialize(json);
        act.Should().Throw<JsonException>().Which.Should().BeOfType<NewsJsonException>();
    }

    [Fact]
    public void Deserialize_MalformedJson_NamesPathAndLine()
    {
        const string json = "{\n  \"schemaVersion\": 1,\n  \"text\": \"abc\",\n  \"paragraphs\": [ { \"start\": x } ]\n}";
        NewsJsonException e = Assert.Throws<NewsJsonException>(() => NewsJson.Deserialize(json));
        e.LineNumber.Should().Be(3);
        e.Path.Should().StartWith("$.paragraphs[0]");
        e.Message.Should().Contain("LineNumber: 3");
    }

    [Theory]
    [InlineData("{\"text\":\"abc\"}", "$.schemaVersion")]
    [InlineData("{\"schemaVersion\":2,\"text\":\"abc\"}", "$.schemaVersion")]
    [InlineData("{\"schemaVersion\":1}", "$.text")]
    [InlineData("null", "$")]
    [InlineData("{\"schemaVersion\":1,\"text\":\"abc\",\"actors\":[{\"id\":\"a1\",\"kind\":\"robot\",\"name\":\"R\"}]}", "$.actors[0].kind")]
    [InlineData("{\"schemaVersion\":1,\"text\":\"abc\",\"actors\":[{\"id\":\"\",\"kind\":\"person\",\"name\":\"R\"}]}", "$.actors[0].id")]
    [InlineData("{\"schemaVersion\":1,\"text\":\"abc\",\"paragraphs\":[null]}", "$.paragraphs[0]")]
    [InlineData("{\"schemaVersion\":1,\"text\":\"abc\",\"paragraphs\":[{\"start\":-1,\"length\":1}]}", "$.paragraphs[0]")]
    [InlineData("{\"schemaVersion\":1,\"text\":\"abc\",\"dates\":[{\"span\":{\"start\":0,\"length\":1},\"text\":\"a\",\"start\":\"2020-01-02\",\"end\":\"2020-01-01\",\"precision\":\"day\"}]}", "$.dates[0].end")]
    [InlineData("{\"schemaVersion\":1,\"text\":\"abc\",\"statements\":[{\"id\":\"s1\",\"kind\":\"direct\",\"text\":\"a\",\"span\":{\"start\":0,\"length\":1},\"speakerId\":\"a7\"}]}", "$.statements[0].speakerId")]
    public void Deserialize_InvalidArticle_NamesThePath(string json, string path)
    {
        NewsJsonException e = Assert.Throws<NewsJsonException>(() => NewsJson.Deserialize(json));
        e.Path.Should().Be(path);
        e.LineNumber.Should().Be(0);
        e.Message.Should().Contain("Path: " + path);
    }

    [Fact]
    public void Deserialize_SpanOutsideText_NamesPathAndLine()
    {
        string json = """
            {
              "schemaVersion": 1,
              "text": "short",
              "actors": [
                { "id": "a1", "kind": "person", "name": "Anna",
                  "mentions": [ { "start": 0, "length": 2 },
                                { "start": 3, "length": 9 } ] }
              ]
            }
            """;
        NewsJsonException e = Assert.Throws<NewsJsonException>(() => NewsJson.Deserialize(json));
        e.Path.Should().Be("$.actors[0].mentions[1]");
        e.LineNumber.Should().Be(6);
        e.BytePositionInLine.Should().Be(json.Split('\n')[6].IndexOf('{', StringComparison.Ordinal));
        e.Reason.Should().Contain("outside the text");
    }

    [Fact]
    public void Deserialize_EventWithParticipantIdsOnly_ReadsThemAsParticipants()
    {
        Article article = NewsJson.Deserialize("""
            {"schemaVersion":1,"text":"Anna met Bo.","actors":[{"id":"a1","kind":"person","name":"Anna"},{"id":"a2","kind":"person","name":"Bo"}],
             "events":[{"id":"e1","kind":"meeting","span":{"start":5,"length":3},"participantIds":["a1","a2"],"place":null}]}
            """);
        article.Events[0].Participants.Should().Equal(new EventParticipant("a1"), new EventParticipant("a2"));
        article.Events[0].Modality.Should().Be(EventModality.Happened);
    }

    [Fact]
    public void Deserialize_TooDeep_ThrowsJsonException()
    {
        string json = "{\"schemaVersion\":1,\"text\":\"a\",\"x\":" + new string('[', 10_000) + new string(']', 10_000) + "}";
        Action act = () => NewsJson.Deserialize(json);
        act.Should().Throw<NewsJsonException>();
    }

    [Fact]
    public void Deserialize_HugeNumbers_ThrowJsonException()
    {
        Action act = () => NewsJson.Deserialize("{\"schemaVersion\":1,\"text\":\"a\",\"paragraphs\":[{\"start\":99999999999999999999,\"length\":1}]}");
        act.Should().Throw<NewsJsonException>().Which.Path.Should().StartWith("$.paragraphs[0]");
        Action overflowEnd = () => NewsJson.Deserialize("{\"schemaVersion\":1,\"text\":\"a\",\"paragraphs\":[{\"start\":2147483647,\"length\":2147483647}]}");
        overflowEnd.Should().Throw<NewsJsonException>().Which.Path.Should().Be("$.paragraphs[0]");
    }

    [Fact]
    public void Deserialize_UnknownPropertiesAndBom_AreAccepted()
    {
        byte[] json = Encoding.UTF8.GetBytes("\uFEFF{\"schemaVersion\":1,\"future\":{\"x\":[1]},\"text\":\"abc\",\"date\":\"2025-12-15\"}");
        Article article = NewsJson.Deserialize(json);
        article.Date.Should().Be(new LocalDate(2025, 12, 15));
    }

    [Theory]
    [InlineData("\u00FF")] // a byte that is not UTF-8
    [InlineData("a\\u0041\u00FF")] // an escape, then such a byte
    [InlineData("\u00ED\u00A0\u0080")] // a surrogate encoded as UTF-8 (CESU-8)
    public void Deserialize_UnknownPropertyNameThatIsNotText_StillNamesTheErrorPath(string latin1Name)
    {
        // Found by fuzzing: the serializer skips an unknown property without decoding its name, and finding the
        // line of a later error used to decode every name and threw InvalidOperationException.
        byte[] json = [
            .. "{\""u8, .. Encoding.Latin1.GetBytes(latin1Name), .. "\":{\"x\":[1]},\"schemaVersion\":1,\"text\":\"abc\","u8,
            .. "\"paragraphs\":[{\"start\":0,\"length\":9}]}"u8];
        NewsJsonException e = Assert.Throws<NewsJsonException>(() => NewsJson.Deserialize(json));
        e.Path.Should().Be("$.paragraphs[0]");
        e.LineNumber.Should().Be(0);
        e.BytePositionInLine.Should().Be(json.AsSpan().IndexOf("{\"start\""u8));
    }

    [Theory]
    [InlineData("{\"schemaVersion\":1,\"text\":\"abc\",\"date\":\"2025-02-30\"}", "$.date")]
    [InlineData("{\"schemaVersion\":1,\"text\":\"abc\",\"date\":\"2025-2-3\"}", "$.date")]
    [InlineData("{\"schemaVersion\":1,\"text\":\"abc\",\"date\":20250203}", "$.date")]
    [InlineData("{\"schemaVersion\":1,\"text\":\"abc\",\"dates\":[{\"span\":{\"start\":0,\"length\":1},\"text\":\"a\",\"start\":\"2020-01-02T00:00\",\"precision\":\"day\"}]}", "$.dates[0].start")]
    public void Deserialize_InvalidDate_ThrowsAtThatPath(string json, string path)
    {
        NewsJsonException e = Assert.Throws<NewsJsonException>(() => NewsJson.Deserialize(json));
        e.Path.Should().Be(path);
        e.LineNumber.Should().Be(0);
    }

    [Fact]
    public void Serialize_ToBufferWriter_AppendsTheSameBytes()
    {
        Article article = Articles.Full();
        System.Buffers.ArrayBufferWriter<byte> buffer = new(4);
        System.Buffers.BuffersExtensions.Write(buffer, "x"u8);
        NewsJson.Serialize(buffer, article);
        NewsJson.Serialize(buffer, article, indented: true);
        byte[] compact = NewsJson.SerializeToUtf8Bytes(article);
        byte[] indented = NewsJson.SerializeToUtf8Bytes(article, indented: true);
        buffer.WrittenSpan.ToArray().Should().Equal([(byte)'x', .. compact, .. indented]);
        Encoding.UTF8.GetString(indented).Should().Contain("\n  \"id\": \"test-1\"");
        compact.Should().Equal(Encoding.UTF8.GetBytes(NewsJson.Serialize(article)));
    }

    [Fact]
    public void Serialize_ManyThreadsAtOnce_GiveTheSameBytes()
    {
        Article[] articles = [Articles.Full(), ArticleParser.Parse("Paris, France (AP) -- \u201cWe will go,\u201d the minister said on Monday."), Articles.Full()];
        byte[][] expected = Array.ConvertAll(articles, a => NewsJson.SerializeToUtf8Bytes(a));
        System.Threading.Tasks.Parallel.For(0, 2000, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            int k = i % articles.Length;
            byte[] json = i % 2 == 0 ? NewsJson.SerializeToUtf8Bytes(articles[k]) : Encoding.UTF8.GetBytes(NewsJson.Serialize(articles[k]));
            json.AsSpan().SequenceEqual(expected[k]).Should().BeTrue();
        });
    }

    [Fact]
    public void Serialize_UnderOtherCultures_IsIdentical()
    {
        Article article = Articles.Full();
        string invariant = NewsJson.Serialize(article);
        foreach (string culture in new[] { "tr-TR", "de-DE", "ar-SA", "th-TH" })
        {
            using CultureScope scope = new(culture);
            NewsJson.Serialize(article).Should().Be(invariant, culture);
            NewsJson.Deserialize(invariant).Should().Be(article);
        }
    }
}
