using System;
using NodaTime;

namespace NewsModel.Parsing;

/// <summary>The wire-format header: where the body starts in the input, and the dateline's date.</summary>
internal readonly record struct ArticleHeader(int BodyStart, LocalDate? Dateline)
{
    /// <summary>Reads the header of <paramref name="input"/>; returns an error, or null on success.</summary>
    public static NewsParseError? Read(string input, ArticleParserOptions options, out ArticleHeader header)
    {
        header = default;
        if (input.Length > options.MaxTextLength)
        {
            return NewsParseError.At(
                NewsParseErrorCode.TextTooLong,
                $"The text is {input.Length} UTF-16 code units long, more than the limit of {options.MaxTextLength} (ArticleParserOptions.MaxTextLength).",
                input,
                options.MaxTextLength);
        }

        ReadOnlySpan<char> span = input;
        if (!options.ReadDateline)
        {
            header = new ArticleHeader(0, null);
            return span.IsWhiteSpace() ? Empty(input) : null;
        }

        int i = 0;
        if (i < span.Length && span[i] == '\uFEFF')
        {
            i++;
        }

        while (i < span.Length && char.IsWhiteSpace(span[i]))
        {
            i++;
        }

        LocalDate? dateline = null;
        if (IsDatelineKeyword(span, i, out int dateStart))
        {
            int dateEnd = dateStart;
            while (dateEnd < span.Length && !char.IsWhiteSpace(span[dateEnd]))
            {
                dateEnd++;
            }

            ReadOnlySpan<char> token = span[dateStart..dateEnd];
            if (!TryParseIsoDate(token, out LocalDate date))
            {
                string shown = TextPosition.Excerpt(token, 0, 20);
                return NewsParseError.At(
                    NewsParseErrorCode.InvalidDateline,
                    $"The dateline '{shown}' is not a valid date (expected YYYY-MM-DD).",
                    input,
                    dateStart);
            }

            dateline = date;
            i = dateEnd;
            while (i < span.Length && char.IsWhiteSpace(span[i]))
            {
                i++;
            }
        }

        if (i >= span.Length)
        {
            return Empty(input);
        }

        header = new ArticleHeader(i, dateline);
        return null;
    }

    private static NewsParseError Empty(string input) =>
        NewsParseError.At(NewsParseErrorCode.EmptyText, "The article has no text.", input, input.Length);

    /// <summary>Whether <c>date</c> (any ASCII case) stands at <paramref name="i"/>, followed by blanks and a digit.</summary>
    private static bool IsDatelineKeyword(ReadOnlySpan<char> span, int i, out int dateStart)
    {
        dateStart = -1;
        if (span.Length - i < 6 || !span.Slice(i, 4).Equals("date", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int j = i + 4;
        if (span[j] is not (' ' or '\t'))
        {
            return false;
        }

        while (j < span.Length && span[j] is ' ' or '\t')
        {
            j++;
        }

        if (j >= span.Length || !char.IsAsciiDigit(span[j]))
        {
            return false;
        }

        dateStart = j;
        return true;
    }

    /// <summary>Parses exactly <c>YYYY-MM-DD</c> into a valid ISO date.</summary>
    internal static bool TryParseIsoDate(ReadOnlySpan<char> s, out LocalDate date)
    {
        date = default;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-')
        {
            return false;
        }

        if (!TryDigits(s[..4], out int year) || !TryDigits(s.Slice(5, 2), out int month) || !TryDigits(s.Slice(8, 2), out int day))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
