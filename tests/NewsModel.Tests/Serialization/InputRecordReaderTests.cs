using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using CsCheck;
using NewsModel.Serialization;
using NewsModel.Serialization.Wire;

namespace NewsModel.Tests.Serialization;

/// <summary>
/// The one-pass reader of input records (<see cref="InputRecordReader"/>) answers only as the serializer does: every
/// record it reads, the serializer reads to the same values; every record of the common shape, it reads.
/// </summary>
public sealed class InputRecordReaderTests
{
    private static (bool Ok, ArticleInputDto? Record) Serializer(byte[] json)
    {
        try
        {
            return (true, JsonSerializer.Deserialize(json, NewsJson.Context.ArticleInputDto));
        }
        catch (JsonException)
        {
            return (false, null);
        }
        catch (InvalidOperationException)
        {
            return (false, null);
        }
    }

    private static void ShouldAgree(byte[] json)
    {
        if (!InputRecordReader.TryRead(json, out ArticleInputDto? fast))
        {
            return; // declined: the serializer reads it, or reports it
        }

        (bool ok, ArticleInputDto? slow) = Serializer(json);
        ok.Should().BeTrue("the fast reader accepted {0}", Encoding.UTF8.GetString(json));
        fast.Should().NotBeNull();
        slow.Should().NotBeNull();
        (fast!.Id, fast.Text, fast.Date).Should().Be((slow!.Id, slow.Text, slow.Date), "for {0}", Encoding.UTF8.GetString(json));
    }

    [Theory]
    [InlineData("""{"id": "a1", "text": "Hello.\n\nWorld \"quoted\" \\ \/ \b\f\r\t", "date": "2024-01-02"}""")]
    [InlineData("""{"text":"x"}""")]
    [InlineData("""  {  "text" :  "x"  ,  "id"  :  null  }  """)]
    [InlineData("""{}""")]
    [InlineData("""{"text": null}""")]
    [InlineData("""{"text": "caf\u00e9 \u00E9 \u2019 \ud83d\ude00 \u0000"}""")]
    [InlineData("""{"text": "café — “quoted” 😀"}""")]
    [InlineData("""{"date": "2024-01-02", "text": ""}""")]
    public void Reads_the_common_shape_as_the_serializer_does(string json)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        InputRecordReader.TryRead(bytes, out ArticleInputDto? fast).Should().BeTrue();
        ArticleInputDto slow = JsonSerializer.Deserialize(bytes, NewsJson.Context.ArticleInputDto)!;
        (fast!.Id, fast.Text, fast.Date).Should().Be((slow.Id, slow.Text, slow.Date));
    }

    [Theory]
    [InlineData("""{"text": "x", "source": "y"}""")] // another member
    [InlineData("""{"text": "x", "text": "y"}""")] // a repeated one (the serializer keeps the last)
    [InlineData("""{"text": 5}""")]
    [InlineData("""{"text": ["x"]}""")]
    [InlineData("""{"text": "x",}""")]
    [InlineData("""{"text": "x"} x""")]
    [InlineData("""{"text": "x" """)]
    [InlineData("""{"te\u0078t": "x"}""")] // an escaped name
    [InlineData("""{"Text": "x"}""")]
    [InlineData("""{"text": "\ud83d"}""")] // a lone high surrogate
    [InlineData("""{"text": "\ude00"}""")] // a lone low surrogate
    [InlineData("""{"text": "\ud83d\u0041"}""")]
    [InlineData("""{"text": "\x"}""")]
    [InlineData("""{"text": "\u12"}""")]
    [InlineData("""{"text": "a	b"}""")] // an unescaped tab
    [InlineData("""{"text": nul}""")]
    [InlineData("""[{"text": "x"}]""")]
    [InlineData("""null""")]
    [InlineData("")]
    public void Declines_everything_else(string json)
    {
        InputRecordReader.TryRead(Encoding.UTF8.GetBytes(json), out ArticleInputDto? record).Should().BeFalse();
        record.Should().BeNull();
    }

    [Fact]
    public void Declines_invalid_utf8_and_a_byte_order_mark()
    {
        byte[] invalid = [.. "{\"text\": \"a"u8, 0xC3, 0x28, .. "\"}"u8];
        byte[] truncated = [.. "{\"text\": \"a"u8, 0xE2, 0x80, .. "\"}"u8];
        byte[] surrogate = [.. "{\"text\": \"a"u8, 0xED, 0xA0, 0x80, .. "\"}"u8];
        byte[] bom = [0xEF, 0xBB, 0xBF, .. "{\"text\": \"a\"}"u8];
        foreach (byte[] json in new[] { invalid, truncated, surrogate, bom })
        {
            InputRecordReader.TryRead(json, out _).Should().BeFalse();
        }
    }

    [Fact]
    public void Reads_every_well_formed_record_of_the_common_shape()
    {
        // strings of any UTF-16 content (surrogate pairs included, lone surrogates not), escaped in every allowed way
        Gen<string> content = Gen.String[Gen.Char.Where(c => !char.IsSurrogate(c)), 0, 40]
            .SelectMany(s => Gen.Int[0, s.Length].Select(at => s.Insert(at, "\U0001F600")));
        Gen<string> value = Gen.Select(content, Gen.Int[0, 2], (s, style) => Escape(s, style));
        Gen.Select(value, value, Gen.Bool, Gen.Int[0, 3]).Sample(t =>
        {
            (string text, string id, bool withDate, int space) = t;
            string ws = new(' ', space);
            string json = "{" + ws + "\"text\"" + ws + ":" + ws + text + "," + ws + "\"id\":" + id + (withDate ? ",\"date\":null" : "") + ws + "}";
            byte[] bytes = Encoding.UTF8.GetBytes(json);
            InputRecordReader.TryRead(bytes, out ArticleInputDto? fast).Should().BeTrue("{0} has the common shape", json);
            ArticleInputDto slow = JsonSerializer.Deserialize(bytes, NewsJson.Context.ArticleInputDto)!;
            (fast!.Id, fast.Text, fast.Date).Should().Be((slow.Id, slow.Text, slow.Date));
        });
    }

    [Fact]
    public void Agrees_with_the_serializer_on_arbitrary_bytes()
    {
        Gen<byte[]> piece = Gen.OneOf(
            Gen.OneOfConst("{", "}", "\"text\"", "\"id\"", "\"date\"", "\"x\"", ":", ",", " ", "null", "\"", "\\", "\\u", "\\ud83d", "\\ude00", "\\n", "0", "[", "]", "\t", "é", "😀")
                .Select(s => Encoding.UTF8.GetBytes(s)),
            Gen.Byte.Array[1, 3]);
        piece.Array[0, 16].Select(pieces => pieces.SelectMany(p => p).ToArray()).Sample(ShouldAgree, iter: 20_000);
        Gen.Select(piece.Array[0, 8], piece.Array[0, 8], (a, b) => a.SelectMany(p => p).Concat("{\"text\": \""u8.ToArray()).Concat(b.SelectMany(p => p)).Concat("\"}"u8.ToArray()).ToArray())
            .Sample(ShouldAgree, iter: 20_000);
    }

    private static string Escape(string s, int style)
    {
        var b = new StringBuilder("\"");
        foreach (char c in s)
        {
            b.Append(c switch
            {
                '"' => "\\\"",
                '\\' => style == 2 ? "\\u005C" : "\\\\",
                '\n' => style == 0 ? "\\n" : "\\u000A",
                '/' when style == 1 => "\\/",
                < ' ' => $"\\u{(int)c:X4}",
                _ when style == 2 && c > 0x7F => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return b.Append('"').ToString();
    }
}
