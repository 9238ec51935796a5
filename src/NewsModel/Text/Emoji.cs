using System;

namespace NewsModel.Text;

/// <summary>Symbol and emoji sequences: what follows a symbol and still belongs to it.</summary>
internal static class Emoji
{
    /// <summary>
    /// The end of the symbol sequence that starts with the symbol at <paramref name="i"/> (of <paramref name="width"/>
    /// code units): a flag (two regional indicators), or the symbol followed by marks (variation selectors, keycap),
    /// skin-tone modifiers, tag characters, and ZWJ + symbol links.
    /// </summary>
    internal static int ScanSequence(ReadOnlySpan<char> s, int i, int width)
    {
        int j = i + width;
        if (width == 2 && IsRegionalIndicator(CharInfo.CodePointAt(s, i, out _)))
        {
            if (j + 1 < s.Length && IsRegionalIndicator(CharInfo.CodePointAt(s, j, out int w)))
            {
                return j + w;
            }

            return j;
        }

        while (j < s.Length && s[j] >= 128)
        {
            int cp = CharInfo.CodePointAt(s, j, out int w);
            if (IsModifier(cp) || IsTag(cp) || CharInfo.ClassifyNonAscii(s, j, out _) == CharClass.Mark)
            {
                j += w;
                continue;
            }

            if (cp == 0x200D && j + 1 < s.Length && CharInfo.Classify(s, j + 1, out int w2) == CharClass.Symbol)
            {
                j += 1 + w2;
                continue;
            }

            break;
        }

        return j;
    }

    private static bool IsRegionalIndicator(int cp) => cp is >= 0x1F1E6 and <= 0x1F1FF;

    private static bool IsModifier(int cp) => cp is >= 0x1F3FB and <= 0x1F3FF;

    private static bool IsTag(int cp) => cp is >= 0xE0020 and <= 0xE007F;
}
