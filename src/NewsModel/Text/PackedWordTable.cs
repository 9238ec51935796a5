using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace NewsModel.Text;

/// <summary>
/// An immutable map from short ASCII words (up to <see cref="MaxLength"/> characters), each packed into one 64-bit
/// key, to small integers: the fast path of the word lists that every word of a text is looked up in (the dates' and
/// the quotations' words).
/// </summary>
/// <remarks>
/// <para>
/// A word is packed one byte per character, after folding ASCII capitals to small letters and the right single
/// quotation mark (U+2019) to the apostrophe; a word with any other character beyond ASCII, a control character, or
/// more than <see cref="MaxLength"/> characters has no packed form, and its list looks it up the slow way. A lookup is
/// then one multiplication and, most of the time, one read of one slot: no string is read and no character compared.
/// </para>
/// <para>
/// Open addressing with linear probing at a load of at most one half. The keys are the library's own word lists,
/// never input text. Instances are immutable and safe to share between threads.
/// </para>
/// </remarks>
internal sealed class PackedWordTable
{
    /// <summary>The longest word that has a packed form.</summary>
    public const int MaxLength = 8;

    private readonly ulong[] _keys; // 0 is an empty slot (a packed word is never 0)
    private readonly int[] _values;
    private readonly int _shift;

    /// <summary>Builds the table of the given words (already in packed-fold form: small letters, apostrophes) and their values.</summary>
    /// <exception cref="ArgumentException">A word has no packed form, is not in its folded form, or is listed twice.</exception>
    public PackedWordTable(IEnumerable<(string Word, int Value)> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var list = new List<(ulong Key, int Value)>();
        foreach ((string word, int value) in words)
        {
            if (!HasPackedForm(word) || !TryPack(word, out ulong key))
            {
                throw new ArgumentException($"'{word}' has no packed form of its own.", nameof(words));
            }

            list.Add((key, value));
        }

        int bits = 4;
        while ((1 << bits) < list.Count * 2)
        {
            bits++;
        }

        _keys = new ulong[1 << bits];
        _values = new int[1 << bits];
        _shift = 64 - bits;
        int mask = _keys.Length - 1;
        foreach ((ulong key, int value) in list)
        {
            int slot = Slot(key);
            while (_keys[slot] != 0)
            {
                if (_keys[slot] == key)
                {
                    throw new ArgumentException("A word is listed twice.", nameof(words));
                }

                slot = (slot + 1) & mask;
            }

            _keys[slot] = key;
            _values[slot] = value;
        }
    }

    /// <summary>The number of words.</summary>
    public int Count
    {
        get
        {
            int count = 0;
            foreach (ulong key in _keys)
            {
                count += key != 0 ? 1 : 0;
            }

            return count;
        }
    }

    /// <summary>
    /// Packs a word: false when it has no packed form (empty, longer than <see cref="MaxLength"/>, or with a character
    /// other than ASCII from U+0001 and the right single quotation mark).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryPack(ReadOnlySpan<char> word, out ulong key)
    {
        key = 0;
        if (word.IsEmpty || word.Length > MaxLength)
        {
            return false;
        }

        for (int i = 0; i < word.Length; i++)
        {
            uint c = word[i];
            if (c - 1 >= 0x7F)
            {
                if (c != '\u2019')
                {
                    key = 0;
                    return false;
                }

                c = '\'';
            }
            else if (c - 'A' <= 'Z' - 'A')
            {
                c |= 0x20;
            }

            key |= (ulong)c << (8 * i);
        }

        return true;
    }

    /// <summary>Whether a listed word can go in a table: it has a packed form and is already folded (small letters, apostrophes).</summary>
    public static bool HasPackedForm(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (!TryPack(word, out _))
        {
            return false;
        }

        foreach (char c in word)
        {
            if (char.IsAsciiLetterUpper(c) || c == '\u2019')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The value of the word packed as <paramref name="key"/>, or -1 when it is not in the table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key)
    {
        ulong[] keys = _keys;
        int mask = keys.Length - 1;
        int slot = Slot(key);
        while (true)
        {
            ulong found = keys[slot];
            if (found == key)
            {
                return _values[slot];
            }

            if (found == 0)
            {
                return -1;
            }

            slot = (slot + 1) & mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
