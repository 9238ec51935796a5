using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

using NewsModel.Text;

namespace NewsModel.Extraction.Dates;

/// <summary>What kind of characters a <see cref="DateToken"/> covers.</summary>
internal enum DateTokenKind : byte
{
    /// <summary>A run of letters.</summary>
    Word,

    /// <summary>A run of ASCII digits.</summary>
    Number,

    /// <summary>Any other single character that is not white space (punctuation, a lone surrogate, a symbol).</summary>
    Symbol,
}

/// <summary>The words the temporal grammar knows; every other word is <see cref="Other"/>.</summary>
internal enum W : byte
{
    Other,
    Month,
    MonthAbbr,
    Weekday,
    Unit,
    Units,
    NumWord,
    Ordinal,
    Season,
    PartOfDay,
    DecadeWord,
    The,
    A,
    Last,
    Next,
    This,
    That,
    Past,
    Coming,
    Previous,
    Early,
    Late,
    Mid,
    Earlier,
    Later,
    Ago,
    Of,
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    Now,
    Currently,
    Current,
    Recently,
    Recent,
    Future,
    Near,
    Short,
    Term,
    These,
    Period,
    Latest,
    Same,
    Corresponding,
    Comparable,
    Fiscal,
    End,
    Beginning,
    Start,
    Middle,
    Half,
    Few,
    Several,
    Approx,
    More,
    Than,
    Right,
    From,
    Before,
    After,
    S,
    OrdSuffix,
    Q,
    Night,
    Year,
    Christmas,
    Eve,
    Day,
    Thanksgiving,
}

/// <summary>Units of time the grammar counts in (<c>W.Unit</c> / <c>W.Units</c> values).</summary>
internal enum DateUnit : byte
{
    None,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Weekend,
    Century,
}

/// <summary>
/// One token of the date scanner: a word, a number or a symbol, with the word's class looked up once.
/// </summary>
/// <param name="Start">Offset of the first UTF-16 code unit.</param>
/// <param name="Length">Number of UTF-16 code units.</param>
/// <param name="Kind">Word, number or symbol.</param>
/// <param name="Word">The word's class (<see cref="W.Other"/> for numbers and symbols).</param>
/// <param name="Value">Month 1-12, ISO weekday 1-7, unit, number value (-1 when longer than 9 digits), symbol character.</param>
/// <param name="Break">Whether a line break separates this token from the previous one.</param>
/// <param name="Capital">Whether the token starts with an upper-case ASCII letter.</param>
internal readonly record struct DateToken(int Start, int Length, DateTokenKind Kind, W Word, int Value, bool Break, bool Capital)
{
    public int End => Start + Length;

    public bool IsSymbol(char c) => Kind == DateTokenKind.Symbol && Value == c;
}

/// <summary>The date scanner's tokenizer and word list: ASCII case-insensitive, culture-invariant, never throws.</summary>
internal static class DateLexicon
{
    /// <summary>Splits <paramref name="text"/> into tokens, appending them to <paramref name="tokens"/> (linear time).</summary>
    public static void Tokenize(ReadOnlySpan<char> text, List<DateToken> tokens)
    {
        int i = 0;
        bool lineBreak = false;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == ' ')
            {
                i++;
                continue; // most characters between tokens
            }

            if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028')
            {
                lineBreak = true;
                i++;
                continue;
            }

            if (CharInfo.IsWhiteSpaceChar(c))
            {
                i++;
                continue;
            }

            int start = i;
            if (char.IsAsciiDigit(c))
            {
                long value = 0;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    if (value <= 999_999_999)
                    {
                        value = (value * 10) + (text[i] - '0');
                    }

                    i++;
                }

                int length = i - start;
                tokens.Add(new DateToken(start, length, DateTokenKind.Number, W.Other, length > 9 ? -1 : (int)value, lineBreak, false));
            }
            else if (CharInfo.IsLetterChar(c))
            {
                i = CharInfo.EndOfLetters(text, i + 1);

                (W word, int value) = Classify(text, start, i - start);
                tokens.Add(new DateToken(start, i - start, DateTokenKind.Word, word, value, lineBreak, char.IsAsciiLetterUpper(c)));
            }
            else
            {
                i++;
                tokens.Add(new DateToken(start, 1, DateTokenKind.Symbol, W.Other, c, lineBreak, false));
            }

            lineBreak = false;
        }
    }

    /// <summary>Every word the scanner knows (lower case, ASCII), with its class and value.</summary>
    private static readonly (string Word, W Class, int Value)[] s_words =
    [
        ("january", W.Month, 1),
        ("february", W.Month, 2),
        ("march", W.Month, 3),
        ("april", W.Month, 4),
        ("may", W.Month, 5),
        ("june", W.Month, 6),
        ("july", W.Month, 7),
        ("august", W.Month, 8),
        ("september", W.Month, 9),
        ("october", W.Month, 10),
        ("november", W.Month, 11),
        ("december", W.Month, 12),
        ("jan", W.MonthAbbr, 1),
        ("feb", W.MonthAbbr, 2),
        ("mar", W.MonthAbbr, 3),
        ("apr", W.MonthAbbr, 4),
        ("jun", W.MonthAbbr, 6),
        ("jul", W.MonthAbbr, 7),
        ("aug", W.MonthAbbr, 8),
        ("sep", W.MonthAbbr, 9),
        ("sept", W.MonthAbbr, 9),
        ("oct", W.MonthAbbr, 10),
        ("nov", W.MonthAbbr, 11),
        ("dec", W.MonthAbbr, 12),
        ("monday", W.Weekday, 1),
        ("tuesday", W.Weekday, 2),
        ("wednesday", W.Weekday, 3),
        ("thursday", W.Weekday, 4),
        ("friday", W.Weekday, 5),
        ("saturday", W.Weekday, 6),
        ("sunday", W.Weekday, 7),
        ("day", W.Day, (int)DateUnit.Day),
        ("days", W.Units, (int)DateUnit.Day),
        ("week", W.Unit, (int)DateUnit.Week),
        ("weeks", W.Units, (int)DateUnit.Week),
        ("month", W.Unit, (int)DateUnit.Month),
        ("months", W.Units, (int)DateUnit.Month),
        ("quarter", W.Unit, (int)DateUnit.Quarter),
        ("quarters", W.Units, (int)DateUnit.Quarter),
        ("year", W.Year, (int)DateUnit.Year),
        ("years", W.Units, (int)DateUnit.Year),
        ("decade", W.Unit, (int)DateUnit.Decade),
        ("decades", W.Units, (int)DateUnit.Decade),
        ("weekend", W.Unit, (int)DateUnit.Weekend),
        ("weekends", W.Units, (int)DateUnit.Weekend),
        ("century", W.Unit, (int)DateUnit.Century),
        ("a", W.A, 1),
        ("an", W.A, 1),
        ("one", W.A, 1),
        ("two", W.NumWord, 2),
        ("three", W.NumWord, 3),
        ("four", W.NumWord, 4),
        ("five", W.NumWord, 5),
        ("six", W.NumWord, 6),
        ("seven", W.NumWord, 7),
        ("eight", W.NumWord, 8),
        ("nine", W.NumWord, 9),
        ("ten", W.NumWord, 10),
        ("eleven", W.NumWord, 11),
        ("twelve", W.NumWord, 12),
        ("thirteen", W.NumWord, 13),
        ("fourteen", W.NumWord, 14),
        ("fifteen", W.NumWord, 15),
        ("sixteen", W.NumWord, 16),
        ("seventeen", W.NumWord, 17),
        ("eighteen", W.NumWord, 18),
        ("nineteen", W.NumWord, 19),
        ("twenty", W.NumWord, 20),
        ("thirty", W.NumWord, 30),
        ("forty", W.NumWord, 40),
        ("fifty", W.NumWord, 50),
        ("sixty", W.NumWord, 60),
        ("seventy", W.NumWord, 70),
        ("eighty", W.NumWord, 80),
        ("ninety", W.NumWord, 90),
        ("hundred", W.NumWord, 100),
        ("thousand", W.NumWord, 1000),
        ("first", W.Ordinal, 1),
        ("second", W.Ordinal, 2),
        ("third", W.Ordinal, 3),
        ("fourth", W.Ordinal, 4),
        ("spring", W.Season, 3),
        ("summer", W.Season, 6),
        ("fall", W.Season, 9),
        ("autumn", W.Season, 9),
        ("winter", W.Season, 12),
        ("morning", W.PartOfDay, 0),
        ("afternoon", W.PartOfDay, 0),
        ("evening", W.PartOfDay, 0),
        ("night", W.Night, 0),
        ("twenties", W.DecadeWord, 2),
        ("thirties", W.DecadeWord, 3),
        ("forties", W.DecadeWord, 4),
        ("fifties", W.DecadeWord, 5),
        ("sixties", W.DecadeWord, 6),
        ("seventies", W.DecadeWord, 7),
        ("eighties", W.DecadeWord, 8),
        ("nineties", W.DecadeWord, 9),
        ("the", W.The, 0),
        ("last", W.Last, 0),
        ("next", W.Next, 0),
        ("this", W.This, 0),
        ("that", W.That, 0),
        ("past", W.Past, 0),
        ("coming", W.Coming, 0),
        ("previous", W.Previous, 0),
        ("prior", W.Previous, 0),
        ("early", W.Early, 0),
        ("late", W.Late, 0),
        ("mid", W.Mid, 0),
        ("earlier", W.Earlier, 0),
        ("later", W.Later, 0),
        ("ago", W.Ago, 0),
        ("of", W.Of, 0),
        ("today", W.Today, 0),
        ("yesterday", W.Yesterday, 0),
        ("tomorrow", W.Tomorrow, 0),
        ("tonight", W.Tonight, 0),
        ("now", W.Now, 0),
        ("currently", W.Currently, 0),
        ("current", W.Current, 0),
        ("recently", W.Recently, 0),
        ("recent", W.Recent, 0),
        ("future", W.Future, 0),
        ("near", W.Near, 0),
        ("short", W.Short, 0),
        ("term", W.Term, 0),
        ("these", W.These, 0),
        ("period", W.Period, 0),
        ("latest", W.Latest, 0),
        ("same", W.Same, 0),
        ("corresponding", W.Corresponding, 0),
        ("comparable", W.Comparable, 0),
        ("fiscal", W.Fiscal, 0),
        ("end", W.End, 0),
        ("beginning", W.Beginning, 0),
        ("start", W.Start, 0),
        ("middle", W.Middle, 0),
        ("half", W.Half, 0),
        ("few", W.Few, 0),
        ("several", W.Several, 0),
        ("nearly", W.Approx, 0),
        ("almost", W.Approx, 0),
        ("about", W.Approx, 0),
        ("some", W.Approx, 0),
        ("roughly", W.Approx, 0),
        ("approximately", W.Approx, 0),
        ("more", W.More, 0),
        ("than", W.Than, 0),
        ("right", W.Right, 0),
        ("from", W.From, 0),
        ("before", W.Before, 0),
        ("after", W.After, 0),
        ("s", W.S, 0),
        ("st", W.OrdSuffix, 0),
        ("nd", W.OrdSuffix, 0),
        ("rd", W.OrdSuffix, 0),
        ("th", W.OrdSuffix, 0),
        ("q", W.Q, 0),
        ("christmas", W.Christmas, 0),
        ("eve", W.Eve, 0),
        ("thanksgiving", W.Thanksgiving, 0),
    ];

    /// <summary>The words of <see cref="s_words"/>, in their order: <see cref="s_classes"/> holds each one's class and value at its index.</summary>
    private static readonly SpanTable s_index = BuildIndex(out s_lastLetters, out s_classes, out s_packed);

    /// <summary>The words of up to eight letters, packed, with their index in <see cref="s_classes"/>: most words are looked up there.</summary>
    private static readonly PackedWordTable s_packed;

    /// <summary>For each word length up to 15 and first letter, the last letters of the known words of that length
    /// beginning with that letter (index length * 26 + first - 'a'; bit 0 = 'a'): most words of a text are turned
    /// away by it before any hashing.</summary>
    private static readonly uint[] s_lastLetters;

    private static readonly (W Class, int Value)[] s_classes;

    /// <summary>Every word <see cref="Classify(ReadOnlySpan{char})"/> knows, in lower case, with its class and value (for tests).</summary>
    internal static IEnumerable<(string Word, W Class, int Value)> KnownWords => s_words;

    /// <summary>Looks a word up (ASCII case-insensitive); unknown and non-ASCII words are <see cref="W.Other"/>.</summary>
    public static (W Word, int Value) Classify(ReadOnlySpan<char> word) => Classify(word, 0, word.Length);

    /// <summary>The class and value of the word <c>text[start..(start + length)]</c>, as <see cref="Classify(ReadOnlySpan{char})"/> tells them.</summary>
    /// <remarks>
    /// The tokenizer's form: a short word is packed straight from the text, eight characters at a time. Inlined into the
    /// tokenizer: the letter test turns most words away there, and only the words that pass it pay for a call.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (W Word, int Value) Classify(ReadOnlySpan<char> text, int start, int length)
    {
        if (length <= 0 || length > 15)
        {
            return (W.Other, 0);
        }

        char first = (char)(text[start] | 0x20); // ASCII lower case for letters; anything else fails the tests below
        char last = (char)(text[start + length - 1] | 0x20);
        if (!char.IsAsciiLetterLower(first) || !char.IsAsciiLetterLower(last)
            || (s_lastLetters[(length * 26) + first - 'a'] & (1u << (last - 'a'))) == 0)
        {
            return (W.Other, 0);
        }

        return ClassifyCandidate(text, start, length);
    }

    /// <summary>The lookup of a word that passed the letter test of <see cref="Classify(ReadOnlySpan{char}, int, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (W Word, int Value) ClassifyCandidate(ReadOnlySpan<char> text, int start, int length)
    {
        if (PackedWordTable.TryPackAt(text, start, length, out ulong packed))
        {
            int index = s_packed.Find(packed); // the same answer as the lookup below, for a word short enough
            return index >= 0 ? s_classes[index] : (W.Other, 0);
        }

        return Lookup(text.Slice(start, length));
    }

    /// <summary>
    /// The lookup of a word that passed the letter test and has no packed form (longer than eight letters, or not
    /// ASCII): apart, so that the common path runs without this method's stack buffer (its zeroing and its overrun
    /// check cost more than the test on every word of a text).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (W Word, int Value) Lookup(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[15];
        for (int k = 0; k < word.Length; k++)
        {
            char c = word[k];
            if (c > 0x7F)
            {
                return (W.Other, 0);
            }

            lower[k] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }

        int index = s_index.IndexOf(lower[..word.Length]);
        return index >= 0 ? s_classes[index] : (W.Other, 0);
    }

    private static SpanTable BuildIndex(out uint[] lastLetters, out (W Class, int Value)[] classes, out PackedWordTable packed)
    {
        var shortWords = new List<(string Word, int Value)>();
        var index = new SpanTable.Builder(s_words.Length);
        lastLetters = new uint[16 * 26];
        classes = new (W Class, int Value)[s_words.Length];
        foreach ((string word, W cls, int value) in s_words)
        {
            int at = index.Add(word);
            if (at != index.Count - 1)
            {
                throw new InvalidOperationException($"The date word '{word}' is listed twice.");
            }

            classes[at] = (cls, value);
            lastLetters[(word.Length * 26) + word[0] - 'a'] |= 1u << (word[^1] - 'a');
            if (PackedWordTable.HasPackedForm(word))
            {
                shortWords.Add((word, at));
            }
        }

        packed = new PackedWordTable(shortWords);
        return index.Build();
    }

    /// <summary>Whether a word, compared ASCII case-insensitively, is one of the verbs and markers that put a sentence in the future.</summary>
    public static bool IsFutureCue(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[16];
        return Lower(word, buffer) && (ReadOnlySpan<char>)buffer[..word.Length] switch
        {
            "will" or "ll" or "shall" or "would" or "wo" or "slated" or "scheduled" or "expected" or "expects" or "expect"
                or "due" or "plans" or "plan" or "planned" or "planning" or "upcoming" or "going" or "may" or "might"
                or "could" or "intends" or "hopes" or "aims" or "set" or "next" or "until" or "tomorrow" => true,
            _ => false,
        };
    }

    /// <summary>Whether a word reads as past tense: a common irregular past form, a past auxiliary, or a regular -ed form.</summary>
    public static bool IsPastCue(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[16];
        if (!Lower(word, buffer))
        {
            return false;
        }

        ReadOnlySpan<char> w = buffer[..word.Length];
        switch (w)
        {
            case "said" or "told" or "was" or "were" or "had" or "did" or "ago" or "last" or "met" or "began" or "went"
                or "came" or "took" or "gave" or "made" or "left" or "saw" or "rose" or "fell" or "won" or "lost"
                or "held" or "sent" or "got" or "found" or "spoke" or "wrote" or "thought" or "led" or "paid"
                or "sold" or "bought" or "struck" or "hit" or "shot" or "broke" or "ran" or "became" or "knew"
                or "brought" or "heard" or "felt" or "kept" or "yesterday" or "earlier" or "since":
                return true;
            case "need" or "speed" or "feed" or "proceed" or "exceed" or "succeed" or "indeed" or "seed" or "red" or "bed" or "shed":
                return false;
            default:
                return w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal);
        }
    }

    private static bool Lower(ReadOnlySpan<char> word, Span<char> target)
    {
        if (word.Length > target.Length)
        {
            return false;
        }

        for (int k = 0; k < word.Length; k++)
        {
            char c = word[k];
            if (c > 0x7F)
            {
                return false;
            }

            target[k] = char.ToLowerInvariant(c);
        }

        return true;
    }
}
