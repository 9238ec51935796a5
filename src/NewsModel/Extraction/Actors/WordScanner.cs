using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

using NewsModel.Text;

namespace NewsModel.Extraction.Actors;

/// <summary>What the actor scanner knows about one token.</summary>
[Flags]
internal enum WordFlags : ushort
{
    None = 0,

    /// <summary>Letters or digits (a word, a number, an abbreviation with its dots).</summary>
    Word = 1,

    /// <summary>Begins with an upper-case letter.</summary>
    Capitalised = 2,

    /// <summary>Every letter is upper case and there are at least two ("NATO", "U.S.").</summary>
    Upper = 4,

    /// <summary>Begins with a lower-case letter.</summary>
    Lower = 8,

    /// <summary>Begins with a digit.</summary>
    Digit = 16,

    /// <summary>The first token of its line.</summary>
    LineStart = 32,

    /// <summary>The first word of its sentence (after opening quotes and brackets).</summary>
    SentenceStart = 64,

    /// <summary>A possessive ending on its own: <c>'s</c>, <c>’s</c>.</summary>
    Possessive = 128,
}

/// <summary>One token of the article as the actor stage sees it.</summary>
internal readonly record struct Word(int Start, int Length, WordFlags Flags, int Line, int Sentence)
{
    public int End => Start + Length;

    public bool Is(WordFlags flag) => (Flags & flag) != 0;
}

/// <summary>
/// A hand-written, linear scanner that splits text into words and punctuation for the actor stage: words keep
/// inner hyphens and apostrophes ("al-Assad", "O'Neill"), initialisms and a few abbreviations keep their dots
/// ("U.S.", "Mr.", "Inc."), and a possessive <c>'s</c> is a token of its own.
/// </summary>
internal static class WordScanner
{
    private static readonly SpanSet s_dottedAbbreviations = new([
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "St", "Gen", "Sen", "Rep", "Gov",
        "Lt", "Col", "Sgt", "Capt", "Mt", "Ft", "Bros", "Rev", "Adm", "Cmdr", "Maj", "Pres", "Sec",
    ]);

    /// <summary>Scans <paramref name="text"/> into <paramref name="words"/>.</summary>
    /// <returns>The number of lines.</returns>
    public static int Scan(string text, List<Word> words)
    {
        int line = 0;
        int sentence = 0;
        bool lineStart = true;
        bool sentenceStart = true;
        int quotesOnLine = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c is '\n' or '\u2029' or '\u2028')
            {
                if (!lineStart)
                {
                    line++;
                    lineStart = true;
                }

                quotesOnLine = 0;

                sentenceStart = true;
                i++;
                continue;
            }

            if (CharInfo.IsWhiteSpaceChar(c))
            {
                i++;
                continue;
            }

            int start = i;
            WordFlags flags = WordFlags.None;
            if (CharInfo.IsLetterOrDigitChar(c))
            {
                int end = CharInfo.EndOfLettersOrDigits(text, i);
                i = end < text.Length && MayGoOnAfter(text[end])
                    ? ScanWord(text, i) // the rarer words that go on past a hyphen, an apostrophe or a dot
                    : end; // most words: ScanWord's first answer, without the call
                flags = char.IsAsciiLetterLower(text[start])
                    ? WordFlags.Word | WordFlags.Lower // most words: Classify's first answer, without the call
                    : Classify(text.AsSpan(start, i - start));
            }
            else if ((c is '\'' or '\u2019') && i + 1 < text.Length && text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])))
            {
                i += 2;
                flags = WordFlags.Possessive;
            }
            else
            {
                i++;
            }

            bool isWord = (flags & WordFlags.Word) != 0;
            if (lineStart)
            {
                flags |= WordFlags.LineStart;
            }

            if (sentenceStart && isWord)
            {
                flags |= WordFlags.SentenceStart;
            }

            words.Add(new Word(start, i - start, flags, line, sentence));
            lineStart = false;
            if (isWord)
            {
                sentenceStart = false;
            }
            else if (c is '.' or '!' or '?' or ';' or '\u2026')
            {
                sentenceStart = true;
                sentence++;
            }
            else if (c is ':' or '-' or '\u2013' or '\u2014' && words.Count >= 2 && IsUpperLineSoFar(words))
            {
                sentenceStart = true;
            }
            else if ((c is '\u201C' || (c == '"' && quotesOnLine++ % 2 == 0)) && words.Count >= 2 && IsClauseBreak(text, words[^2]))
            {
                sentenceStart = true; // a quotation opens after a comma or colon: commented, "Hoping that …"
            }
            else if (c == ')' && words.Count >= 2 && IsListMarker(words))
            {
                sentenceStart = true; // a list item: "a) Leaving …"
            }

            if (i < text.Length && text[i] == ' ')
            {
                i++; // the space after most tokens, without a turn of the loop (a space only moves on)
            }
        }

        return line + 1;
    }

    private static bool IsClauseBreak(string text, Word previous) =>
        previous.Length == 1 && !previous.Is(WordFlags.Word) && text[previous.Start] is ',' or ':';

    /// <summary>A single letter or digit before ")" that begins its line or follows punctuation.</summary>
    private static bool IsListMarker(List<Word> words)
    {
        Word marker = words[^2];
        return marker.Length == 1 && marker.Is(WordFlags.Word) && (marker.Is(WordFlags.LineStart) || (words.Count >= 3 && !words[^3].Is(WordFlags.Word)));
    }

    private static bool IsUpperLineSoFar(List<Word> words)
    {
        Word previous = words[^2];
        return previous.Is(WordFlags.Upper);
    }

    private static int ScanWord(string text, int i)
    {
        int start = i;
        while (true)
        {
            i = CharInfo.EndOfLettersOrDigits(text, i);
            if (i >= text.Length)
            {
                break;
            }

            char c = text[i];
            if (!MayGoOnAfter(c))
            {
                break; // a space or other punctuation: most words end here
            }

            bool nextIsLetter = i + 1 < text.Length && CharInfo.IsLetterOrDigitChar(text[i + 1]);
            if ((c is '-' or '&') && nextIsLetter)
            {
                i++;
                continue;
            }

            if (c is '\'' or '\u2019' && nextIsLetter)
            {
                // A possessive 's stays apart; O'Neill and don't stay whole.
                bool possessive = text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]));
                if (possessive)
                {
                    break;
                }

                i++;
                continue;
            }

            if (c == '.')
            {
                // U.S., U.N.: single letters joined by dots; Mr., Inc.: known abbreviations.
                int length = i - start;
                bool initialism = length >= 1 && char.IsLetter(text[i - 1]) && (i - 1 == start || text[i - 2] == '.');
                if (initialism && (nextIsLetter && (i + 2 >= text.Length || text[i + 2] == '.') || (length >= 3 && text[start + 1] == '.')))
                {
                    i++;
                    continue;
                }

                // An initial: "J. Smith".
                if (length == 1 && char.IsUpper(text[start]) && i + 2 < text.Length && text[i + 1] == ' ' && char.IsUpper(text[i + 2]))
                {
                    i++;
                    break;
                }

                if (length <= 4 && IsDottedAbbreviation(text.AsSpan(start, length)))
                {
                    i++;
                }
            }

            break;
        }

        return i;
    }

    /// <summary>Whether a word may go on past <paramref name="c"/>, the character after a run of letters and digits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayGoOnAfter(char c) => c is '-' or '&' or '\'' or '\u2019' or '.';

    private static bool IsDottedAbbreviation(ReadOnlySpan<char> word) => s_dottedAbbreviations.Contains(word);

    private static WordFlags Classify(ReadOnlySpan<char> word)
    {
        WordFlags flags = WordFlags.Word;
        char first = word[0];
        if (char.IsAsciiLetterLower(first))
        {
            return flags | WordFlags.Lower; // most words: the answer of the tests below, at once
        }

        if (char.IsDigit(first))
        {
            return flags | WordFlags.Digit;
        }

        if (char.IsUpper(first))
        {
            flags |= WordFlags.Capitalised;
        }
        else if (char.IsLower(first))
        {
            return flags | WordFlags.Lower; // a lower-case first letter: not all capitals
        }

        int letters = 0;
        bool allUpper = true;
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsLower(c))
                {
                    allUpper = false;
                    break; // the answer is known: not all capitals ("Trump" at its second letter)
                }
            }
        }

        if (allUpper && letters >= 2)
        {
            flags |= WordFlags.Upper;
        }

        return flags;
    }
}
