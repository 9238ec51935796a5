using System;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Runtime.CompilerServices;

namespace NewsModel.Text;

/// <summary>Walks the tokens of a text, one <see cref="Token"/> per <see cref="MoveNext"/>; returned by <see cref="NewsTokenizer.Tokenize"/>.</summary>
/// <remarks>
/// <para>
/// A <c>ref struct</c> over the text: it cannot be boxed or stored on the heap, and it allocates nothing. It keeps a
/// little state (which quotations are open) to classify straight quotation marks; copies of it continue
/// independently. Offsets are UTF-16 code units into the tokenized text. See <see cref="NewsTokenizer"/> for the rules.
/// </para>
/// </remarks>
/// <threadsafety>A value on the stack of one thread; not shared.</threadsafety>
public ref struct TokenEnumerator
{
    private const byte DoubleOpen = 1;
    private const byte SingleOpen = 2;
    private const byte LowDoubleOpen = 4;
    private const byte LowSingleOpen = 8;

    private readonly ReadOnlySpan<char> _text;
    private int _position;
    private Token _current;
    private byte _quotes;

    internal TokenEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        _current = default;
        _quotes = 0;
    }

    /// <summary>The token found by the last successful <see cref="MoveNext"/>.</summary>
    public readonly Token Current => _current;

    /// <summary>Returns this enumerator, so that <c>foreach</c> can be used on the result of <see cref="NewsTokenizer.Tokenize"/>.</summary>
    /// <returns>A copy of this enumerator, at the same position.</returns>
    public readonly TokenEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next token.</summary>
    /// <returns><see langword="true"/> when <see cref="Current"/> holds a new token; <see langword="false"/> at the end of the text.</returns>
    public bool MoveNext()
    {
        ReadOnlySpan<char> s = _text;
        int i = _position;
        int newlines = 0;
        char c;
        int width = 1;
        CharClass k;

        // Separators: white space, controls, format characters.
        while (true)
        {
            if ((uint)i >= (uint)s.Length)
            {
                _position = s.Length;
                return false;
            }

            c = s[i];
            if (c < 128)
            {
                k = CharInfo.Ascii(c);
                width = 1;
                if (k != CharClass.Separator)
                {
                    break;
                }

                if (c == '\n')
                {
                    newlines++;
                }

                i++;
            }
            else
            {
                k = CharInfo.ClassifyNonAscii(s, i, out width);
                if (k != CharClass.Separator)
                {
                    break;
                }

                if (c == '\u2029')
                {
                    newlines += 2;
                }

                i += width;
            }
        }

        if (newlines >= 2)
        {
            _quotes = 0;
        }

        int start = i;
        int end;
        TokenKind kind;

        if (k is CharClass.Letter or CharClass.Mark)
        {
            end = ScanBody(s, i + width);
            kind = TokenKind.Word;
            if ((uint)end < (uint)s.Length && MayFollowWord(s[end]))
            {
                end = AfterWord(s, start, end, ref kind);
            }
        }
        else if (k == CharClass.Digit)
        {
            end = ScanNumber(s, i + width);
            kind = TokenKind.Number;
        }
        else
        {
            end = ScanOther(s, i, c, k, width, out kind);
        }

        // Combining marks directly after a token belong to it.
        if ((uint)end < (uint)s.Length && s[end] >= 128)
        {
            end = ExtendMarks(s, end);
        }

        _position = end;
        _current = new Token(kind, start, end - start);
        return true;
    }

    /// <summary>Whether <paramref name="n"/>, right after a word, can change the token: <c>. @ : _ + % / ' ’</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayFollowWord(char n) =>
        n < 128 ? n is '.' or '@' or ':' or '_' or '+' or '%' or '/' or '\'' : n == '\u2019';

    private static int ExtendMarks(ReadOnlySpan<char> s, int end)
    {
        while (end < s.Length && s[end] >= 128 && CharInfo.ClassifyNonAscii(s, end, out int w) == CharClass.Mark)
        {
            end += w;
        }

        return end;
    }

    /// <summary>Scans the rest of a word or number from <paramref name="i"/>: letters, marks, digits and joiners.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ScanBody(ReadOnlySpan<char> s, int i)
    {
        while ((uint)i < (uint)s.Length)
        {
            // Vectorised skip over ASCII letters and digits, 8 characters at a time: no mispredicted branch per
            // character and no call for short words.
            if (Vector128.IsHardwareAccelerated && i + 8 <= s.Length)
            {
                uint mask = NonAlphanumericMask(s.Slice(i, 8));
                if (mask == 0)
                {
                    i += 8;
                    continue;
                }

                i += BitOperations.TrailingZeroCount(mask);
            }
            else if (char.IsAsciiLetterOrDigit(s[i]))
            {
                i++;
                continue;
            }

            char c = s[i];
            if (c < 128)
            {
                CharClass k = CharInfo.Ascii(c);
                if ((uint)(k - CharClass.Letter) <= CharClass.Digit - CharClass.Letter)
                {
                    i++;
                    continue;
                }

                if (k == CharClass.Separator || c is not ('-' or '\'' or '.' or ',' or ':' or '/') || !AsciiJoins(s, i, c))
                {
                    break;
                }

                i++;
                continue;
            }

            if (!NonAsciiContinues(s, ref i))
            {
                break;
            }
        }

        return i;
    }

    /// <summary>One bit per character of <paramref name="eight"/> (8 code units) that is not an ASCII letter or digit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint NonAlphanumericMask(ReadOnlySpan<char> eight)
    {
        Vector128<ushort> v = Vector128.Create(MemoryMarshal.Cast<char, ushort>(eight));
        Vector128<ushort> letter = Vector128.LessThan((v | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26));
        Vector128<ushort> digit = Vector128.LessThan(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10));
        Vector128<ushort> mask = ~(letter | digit);
        if (Sse2.IsSupported)
        {
            // Each lane is all ones or zero: packed to bytes, the low 8 bits of the byte mask are the lanes. (The
            // generic ExtractMostSignificantBits of 16-bit lanes is a call to a software loop on the baseline x64
            // instruction set, a fifth of the tokenizer's time.)
            return (uint)Sse2.MoveMask(Sse2.PackSignedSaturate(mask.AsInt16(), mask.AsInt16())) & 0xFF;
        }

        return mask.ExtractMostSignificantBits();
    }

    /// <summary>Whether the ASCII punctuation <paramref name="c"/> at <paramref name="i"/> joins two parts of a word or number.</summary>
    private static bool AsciiJoins(ReadOnlySpan<char> s, int i, char c) => c switch
    {
        '-' => CharInfo.IsWordCharAt(s, i + 1),
        '\'' => CharInfo.IsLetterAt(s, i + 1),
        '.' or ',' or ':' or '/' => CharInfo.IsDigitAt(s, i - 1) && CharInfo.IsDigitAt(s, i + 1),
        _ => false,
    };

    /// <summary>Whether the non-ASCII character at <paramref name="i"/> continues a word; advances <paramref name="i"/> if so.</summary>
    private static bool NonAsciiContinues(ReadOnlySpan<char> s, ref int i)
    {
        CharClass k = CharInfo.ClassifyNonAscii(s, i, out int w);
        if (CharInfo.IsWordClass(k))
        {
            i += w;
            return true;
        }

        char c = s[i];
        bool joins = c switch
        {
            '\u2019' => CharInfo.IsLetterAt(s, i + 1),
            '\u2010' or '\u00AD' or '\u200C' or '\u200D' or '\u2060' => CharInfo.IsWordCharAt(s, i + 1),
            _ => false,
        };
        if (joins)
        {
            i++;
        }

        return joins;
    }

    /// <summary>Scans a number whose first digit was already read: the body, then one trailing per-cent sign.</summary>
    private static int ScanNumber(ReadOnlySpan<char> s, int i)
    {
        int end = ScanBody(s, i);
        if (end < s.Length && s[end] is '%' or '\u2030' or '\u2031')
        {
            end++;
        }

        return end;
    }

    /// <summary>What follows a word: a web address or e-mail, an abbreviation's period, or a possessive apostrophe.</summary>
    private readonly int AfterWord(ReadOnlySpan<char> s, int start, int end, ref TokenKind kind)
    {
        char n = s[end];
        if (n is '.' or '@' or ':' or '_' or '+' or '%' or '/' && char.IsAsciiLetter(s[start])
            && (n != '.' || (end + 1 < s.Length && Addresses.CanFollowPeriod(s[end + 1])))
            && Addresses.TryScan(s, start, out int addressEnd, out TokenKind addressKind))
        {
            kind = addressKind;
            return addressEnd;
        }

        if (n == '.')
        {
            int abbreviationEnd = ScanAbbreviation(s, start, end);
            if (abbreviationEnd > end)
            {
                kind = TokenKind.Abbreviation;
                return abbreviationEnd;
            }

            return end;
        }

        if (n is '\'' or '\u2019' && (s[end - 1] | 0x20) == 's' && (_quotes & SingleOpen) == 0
            && !(end + 1 < s.Length && (s[end + 1] == '\'' || CharInfo.IsWordCharAt(s, end + 1))))
        {
            return end + 1;
        }

        return end;
    }

    /// <summary>
    /// The end of the abbreviation whose word is <c>[start, end)</c> and whose period is at <paramref name="end"/>,
    /// or <paramref name="end"/> when the word is not an initial or a listed abbreviation.
    /// </summary>
    internal static int ScanAbbreviation(ReadOnlySpan<char> s, int start, int end)
    {
        int length = end - start;
        bool isAbbreviation = length == 1
            ? CharInfo.IsLetterChar(s[start])
            : WordLists.IsAbbreviation(s.Slice(start, length));
        if (!isAbbreviation)
        {
            return end;
        }

        int j = end + 1;
        while (j + 1 < s.Length && s[j + 1] == '.' && CharInfo.IsLetterChar(s[j]))
        {
            j += 2;
        }

        // A possessive 's after the period belongs to the abbreviation: U.S.'s, e.v.’s, Jr.'s.
        if (j + 1 < s.Length && s[j] is '\'' or '\u2019' && s[j + 1] == 's' && !CharInfo.IsWordCharAt(s, j + 2))
        {
            j += 2;
        }

        return j;
    }

    /// <summary>Everything that does not start with a letter or an ASCII digit.</summary>
    private int ScanOther(ReadOnlySpan<char> s, int i, char c, CharClass k, int width, out TokenKind kind)
    {
        switch (k)
        {
            case CharClass.OtherNumber:
                kind = TokenKind.Number;
                return ScanNumber(s, i + width);
            case CharClass.Punctuation:
                return ScanPunctuation(s, i, c, width, out kind);
            case CharClass.Symbol:
                return ScanSymbol(s, i, c, width, out kind);
            default:
                kind = TokenKind.Other;
                return i + width;
        }
    }

    private int ScanPunctuation(ReadOnlySpan<char> s, int i, char c, int width, out TokenKind kind)
    {
        switch (c)
        {
            case '.':
            {
                int j = Run(s, i, '.');
                if (j - i >= 3)
                {
                    kind = TokenKind.Ellipsis;
                    return j;
                }

                kind = TokenKind.Punctuation;
                return i + 1;
            }

            case '\u2026':
                kind = TokenKind.Ellipsis;
                return Run(s, i, c);
            case '"':
                kind = StraightQuote(s, i, 1, DoubleOpen);
                return i + 1;
            case '\'':
                if (i + 1 < s.Length && s[i + 1] == '\'')
                {
                    kind = StraightQuote(s, i, 2, DoubleOpen);
                    return i + 2;
                }

                if (IsElidedCentury(s, i))
                {
                    kind = TokenKind.Number;
                    return ScanNumber(s, i + 1);
                }

                kind = StraightQuote(s, i, 1, SingleOpen);
                return i + 1;
            case '\u2018':
                if (IsElidedCentury(s, i))
                {
                    kind = TokenKind.Number;
                    return ScanNumber(s, i + 1);
                }

                kind = Toggle(LowSingleOpen, SingleOpen);
                return i + 1;
            case '\u2019':
                if (IsElidedCentury(s, i))
                {
                    kind = TokenKind.Number;
                    return ScanNumber(s, i + 1);
                }

                kind = i == 0 || CharInfo.IsOpeningContext(s[i - 1]) ? Open(SingleOpen) : Close(SingleOpen);
                return i + 1;
            case '\u201C':
                kind = Toggle(LowDoubleOpen, DoubleOpen);
                return i + 1;
            case '\u201D' or '\u00BB':
                kind = Close(DoubleOpen);
                return i + 1;
            case '\u201E':
                kind = Open(DoubleOpen | LowDoubleOpen);
                return i + 1;
            case '\u00AB':
                kind = Open(DoubleOpen);
                return i + 1;
            case '\u201A':
                kind = Open(SingleOpen | LowSingleOpen);
                return i + 1;
            case '\u2039':
                kind = Open(SingleOpen);
                return i + 1;
            case '\u203A':
                kind = Close(SingleOpen);
                return i + 1;
            case '@':
                if (i + 1 < s.Length && IsHandleChar(s[i + 1]))
                {
                    int j = i + 2;
                    while (j < s.Length && IsHandleChar(s[j]))
                    {
                        j++;
                    }

                    kind = TokenKind.Mention;
                    return j;
                }

                break;
            case '#':
                if (i + 1 < s.Length && (s[i + 1] == '_' || CharInfo.Classify(s, i + 1, out _) == CharClass.Letter))
                {
                    int j = i + 1;
                    while (j < s.Length)
                    {
                        if (s[j] == '_')
                        {
                            j++;
                        }
                        else if (CharInfo.IsWordClass(CharInfo.Classify(s, j, out int w)))
                        {
                            j += w;
                        }
                        else
                        {
                            break;
                        }
                    }

                    kind = TokenKind.Hashtag;
                    return j;
                }

                break;
            default:
                if (c == '-' || (c >= 128 && width == 1 && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.DashPunctuation))
                {
                    kind = TokenKind.Dash;
                    return Run(s, i, c);
                }

                break;
        }

        kind = TokenKind.Punctuation;
        return i + width;
    }

    private int ScanSymbol(ReadOnlySpan<char> s, int i, char c, int width, out TokenKind kind)
    {
        if (c == '`' && i + 1 < s.Length && s[i + 1] == '`')
        {
            kind = Open(DoubleOpen);
            return i + 2;
        }

        if (CharInfo.IsDigitAt(s, i + width) && IsCurrency(s, i, c))
        {
            kind = TokenKind.Number;
            return ScanNumber(s, i + width);
        }

        kind = TokenKind.Symbol;
        return Emoji.ScanSequence(s, i, width);
    }

    private static bool IsCurrency(ReadOnlySpan<char> s, int i, char c) =>
        c == '$' || (c >= 128 && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(CharInfo.CodePointAt(s, i, out _))
            == System.Globalization.UnicodeCategory.CurrencySymbol);

    private static bool IsHandleChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>An apostrophe before exactly two ASCII digits: <c>'90s</c>.</summary>
    private static bool IsElidedCentury(ReadOnlySpan<char> s, int i) =>
        i + 2 < s.Length && char.IsAsciiDigit(s[i + 1]) && char.IsAsciiDigit(s[i + 2])
        && (i + 3 == s.Length || !char.IsAsciiDigit(s[i + 3]));

    private static int Run(ReadOnlySpan<char> s, int i, char c)
    {
        int j = i + 1;
        while (j < s.Length && s[j] == c)
        {
            j++;
        }

        return j;
    }

    /// <summary>Classifies a straight quotation mark of <paramref name="length"/> characters at <paramref name="i"/>.</summary>
    private TokenKind StraightQuote(ReadOnlySpan<char> s, int i, int length, byte flag)
    {
        if (i == 0 || CharInfo.IsOpeningContext(s[i - 1]))
        {
            return Open(flag);
        }

        if (i + length >= s.Length || CharInfo.IsClosingContext(s[i + length]))
        {
            return Close(flag);
        }

        return (_quotes & flag) != 0 ? Close(flag) : Open(flag);
    }

    /// <summary>A mark that closes a quotation opened by a low mark, and opens one otherwise (<c>“</c>, <c>‘</c>).</summary>
    private TokenKind Toggle(byte lowFlag, byte flag) => (_quotes & lowFlag) != 0 ? Close(flag) : Open(flag);

    private TokenKind Open(byte flags)
    {
        _quotes |= flags;
        return TokenKind.OpenQuote;
    }

    private TokenKind Close(byte flag)
    {
        _quotes &= (byte)~(flag == DoubleOpen ? DoubleOpen | LowDoubleOpen : SingleOpen | LowSingleOpen);
        return TokenKind.CloseQuote;
    }
}
