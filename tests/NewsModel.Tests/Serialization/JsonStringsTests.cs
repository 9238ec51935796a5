using System;
using System.Linq;
using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsCheck;
using NewsModel.Serialization.Wire;

namespace NewsModel.Tests.Serialization;

/// <summary>The fast string writer (<see cref="JsonStrings"/>) writes the same bytes as <see cref="Utf8JsonWriter"/> does.</summary>
public sealed class JsonStringsTests
{
    private static readonly JsonEncodedText s_name = JsonEncodedText.Encode("text");

    /// <summary>Every kind of character the writer treats apart: controls, JSON's escapes, HTML-sensitive ASCII, bidi and format characters, line separators, non-characters, astral symbols, unpaired surrogates.</summary>
    private static readonly Gen<char> s_tricky = Gen.Char["aZ09 \"\\/\n\r\t\b\f\u0000\u0001\u001F\u007F\u0080\u009F\u00A0\u00AD<>&'+`\u200B\u200E\u202E\u2028\u2029\u201C\u201D\u2014\uFEFF\uFFFD\uFFFE\uE000\u0378\u3042\uD83D\uDE00\uD800\uDFFF"];

    private static string Write(string? value, JsonWriterOptions options, bool fast)
    {
        ArrayBufferWriter<byte> buffer = new();
        using (Utf8JsonWriter writer = new(buffer, options))
        {
            writer.WriteStartObject();
            if (fast)
            {
                JsonStrings.Write(writer, s_name, value);
            }
            else
            {
                writer.WriteString(s_name, value);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void AssertSame(string value)
    {
        JsonWriterOptions relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
        string expected;
        try
        {
            expected = Write(value, relaxed, fast: false);
        }
        catch (ArgumentException)
        {
            // the writer refuses this string (an unpaired surrogate): so must the fast path
            FluentActions.Invoking(() => Write(value, relaxed, fast: true)).Should().Throw<ArgumentException>();
            return;
        }

        Write(value, relaxed, fast: true).Should().Be(expected);
        Write(value, relaxed with { Indented = true }, fast: true).Should().Be(Write(value, relaxed with { Indented = true }, fast: false));
    }

    [Fact]
    public void Write_TrickyStrings_SameBytesAsTheWriter() =>
        Gen.String[s_tricky, JsonStrings.MinLength, 300].Select(Utf16.ReplaceLoneSurrogates).Sample(AssertSame, iter: 3000);

    [Fact]
    public void Write_TrickyStringsWithUnpairedSurrogates_SameBytesOrSameErrorAsTheWriter() =>
        Gen.String[s_tricky, JsonStrings.MinLength, 300].Sample(AssertSame, iter: 1000);

    [Fact]
    public void Write_AnyStrings_SameBytesAsTheWriter() =>
        Gen.String[JsonStrings.MinLength, 400].Sample(AssertSame, iter: 2000);

    [Fact]
    public void Write_ShortStrings_SameBytesAsTheWriter() =>
        Gen.OneOf(Gen.String[s_tricky, 0, JsonStrings.MinLength], Gen.String[Gen.Char[' ', '~'], 0, JsonStrings.MinLength]).Sample(AssertSame, iter: 3000);

    [Fact]
    public void Write_EveryBmpCharacter_SameBytesAsTheWriter()
    {
        // each character among plain text, so that the fast path is taken
        for (int c = 0; c < 0x10000; c++)
        {
            AssertSame(new string('a', JsonStrings.MinLength) + (char)c + "b");
        }
    }

    [Fact]
    public void Write_NullAndShortAndLong_SameBytesAsTheWriter()
    {
        AssertSame("short \u201Cquote\u201D\n");
        AssertSame(string.Concat(Enumerable.Repeat("Line one \u201Cquoted\u201D, \"plain\" \\ \u2014 end.\n", 1000)));
        Write(null, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }, fast: true).Should().Be("{\"text\":null}");
    }

    [Fact]
    public void Write_AnotherEncoder_LeftToTheWriter()
    {
        string value = new string('x', JsonStrings.MinLength) + "\u201C\"<>\u201D";
        JsonWriterOptions strict = new() { Encoder = JavaScriptEncoder.Default };
        Write(value, strict, fast: true).Should().Be(Write(value, strict, fast: false));
        Write(value, default, fast: true).Should().Be(Write(value, default, fast: false));
    }

    [Fact]
    public void TryEscape_TooSmallABuffer_False()
    {
        JsonStrings.TryEscape("abc", new byte[4], out _).Should().BeFalse();
        JsonStrings.TryEscape("a\u0001", new byte[8], out _).Should().BeFalse();
        JsonStrings.TryEscape("abc", new byte[5], out int written).Should().BeTrue();
        written.Should().Be(5);
    }
}
