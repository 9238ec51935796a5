using System.Collections.Generic;
using System.Text;
using NewsModel.Text;

namespace NewsModel.Tests.Text;

/// <summary>Compact one-line dumps of tokens, so table rows read like the text and failures diff nicely.</summary>
internal static class TokenDump
{
    /// <summary>Short codes: W word, N number, A abbreviation, U url, E email, M mention, H hashtag,
    /// OQ/CQ open/close quote, D dash, EL ellipsis, P punctuation, S symbol, O other.</summary>
    internal static string Code(TokenKind kind) => kind switch
    {
        TokenKind.Word => "W",
        TokenKind.Number => "N",
        TokenKind.Abbreviation => "A",
        TokenKind.Url => "U",
        TokenKind.Email => "E",
        TokenKind.Mention => "M",
        TokenKind.Hashtag => "H",
        TokenKind.OpenQuote => "OQ",
        TokenKind.CloseQuote => "CQ",
        TokenKind.Dash => "D",
        TokenKind.Ellipsis => "EL",
        TokenKind.Punctuation => "P",
        TokenKind.Symbol => "S",
        TokenKind.Other => "O",
        _ => "?",
    };

    internal static List<Token> Tokens(string text)
    {
        var list = new List<Token>();
        foreach (Token token in NewsTokenizer.Tokenize(text))
        {
            list.Add(token);
        }

        return list;
    }

    internal static string Dump(string text) => Dump(text, Tokens(text));

    internal static string Dump(string text, IEnumerable<Token> tokens)
    {
        var sb = new StringBuilder();
        foreach (Token token in tokens)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(Code(token.Kind)).Append(':').Append(text, token.Start, token.Length);
        }

        return sb.ToString();
    }
}
