using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NewsModel.Text;

namespace NewsModel.Tests.Text;

public partial class NewsTokenizerTests
{
    /// <summary>A fixed CsCheck seed: each property draws the same 3,000 texts on every run.</summary>
    internal const string Seed = "0005I58GEer1";

    /// <summary>Pieces that exercise the rules: scripts, joiners, quotes, addresses, emoji parts, lone surrogates.</summary>
    private static readonly string[] s_fragments =
    [
        " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00A0", "\u200B", "\u200C", "\u200D", "\u202E", "\u00AD", "\u2060",
        "\u2029", "\uFEFF", "a", "Z", "s", "S", "é", "e\u0301", "\u0301", "Зеленський", "北京", "𝐀", "word", "Ukraine",
        "'", "’", "‘", "\"", "''", "``", "`", "“", "”", "„", "‚", "«", "»", "‹", "›", "-", "--", "‐", "–", "—", ".",
        "..", "...", "…", ",", ":", "/", "?", "!", "(", ")", "[", "]", "{", "}", "@", "#", "_", "+", "%", "$", "€",
        "0", "7", "12", "90", "2025", "4.5", "1,000", "٣", "½", "U", "U.S.", "Dr", "Gen", "Co", "co", "Jan", "Ph",
        "www", "com", "uk", "Com", "http", "https", "://", "x.com", "a@b.com", "Jane.Doe", "👍", "🏽", "🇺", "🇦",
        "🇺🇦", "❤", "Dr.", "Co. ", "s' ", "a.m.", "x.com/a_(b))", "@h_1", "#tag", "$3.5bn", "10%", "'90s", "\uFE0F", "\u20E3", "\uDB40\uDC67", "\uD800", "\uDC00", "\u0000", "\uE000", "©",
    ];

    internal static readonly Gen<string> Texts = Gen.OneOf(
        Gen.OneOfConst(s_fragments).Array[0, 40].Select(string.Concat),
        Gen.Char.Array[0, 40].Select(chars => new string(chars)),
        Gen.Char["aZ .'\"’‘-@#/:s0"].Array[0, 40].Select(chars => new string(chars)));

    [Fact]
    public void Tokenize_RandomText_EqualsReferenceImplementation()
    {
        Texts.Array[3000].Sample(texts =>
        {
            foreach (string text in texts)
            {
                List<Token> fast = TokenDump.Tokens(text);
                List<Token> reference = ReferenceTokenizer.Tokenize(text);
                if (!fast.SequenceEqual(reference))
                {
                    throw new InvalidOperationException(
                        $"Text {Escape(text)}\nfast:      {TokenDump.Dump(text, fast)}\nreference: {TokenDump.Dump(text, reference)}");
                }
            }
        }, iter: 1, threads: 1, seed: Seed);
    }

    [Fact]
    public void Tokenize_RandomText_TokensOrderedInsideAndCoverAllButSeparators()
    {
        Texts.Array[3000].Sample(texts =>
        {
            foreach (string text in texts)
            {
                CheckInvariants(text);
            }
        }, iter: 1, threads: 1, seed: Seed);
    }

    [Theory]
    [InlineData("\uD800")]
    [InlineData("\uDC00\uD800")]
    [InlineData("\u0000\u202E\u202Eabc\u202C")]
    [InlineData("'")]
    [InlineData("''")]
    [InlineData("http://")]
    [InlineData("a@")]
    [InlineData("#")]
    [InlineData("🇺")]
    [InlineData("\u200D")]
    [InlineData("x\u200D")]
    public void Tokenize_EdgeStrings_DoNotThrowAndKeepInvariants(string text)
    {
        CheckInvariants(text);
        TokenDump.Tokens(text).Should().Equal(ReferenceTokenizer.Tokenize(text));
    }

    [Fact]
    public void Tokenize_EveryLoneSurrogateAndControl_DoesNotThrow()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            CheckInvariants(new string((char)c, 1) + "a" + (char)c + (char)c);
        }
    }

    private static void CheckInvariants(string text)
    {
        List<Token> tokens = TokenDump.Tokens(text);
        var covered = new bool[text.Length];
        int previousEnd = 0;
        foreach (Token token in tokens)
        {
            if (token.Length <= 0 || token.Start < previousEnd || token.End > text.Length || token.Kind == TokenKind.None)
            {
                throw new InvalidOperationException($"Bad token {token} in {Escape(text)}");
            }

            if (char.IsLowSurrogate(text[token.Start]) && token.Start > 0 && char.IsHighSurrogate(text[token.Start - 1]))
            {
                throw new InvalidOperationException($"Token {token} splits a surrogate pair in {Escape(text)}");
            }

            for (int i = token.Start; i < token.End; i++)
            {
                covered[i] = true;
                if (char.IsWhiteSpace(text[i]))
                {
                    throw new InvalidOperationException($"Token {token} contains white space in {Escape(text)}");
                }
            }

            previousEnd = token.End;
        }

        for (int i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            if (!covered[i] && !ReferenceTokenizer.IsSeparatorAt(text, i))
            {
                throw new InvalidOperationException($"Character {i} not covered in {Escape(text)}");
            }
        }
    }

    internal static string Escape(string text) =>
        "\"" + string.Concat(text.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}")) + "\"";
}
