using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsModel.Text;

/// <summary>
/// An immutable, ordinal index of distinct strings: <see cref="IndexOf"/> finds a span's position among the keys
/// (in the order they were first added) without allocating, on every target framework.
/// </summary>
/// <remarks>
/// <para>
/// Built for the lexicons' lookups, which run once or more for every word of every article and used to be most of
/// their time waiting for memory: a frozen dictionary reads a bucket, a hash code, a key reference and the key's
/// characters, each likely a cache miss in a table of tens of thousands of words. Here one 8-byte slot holds a
/// key's 32-bit hash and its index, so a word that is in no table (most words) costs one read of one slot array,
/// and a word that is costs one more read of its key.
/// </para>
/// <para>
/// Open addressing with linear probing at a load of at most 0.7. The hash is deterministic (the same in every
/// process); the keys are the library's own lexicons, never untrusted text, so no input can lengthen a probe: a
/// lookup reads at most the longest run of occupied slots, which is fixed when the table is built. Empty keys are
/// never stored and never found. Instances are immutable and safe to share between threads.
/// </para>
/// </remarks>
internal sealed class SpanTable
{
    private readonly ulong[] _slots; // hash << 32 | (index + 1); 0 is an empty slot
    private readonly string[] _keys;

    /// <summary>Builds the index of <paramref name="keys"/>; a repeated key keeps its first position.</summary>
    public SpanTable(IEnumerable<string> keys)
        : this(Gather(keys))
    {
    }

    private SpanTable((ulong[] Slots, string[] Keys) built)
    {
        (_slots, _keys) = built;
    }

    /// <summary>The number of distinct keys.</summary>
    public int Count => _keys.Length;

    /// <summary>The distinct keys, in the order they were first added (index <c>i</c> is <see cref="IndexOf"/>'s answer <c>i</c>).</summary>
    public ReadOnlySpan<string> Keys => _keys;

    /// <summary>The keys as an immutable array, without a copy (the table never changes them).</summary>
    public ImmutableArray<string> KeyArray => ImmutableCollectionsMarshal.AsImmutableArray(_keys);

    /// <summary>The key at <paramref name="index"/>.</summary>
    public string this[int index] => _keys[index];

    /// <summary>The position of <paramref name="key"/> among the keys (ordinal comparison), or -1 when absent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IndexOf(ReadOnlySpan<char> key) => Find<OrdinalKeys>(_slots, _keys, key);

    /// <summary>Whether <paramref name="key"/> is one of the keys (ordinal comparison).</summary>
    public bool Contains(ReadOnlySpan<char> key) => IndexOf(key) >= 0;

    private static (ulong[] Slots, string[] Keys) Gather(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var builder = new Builder(keys is ICollection<string> collection ? collection.Count : 0);
        foreach (string key in keys)
        {
            builder.Add(key);
        }

        return builder.Finish();
    }

    /// <summary>
    /// Gathers distinct keys one at a time, telling each key's index as it goes (so that values can be kept beside
    /// them in a plain array), then becomes a <see cref="SpanTable"/>. Not thread-safe; for building only.
    /// </summary>
    internal sealed class Builder
    {
        private string[] _keys;
        private int _count;
        private ulong[] _slots;

        /// <summary>Starts an empty builder sized for about <paramref name="capacity"/> keys.</summary>
        public Builder(int capacity)
        {
            _keys = new string[Math.Max(capacity, 4)];
            _slots = new ulong[SizeFor(capacity)];
        }

        /// <summary>The number of distinct keys added.</summary>
        public int Count => _count;

        /// <summary>Adds <paramref name="key"/> unless it is there; its index either way, or -1 for an empty key (never stored).</summary>
        public int Add(string key) => key is null ? -1 : Add(key, key.AsSpan());

        /// <summary>
        /// Adds a span as a key unless it is there, making a string of it only when it is new; its index either way, or
        /// -1 for an empty span.
        /// </summary>
        public int Add(ReadOnlySpan<char> key) => Add(null, key);

        private int Add(string? keyString, ReadOnlySpan<char> key) => Add<OrdinalKeys>(ref _slots, ref _keys, ref _count, keyString, key);

        /// <summary>The table of the keys added; the builder is not to be used afterwards.</summary>
        public SpanTable Build() => new(Finish());

        /// <summary>
        /// The keys, and their slots re-laid in the smallest table that holds them at a load of at most 0.7: a table
        /// sized for the input (repeats included) may be several times larger than the keys need; the smaller table
        /// keeps more of it in cache.
        /// </summary>
        internal (ulong[] Slots, string[] Keys) Finish()
        {
            int size = SizeFor(_count);

            return (size == _slots.Length ? _slots : Relay(_slots, size), Trimmed(_keys, _count));
        }
    }

    /// <summary>
    /// The hash of a key: two characters at a time through a multiply-rotate step, then a finalizer that spreads every
    /// input bit over the low bits the table masks. Deterministic across processes and platforms.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint Hash(ReadOnlySpan<char> key)
    {
        uint h = (uint)key.Length * 0x9E3779B1u;
        ref char first = ref MemoryMarshal.GetReference(key);
        int i = 0;
        for (; i + 1 < key.Length; i += 2)
        {
            uint pair = Unsafe.ReadUnaligned<uint>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref first, i)));
            h = BitOperations.RotateLeft((h ^ pair) * 0x85EBCA77u, 13);
        }

        if (i < key.Length)
        {
            h = BitOperations.RotateLeft((h ^ Unsafe.Add(ref first, i)) * 0x85EBCA77u, 13);
        }

        return Mix(h);
    }

    /// <summary>The finalizer of the tables' hashes: spreads every bit of <paramref name="h"/> over the low bits a table masks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x7FEB352Du;
        h ^= h >> 15;
        h *= 0x846CA68Bu;
        h ^= h >> 16;
        return h;
    }

    /// <summary>
    /// The lookup of <see cref="SpanTable"/> and <see cref="IgnoreCaseSpanTable"/>: the index of the key equal to
    /// <paramref name="key"/> as <typeparamref name="TKeys"/> compares them, or -1 (always for an empty key).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Find<TKeys>(ulong[] slots, string[] keys, ReadOnlySpan<char> key)
        where TKeys : ISpanKeys
    {
        if (key.IsEmpty)
        {
            return -1;
        }

        uint hash = TKeys.Hash(key);
        int mask = slots.Length - 1;
        int slot = (int)hash & mask;
        while (true)
        {
            ulong entry = slots[slot];
            if (entry == 0)
            {
                return -1;
            }

            if ((uint)(entry >> 32) == hash)
            {
                int index = (int)(uint)entry - 1;
                if (TKeys.Same(key, keys[index]))
                {
                    return index;
                }
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>
    /// The adding of both tables' builders: the index of the key equal to <paramref name="key"/>, after adding it
    /// (<paramref name="keyString"/>, or a new string of it) when it is new; -1 for an empty key. Grows
    /// <paramref name="slots"/> to keep the load at most 0.7.
    /// </summary>
    internal static int Add<TKeys>(ref ulong[] slots, ref string[] keys, ref int count, string? keyString, ReadOnlySpan<char> key)
        where TKeys : ISpanKeys
    {
        if (key.IsEmpty)
        {
            return -1;
        }

        if ((count + 1) * 10L > slots.Length * 7L)
        {
            slots = Relay(slots, slots.Length * 2);
        }

        uint hash = TKeys.Hash(key);
        int mask = slots.Length - 1;
        int slot = (int)hash & mask;
        while (slots[slot] != 0)
        {
            ulong entry = slots[slot];
            int index = (int)(uint)entry - 1;
            if ((uint)(entry >> 32) == hash && TKeys.Same(key, keys[index]))
            {
                return index;
            }

            slot = (slot + 1) & mask;
        }

        if (count == keys.Length)
        {
            Array.Resize(ref keys, keys.Length * 2);
        }

        keys[count++] = keyString ?? key.ToString();
        slots[slot] = ((ulong)hash << 32) | (uint)count;
        return count - 1;
    }

    /// <summary>The first <paramref name="count"/> items of <paramref name="items"/>: the array itself when it is full, else a copy.</summary>
    internal static T[] Trimmed<T>(T[] items, int count) => count == items.Length ? items : items.AsSpan(0, count).ToArray();

    /// <summary>The smallest table (a power of two, at least 16 slots) that holds <paramref name="count"/> keys at a load of at most 0.7.</summary>
    internal static int SizeFor(int count)
    {
        int size = 16;
        while (size * 7L < count * 10L)
        {
            size <<= 1;
        }

        return size;
    }

    /// <summary>The entries of <paramref name="slots"/> placed anew in a table of <paramref name="size"/> slots (a power of two, larger than the entries).</summary>
    internal static ulong[] Relay(ulong[] slots, int size)
    {
        ulong[] grown = new ulong[size];
        int mask = grown.Length - 1;
        foreach (ulong entry in slots)
        {
            if (entry == 0)
            {
                continue;
            }

            int slot = (int)(uint)(entry >> 32) & mask;
            while (grown[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            grown[slot] = entry;
        }

        return grown;
    }
}

/// <summary>How a table of spans hashes and compares its keys (a struct per kind, so that each lookup is compiled for its own).</summary>
/// <remarks>Two keys that <see cref="Same"/> calls equal must have the same <see cref="Hash"/>.</remarks>
internal interface ISpanKeys
{
    /// <summary>The key's hash.</summary>
    static abstract uint Hash(ReadOnlySpan<char> key);

    /// <summary>Whether a span is the stored key.</summary>
    static abstract bool Same(ReadOnlySpan<char> key, string stored);
}

/// <summary>Keys compared ordinally (<see cref="SpanTable"/>).</summary>
internal readonly struct OrdinalKeys : ISpanKeys
{
    /// <inheritdoc/>
    public static uint Hash(ReadOnlySpan<char> key) => SpanTable.Hash(key);

    /// <inheritdoc/>
    public static bool Same(ReadOnlySpan<char> key, string stored) => key.SequenceEqual(stored);
}

/// <summary>Keys compared with <see cref="StringComparison.OrdinalIgnoreCase"/> (<see cref="IgnoreCaseSpanTable"/>).</summary>
internal readonly struct IgnoreCaseKeys : ISpanKeys
{
    /// <inheritdoc/>
    public static uint Hash(ReadOnlySpan<char> key) => IgnoreCaseSpanTable.Hash(key);

    /// <inheritdoc/>
    public static bool Same(ReadOnlySpan<char> key, string stored) => key.Equals(stored, StringComparison.OrdinalIgnoreCase);
}
