using System;

namespace NewsModel.Text;

/// <summary>Recognises web addresses and e-mail addresses at a token start (ASCII rules, no regular expressions).</summary>
internal static class Addresses
{
    /// <summary>
    /// Tries an e-mail address, then <c>scheme://…</c>, then <c>www.</c> or <c>name.tld</c> at <paramref name="start"/>.
    /// </summary>
    internal static bool TryScan(ReadOnlySpan<char> s, int start, out int end, out TokenKind kind)
    {
        // E-mail: local@label.label…, the last label two or more letters.
        int i = start;
        while (i < s.Length && IsEmailLocalChar(s[i]))
        {
            i++;
        }

        if (i > start && i < s.Length && s[i] == '@')
        {
            int domainEnd = ScanDomain(s, i + 1, out int labels, out int lastLabel);
            if (labels >= 2 && domainEnd - lastLabel >= 2 && IsAsciiLetters(s[lastLabel..domainEnd]))
            {
                end = domainEnd;
                kind = TokenKind.Email;
                return true;
            }
        }

        // scheme://rest (a scheme of ASCII letters: "too.https://…" is a word, a period and an address)
        i = start;
        while (i < s.Length && char.IsAsciiLetter(s[i]))
        {
            i++;
        }

        if (i + 3 < s.Length && s[i] == ':' && s[i + 1] == '/' && s[i + 2] == '/' && !IsStop(s[i + 3]))
        {
            end = ScanRest(s, i + 3);
            if (end > i + 3)
            {
                kind = TokenKind.Url;
                return true;
            }
        }

        // www.label.label… or label.tld
        int hostEnd = ScanDomain(s, start, out int hostLabels, out int tld);
        if (hostLabels >= 2)
        {
            bool www = hostLabels >= 3 && s[start..(start + 4)].Equals("www.", StringComparison.OrdinalIgnoreCase);
            if (www || WordLists.IsTopLevelDomain(s[tld..hostEnd]))
            {
                end = hostEnd;
                if (end < s.Length && (s[end] is '/' or '?' or '#' || (s[end] == ':' && CharInfo.IsDigitAt(s, end + 1) && char.IsAsciiDigit(s[end + 1]))))
                {
                    end = ScanRest(s, end);
                }

                kind = TokenKind.Url;
                return true;
            }
        }

        end = start;
        kind = TokenKind.None;
        return false;
    }

    /// <summary>Labels of ASCII letters, digits and hyphens separated by single periods; returns the end of the last label.</summary>
    private static int ScanDomain(ReadOnlySpan<char> s, int i, out int labels, out int lastLabel)
    {
        labels = 0;
        lastLabel = i;
        int end = i;
        while (true)
        {
            int labelStart = i;
            while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] == '-'))
            {
                i++;
            }

            if (i == labelStart)
            {
                return end;
            }

            labels++;
            lastLabel = labelStart;
            end = i;
            if (i + 1 < s.Length && s[i] == '.' && char.IsAsciiLetterOrDigit(s[i + 1]))
            {
                i++;
                continue;
            }

            return end;
        }
    }

    /// <summary>The rest of an address from <paramref name="i"/>: up to a stop character, then trailing punctuation and unbalanced closing brackets left out.</summary>
    private static int ScanRest(ReadOnlySpan<char> s, int i)
    {
        int j = i;
        while (j < s.Length && !IsStop(s[j]))
        {
            j++;
        }

        while (j > i)
        {
            char c = s[j - 1];
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '*'
                || (c == ')' && Unbalanced(s[i..j], '(', ')'))
                || (c == ']' && Unbalanced(s[i..j], '[', ']'))
                || (c == '}' && Unbalanced(s[i..j], '{', '}')))
            {
                j--;
                continue;
            }

            break;
        }

        return j;
    }

    private static bool Unbalanced(ReadOnlySpan<char> s, char open, char close) => s.Count(close) > s.Count(open);

    /// <summary>Characters that end an address: separators, angle brackets and quotation marks.</summary>
    private static bool IsStop(char c) =>
        c < 128
            ? CharInfo.Ascii(c) == CharClass.Separator || c is '"' or '\'' or '<' or '>' or '`'
            : c is '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB' or '\u201E' or '\u201A'
                || CharInfo.OfChar(c) == CharClass.Separator;

    /// <summary>
    /// Whether an address can continue past a period right after its first word: only if the next character is an
    /// e-mail local-part character, <c>@</c> or <c>:</c>. Lets the tokenizer skip <see cref="TryScan"/> at sentence ends.
    /// </summary>
    internal static bool CanFollowPeriod(char c) => IsEmailLocalChar(c) || c is '@' or ':';

    private static bool IsEmailLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsAsciiLetters(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
