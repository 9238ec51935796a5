using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using NewsModel.Text;

namespace NewsModel.Tests.Text;

/// <summary>
/// A slow, straightforward implementation of the rules documented on <see cref="NewsTokenizer"/>: code point by code
/// point with <see cref="Rune"/> and <see cref="UnicodeCategory"/>, string comparisons and regular expressions, no
/// lookup tables. The property tests check that the fast tokenizer gives exactly the same tokens.
/// </summary>
internal static partial class ReferenceTokenizer
{
    private enum Cls { Sep, Letter, Digit, Mark, OtherNumber, Punct, Symbol, Other }

    private static readonly HashSet<string> s_abbreviations = new(WordLists.Abbreviations, StringComparer.Ordinal);
    private static readonly HashSet<string> s_domains = new(WordLists.TopLevelDomains, StringComparer.Ordinal);

    [GeneratedRegex(@"\G[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9][A-Za-z0-9-]*)*)")]
    private static partial Regex EmailRegex();

    [GeneratedRegex(@"\G[A-Za-z]+://")]
    private static partial Regex SchemeRegex();

    [GeneratedRegex(@"\G[A-Za-z0-9-]+(?:\.[A-Za-z0-9][A-Za-z0-9-]*)*")]
    private static partial Regex HostRegex();

    public static List<Token> Tokenize(string s)
    {
        var tokens = new List<Token>();
        bool dq = false, sq = false, lowDq = false, lowSq = false;
        int i = 0;
        while (true)
        {
            int newlines = 0;
            while (i < s.Length && ClassAt(s, i) == Cls.Sep)
            {
                newlines += s[i] == '\n' ? 1 : s[i] == '\u2029' ? 2 : 0;
                i += WidthAt(s, i);
            }

            if (i >= s.Length)
            {
                return tokens;
            }

            if (newlines >= 2)
            {
                dq = sq = lowDq = lowSq = false;
            }

            int start = i;
            Cls cls = ClassAt(s, i);
            int w = WidthAt(s, i);
            char c = s[i];
            TokenKind kind;
            int end;

            TokenKind OpenQ(bool single, bool low)
            {
                if (single) { sq = true; lowSq |= low; } else { dq = true; lowDq |= low; }
                return TokenKind.OpenQuote;
            }

            TokenKind CloseQ(bool single)
            {
                if (single) { sq = lowSq = false; } else { dq = lowDq = false; }
                return TokenKind.CloseQuote;
            }

            TokenKind Straight(int length, bool single)
            {
                if (start == 0 || OpensAfter(s[start - 1]))
                {
                    return OpenQ(single, false);
                }

                if (start + length >= s.Length || ClosesBefore(s[start + length]))
                {
                    return CloseQ(single);
                }

                return (single ? sq : dq) ? CloseQ(single) : OpenQ(single, false);
            }

            if (cls is Cls.Letter or Cls.Mark)
            {
                kind = TokenKind.Word;
                end = Body(s, start + w);
                if (end < s.Length)
                {
                    char n = s[end];
                    if (".@:_+%/".Contains(n) && char.IsAsciiLetter(s[start]) && Address(s, start, out int aEnd, out TokenKind aKind))
                    {
                        kind = aKind;
                        end = aEnd;
                    }
                    else if (n == '.')
                    {
                        string word = s[start..end];
                        bool abbreviation = word.Length == 1 ? IsBmpLetter(word[0]) : s_abbreviations.Contains(word);
                        if (abbreviation)
                        {
                            kind = TokenKind.Abbreviation;
                            end++;
                            while (end + 1 < s.Length && s[end + 1] == '.' && IsBmpLetter(s[end]))
                            {
                                end += 2;
                            }

                            if (end + 1 < s.Length && (s[end] == '\'' || s[end] == '’') && s[end + 1] == 's' && !IsWordAt(s, end + 2))
                            {
                                end += 2;
                            }
                        }
                    }
                    else if ((n == '\'' || n == '’') && (s[end - 1] == 's' || s[end - 1] == 'S') && !sq
                        && !(end + 1 < s.Length && (s[end + 1] == '\'' || IsWordAt(s, end + 1))))
                    {
                        end++;
                    }
                }
            }
            else if (cls is Cls.Digit or Cls.OtherNumber)
            {
                kind = TokenKind.Number;
                end = NumberFrom(s, start + w);
            }
            else if ((c == '\'' || c == '‘' || c == '’') && !(c == '\'' && start + 1 < s.Length && s[start + 1] == '\'')
                && start + 2 < s.Length && char.IsAsciiDigit(s[start + 1]) && char.IsAsciiDigit(s[start + 2])
                && (start + 3 == s.Length || !char.IsAsciiDigit(s[start + 3])))
            {
                kind = TokenKind.Number;
                end = NumberFrom(s, start + 1);
            }
            else if (c == '\'' && start + 1 < s.Length && s[start + 1] == '\'')
            {
                kind = Straight(2, single: false);
                end = start + 2;
            }
            else if (c == '`' && start + 1 < s.Length && s[start + 1] == '`')
            {
                kind = OpenQ(false, false);
                end = start + 2;
            }
            else if (c is '"' or '\'')
            {
                kind = Straight(1, single: c == '\'');
                end = start + 1;
            }
            else if (c is '“' or '”' or '„' or '«' or '»' or '‘' or '’' or '‚' or '‹' or '›')
            {
                end = start + 1;
                kind = c switch
                {
                    '“' => lowDq ? CloseQ(false) : OpenQ(false, false),
                    '‘' => lowSq ? CloseQ(true) : OpenQ(true, false),
                    '„' => OpenQ(false, true),
                    '‚' => OpenQ(true, true),
                    '«' => OpenQ(false, false),
                    '‹' => OpenQ(true, false),
                    '”' or '»' => CloseQ(false),
                    '›' => CloseQ(true),
                    _ => start == 0 || OpensAfter(s[start - 1]) ? OpenQ(true, false) : CloseQ(true), // ’
                };
            }
            else if (c == '@' && start + 1 < s.Length && (char.IsAsciiLetterOrDigit(s[start + 1]) || s[start + 1] == '_'))
            {
                kind = TokenKind.Mention;
                end = start + 1;
                while (end < s.Length && (char.IsAsciiLetterOrDigit(s[end]) || s[end] == '_'))
                {
                    end++;
                }
            }
            else if (c == '#' && start + 1 < s.Length && (s[start + 1] == '_' || ClassAt(s, start + 1) == Cls.Letter))
            {
                kind = TokenKind.Hashtag;
                end = start + 1;
                while (end < s.Length && (s[end] == '_' || IsWordAt(s, end)))
                {
                    end += WidthAt(s, end);
                }
            }
            else if (c == '.' && s.AsSpan(start).IndexOfAnyExcept('.') is var dots && (dots < 0 ? s.Length - start : dots) >= 3)
            {
                kind = TokenKind.Ellipsis;
                end = dots < 0 ? s.Length : start + dots;
            }
            else if (c == '…' || c == '-' || (w == 1 && char.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation))
            {
                kind = c == '…' ? TokenKind.Ellipsis : TokenKind.Dash;
                end = start + 1;
                while (end < s.Length && s[end] == c)
                {
                    end++;
                }
            }
            else if (cls == Cls.Punct)
            {
                kind = TokenKind.Punctuation;
                end = start + w;
            }
            else if (cls == Cls.Symbol && start + w < s.Length && IsBmpDigit(s[start + w])
                && (c == '$' || CategoryAt(s, start) == UnicodeCategory.CurrencySymbol))
            {
                kind = TokenKind.Number;
                end = NumberFrom(s, start + w);
            }
            else if (cls == Cls.Symbol)
            {
                kind = TokenKind.Symbol;
                end = EmojiEnd(s, start, w);
            }
            else
            {
                kind = TokenKind.Other;
                end = start + w;
            }

            while (end < s.Length && ClassAt(s, end) == Cls.Mark)
            {
                end += WidthAt(s, end);
            }

            tokens.Add(new Token(kind, start, end - start));
            i = end;
        }
    }

    private static int NumberFrom(string s, int i)
    {
        int end = Body(s, i);
        if (end < s.Length && (s[end] == '%' || s[end] == '‰' || s[end] == '‱'))
        {
            end++;
        }

        return end;
    }

    private static int Body(string s, int i)
    {
        while (i < s.Length)
        {
            char c = s[i];
            if (IsWordAt(s, i))
            {
                i += WidthAt(s, i);
            }
            else if (("-\u2010\u00AD\u200C\u200D\u2060".Contains(c) && IsWordAt(s, i + 1))
                || ((c == '\'' || c == '’') && i + 1 < s.Length && ClassAt(s, i + 1) == Cls.Letter)
                || (".,:/".Contains(c) && i > 0 && IsBmpDigit(s[i - 1]) && i + 1 < s.Length && IsBmpDigit(s[i + 1])))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int EmojiEnd(string s, int start, int w)
    {
        int cp = CodePointOrSelf(s, start);
        int end = start + w;
        if (cp is >= 0x1F1E6 and <= 0x1F1FF)
        {
            return end + 1 < s.Length && CodePointOrSelf(s, end) is >= 0x1F1E6 and <= 0x1F1FF ? end + 2 : end;
        }

        while (end < s.Length && s[end] >= 128)
        {
            int next = CodePointOrSelf(s, end);
            if (next is (>= 0x1F3FB and <= 0x1F3FF) or (>= 0xE0020 and <= 0xE007F) || ClassAt(s, end) == Cls.Mark)
            {
                end += WidthAt(s, end);
            }
            else if (next == 0x200D && end + 1 < s.Length && ClassAt(s, end + 1) == Cls.Symbol)
            {
                end += 1 + WidthAt(s, end + 1);
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static bool Address(string s, int start, out int end, out TokenKind kind)
    {
        Match email = EmailRegex().Match(s, start);
        if (email.Success)
        {
            string[] labels = email.Groups[1].Value.Split('.');
            if (labels.Length >= 2 && labels[^1].Length >= 2 && labels[^1].All(char.IsAsciiLetter))
            {
                end = email.Index + email.Length;
                kind = TokenKind.Email;
                return true;
            }
        }

        Match scheme = SchemeRegex().Match(s, start);
        int restStart = scheme.Index + scheme.Length;
        if (scheme.Success && restStart < s.Length && !IsStop(s[restStart]) && Rest(s, restStart) > restStart)
        {
            end = Rest(s, restStart);
            kind = TokenKind.Url;
            return true;
        }

        Match host = HostRegex().Match(s, start);
        if (host.Success)
        {
            string[] labels = host.Value.Split('.');
            bool www = labels.Length >= 3 && labels[0].Equals("www", StringComparison.OrdinalIgnoreCase);
            if (labels.Length >= 2 && (www || s_domains.Contains(labels[^1])))
            {
                end = host.Index + host.Length;
                if (end < s.Length && (s[end] is '/' or '?' or '#' || (s[end] == ':' && end + 1 < s.Length && char.IsAsciiDigit(s[end + 1]))))
                {
                    end = Rest(s, end);
                }

                kind = TokenKind.Url;
                return true;
            }
        }

        end = start;
        kind = TokenKind.None;
        return false;
    }

    private static int Rest(string s, int i)
    {
        int j = i;
        while (j < s.Length && !IsStop(s[j]))
        {
            j++;
        }

        while (j > i)
        {
            string url = s[i..j];
            char last = url[^1];
            bool trim = ".,;:!?*".Contains(last)
                || (last == ')' && url.Count(x => x == ')') > url.Count(x => x == '('))
                || (last == ']' && url.Count(x => x == ']') > url.Count(x => x == '['))
                || (last == '}' && url.Count(x => x == '}') > url.Count(x => x == '{'));
            if (!trim)
            {
                break;
            }

            j--;
        }

        return j;
    }

    private static bool IsStop(char c) => "\"'<>`“”‘’«»„‚".Contains(c) || Classify(CharUnicodeInfo.GetUnicodeCategory(c)) == Cls.Sep;

    private static bool OpensAfter(char c)
    {
        UnicodeCategory cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return Classify(cat) == Cls.Sep || cat is UnicodeCategory.OpenPunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.DashPunctuation;
    }

    private static bool ClosesBefore(char c)
    {
        UnicodeCategory cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return Classify(cat) == Cls.Sep || (Classify(cat) == Cls.Punct && cat != UnicodeCategory.OpenPunctuation);
    }

    private static bool IsBmpLetter(char c) => char.IsLetter(c);

    private static bool IsBmpDigit(char c) => char.IsDigit(c);

    private static bool IsWordAt(string s, int i) => i < s.Length && ClassAt(s, i) is Cls.Letter or Cls.Digit or Cls.Mark or Cls.OtherNumber;

    private static int WidthAt(string s, int i) => char.IsSurrogatePair(s, i) ? 2 : 1;

    private static UnicodeCategory CategoryAt(string s, int i) =>
        char.IsSurrogatePair(s, i) ? Rune.GetUnicodeCategory(Rune.GetRuneAt(s, i)) : CharUnicodeInfo.GetUnicodeCategory(s[i]);

    private static Cls ClassAt(string s, int i) => Classify(CategoryAt(s, i));

    private static Cls Classify(UnicodeCategory cat) => cat switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => Cls.Letter,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => Cls.Mark,
        UnicodeCategory.DecimalDigitNumber => Cls.Digit,
        UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => Cls.OtherNumber,
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Control or UnicodeCategory.Format => Cls.Sep,
        UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
            or UnicodeCategory.OtherSymbol => Cls.Symbol,
        UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => Cls.Other,
        _ => Cls.Punct,
    };

    /// <summary>Whether the code unit at <paramref name="i"/> is a separator for the tokenizer (for coverage checks).</summary>
    public static bool IsSeparatorAt(string s, int i) => ClassAt(s, i) == Cls.Sep;

    private static int CodePointOrSelf(string s, int i) => char.IsSurrogatePair(s, i) ? char.ConvertToUtf32(s, i) : s[i];
}
