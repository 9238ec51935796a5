using System;
using System.Runtime.CompilerServices;

namespace NewsModel.Text;

/// <summary>
/// An immutable set of short strings that answers <see cref="Contains"/> for a span without allocating, by ordinal
/// comparison, through a <see cref="SpanTable"/>. A binary search over an ordinally sorted array
/// (<see cref="ContainsBySearch"/>) is kept so that the tests can compare the two. Before the lookup, a 64-bit mask
/// per length (the first characters, modulo 64, of the words of that length) turns most absent words away without
/// hashing: most words of a text are in no small set, and a mask per length turns away several times more of them
/// than one mask of lengths and one of first characters did.
/// </summary>
internal sealed class SpanSet
{
    private readonly string[] _sorted;
    private readonly ulong[] _firstCharsByLength; // index: a length up to MaxLength; bit: a first character modulo 64
    private readonly SpanTable _lookup;

    internal SpanSet(string[] words)
    {
        _sorted = (string[])words.Clone();
        Array.Sort(_sorted, StringComparer.Ordinal);
        int max = 0;
        foreach (string word in _sorted)
        {
            max = Math.Max(max, word.Length);
        }

        _firstCharsByLength = new ulong[max + 1];
        foreach (string word in _sorted)
        {
            if (word.Length > 0)
            {
                _firstCharsByLength[word.Length] |= 1UL << (word[0] & 63);
            }
        }

        MaxLength = max;
        _lookup = new SpanTable(_sorted);
    }

    /// <summary>The length of the longest word in the set.</summary>
    internal int MaxLength { get; }

    /// <summary>Whether <paramref name="word"/> is in the set (ordinal, case-sensitive).</summary>
    /// <remarks>The mask test is inlined into the callers (it turns most words away); the lookup is not.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool Contains(ReadOnlySpan<char> word)
    {
        ulong[] firstChars = _firstCharsByLength;
        if (word.IsEmpty || (uint)word.Length >= (uint)firstChars.Length || (firstChars[word.Length] & (1UL << (word[0] & 63))) == 0)
        {
            return false;
        }

        return LookUp(word);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool LookUp(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <summary>The same answer by a binary search with ordinal comparison (for the tests).</summary>
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
