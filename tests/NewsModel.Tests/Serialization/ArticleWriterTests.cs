using System;
using System.Linq;
using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsCheck;
using NewsModel.Serialization;
using NewsModel.Serialization.Wire;
using NewsModel.Tests.Support;
using NodaTime;

namespace NewsModel.Tests.Serialization;

/// <summary>
/// The direct writer (<see cref="ArticleWriter"/>) writes the same bytes as the source-generated serializer does for
/// the wire types (<see cref="ArticleMapper.ToWire(Article)"/>), compact and indented: the wire types stay the one
/// description of the format, and a field added there and not here fails this test. The compact writer that works
/// without a <see cref="Utf8JsonWriter"/> (<see cref="CompactArticleWriter"/>) is held to the same bytes.
/// </summary>
public sealed class ArticleWriterTests
{
    private static readonly JsonWriterOptions s_compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = 64, SkipValidation = true };

    private static readonly JsonWriterOptions s_indented = s_compact with { Indented = true };

    private static string Direct(Article article, JsonWriterOptions options)
    {
        ArrayBufferWriter<byte> buffer = new();
        using (Utf8JsonWriter writer = new(buffer, options))
        {
            ArticleWriter.Write(writer, article);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string ThroughWireTypes(Article article, JsonWriterOptions options)
    {
        ArrayBufferWriter<byte> buffer = new();
        using (Utf8JsonWriter writer = new(buffer, options))
        {
            JsonSerializer.Serialize(writer, ArticleMapper.ToWire(article), NewsJson.Context.ArticleDto);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Compact(Article article)
    {
        ArrayBufferWriter<byte> buffer = new(16);
        CompactArticleWriter.TryWrite(article, buffer).Should().BeTrue();
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void AssertSame(Article article)
    {
        string expected = ThroughWireTypes(article, s_compact);
        Direct(article, s_compact).Should().Be(expected);
        Compact(article).Should().Be(expected);
        Direct(article, s_indented).Should().Be(ThroughWireTypes(article, s_indented));
    }

    /// <summary>Controls, JSON's escapes, HTML-sensitive ASCII, DEL, line separators, non-ASCII letters, an astral symbol.</summary>
    [Fact]
    public void Compact_MostlyPlainNamesOfEveryShortLength_SameBytesAsTheSerializer() =>
        // runs of printable ASCII (eight at a time in the compact writer's short path) with a special char here and there
        Gen.String[Gen.Frequency((8, Gen.Char['a', 'z']), (4, Gen.Char[' ', '~']), (1, Gen.Char[Rare])), 1, 40].Select(Utf16.ReplaceLoneSurrogates)
            .Sample(name => AssertSame(WithActorName(name)), iter: 3000);

    private const string Rare = "\"\\\u0000\u001F\u007F\u0080\u00E9\u2028";

    private static readonly Gen<char> s_tricky = Gen.Char["aZ09 \"\\/\n\t\u0000\u001F\u007F\u0080<>&'+`\u00E9\u2028\u201C\uFEFF\uD83D\uDE00"];

    private static Article WithActorName(string name) =>
        new("text", null, "id", actors: ValueArray.Create<Actor>([new Actor("a1", ActorKind.Person, "n" + name, "t" + name, null, ValueArray.Create<string>(["n" + name, "x"]))]));

    [Fact]
    public void Write_TrickyShortStrings_SameBytesAsTheWireTypes() =>
        Gen.String[s_tricky, 1, 40].Select(Utf16.ReplaceLoneSurrogates).Sample(name => AssertSame(WithActorName(name)), iter: 2000);

    [Fact]
    public void Write_UnpairedSurrogateInAName_CompactWriterDeclinesAndSerializeDoesWhatTheWriterDoes()
    {
        Article article = WithActorName("Jos\uD800e");
        CompactArticleWriter.TryWrite(article, new ArrayBufferWriter<byte>()).Should().BeFalse();

        string? expected;
        try
        {
            expected = Direct(article, s_compact);
        }
        catch (ArgumentException)
        {
            expected = null;
        }

        if (expected is null)
        {
            FluentActions.Invoking(() => NewsJson.Serialize(article)).Should().Throw<ArgumentException>();
        }
        else
        {
            NewsJson.Serialize(article).Should().Be(expected);
        }
    }

    [Fact]
    public void Write_CompactWriterGrowingItsBufferAnywhere_SameBytesAsTheWriter()
    {
        // a buffer of every initial size from 1 to 6,000 bytes: the compact writer takes a new span at a different
        // place each time, after every kind of value (a span, a number, a string, a literal, a date)
        Article article = ArticleParser.Parse("date 2024-02-26\n\n" + string.Concat(Enumerable.Repeat(
            "KYIV \u2014 \u201cWe will not give up,\u201d Ukrainian President Volodymyr Zelensky told reporters on Monday, \u201cnever.\u201d\n\n", 40)));
        string expected = Direct(article, s_compact);
        expected.Length.Should().BeGreaterThan(12_000);
        for (int capacity = 1; capacity <= 6_000; capacity += 1)
        {
            ArrayBufferWriter<byte> buffer = new(capacity);
            CompactArticleWriter.TryWrite(article, buffer).Should().BeTrue();
            string compact = System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
            if (compact != expected)
            {
                compact.Should().Be(expected, "with a buffer of {0} bytes at first", capacity);
            }
        }
    }

    [Fact]
    public void Write_GeneratedArticles_SameBytesAsTheWireTypes() =>
        ArticleGen.Article.Sample(AssertSame, iter: 300);

    [Fact]
    public void Write_ParsedArticle_SameBytesAsTheWireTypes() =>
        AssertSame(ArticleParser.Parse("date 2024-02-26\n\nKYIV \u2014 \u201cWe will not give up,\u201d Ukrainian President Volodymyr Zelensky told reporters on Monday. He met NATO Secretary General Jens Stoltenberg in Brussels last week.\n\n\u2014 Volodymyr Zelenskyy (@ZelenskyyUa) February 25, 2024"));

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    [InlineData(0, 6, 15)]
    [InlineData(-44, 3, 15)]
    [InlineData(-9998, 1, 1)]
    [InlineData(2024, 2, 29)]
    public void Write_DatesOfEveryYear_SameBytesAsTheWireTypes(int year, int month, int day)
    {
        AssertSame(new Article("t", new LocalDate(year, month, day), "id"));
        if (year is > -9998 and < 9999)
        {
            AssertSame(new Article("t", new LocalDate(year, month, day, CalendarSystem.Julian), null));
        }
    }
}
