using System;

namespace NewsModel;

/// <summary>Well-formedness of UTF-16 text: JSON cannot carry unpaired surrogates, so the model keeps them out.</summary>
internal static class Utf16
{
    /// <summary>The offset of the first unpaired surrogate, or -1 when the text is well-formed.</summary>
    public static int IndexOfLoneSurrogate(ReadOnlySpan<char> text)
    {
        int offset = 0;
        while (true)
        {
            int i = text[offset..].IndexOfAnyInRange('\uD800', '\uDFFF');
            if (i < 0)
            {
                return -1;
            }

            i += offset;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                offset = i + 2;
                continue;
            }

            return i;
        }
    }

    /// <summary>The text with every unpaired surrogate replaced by U+FFFD: same length, so every offset still holds.</summary>
    public static string ReplaceLoneSurrogates(string text)
    {
        int first = IndexOfLoneSurrogate(text);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (destination, state) =>
        {
            state.text.AsSpan().CopyTo(destination);
            int offset = state.first;
            while (offset >= 0)
            {
                destination[offset] = '\uFFFD';
                int next = IndexOfLoneSurrogate(destination[(offset + 1)..]);
                offset = next < 0 ? -1 : offset + 1 + next;
            }
        });
    }
}
