using System;
using System.Runtime.CompilerServices;

namespace NewsModel.Extraction.Actors;

/// <summary>
/// A set of 32-bit hashes, for the words an article uses: open addressing with linear probing in a power-of-two
/// table that grows at half full, no per-item allocation, and a <see cref="Clear"/> that keeps the table for the
/// next article. Not thread-safe (one per recognizer, and a recognizer per thread).
/// </summary>
internal sealed class HashSet32
{
    private const long Occupied = 1L << 32;

    private long[] _slots = new long[256];

    /// <summary>The slots in use, in the order they were filled: a small set empties a large table slot by slot.</summary>
    private int[] _used = new int[128];
    private int _count;

    /// <summary>The number of distinct hashes held.</summary>
    public int Count => _count;

    /// <summary>Adds <paramref name="hash"/>; false when it was already there.</summary>
    public bool Add(int hash)
    {
        if ((_count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        int slot = Probe(hash, out bool found);
        if (found)
        {
            return false;
        }

        _slots[slot] = (uint)hash | Occupied;
        _used[_count++] = slot;
        return true;
    }

    /// <summary>Whether <paramref name="hash"/> is held.</summary>
    public bool Contains(int hash)
    {
        Probe(hash, out bool found);
        return found;
    }

    /// <summary>The slot holding <paramref name="hash"/>, or the empty slot where it would go.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Probe(int hash, out bool found)
    {
        long key = (uint)hash | Occupied;
        int mask = _slots.Length - 1;
        int slot = Mix(hash) & mask;
        while (_slots[slot] != 0)
        {
            if (_slots[slot] == key)
            {
                found = true;
                return slot;
            }

            slot = (slot + 1) & mask;
        }

        found = false;
        return slot;
    }

    /// <summary>Empties the set; a table grown past <paramref name="maxRetained"/> slots is dropped rather than kept.</summary>
    public void Clear(int maxRetained = 1 << 16)
    {
        if (_slots.Length > maxRetained)
        {
            _slots = new long[256];
            _used = new int[128];
        }
        else if (_count * 8 < _slots.Length)
        {
            // The table keeps the size of the largest article seen; most are much smaller.
            foreach (int slot in _used.AsSpan(0, _count))
            {
                _slots[slot] = 0;
            }
        }
        else
        {
            Array.Clear(_slots);
        }

        _count = 0;
    }

    private static int Mix(int hash) => (int)((uint)hash * 2654435769u >> 7) ^ hash;

    private void Grow()
    {
        long[] old = _slots;
        _slots = new long[old.Length * 2];
        _used = new int[_slots.Length / 2];
        _count = 0;
        foreach (long key in old)
        {
            if (key != 0)
            {
                Add((int)key);
            }
        }
    }
}
