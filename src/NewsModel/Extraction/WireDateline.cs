using System;

namespace NewsModel.Extraction;

/// <summary>
/// The dateline a wire service puts before the first sentence of a story: "BRUSSELS (Reuters) — ", "BEDFORD, N.H. (AP)
/// — ", "MEXICO CITY - ", "LONG BEACH, Calif. -- ", "SAN JUAN, Puerto Rico — ". The actors read its place, the
/// statements leave it out of the first sentence's content.
/// </summary>
/// <remarks>
/// A dateline is: one to four words in capitals (two letters or more, no lower-case letter); optionally a comma and
/// one to four capitalised words (the state or country) or a date ("Dec. 8"); optionally an agency in brackets; then a
/// dash (<c>—</c>, <c>―</c>, <c>–</c>, <c>-</c> or <c>--</c>) with white space on both sides (a long dash may stand
/// without), and a sentence that begins with a capital letter, a digit or a quotation mark ("NATO — and the EU — sent
/// ships" has none). Hand-written, linear in the length of the dateline; it looks at no more than 120 characters.
/// </remarks>
internal static class WireDateline
{
    private const int MaxLength = 120;

    /// <summary>Matches a dateline at the start of <paramref name="line"/>.</summary>
    /// <param name="line">The text from the first character of a line on.</param>
    /// <param name="placeEnd">Where the words in capitals end (exclusive), in UTF-16 code units from the line's start.</param>
    /// <param name="bodyStart">Where the sentence after the dash begins, likewise.</param>
    /// <returns>Whether the line opens with a dateline.</returns>
    public static bool TryMatch(ReadOnlySpan<char> line, out int placeEnd, out int bodyStart)
    {
        placeEnd = 0;
        bodyStart = 0;
        if (line.Length > MaxLength)
        {
            line = line[..MaxLength];
        }

        int i = 0;
        int words = 0;
        while (words < 4 && CapitalsWordEnd(line, i) is int end and > 0)
        {
            words++;
            placeEnd = end;
            i = end;
            if (i + 1 < line.Length && line[i] == ' ' && CapitalsWordEnd(line, i + 1) > 0)
            {
                i++;
                continue;
            }

            break;
        }

        if (words == 0)
        {
            return false;
        }

        if (i < line.Length && line[i] == ',')
        {
            // the state or country ("N.H.", "Calif.", "Ukraine", "Puerto Rico") or the date ("Dec. 8")
            i++;
            int state = 0;
            while (state < 4 && i + 1 < line.Length && line[i] == ' ' && (char.IsUpper(line[i + 1]) || (state > 0 && char.IsAsciiDigit(line[i + 1]))))
            {
                i += 2;
                while (i < line.Length && (char.IsLetterOrDigit(line[i]) || line[i] == '.'))
                {
                    i++;
                }

                state++;
            }

            if (state == 0)
            {
                return false;
            }
        }

        if (i + 1 < line.Length && line[i] == ' ' && line[i + 1] == '(')
        {
            int close = line[(i + 2)..].IndexOf(')');
            if (close <= 0)
            {
                return false;
            }

            i += 2 + close + 1;
        }

        // the dash: white space around it, but none needed around a long one ("MOVING SHOP\u2014\"…")
        bool spaced = i < line.Length && char.IsWhiteSpace(line[i]);
        if (spaced)
        {
            i++;
        }

        int dash = i;
        while (spaced && i < line.Length && i - dash < 2 && line[i] == '-')
        {
            i++;
        }

        if (i == dash && i < line.Length && line[i] is '\u2014' or '\u2015' or '\u2013')
        {
            i++;
        }

        if (i == dash || i >= line.Length || (spaced && !char.IsWhiteSpace(line[i])))
        {
            return false;
        }

        while (i < line.Length && char.IsWhiteSpace(line[i]))
        {
            i++;
        }

        if (i >= line.Length || !(char.IsUpper(line[i]) || char.IsDigit(line[i]) || line[i] is '"' or '\u201C' or '\'' or '\u2018'))
        {
            return false;
        }

        bodyStart = i;
        return true;
    }

    /// <summary>The end of a word in capitals that begins at <paramref name="i"/> ("WASHINGTON", "ST.", "WINSTON-SALEM"), or 0.</summary>
    private static int CapitalsWordEnd(ReadOnlySpan<char> line, int i)
    {
        int letters = 0;
        int k = i;
        while (k < line.Length && (char.IsLetter(line[k]) || line[k] is '.' or '-' or '\'' or '\u2019'))
        {
            if (char.IsLower(line[k]))
            {
                return 0;
            }

            if (line[k] == '-' && (k + 1 >= line.Length || !char.IsLetter(line[k + 1])))
            {
                break; // "OSLO -- …": the dash is no part of the word
            }

            letters += char.IsLetter(line[k]) ? 1 : 0;
            k++;
        }

        return letters >= 2 && char.IsLetter(line[i]) ? k : 0;
    }
}
