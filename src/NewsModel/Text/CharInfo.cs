using System;
using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsModel.Text;

/// <summary>The coarse character classes the tokenizer works with.</summary>
internal enum CharClass : byte
{
    /// <summary>White space (Zs, Zl, Zp), control (Cc) and format (Cf) characters: never inside a token by themselves.</summary>
    Separator = 0,

    /// <summary>Letters (L*).</summary>
    Letter = 1,

    /// <summary>Decimal digits (Nd).</summary>
    Digit = 2,

    /// <summary>Combining marks (M*).</summary>
    Mark = 3,

    /// <summary>Other numbers (Nl, No): <c>½</c>, <c>²</c>, <c>Ⅻ</c>.</summary>
    OtherNumber = 4,

    /// <summary>Punctuation (P*).</summary>
    Punctuation = 5,

    /// <summary>Symbols (S*).</summary>
    Symbol = 6,

    /// <summary>Private use, unassigned, lone surrogates.</summary>
    Other = 7,
}

/// <summary>Character classification for the tokenizer: a 128-entry table for ASCII, Unicode categories above.</summary>
internal static class CharInfo
{
    /// <summary>The class of each ASCII character (values of <see cref="CharClass"/>).</summary>
    private static ReadOnlySpan<byte> AsciiClasses =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 5, 5, 5, 6, 5, 5, 5, 5, 5, 5, 6, 5, 5, 5, 5,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 5, 5, 6, 6, 6, 5,
        5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 5, 5, 5, 6, 5,
        6, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 5, 6, 5, 6, 0,
    ];

    /// <summary>The class of an ASCII character (<paramref name="c"/> must be below 128).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static CharClass Ascii(char c) => (CharClass)AsciiClasses[c];

    /// <summary>The class of the code point at <paramref name="i"/>; <paramref name="width"/> is 2 for a surrogate pair, else 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static CharClass Classify(ReadOnlySpan<char> s, int i, out int width)
    {
        char c = s[i];
        if (c < 128)
        {
            width = 1;
            return (CharClass)AsciiClasses[c];
        }

        return ClassifyNonAscii(s, i, out width);
    }

    /// <summary>The class of the non-ASCII code point at <paramref name="i"/>.</summary>
    internal static CharClass ClassifyNonAscii(ReadOnlySpan<char> s, int i, out int width)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            return FromCategory(CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, s[i + 1])));
        }

        width = 1;
        return FromCategory(CharUnicodeInfo.GetUnicodeCategory(c));
    }

    /// <summary>The class of a single UTF-16 code unit (a surrogate counts as <see cref="CharClass.Other"/>).</summary>
    internal static CharClass OfChar(char c) =>
        c < 128 ? (CharClass)AsciiClasses[c] : FromCategory(CharUnicodeInfo.GetUnicodeCategory(c));

    /// <summary>The code point at <paramref name="i"/> (a lone surrogate stands for itself).</summary>
    internal static int CodePointAt(ReadOnlySpan<char> s, int i, out int width)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, s[i + 1]);
        }

        width = 1;
        return c;
    }

    /// <summary>Whether the class is part of words and numbers: letters, marks and numbers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsWordClass(CharClass k) => k is CharClass.Letter or CharClass.Digit or CharClass.Mark or CharClass.OtherNumber;

    /// <summary>Whether <paramref name="i"/> is inside the text and holds a letter, mark or number.</summary>
    internal static bool IsWordCharAt(ReadOnlySpan<char> s, int i) => i < s.Length && IsWordClass(Classify(s, i, out _));

    /// <summary>Whether <paramref name="i"/> is inside the text and holds a letter.</summary>
    internal static bool IsLetterAt(ReadOnlySpan<char> s, int i) => i < s.Length && Classify(s, i, out _) == CharClass.Letter;

    /// <summary>Whether <paramref name="i"/> is inside the text and holds a decimal digit (a single code unit, Nd).</summary>
    internal static bool IsDigitAt(ReadOnlySpan<char> s, int i) => (uint)i < (uint)s.Length && IsDigitChar(s[i]);

    /// <summary>Whether <paramref name="c"/> is a decimal digit (Nd) in the Basic Multilingual Plane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsDigitChar(char c) => c < 128 ? char.IsAsciiDigit(c) : char.IsDigit(c);

    /// <summary>Whether <paramref name="c"/> is a letter in the Basic Multilingual Plane (<see cref="char.IsLetter(char)"/>, with ASCII answered in a few instructions).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsLetterChar(char c) => (uint)((c | 0x20) - 'a') < 26 || (c >= 0x80 && char.IsLetter(c));

    /// <summary>
    /// <see cref="char.IsLetterOrDigit(char)"/>, with ASCII answered in a few instructions (the scanners' inner loops ask
    /// it of every character of every word).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsLetterOrDigitChar(char c) => (uint)((c | 0x20) - 'a') < 26 || (uint)(c - '0') < 10 || (c >= 0x80 && char.IsLetterOrDigit(c));

    /// <summary>
    /// The end of the run of letters and digits (<see cref="IsLetterOrDigitChar"/>) that begins at or before
    /// <paramref name="i"/>: the index of the first character from <paramref name="i"/> on that is neither, or the
    /// text's length.
    /// </summary>
    /// <remarks>
    /// ASCII letters and digits are skipped eight at a time in a vector register, so a word costs no branch per
    /// character and no mispredicted branch at its end (a quarter of the scanners' word loops went to that one branch);
    /// the last few characters of the text go through a vectorized search.
    /// </remarks>
    internal static int EndOfLettersOrDigits(ReadOnlySpan<char> text, int i) => EndOfRun(text, i, s_asciiLettersAndDigits, digits: true);

    /// <summary>The same as <see cref="EndOfLettersOrDigits"/> for letters alone (<see cref="IsLetterChar"/>).</summary>
    internal static int EndOfLetters(ReadOnlySpan<char> text, int i) => EndOfRun(text, i, s_asciiLetters, digits: false);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int EndOfRun(ReadOnlySpan<char> text, int i, SearchValues<char> ascii, bool digits)
    {
        // Most runs are short ASCII words: eight characters at a time are tested in a vector register, inline (a
        // search through the SearchValues costs a call and its set-up per word, more than the word itself).
        if (Vector128.IsHardwareAccelerated)
        {
            ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            while (i >= 0 && i <= text.Length - Vector128<ushort>.Count)
            {
                Vector128<ushort> chars = Vector128.LoadUnsafe(ref first, (nuint)i);
                Vector128<ushort> inRun = Vector128.LessThan((chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26));
                if (digits)
                {
                    inRun |= Vector128.LessThan(chars - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10));
                }

                uint outside = (~inRun).ExtractMostSignificantBits();
                if (outside == 0)
                {
                    i += Vector128<ushort>.Count;
                    continue;
                }

                i += BitOperations.TrailingZeroCount(outside);
                char c = text[i];
                if (c < 0x80 || !(digits ? char.IsLetterOrDigit(c) : char.IsLetter(c)))
                {
                    return i;
                }

                i++;
            }
        }

        while (i < text.Length)
        {
            int run = text[i..].IndexOfAnyExcept(ascii);
            if (run < 0)
            {
                return text.Length;
            }

            i += run;
            char c = text[i];
            if (c < 0x80 || !(digits ? char.IsLetterOrDigit(c) : char.IsLetter(c)))
            {
                return i;
            }

            i++;
        }

        return i;
    }

    private static readonly SearchValues<char> s_asciiLettersAndDigits = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly SearchValues<char> s_asciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary><see cref="char.IsWhiteSpace(char)"/>, with the space answered first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsWhiteSpaceChar(char c) => c == ' ' || (uint)(c - '\t') <= '\r' - '\t' || (c >= 0x80 && char.IsWhiteSpace(c));

    /// <summary>Whether the character before a straight quote makes it an opening quote: white space, control or
    /// format characters, opening brackets and quotes (Ps, Pi) and dashes (Pd).</summary>
    internal static bool IsOpeningContext(char c)
    {
        if (c < 128)
        {
            return (CharClass)AsciiClasses[c] == CharClass.Separator || c is '(' or '[' or '{' or '-';
        }

        UnicodeCategory cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.DashPunctuation;
    }

    /// <summary>Whether the character after a straight quote makes it a closing quote: white space, control or
    /// format characters, and punctuation other than opening brackets (P* except Ps).</summary>
    internal static bool IsClosingContext(char c)
    {
        if (c < 128)
        {
            CharClass k = (CharClass)AsciiClasses[c];
            return k == CharClass.Separator || (k == CharClass.Punctuation && c is not ('(' or '[' or '{'));
        }

        UnicodeCategory cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.ClosePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.DashPunctuation or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.OtherPunctuation;
    }

    private static CharClass FromCategory(UnicodeCategory cat) => cat switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => CharClass.Letter,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CharClass.Mark,
        UnicodeCategory.DecimalDigitNumber => CharClass.Digit,
        UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => CharClass.OtherNumber,
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Control or UnicodeCategory.Format => CharClass.Separator,
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => CharClass.Punctuation,
        UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
            or UnicodeCategory.OtherSymbol => CharClass.Symbol,
        _ => CharClass.Other,
    };
}
