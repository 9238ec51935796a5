using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsModel.Text;

/// <summary>
/// An immutable map from short ASCII words (up to <see cref="MaxLength"/> characters), each packed into one 64-bit
/// key, to 64-bit values: the fast path of the word lists that every word of a text is looked up in (the dates' and
/// the quotations' words, and the actors' word facts).
/// </summary>
/// <remarks>
/// <para>
/// A word is packed one byte per character, either as it is (<see cref="TryPackExact"/>) or after folding ASCII
/// capitals to small letters and the right single quotation mark (U+2019) to the apostrophe (<see cref="TryPack"/>);
/// a word with any other character beyond ASCII, a NUL, or more than <see cref="MaxLength"/> characters has no packed
/// form, and its list looks it up the slow way. A lookup is then one multiplication and, most of the time, one read
/// of one 16-byte slot holding both key and value: no string is read and no character compared.
/// </para>
/// <para>
/// Open addressing with linear probing at a load of at most three quarters (the actors' table of about 11,000 short words
/// then takes 256 KB rather than 512 KB, and misses the cache less often). The keys are the library's own word lists,
/// never input text. Instances are immutable and safe to share between threads.
/// </para>
/// </remarks>
internal sealed class PackedWordTable
{
    /// <summary>The longest word that has a packed form.</summary>
    public const int MaxLength = 8;

    private readonly Entry[] _slots; // a key of 0 is an empty slot (a packed word is never 0)
    private readonly int _shift;

    /// <summary>Builds the table of the given words (already in their folded form: small letters, apostrophes) and their values; see <see cref="TryPack"/>.</summary>
    /// <exception cref="ArgumentException">A word has no packed form, is not in its folded form, or is listed twice.</exception>
    public PackedWordTable(IEnumerable<(string Word, int Value)> words)
        : this(Folded(words))
    {
    }

    private PackedWordTable(Builder builder) => (_slots, _shift, Count) = (builder.Slots, builder.Shift, builder.Count);

    /// <summary>The number of words.</summary>
    public int Count { get; }

    /// <summary>
    /// Packs a word: false when it has no packed form (empty, longer than <see cref="MaxLength"/>, or with a character
    /// other than ASCII from U+0001 and the right single quotation mark).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryPack(ReadOnlySpan<char> word, out ulong key) => Pack(word, fold: true, out key);

    /// <summary>
    /// Packs a word as it is, for lists that tell capitals apart: false when it has no packed form (empty, longer than
    /// <see cref="MaxLength"/>, or with a character other than ASCII from U+0001).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryPackExact(ReadOnlySpan<char> word, out ulong key) => Pack(word, fold: false, out key);

    /// <summary>
    /// Packs the word <c>text[start..(start + length)]</c> as <see cref="TryPack"/> does. When the text has eight
    /// characters from <paramref name="start"/> on, they are packed at once in a vector register (the characters after
    /// the word are read and ignored): the scanners call this for every word of a text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryPackAt(ReadOnlySpan<char> text, int start, int length, out ulong key) => PackAt(text, start, length, fold: true, out key);

    /// <summary>Packs the word <c>text[start..(start + length)]</c> as <see cref="TryPackExact"/> does; see <see cref="TryPackAt"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryPackExactAt(ReadOnlySpan<char> text, int start, int length, out ulong key) => PackAt(text, start, length, fold: false, out key);

    /// <summary>Whether a listed word can go in a table of folded words: it has a packed form and is already folded (small letters, apostrophes).</summary>
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

    /// <summary>The value of the word packed as <paramref name="key"/>, or -1 when it is not in the table (for tables of values that are never negative).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key) => TryGetValue(key, out long value) ? (int)value : -1;

    /// <summary>Looks up the word packed as <paramref name="key"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ulong key, out long value)
    {
        Entry[] slots = _slots;
        int mask = slots.Length - 1;
        int slot = Slot(key);
        while (true)
        {
            ref readonly Entry found = ref slots[slot];
            if (found.Key == key)
            {
                value = found.Value;
                return true;
            }

            if (found.Key == 0)
            {
                value = 0;
                return false;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Packs a word, folding capitals and U+2019 when <paramref name="fold"/> (a constant at every call, so the check compiles away).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Pack(ReadOnlySpan<char> word, bool fold, out ulong key)
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
                if (!fold || c != '\u2019')
                {
                    key = 0;
                    return false;
                }

                c = '\'';
            }
            else if (fold && c - 'A' <= 'Z' - 'A')
            {
                c |= 0x20;
            }

            key |= (ulong)c << (8 * i);
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool PackAt(ReadOnlySpan<char> text, int start, int length, bool fold, out ulong key)
    {
        if (!Vector128.IsHardwareAccelerated || (uint)(length - 1) >= MaxLength || start < 0 || start > text.Length - Vector128<ushort>.Count)
        {
            return Pack(text.Slice(start, length), fold, out key);
        }

        Vector128<ushort> chars = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text)), (nuint)start);
        Vector128<ushort> inWord = Vector128.LessThan(Vector128.Create((ushort)0, 1, 2, 3, 4, 5, 6, 7), Vector128.Create((ushort)length));
        chars &= inWord; // the characters after the word count as nothing, as in Pack
        Vector128<ushort> valid = Vector128.LessThan(chars - Vector128<ushort>.One, Vector128.Create((ushort)0x7F)); // U+0001 to U+007F
        if (fold)
        {
            Vector128<ushort> quote = Vector128.Equals(chars, Vector128.Create((ushort)'\u2019'));
            chars = Vector128.ConditionalSelect(quote, Vector128.Create((ushort)'\''), chars);
            valid |= quote;
            chars |= Vector128.LessThan(chars - Vector128.Create((ushort)'A'), Vector128.Create((ushort)26)) & Vector128.Create((ushort)0x20);
        }

        if ((inWord & ~valid) != Vector128<ushort>.Zero)
        {
            key = 0;
            return false;
        }

        key = Vector128.Narrow(chars, chars).AsUInt64().ToScalar(); // character i in byte i, as Pack puts it
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(ulong key) => SlotOf(key, _shift);

    /// <summary>A key's first slot: the top bits of a Fibonacci hash (multiplication by 2^64 / φ).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SlotOf(ulong key, int shift) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);

    private static Builder Folded(IEnumerable<(string Word, int Value)> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var entries = new List<(ulong Key, long Value)>();
        foreach ((string word, int value) in words)
        {
            if (!HasPackedForm(word) || !TryPack(word, out ulong key))
            {
                throw new ArgumentException($"'{word}' has no packed form of its own.", nameof(words));
            }

            entries.Add((key, value));
        }

        var builder = new Builder(entries.Count);
        foreach ((ulong key, long value) in entries)
        {
            builder.Add(key, value);
        }

        return builder;
    }

    /// <summary>Fills a table of a size known in advance, without gathering its entries first.</summary>
    internal sealed class Builder
    {
        /// <summary>Starts a table for <paramref name="capacity"/> words (it takes no more).</summary>
        public Builder(int capacity)
        {
            int bits = 4;
            while ((1L << bits) * 3 < capacity * 4L)
            {
                bits++;
            }

            Capacity = capacity;
            Slots = new Entry[1 << bits];
            Shift = 64 - bits;
        }

        /// <summary>The words the table takes.</summary>
        public int Capacity { get; }

        /// <summary>The words added.</summary>
        public int Count { get; private set; }

        internal Entry[] Slots { get; }

        internal int Shift { get; }

        /// <summary>Adds a packed word and its value.</summary>
        /// <exception cref="ArgumentException">The key is 0 or is there already.</exception>
        /// <exception cref="InvalidOperationException">The table is full.</exception>
        public void Add(ulong key, long value)
        {
            if (key == 0)
            {
                throw new ArgumentException("A packed word is never 0.", nameof(key));
            }

            if (Count == Capacity)
            {
                throw new InvalidOperationException("The table is full.");
            }

            int mask = Slots.Length - 1;
            int slot = SlotOf(key, Shift);
            while (Slots[slot].Key != 0)
            {
                if (Slots[slot].Key == key)
                {
                    throw new ArgumentException("A word is listed twice.", nameof(key));
                }

                slot = (slot + 1) & mask;
            }

            Slots[slot] = new Entry(key, value);
            Count++;
        }

        /// <summary>The table (the builder is not to be used afterwards).</summary>
        public PackedWordTable Build() => new(this);
    }

    /// <summary>A slot: a packed word and its value side by side, so that a lookup reads one cache line.</summary>
    internal readonly record struct Entry(ulong Key, long Value);
}
