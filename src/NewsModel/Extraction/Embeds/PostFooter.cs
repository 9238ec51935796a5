using System;
using NodaTime;

namespace NewsModel.Extraction.Embeds;

/// <summary>
/// The footer of a social-media post as it reads when copied from a web page:
/// <c>— Display Name (@Handle) December 14, 2025</c> (X/Twitter's embed layout). Positions are offsets into the text.
/// </summary>
internal readonly record struct PostFooter(int DashStart, TextSpan Author, TextSpan Handle, LocalDate Date, int End)
{
    private const int MaxAuthorLength = 120;
    private const int MaxHandleLength = 30;

    /// <summary>Finds the last post footer in <paramref name="text"/>[start, end): the one that ends the post.</summary>
    public static bool TryFindLast(ReadOnlySpan<char> text, int start, int end, out PostFooter footer)
    {
        footer = default;
        int searchEnd = end;
        while (searchEnd > start)
        {
            int open = text[start..searchEnd].LastIndexOf("(@", StringComparison.Ordinal);
            if (open < 0)
            {
                return false;
            }

            open += start;
            if (TryRead(text, start, end, open, out footer))
            {
                return true;
            }

            searchEnd = open;
        }

        return false;
    }

    private static bool TryRead(ReadOnlySpan<char> text, int start, int end, int open, out PostFooter footer)
    {
        footer = default;

        // (@Handle)
        int handleStart = open + 1;
        int i = handleStart + 1;
        while (i < end && i - handleStart <= MaxHandleLength && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
        {
            i++;
        }

        if (i == handleStart + 1 || i >= end || text[i] != ')')
        {
            return false;
        }

        TextSpan handle = TextSpan.FromBounds(handleStart, i);

        // Month D, YYYY (or D Month YYYY) after the handle, ending the line.
        int dateStart = SkipSpaces(text, i + 1, end);
        if (!TryReadDate(text, dateStart, end, out LocalDate date, out int dateEnd))
        {
            return false;
        }

        int after = SkipSpaces(text, dateEnd, end);
        if (after < end && text[after] is not ('\n' or '\r'))
        {
            return false;
        }

        // — Display Name, on the same line, before the handle.
        int authorEnd = open;
        while (authorEnd > start && text[authorEnd - 1] == ' ')
        {
            authorEnd--;
        }

        int dash = -1;
        for (int j = authorEnd - 1; j >= start && authorEnd - j <= MaxAuthorLength; j--)
        {
            char c = text[j];
            if (c is '\n' or '\r')
            {
                break;
            }

            if ((c is '—' or '–' or '-') && j + 1 < authorEnd && text[j + 1] == ' ' && (j == start || text[j - 1] is ' ' or '-'))
            {
                dash = j > start && text[j - 1] == '-' ? j - 1 : j;
                break;
            }
        }

        if (dash < 0)
        {
            return false;
        }

        int authorStart = SkipSpaces(text, dash + (text[dash] == '-' && text[dash + 1] == '-' ? 2 : 1), authorEnd);
        if (authorStart >= authorEnd)
        {
            return false;
        }

        footer = new PostFooter(dash, TextSpan.FromBounds(authorStart, authorEnd), handle, date, dateEnd);
        return true;
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int i, int end)
    {
        while (i < end && text[i] is ' ' or '\t' or '\u00A0')
        {
            i++;
        }

        return i;
    }

    /// <summary>Reads <c>December 14, 2025</c>, <c>Dec 14, 2025</c> or <c>14 December 2025</c>.</summary>
    internal static bool TryReadDate(ReadOnlySpan<char> text, int i, int end, out LocalDate date, out int dateEnd)
    {
        date = default;
        dateEnd = i;
        if (i < end && char.IsAsciiDigit(text[i]))
        {
            int day = ReadNumber(text, ref i, end, 2);
            i = SkipSpaces(text, i, end);
            int month = ReadMonth(text, ref i, end);
            i = SkipSpaces(text, i, end);
            int year = ReadNumber(text, ref i, end, 4);
            return Make(year, month, day, out date) && (dateEnd = i) > 0;
        }
        else
        {
            int month = ReadMonth(text, ref i, end);
            i = SkipSpaces(text, i, end);
            int day = ReadNumber(text, ref i, end, 2);
            if (i < end && text[i] == ',')
            {
                i++;
            }

            i = SkipSpaces(text, i, end);
            int year = ReadNumber(text, ref i, end, 4);
            return Make(year, month, day, out date) && (dateEnd = i) > 0;
        }
    }

    private static bool Make(int year, int month, int day, out LocalDate date)
    {
        date = default;
        if (year < 1900 || year > 9999 || month < 1 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static int ReadNumber(ReadOnlySpan<char> text, ref int i, int end, int maxDigits)
    {
        int start = i;
        int value = 0;
        while (i < end && i - start < maxDigits && char.IsAsciiDigit(text[i]))
        {
            value = (value * 10) + (text[i] - '0');
            i++;
        }

        return i == start || (i < end && char.IsAsciiDigit(text[i])) ? -1 : value;
    }

    private static readonly string[] s_months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static int ReadMonth(ReadOnlySpan<char> text, ref int i, int end)
    {
        int start = i;
        while (i < end && char.IsAsciiLetter(text[i]))
        {
            i++;
        }

        ReadOnlySpan<char> word = text[start..i];
        if (word.Length < 3)
        {
            return -1;
        }

        for (int m = 0; m < s_months.Length; m++)
        {
            string name = s_months[m];
            if (word.Equals(name, StringComparison.OrdinalIgnoreCase) || (word.Length == 3 && name.AsSpan(0, 3).Equals(word, StringComparison.OrdinalIgnoreCase)))
            {
                if (word.Length == 3 && i < end && text[i] == '.')
                {
                    i++;
                }

                return m + 1;
            }
        }

        return -1;
    }
}
