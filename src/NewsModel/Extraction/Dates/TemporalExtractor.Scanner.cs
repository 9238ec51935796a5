using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace NewsModel.Extraction.Dates;

/// <summary>The shape of a matched expression, before resolution.</summary>
internal enum Form : byte
{
    /// <summary>Year, month and day written out ("December 14, 2025", "2025-12-15").</summary>
    Date,

    /// <summary>Month and day without a year ("Dec. 14", "14 December").</summary>
    MonthDay,

    /// <summary>Month and year ("March 2022").</summary>
    MonthYear,

    /// <summary>A month in a year named relatively ("January this year": <c>Offset</c> years from the anchor).</summary>
    MonthInYear,

    /// <summary>A month alone, maybe with last/this/next ("in March", "last April").</summary>
    Month,

    /// <summary>A year ("in 2014", "fiscal 1989").</summary>
    Year,

    /// <summary>A decade ("the 1990s").</summary>
    Decade,

    /// <summary>A decade without its century ("the '90s", "the nineties").</summary>
    DecadeShort,

    /// <summary>A quarter (<c>Number</c> 1-4), of <c>Year</c> or of the year <c>Offset</c> from the anchor's.</summary>
    Quarter,

    /// <summary>"the quarter", "the latest period", "last year's quarter": the quarter last named.</summary>
    QuarterRef,

    /// <summary>"a year earlier", "the year-ago quarter": the period last named, a year before.</summary>
    YearShift,

    /// <summary>A half year (<c>Number</c> 1-2).</summary>
    Half,

    /// <summary>A season (<c>Number</c> = its first month).</summary>
    Season,

    /// <summary>A weekday (<c>Number</c> = ISO day 1-7).</summary>
    Weekday,

    /// <summary>"the weekend".</summary>
    Weekend,

    /// <summary>A day <c>Offset</c> days from the anchor ("yesterday", "tonight").</summary>
    DayOffset,

    /// <summary><c>Offset</c> units from the anchor's period ("last week", "two years ago", "this month").</summary>
    UnitOffset,

    /// <summary>Vague: "now", "recently", "the future".</summary>
    Vague,

    /// <summary>A fixed-date holiday (<c>Month</c>, <c>Day</c>), or Thanksgiving (<c>Day</c> 0).</summary>
    Holiday,
}

/// <summary>last / this / next in front of a weekday, month or season.</summary>
internal enum Rel : byte
{
    None,
    Last,
    This,
    Next,
}

/// <summary>What the grammar read, for the resolver.</summary>
internal struct Spec
{
    public Form Form;
    public int Year;
    public int Month;
    public int Day;
    public int Number;
    public int Offset;
    public DateUnit Unit;
    public Rel Rel;

    /// <summary>For <see cref="Form.YearShift"/>: "earlier"/"year-earlier" (relative to the text) rather than "ago".</summary>
    public bool Earlier;

    /// <summary>For <see cref="Form.QuarterRef"/>: "this quarter" / "the current quarter" rather than "the quarter".</summary>
    public bool Current;

    /// <summary>For <see cref="Form.UnitOffset"/>: counted back with "ago" ("two decades ago") rather than named ("the last decade").</summary>
    public bool Ago;
}

/// <summary>A matched expression: its first and last token (inclusive) and what it says.</summary>
internal readonly record struct Match(int First, int Last, Spec Spec);

/// <summary>The grammar: tries, at one token, every pattern that can start there (bounded look-ahead).</summary>
internal sealed class Scanner
{
    private const int TenseBack = 12;
    private const int TenseAhead = 8;

    private readonly string _text;
    private readonly List<DateToken> _tokens;

    public Scanner(string text, List<DateToken> tokens)
    {
        _text = text;
        _tokens = tokens;
    }

    /// <summary>Reads the tense around tokens <paramref name="first"/>..<paramref name="last"/>: +1 future, -1 past, 0 no cue.</summary>
    public int Tense(int first, int last)
    {
        bool backOpen = true;
        bool aheadOpen = true;
        for (int d = 1; d <= TenseBack && (backOpen || aheadOpen); d++)
        {
            if (backOpen)
            {
                int k = first - d;
                if (k < 0 || IsSentenceEnd(k) || _tokens[k + 1].Break)
                {
                    backOpen = false;
                }
                else if (Cue(k) is int cue and not 0)
                {
                    return cue;
                }
            }

            if (aheadOpen && d <= TenseAhead)
            {
                int k = last + d;
                if (k >= _tokens.Count || _tokens[k].Break || IsSentenceEnd(k - 1) || OpensReport(k))
                {
                    aheadOpen = false;
                }
                else if (Cue(k) is int cue and not 0)
                {
                    return cue;
                }
            }
        }

        return 0;
    }

    /// <summary>"that" or a quotation mark: what follows is reported content, whose tense is not the event's.</summary>
    private bool OpensReport(int k)
    {
        DateToken t = _tokens[k];
        return t.Kind == DateTokenKind.Symbol ? t.Value is '"' or '\u201C' or '\u201D' or ':' : IsWord(k, "that");
    }

    private int Cue(int k)
    {
        DateToken t = _tokens[k];
        if (t.Kind != DateTokenKind.Word)
        {
            return 0;
        }

        ReadOnlySpan<char> word = _text.AsSpan(t.Start, t.Length);
        if (DateLexicon.IsFutureCue(word))
        {
            return 1;
        }

        // "is to resume", "are to meet"; "was planning", "were due", "was to"
        if ((word.Equals("is", StringComparison.OrdinalIgnoreCase) || word.Equals("are", StringComparison.OrdinalIgnoreCase)
            || word.Equals("was", StringComparison.OrdinalIgnoreCase) || word.Equals("were", StringComparison.OrdinalIgnoreCase))
            && k + 1 < _tokens.Count && (IsWord(k + 1, "to") || (_tokens[k + 1].Kind == DateTokenKind.Word
                && DateLexicon.IsFutureCue(_text.AsSpan(_tokens[k + 1].Start, _tokens[k + 1].Length)))))
        {
            return 1;
        }

        return DateLexicon.IsPastCue(word) ? -1 : 0;
    }

    private bool IsSentenceEnd(int k)
    {
        DateToken t = _tokens[k];
        if (t.Kind != DateTokenKind.Symbol)
        {
            return false;
        }

        // A comma closes the clause: "Beyond Sunday's talks, a summit is slated for Monday".
        if (t.Value is '!' or '?' or ';' or ',')
        {
            return true;
        }

        // A full stop after an abbreviation ("Sept.", "Mr.") does not end the sentence.
        return t.Value == '.' && !(k > 0 && Adjacent(k) && _tokens[k - 1].Kind == DateTokenKind.Word && _tokens[k - 1].Length <= 4 && _tokens[k - 1].Capital);
    }

    private bool IsWord(int k, string word)
    {
        DateToken t = _tokens[k];
        return t.Kind == DateTokenKind.Word && _text.AsSpan(t.Start, t.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private W Word(int k) => k >= 0 && k < _tokens.Count ? _tokens[k].Word : W.Other;

    private bool Sym(int k, char c) => k >= 0 && k < _tokens.Count && _tokens[k].IsSymbol(c);

    /// <summary>Token <paramref name="k"/> follows token k-1 with nothing in between.</summary>
    private bool Adjacent(int k) => k > 0 && k < _tokens.Count && _tokens[k - 1].End == _tokens[k].Start;

    /// <summary>The value of a number token of <paramref name="minDigits"/> to <paramref name="maxDigits"/> digits, or -1.</summary>
    private int Num(int k, int minDigits, int maxDigits)
    {
        if (k < 0 || k >= _tokens.Count)
        {
            return -1;
        }

        DateToken t = _tokens[k];
        return t.Kind == DateTokenKind.Number && t.Length >= minDigits && t.Length <= maxDigits ? t.Value : -1;
    }

    private bool IsApostrophe(int k) => Sym(k, '\'') || Sym(k, '\u2019') || Sym(k, '`');

    /// <summary>
    /// Whether <see cref="TryMatch"/> can succeed at a word of class <paramref name="word"/>: the prefixes it steps over
    /// ("the", "early", "mid", "fiscal", "about" …) and the classes <see cref="TryCore"/> has a case for. At any other word
    /// ("of", "from", "day", "night" …) it fails, as it does at <see cref="W.Other"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MayBegin(W word) => s_mayBegin[(int)word];

    private static readonly bool[] s_mayBegin = MayBeginTable(
    [
        // the prefixes of TryMatch
        W.The, W.Early, W.Late, W.Mid, W.Earlier, W.Later, W.Fiscal, W.Approx, W.More,

        // the cases of TryCore
        W.Month, W.MonthAbbr, W.Weekday, W.Today, W.Yesterday, W.Tomorrow, W.Tonight, W.Last, W.Next, W.This, W.Past,
        W.Coming, W.Previous, W.That, W.NumWord, W.A, W.Few, W.Several, W.Year, W.Same, W.Corresponding, W.Comparable,
        W.Ordinal, W.Unit, W.Period, W.Latest, W.Current, W.Season, W.DecadeWord, W.Now, W.Currently, W.Recently, W.Right,
        W.Recent, W.These, W.Future, W.Near, W.Short, W.Q, W.Christmas, W.Thanksgiving,
    ]);

    private static bool[] MayBeginTable(W[] words)
    {
        bool[] table = new bool[256]; // every value of the byte enum
        foreach (W word in words)
        {
            table[(int)word] = true;
        }

        return table;
    }

    /// <summary>Tries every pattern that can start at token <paramref name="i"/>.</summary>
    public bool TryMatch(int i, out Match match)
    {
        match = default;
        if (i < _tokens.Count && _tokens[i] is { Kind: DateTokenKind.Word, Word: W.Other })
        {
            return false; // most tokens: a word no pattern begins with, neither a prefix ("the", "early") nor a core
        }

        int j = i;
        bool the = false;
        bool modifier = false;
        if (Word(j) == W.The)
        {
            the = true;
            j++;
        }

        if (the && Word(j) is W.End or W.Beginning or W.Start or W.Middle && Word(j + 1) == W.Of)
        {
            j += 2;
            modifier = true;
            if (Word(j) == W.The)
            {
                j++;
            }
        }
        else if (Word(j) is W.Early or W.Late)
        {
            j++;
            modifier = true;
        }
        else if (Word(j) == W.Mid)
        {
            j++;
            modifier = true;
            if (Sym(j, '-') && Adjacent(j))
            {
                j++;
            }
        }
        else if (Word(j) is W.Earlier or W.Later && Word(j + 1) is W.This or W.Today or W.Tonight or W.Yesterday or W.Last or W.Next)
        {
            j++;
            modifier = true;
        }

        bool fiscal = false;
        if (Word(j) == W.Fiscal)
        {
            fiscal = true;
            j++;
            if (Sym(j, '-') && Adjacent(j))
            {
                j++;
            }
        }

        bool approx = false;
        if (Word(j) == W.Approx && (Word(j + 1) is W.A or W.NumWord || Num(j + 1, 1, 3) > 0))
        {
            approx = true;
            j++;
        }
        else if (Word(j) == W.More && Word(j + 1) == W.Than)
        {
            approx = true;
            j += 2;
        }

        if (!TryCore(j, the, out int last, out Spec spec, out bool keepThe))
        {
            return false;
        }

        if (approx && spec.Form is not (Form.UnitOffset or Form.YearShift or Form.Vague))
        {
            return false;
        }

        int first = i;
        if (the && !modifier && !keepThe && !fiscal)
        {
            first = i + 1;
        }

        match = new Match(first, last, spec);
        return true;
    }

    private bool TryCore(int j, bool the, out int last, out Spec spec, out bool keepThe)
    {
        last = j;
        spec = default;
        keepThe = true;
        if (j >= _tokens.Count)
        {
            return false;
        }

        DateToken t = _tokens[j];
        switch (t.Kind)
        {
            case DateTokenKind.Number:
                return TryNumber(j, the, out last, out spec, out keepThe);
            case DateTokenKind.Symbol:
                return IsApostrophe(j) && TryShortDecade(j, out last, out spec);
        }

        switch (t.Word)
        {
            case W.Month or W.MonthAbbr:
                keepThe = false;
                return TryMonth(j, out last, out spec);
            case W.Weekday:
                keepThe = false;
                if (!t.Capital)
                {
                    return false;
                }

                spec.Form = Form.Weekday;
                spec.Number = t.Value;
                last = Word(j + 1) is W.PartOfDay or W.Night ? j + 1 : j;

                // "Saturday, April 25" is one expression: the date says which Saturday.
                if (Sym(last + 1, ',') && Word(last + 2) is W.Month or W.MonthAbbr
                    && TryMonth(last + 2, out int dateLast, out Spec date) && date.Form is Form.MonthDay or Form.Date)
                {
                    spec = date;
                    last = dateLast;
                }

                return true;
            case W.Today or W.Yesterday or W.Tomorrow or W.Tonight:
                spec.Form = Form.DayOffset;
                spec.Offset = t.Word switch { W.Yesterday => -1, W.Tomorrow => 1, _ => 0 };
                last = Word(j + 1) is W.PartOfDay or W.Night && t.Word != W.Tonight ? j + 1 : j;
                return true;
            case W.Last or W.Next or W.This or W.Past or W.Coming or W.Previous or W.That:
                return TryRelative(j, the, out last, out spec);
            case W.NumWord when SpelledYear(j, out int spelledYear, out int spelledLast):
                spec.Form = Form.Year;
                spec.Year = spelledYear;
                last = spelledLast;
                keepThe = false;
                return true;
            case W.A or W.NumWord or W.Few or W.Several:
                return TryCountAgo(j, out last, out spec);
            case W.Year:
                return TryYearWord(j, the, out last, out spec, out keepThe);
            case W.Same or W.Corresponding or W.Comparable:
                return the && TryCorresponding(j, out last, out spec);
            case W.Ordinal:
                return TryOrdinal(j, out last, out spec);
            case W.Unit when t.Value == (int)DateUnit.Quarter:
            case W.Period:
                if (!the)
                {
                    return false;
                }

                spec.Form = Form.QuarterRef;
                spec.Number = t.Word == W.Period ? -1 : 0;
                last = j;
                return true;
            case W.Latest:
                if (Word(j + 1) == W.Period || (Word(j + 1) == W.Unit && _tokens[j + 1].Value == (int)DateUnit.Quarter))
                {
                    spec.Form = Form.QuarterRef;
                    last = j + 1;
                    return true;
                }

                return false;
            case W.Current:
                if (Word(j + 1) == W.Unit && _tokens[j + 1].Value == (int)DateUnit.Quarter)
                {
                    spec.Form = Form.QuarterRef;
                    spec.Current = true;
                    last = j + 1;
                    return true;
                }

                if (Word(j + 1) == W.Fiscal && Word(j + 2) == W.Year)
                {
                    spec.Form = Form.UnitOffset;
                    spec.Unit = DateUnit.Year;
                    last = j + 2;
                    return true;
                }

                if (Word(j + 1) is W.Year or W.Unit && _tokens[j + 1].Value is (int)DateUnit.Year or (int)DateUnit.Month or (int)DateUnit.Week)
                {
                    spec.Form = Form.UnitOffset;
                    spec.Unit = (DateUnit)_tokens[j + 1].Value;
                    last = j + 1;
                    return true;
                }

                spec.Form = Form.Vague;
                keepThe = false;
                return !the;
            case W.Unit when t.Value is (int)DateUnit.Week or (int)DateUnit.Month or (int)DateUnit.Weekend:
                if (!the)
                {
                    return false;
                }

                spec.Form = t.Value == (int)DateUnit.Weekend ? Form.Weekend : Form.UnitOffset;
                spec.Unit = (DateUnit)t.Value;
                return true;
            case W.Season:
                return TrySeason(j, the, Rel.None, out last, out spec);
            case W.DecadeWord:
                if (!the)
                {
                    return false;
                }

                spec.Form = Form.DecadeShort;
                spec.Number = t.Value * 10;
                return true;
            case W.Now or W.Currently or W.Recently:
                spec.Form = Form.Vague;
                keepThe = false;
                return !the;
            case W.Right:
                spec.Form = Form.Vague;
                last = j + 1;
                return Word(j + 1) == W.Now;
            case W.Recent:
                spec.Form = Form.Vague;
                last = j + 1;
                return Word(j + 1) == W.Units;
            case W.These:
                spec.Form = Form.Vague;
                last = j + 1;
                return Word(j + 1) == W.Units && _tokens[j + 1].Value == (int)DateUnit.Day;
            case W.Future:
                spec.Form = Form.Vague;
                return the;
            case W.Near or W.Short:
                spec.Form = Form.Vague;
                last = j + 1;
                return the && Word(j + 1) is W.Future or W.Term;
            case W.Q:
                {
                    int q = Adjacent(j + 1) ? Num(j + 1, 1, 1) : -1;
                    if (q is < 1 or > 4)
                    {
                        return false;
                    }

                    spec.Form = Form.Quarter;
                    spec.Number = q;
                    last = j + 1;
                    TryTrailingYear(ref last, ref spec);
                    return true;
                }

            case W.Christmas:
                spec.Form = Form.Holiday;
                spec.Month = 12;
                spec.Day = 25;
                if (Word(j + 1) == W.Eve)
                {
                    spec.Day = 24;
                    last = j + 1;
                }
                else if (Word(j + 1) == W.Day)
                {
                    last = j + 1;
                }

                return t.Capital;
            case W.Thanksgiving:
                spec.Form = Form.Holiday;
                spec.Month = 11;
                last = Word(j + 1) == W.Day ? j + 1 : j;
                return t.Capital;
            default:
                return false;
        }
    }

    /// <summary>", 2025" or " 2025" or " of 2025" after a month, quarter or season.</summary>
    private bool TryTrailingYear(ref int last, ref Spec spec)
    {
        int k = last + 1;
        if (Sym(k, ',') || Word(k) == W.Of)
        {
            k++;
        }

        if (SpelledYear(k, out int spelled, out int spelledLast))
        {
            spec.Year = spelled;
            last = spelledLast;
            return true;
        }

        int year = Num(k, 4, 4);
        if (year is < 1000 or > 2999 || !IsYearNumber(k))
        {
            return false;
        }

        spec.Year = year;
        last = k;
        return true;
    }

    private bool TryNumber(int j, bool the, out int last, out Spec spec, out bool keepThe)
    {
        last = j;
        spec = default;
        keepThe = false;
        int four = Num(j, 4, 4);
        if (four >= 1000 && four <= 2999)
        {
            // ISO 8601: 2025-12-15
            int month = Adjacent(j + 1) && Sym(j + 1, '-') && Adjacent(j + 2) ? Num(j + 2, 2, 2) : -1;
            int day = month > 0 && Adjacent(j + 3) && Sym(j + 3, '-') && Adjacent(j + 4) ? Num(j + 4, 2, 2) : -1;
            if (day > 0)
            {
                spec.Form = Form.Date;
                spec.Year = four;
                spec.Month = month;
                spec.Day = day;
                last = j + 4;
                return IsValidDate(four, month, day);
            }

            // 1990s
            if (Word(j + 1) == W.S && Adjacent(j + 1))
            {
                keepThe = true;
                spec.Form = Form.Decade;
                spec.Year = four;
                last = j + 1;
                return four % 10 == 0;
            }

            if (!IsYearNumber(j))
            {
                return false;
            }

            spec.Year = four;
            int k = j + 1;
            if (Sym(k, '-') && Adjacent(k))
            {
                k++;
            }

            // the 1988 second quarter, the 1988 quarter, the 1989 period
            if (Word(k) == W.Ordinal && _tokens[k].Value <= 4 && IsQuarterWord(k + 1))
            {
                spec.Form = Form.Quarter;
                spec.Number = _tokens[k].Value;
                last = k + 1;
                keepThe = true;
                return true;
            }

            if (the && (IsQuarterWord(k) || Word(k) == W.Period))
            {
                spec.Form = Form.QuarterRef;
                spec.Number = Word(k) == W.Period ? -1 : 0;
                last = k;
                keepThe = true;
                return true;
            }

            spec.Form = Form.Year;
            return true;
        }

        int small = Num(j, 1, 2);
        if (small < 0)
        {
            return false;
        }

        // 12/15/2025 (month first unless the first number cannot be a month)
        if (Adjacent(j + 1) && Sym(j + 1, '/') && Adjacent(j + 2) && Adjacent(j + 3) && Sym(j + 3, '/') && Adjacent(j + 4))
        {
            int second = Num(j + 2, 1, 2);
            int year = Num(j + 4, 4, 4);
            if (second < 0 || year < 1000 || (Adjacent(j + 5) && (Sym(j + 5, '/') || Num(j + 5, 1, 9) >= 0)))
            {
                return false;
            }

            (int m, int d) = small > 12 ? (second, small) : (small, second);
            spec.Form = Form.Date;
            spec.Year = year;
            spec.Month = m;
            spec.Day = d;
            last = j + 4;
            return IsValidDate(year, m, d);
        }

        // 3Q
        if (Word(j + 1) == W.Q && Adjacent(j + 1) && small is >= 1 and <= 4)
        {
            spec.Form = Form.Quarter;
            spec.Number = small;
            last = j + 1;
            TryTrailingYear(ref last, ref spec);
            return true;
        }

        // 14 December 2025, 14th of December
        int m2 = j + 1;
        if (Word(m2) == W.OrdSuffix && Adjacent(m2))
        {
            m2++;
            if (Word(m2) == W.Of)
            {
                m2++;
            }
        }

        if (small is >= 1 and <= 31 && Word(m2) is W.Month or W.MonthAbbr && _tokens[m2].Capital && !Adjacent(m2))
        {
            int month = _tokens[m2].Value;
            last = m2;
            if (Word(m2) == W.MonthAbbr && Sym(m2 + 1, '.') && Adjacent(m2 + 1))
            {
                last = m2 + 1;
            }

            spec.Form = Form.MonthDay;
            spec.Month = month;
            spec.Day = small;
            int y = last + 1;
            if (Sym(y, ','))
            {
                y++;
            }

            int year = Num(y, 4, 4);
            if (year >= 1000 && IsYearNumber(y))
            {
                spec.Form = Form.Date;
                spec.Year = year;
                last = y;
                return IsValidDate(year, month, small);
            }

            return IsValidDate(2000, month, small);
        }

        // two days ago, 10 years ago
        return TryCountAgo(j, out last, out spec);
    }

    /// <summary>A year in words, as spoken in broadcast transcripts: "nineteen ninety-six", "two thousand".</summary>
    private bool SpelledYear(int k, out int year, out int last)
    {
        year = 0;
        last = k;
        if (Word(k) != W.NumWord)
        {
            return false;
        }

        int head = _tokens[k].Value;
        if (head == 2 && Word(k + 1) == W.NumWord && _tokens[k + 1].Value == 1000)
        {
            year = 2000;
            last = k + 1;
            return true;
        }

        if (head is < 11 or > 20 || Word(k + 1) != W.NumWord)
        {
            return false;
        }

        int tens = _tokens[k + 1].Value;
        if (tens is < 20 or > 90 || tens % 10 != 0)
        {
            return false;
        }

        year = (head * 100) + tens;
        last = k + 1;
        if (Sym(k + 2, '-') && Adjacent(k + 2) && Adjacent(k + 3) && Word(k + 3) == W.NumWord && _tokens[k + 3].Value is >= 1 and <= 9)
        {
            year += _tokens[k + 3].Value;
            last = k + 3;
        }

        return true;
    }

    private bool IsQuarterWord(int k) => Word(k) == W.Unit && _tokens[k].Value == (int)DateUnit.Quarter;

    /// <summary>A four-digit number that reads as a year rather than an amount, a time or part of a larger number.</summary>
    private bool IsYearNumber(int k)
    {
        DateToken t = _tokens[k];
        if (t.Value is < 1000 or > 2999)
        {
            return false;
        }

        if (k > 0)
        {
            DateToken previous = _tokens[k - 1];
            if (previous.Kind == DateTokenKind.Symbol && previous.Value is '$' or '#' or '\u00A3' or '\u20AC' or '\u00A5')
            {
                return false;
            }

            if (Adjacent(k) && (previous.Kind is DateTokenKind.Number or DateTokenKind.Word || (previous.Value is ',' or '.' or ':' or '/' && k > 1 && Adjacent(k - 1) && _tokens[k - 2].Kind == DateTokenKind.Number)))
            {
                return false;
            }

            if (IsWord(k - 1, "No") || IsWord(k - 1, "number") || IsWord(k - 1, "route") || IsWord(k - 1, "flight"))
            {
                return false;
            }
        }

        if (k + 1 < _tokens.Count)
        {
            DateToken next = _tokens[k + 1];
            if (Adjacent(k + 1))
            {
                if (next.Kind is DateTokenKind.Number or DateTokenKind.Word && next.Word != W.S)
                {
                    return false;
                }

                if (next.Value is '%' or ':' && next.Kind == DateTokenKind.Symbol)
                {
                    return false;
                }

                if (next.Value is ',' or '.' && next.Kind == DateTokenKind.Symbol && Adjacent(k + 2) && Num(k + 2, 1, 9) >= 0)
                {
                    return false;
                }
            }

            if (next.Kind == DateTokenKind.Word && (IsWord(k + 1, "percent") || IsWord(k + 1, "people") || IsWord(k + 1, "feet")
                || IsWord(k + 1, "meters") || IsWord(k + 1, "miles") || IsWord(k + 1, "votes") || IsWord(k + 1, "troops")
                || IsWord(k + 1, "shares") || IsWord(k + 1, "points") || IsWord(k + 1, "dollars") || IsWord(k + 1, "tons")
                || IsWord(k + 1, "hours") || IsWord(k + 1, "members") || IsWord(k + 1, "soldiers") || IsWord(k + 1, "men")))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsValidDate(int year, int month, int day)
        => year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private bool TryShortDecade(int j, out int last, out Spec spec)
    {
        // '90s
        last = j + 2;
        spec = default;
        int decade = Adjacent(j + 1) ? Num(j + 1, 2, 2) : -1;
        if (decade < 0 || decade % 10 != 0 || Word(j + 2) != W.S || !Adjacent(j + 2))
        {
            return false;
        }

        spec.Form = Form.DecadeShort;
        spec.Number = decade;
        return true;
    }

    private bool TryMonth(int j, out int last, out Spec spec)
    {
        last = j;
        spec = default;
        DateToken t = _tokens[j];
        spec.Month = t.Value;
        int k = j + 1;
        bool abbreviation = t.Word == W.MonthAbbr;
        if (Sym(k, '.') && Adjacent(k) && abbreviation)
        {
            k++;
        }

        if (!t.Capital)
        {
            return false;
        }

        int day = Num(k, 1, 2);
        if (day is >= 1 and <= 31 && !(Adjacent(k + 1) && (Sym(k + 1, ',') || Sym(k + 1, '.') || Sym(k + 1, ':')) && Num(k + 2, 1, 9) >= 0 && Adjacent(k + 2)))
        {
            last = k;
            if (Word(k + 1) == W.OrdSuffix && Adjacent(k + 1))
            {
                last = k + 1;
            }

            spec.Form = Form.MonthDay;
            spec.Day = day;
            int y = last + 1;
            if (Sym(y, ','))
            {
                y++;
            }

            int year = Num(y, 4, 4);
            if (year >= 1000 && IsYearNumber(y))
            {
                spec.Form = Form.Date;
                spec.Year = year;
                last = y;
                return IsValidDate(year, spec.Month, day);
            }

            return IsValidDate(2000, spec.Month, day);
        }

        int yearAfter = k;
        if (Sym(yearAfter, ',') || Word(yearAfter) == W.Of)
        {
            yearAfter++;
        }

        int monthYear = Num(yearAfter, 4, 4);
        if (monthYear >= 1000 && IsYearNumber(yearAfter))
        {
            spec.Form = Form.MonthYear;
            spec.Year = monthYear;
            last = yearAfter;
            return true;
        }

        if (SpelledYear(yearAfter, out int spelled, out int spelledLast))
        {
            spec.Form = Form.MonthYear;
            spec.Year = spelled;
            last = spelledLast;
            return true;
        }

        // January this year, July last year
        if (Word(k) is W.This or W.Last or W.Next && Word(k + 1) == W.Year)
        {
            spec.Form = Form.MonthInYear;
            spec.Offset = Word(k) switch { W.Last => -1, W.Next => 1, _ => 0 };
            last = k + 1;
            return true;
        }

        last = k - 1;
        if (abbreviation && last == j && !(Sym(j + 1, '.') && Adjacent(j + 1)))
        {
            return false;
        }

        // A month alone: "May" and "March" need a date word before them; a month followed by a capitalised
        // word is likely a name ("June Carter").
        if (k < _tokens.Count && _tokens[k].Kind == DateTokenKind.Word && _tokens[k].Capital && !abbreviation)
        {
            return false;
        }

        if (t.Value is 5 or 3 && !IsMonthContext(j - 1))
        {
            return false;
        }

        spec.Form = Form.Month;
        return true;
    }

    private bool IsMonthContext(int k)
    {
        if (k < 0)
        {
            return false;
        }

        W w = Word(k);
        if (w is W.Early or W.Late or W.Mid or W.Last or W.Next or W.This or W.Of or W.Before or W.After or W.From)
        {
            return true;
        }

        return IsWord(k, "in") || IsWord(k, "by") || IsWord(k, "through") || IsWord(k, "during") || IsWord(k, "to")
            || IsWord(k, "till") || IsWord(k, "since") || IsWord(k, "until") || IsWord(k, "between") || IsWord(k, "and") || Sym(k, '-');
    }

    private bool TryRelative(int j, bool the, out int last, out Spec spec)
    {
        last = j;
        spec = default;
        W rel = Word(j);
        int k = j + 1;
        if (rel == W.This && Word(k) == W.Past)
        {
            rel = W.Last;
            k++;
        }
        else if (rel == W.This && Word(k) == W.Coming)
        {
            rel = W.Next;
            k++;
        }

        int offset = rel switch { W.Last or W.Past or W.Previous => -1, W.Next or W.Coming => 1, _ => 0 };
        W w = Word(k);
        DateToken t = k < _tokens.Count ? _tokens[k] : default;
        if (w == W.Units && rel == W.Coming)
        {
            spec.Form = Form.Vague;
            last = k;
            return true;
        }

        if (rel == W.That)
        {
            if (IsQuarterWord(k))
            {
                spec.Form = Form.QuarterRef;
                last = k;
                return true;
            }

            return false;
        }

        if (rel is W.Past or W.Coming or W.Previous && !the)
        {
            return false;
        }

        if (w == W.Year || (w == W.Unit && t.Value != (int)DateUnit.Century))
        {
            var unit = (DateUnit)t.Value;
            last = k;
            spec.Form = Form.UnitOffset;
            spec.Unit = unit;
            spec.Offset = offset;
            if (unit == DateUnit.Weekend)
            {
                spec.Form = Form.Weekend;
                spec.Rel = offset switch { -1 => Rel.Last, 1 => Rel.Next, _ => Rel.This };
                return true;
            }

            if (unit == DateUnit.Quarter && rel == W.This)
            {
                spec.Form = Form.QuarterRef;
                spec.Current = true;
                return true;
            }

            // last year's third quarter, last year's quarter
            if (unit == DateUnit.Year && IsApostrophe(k + 1) && Word(k + 2) == W.S && Adjacent(k + 2))
            {
                int q = k + 3;
                if (Word(q) == W.Fiscal)
                {
                    q++;
                }

                if (Word(q) == W.Ordinal && _tokens[q].Value <= 4 && IsQuarterWord(q + 1))
                {
                    spec.Form = Form.Quarter;
                    spec.Number = _tokens[q].Value;
                    last = q + 1;
                }
                else if (IsQuarterWord(q) || Word(q) == W.Period)
                {
                    spec.Form = Form.QuarterRef;
                    last = q;
                }
            }

            return true;
        }

        if (w is W.Month && t.Capital)
        {
            spec.Form = Form.Month;
            spec.Month = t.Value;
            spec.Rel = rel switch { W.Last or W.Past or W.Previous => Rel.Last, W.Next or W.Coming => Rel.Next, _ => Rel.This };
            last = k;
            return true;
        }

        if (w == W.Weekday && t.Capital)
        {
            spec.Form = Form.Weekday;
            spec.Number = t.Value;
            spec.Rel = rel switch { W.Last or W.Past or W.Previous => Rel.Last, W.Next or W.Coming => Rel.Next, _ => Rel.This };
            last = Word(k + 1) is W.PartOfDay or W.Night ? k + 1 : k;
            return true;
        }

        if (w == W.Season)
        {
            return TrySeason(k, true, rel switch { W.Last or W.Past or W.Previous => Rel.Last, W.Next or W.Coming => Rel.Next, _ => Rel.This }, out last, out spec);
        }

        if (w is W.PartOfDay or W.Night && rel is W.This or W.Last)
        {
            spec.Form = Form.DayOffset;
            spec.Offset = rel == W.Last ? -1 : 0;
            last = k;
            return true;
        }

        return false;
    }

    private bool TrySeason(int j, bool determined, Rel rel, out int last, out Spec spec)
    {
        last = j;
        spec = default;
        spec.Form = Form.Season;
        spec.Number = _tokens[j].Value;
        spec.Rel = rel;
        bool hasYear = TryTrailingYear(ref last, ref spec);
        return hasYear || determined;
    }

    private bool TryCountAgo(int j, out int last, out Spec spec)
    {
        last = j;
        spec = default;
        int count;
        bool vague = false;
        int k = j;
        W w = Word(k);
        if (w is W.Few or W.Several)
        {
            count = 3;
            vague = true;
        }
        else if (w is W.A or W.NumWord)
        {
            count = _tokens[k].Value;
            if (w == W.A && Word(k + 1) == W.Few)
            {
                k++;
                vague = true;
            }
            else if (w == W.NumWord && Sym(k + 1, '-') && Adjacent(k + 1) && Word(k + 2) == W.NumWord && _tokens[k + 2].Value < 10)
            {
                count += _tokens[k + 2].Value;
                k += 2;
            }
        }
        else
        {
            count = Num(k, 1, 3);
            if (count < 0)
            {
                return false;
            }
        }

        k++;
        if (Word(k) is not (W.Unit or W.Units or W.Year or W.Day))
        {
            return false;
        }

        var unit = (DateUnit)_tokens[k].Value;
        if (unit is DateUnit.Century or DateUnit.Weekend || count > 500)
        {
            return false;
        }

        k++;
        W after = Word(k);
        bool earlier;
        if (after == W.Ago)
        {
            earlier = false;
        }
        else if (after is W.Earlier or W.Before)
        {
            earlier = true;
        }
        else
        {
            return false;
        }

        last = k;
        if (vague)
        {
            spec.Form = Form.Vague;
            return true;
        }

        if (count == 1 && unit == DateUnit.Year)
        {
            spec.Form = Form.YearShift;
            spec.Earlier = earlier;
            return true;
        }

        if (earlier)
        {
            // "two days earlier": relative to a date the resolver does not track; leave it unresolved.
            spec.Form = Form.Vague;
            return true;
        }

        spec.Form = Form.UnitOffset;
        spec.Unit = unit;
        spec.Offset = -count;
        spec.Ago = true;
        return true;
    }

    private bool TryYearWord(int j, bool the, out int last, out Spec spec, out bool keepThe)
    {
        last = j;
        spec = default;
        keepThe = true;

        // year-ago, year-earlier (+ quarter / period / third quarter)
        if (Sym(j + 1, '-') && Adjacent(j + 1) && Adjacent(j + 2) && Word(j + 2) is W.Ago or W.Earlier)
        {
            spec.Form = Form.YearShift;
            spec.Earlier = true;
            last = j + 2;
            int k = j + 3;
            if (Word(k) == W.Fiscal)
            {
                k++;
            }

            if (Word(k) == W.Ordinal && _tokens[k].Value <= 4 && IsQuarterWord(k + 1))
            {
                spec.Form = Form.Quarter;
                spec.Number = _tokens[k].Value;
                spec.Offset = -1;
                last = k + 1;
            }
            else if (IsQuarterWord(k) || Word(k) == W.Period)
            {
                spec.Number = 1;
                last = k;
            }
            else if (the)
            {
                // "The year-ago results": the adjective alone is the expression.
                keepThe = false;
            }

            return true;
        }

        if (the && SpelledYear(j + 1, out int spelled, out int spelledLast))
        {
            spec.Form = Form.Year;
            spec.Year = spelled;
            last = spelledLast;
            return true;
        }

        if (the && !(Sym(j + 1, '-') && Adjacent(j + 1)) && Word(j + 1) is not (W.NumWord or W.A))
        {
            spec.Form = Form.UnitOffset;
            spec.Unit = DateUnit.Year;
            return true;
        }

        return false;
    }

    private bool TryCorresponding(int j, out int last, out Spec spec)
    {
        // the same period last year, the comparable year-ago quarter, the corresponding quarter a year earlier
        last = j;
        spec = default;
        int k = j + 1;
        bool shifted = false;
        if (Word(k) == W.Year && Sym(k + 1, '-') && Word(k + 2) is W.Ago or W.Earlier)
        {
            shifted = true;
            k += 3;
        }

        if (!(IsQuarterWord(k) || Word(k) == W.Period))
        {
            return false;
        }

        last = k;
        if (Word(k + 1) == W.Last && Word(k + 2) == W.Year)
        {
            shifted = true;
            last = k + 2;
        }
        else if (Word(k + 1) == W.A && Word(k + 2) == W.Year && Word(k + 3) is W.Ago or W.Earlier)
        {
            shifted = true;
            last = k + 3;
        }

        spec.Form = Form.YearShift;
        spec.Earlier = true;
        spec.Number = 1;
        return shifted;
    }

    private bool TryOrdinal(int j, out int last, out Spec spec)
    {
        last = j;
        spec = default;
        int n = _tokens[j].Value;
        int k = j + 1;
        if (Sym(k, '-') && Adjacent(k))
        {
            k++;
        }

        if (IsQuarterWord(k) && n <= 4)
        {
            spec.Form = Form.Quarter;
        }
        else if (Word(k) == W.Half && n <= 2)
        {
            spec.Form = Form.Half;
        }
        else
        {
            return false;
        }

        spec.Number = n;
        last = k;
        TryTrailingYear(ref last, ref spec);
        return true;
    }
}
