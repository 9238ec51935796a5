using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace NewsModel.Text;

/// <summary>
/// An immutable map from words (ordinal, case-sensitive) to values, looked up by span without allocating on every
/// target framework: open addressing with linear probing over a power-of-two table at most half full, each slot
/// keeping its key's hash so that a probe compares characters only on a hash match.
/// </summary>
/// <remarks>
/// <para>
/// It is built for the lexicon lookups of the hot path, where most words looked up are in no table: before hashing,
/// a 64-bit mask per word length (of the first characters, modulo 64) turns most absent words away. Words of
/// <see cref="MaskedLengths"/> characters or more skip that filter and are hashed.
/// </para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class WordTable<TValue>
{
    /// <summary>The word lengths that have a first-character mask; longer words are always hashed.</summary>
    internal const int MaskedLengths = 32;

    private readonly string?[] _keys;
    private readonly int[] _hashes;
    private readonly TValue[] _values;
    private readonly int _mask;
    private readonly ulong[] _firstChars = new ulong[MaskedLengths];

    /// <summary>Builds the table.</summary>
    /// <param name="pairs">The words and their values; each word once.</param>
    /// <exception cref="ArgumentException">A word comes twice.</exception>
    internal WordTable(IReadOnlyCollection<KeyValuePair<string, TValue>> pairs)
    {
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, pairs.Count * 2));
        _keys = new string?[size];
        _hashes = new int[size];
        _values = new TValue[size];
        _mask = size - 1;
        foreach (KeyValuePair<string, TValue> pair in pairs)
        {
            string key = pair.Key;
            int hash = Hash(key);
            int slot = hash & _mask;
            while (_keys[slot] is { } existing)
            {
                if (string.Equals(existing, key, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"The word '{key}' comes twice.", nameof(pairs));
                }

                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _hashes[slot] = hash;
            _values[slot] = pair.Value;
            Count++;
            if (key.Length is > 0 and < MaskedLengths)
            {
                _firstChars[key.Length] |= 1UL << (key[0] & 63);
            }
        }
    }

    /// <summary>The number of words.</summary>
    internal int Count { get; }

    /// <summary>The value of <paramref name="word"/> (ordinal, case-sensitive), if the table has it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        int slot = Find(word);
        if (slot < 0)
        {
            value = default!;
            return false;
        }

        value = _values[slot];
        return true;
    }

    /// <summary>Whether the table has <paramref name="word"/> (ordinal, case-sensitive).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool ContainsKey(ReadOnlySpan<char> word) => Find(word) >= 0;

    /// <summary>The hash of a word: FNV-1a over its UTF-16 code units, with the high bits folded in.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Hash(ReadOnlySpan<char> word)
    {
        uint h = 2166136261;
        foreach (char c in word)
        {
            h = (h ^ c) * 16777619;
        }

        return (int)(h ^ (h >> 15));
    }

    private int Find(ReadOnlySpan<char> word)
    {
        if ((uint)(word.Length - 1) < MaskedLengths - 1 && (_firstChars[word.Length] & (1UL << (word[0] & 63))) == 0)
        {
            return -1;
        }

        int hash = Hash(word);
        int slot = hash & _mask;
        string?[] keys = _keys;
        while (keys[slot] is { } key)
        {
            if (_hashes[slot] == hash && word.SequenceEqual(key))
            {
                return slot;
            }

            slot = (slot + 1) & _mask;
        }

        return -1;
    }
}
