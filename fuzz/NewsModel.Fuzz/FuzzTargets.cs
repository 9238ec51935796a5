using System;
using System.Buffers;
using System.Text;
using NewsModel.Serialization;

namespace NewsModel.Fuzz;

/// <summary>
/// The fuzz targets: what each public entry point promises for any input whatsoever. The documented exception is
/// caught (it is the right answer to bad input); anything else that escapes (IndexOutOfRangeException,
/// NullReferenceException, InvalidOperationException, a stack overflow, a hang) is a bug, and so is an article that
/// does not survive a JSON round trip.
/// </summary>
/// <remarks>
/// Compiled into the harness and, as a linked file, into NewsModel.Tests, whose FuzzRegressionTests replay the
/// committed corpus through exactly this code.
/// </remarks>
internal static class FuzzTargets
{
    /// <summary>The names of the targets, as given on the harness's command line.</summary>
    public static readonly string[] Names = ["parse", "json"];

    /// <summary>Runs the named target on one input.</summary>
    /// <param name="name">A name from <see cref="Names"/>.</param>
    /// <param name="input">The input bytes.</param>
    public static void Run(string name, ReadOnlySpan<byte> input)
    {
        switch (name)
        {
            case "parse":
                Parse(input);
                break;
            case "json":
                Json(input);
                break;
            default:
                throw new ArgumentException($"Unknown fuzz target '{name}'; the targets are: {string.Join(", ", Names)}.", nameof(name));
        }
    }

    /// <summary>
    /// <see cref="ArticleParser.Parse"/> on the input read as generalized UTF-8 (so that unpaired surrogates reach
    /// the parser too): it returns an article or throws <see cref="NewsParseException"/>, and the article
    /// round-trips through JSON.
    /// </summary>
    /// <param name="input">The input bytes.</param>
    public static void Parse(ReadOnlySpan<byte> input)
    {
        string text = DecodeText(input);
        Article article;
        try
        {
            article = ArticleParser.Parse(text);
        }
        catch (NewsParseException)
        {
            return;
        }

        RoundTrip(article);
    }

    /// <summary>
    /// <see cref="NewsJson.Deserialize(ReadOnlySpan{byte})"/> on the input: it returns an article or throws
    /// <see cref="NewsJsonException"/>, and the article round-trips through JSON.
    /// </summary>
    /// <param name="input">The input bytes.</param>
    public static void Json(ReadOnlySpan<byte> input)
    {
        Article article;
        try
        {
            article = NewsJson.Deserialize(input);
        }
        catch (NewsJsonException)
        {
            return;
        }

        RoundTrip(article);
    }

    // Every article the library hands out can be written and read back unchanged: a NewsJsonException here is a
    // bug too, so it is not caught.
    private static void RoundTrip(Article article)
    {
        byte[] json = NewsJson.SerializeToUtf8Bytes(article);
        Article again = NewsJson.Deserialize(json);
        if (!again.Equals(article))
        {
            throw new InvalidOperationException("The article read back from its own JSON differs from the article written.");
        }
    }

    /// <summary>
    /// Decodes generalized UTF-8 (WTF-8): well-formed UTF-8, plus three-byte encodings of lone surrogates
    /// (<c>ED A0..BF 80..BF</c>) decoded to that surrogate code unit; any other invalid byte becomes U+FFFD.
    /// </summary>
    /// <param name="input">The bytes.</param>
    /// <returns>The text, possibly with unpaired surrogates.</returns>
    public static string DecodeText(ReadOnlySpan<byte> input)
    {
        StringBuilder text = new(input.Length);
        Span<char> buffer = stackalloc char[2];
        while (!input.IsEmpty)
        {
            OperationStatus status = Rune.DecodeFromUtf8(input, out Rune rune, out int consumed);
            if (status == OperationStatus.Done)
            {
                text.Append(buffer[..rune.EncodeToUtf16(buffer)]);
            }
            else if (input.Length >= 3 && input[0] == 0xED && (input[1] & 0xE0) == 0xA0 && (input[2] & 0xC0) == 0x80)
            {
                text.Append((char)(0xD000 | ((input[1] & 0x3F) << 6) | (input[2] & 0x3F)));
                consumed = 3;
            }
            else
            {
                text.Append('\uFFFD');
            }

            input = input[Math.Max(consumed, 1)..];
        }

        return text.ToString();
    }
}
