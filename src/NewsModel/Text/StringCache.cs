using System;

namespace NewsModel.Text;

/// <summary>
/// A small per-thread cache of short strings made from spans of text: the names, surnames and cue words the stages
/// turn into strings come back again and again (in one article and across articles), and each hit saves an
/// allocation.
/// </summary>
/// <remarks>
/// Direct-mapped: <see cref="Slots"/> strings per thread, one per hash value; a miss replaces what was there. Only
/// spans of at most <see cref="MaxLength"/> characters are cached, so a thread keeps at most a few hundred kilobytes.
/// The string returned always equals the span; which instance it is never matters (strings are immutable, and no
/// caller compares references). Thread-safe: each thread has its own cache.
/// </remarks>
internal static class StringCache
{
    /// <summary>The longest span cached, in UTF-16 code units.</summary>
    public const int MaxLength = 48;

    /// <summary>Strings kept per thread (a power of two).</summary>
    public const int Slots = 1024;

    [ThreadStatic]
    private static string?[]? t_strings;

    /// <summary>A string equal to <paramref name="span"/>: a cached one when the thread made it recently.</summary>
    public static string Get(ReadOnlySpan<char> span)
    {
        if (span.IsEmpty)
        {
            return string.Empty;
        }

        if (span.Length > MaxLength)
        {
            return span.ToString();
        }

        string?[] strings = t_strings ??= new string?[Slots];
        int slot = (int)(SpanTable.Hash(span) & (Slots - 1));
        string? cached = strings[slot];
        if (cached is not null && span.SequenceEqual(cached))
        {
            return cached;
        }

        string made = span.ToString();
        strings[slot] = made;
        return made;
    }
}
