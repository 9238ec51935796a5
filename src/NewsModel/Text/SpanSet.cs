using System;
#if NET9_0_OR_GREATER
using System.Collections.Frozen;
#endif

namespace NewsModel.Text;

/// <summary>
/// An immutable set of short strings that answers <see cref="Contains"/> for a span without allocating, by ordinal
/// comparison. On .NET 9 and later it uses a <c>FrozenSet</c> alternate lookup; on .NET 8 a binary search over an
/// ordinally sorted array. Both paths are always compiled so the tests can compare them. Before either, two 64-bit
/// masks (the lengths of the words, and their first characters modulo 64) turn most absent words away without
/// hashing: most words of a text are in no small set.
/// </summary>
internal sealed class SpanSet
{
    private readonly string[] _sorted;
    private readonly ulong _lengths;
    private readonly ulong _firstChars;
#if NET9_0_OR_GREATER
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
#endif

    internal SpanSet(string[] words)
    {
        _sorted = (string[])words.Clone();
        Array.Sort(_sorted, StringComparer.Ordinal);
        int max = 0;
        foreach (string word in _sorted)
        {
            max = Math.Max(max, word.Length);
            _lengths |= 1UL << Math.Min(word.Length, 63);
            _firstChars |= word.Length == 0 ? 0 : 1UL << (word[0] & 63);
        }

        MaxLength = max;
#if NET9_0_OR_GREATER
        _lookup = _sorted.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>The length of the longest word in the set.</summary>
    internal int MaxLength { get; }

    /// <summary>Whether <paramref name="word"/> is in the set (ordinal, case-sensitive).</summary>
    internal bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxLength || (_lengths & (1UL << Math.Min(word.Length, 63))) == 0 || (_firstChars & (1UL << (word[0] & 63))) == 0)
        {
            return false;
        }

#if NET9_0_OR_GREATER
        return _lookup.Contains(word);
#else
        return ContainsBySearch(word);
#endif
    }

    /// <summary>The .NET 8 path: a binary search with ordinal comparison.</summary>
    internal bool ContainsBySearch(ReadOnlySpan<char> word)
    {
        int lo = 0;
        int hi = _sorted.Length - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            int cmp = word.SequenceCompareTo(_sorted[mid].AsSpan());
            if (cmp == 0)
            {
                return true;
            }

            if (cmp < 0)
            {
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return false;
    }
}
