using System;
using System.Globalization;
using System.Text;

namespace NewsModel;

/// <summary>Turns offsets into lines, columns and excerpts for error messages.</summary>
internal static class TextPosition
{
    /// <summary>One-based line and column (UTF-16 code units) of <paramref name="offset"/>; \r\n, \n and \r end lines.</summary>
    public static (int Line, int Column) LineAndColumn(ReadOnlySpan<char> text, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++)
        {
            char c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }

    /// <summary>Up to <paramref name="max"/> characters from <paramref name="offset"/>, stopping at a line break, control characters escaped.</summary>
    public static string Excerpt(ReadOnlySpan<char> text, int offset, int max)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        StringBuilder builder = new();
        for (int i = offset; i < text.Length && i < offset + max; i++)
        {
            char c = text[i];
            if (c is '\n' or '\r')
            {
                break;
            }

            if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u200B' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
