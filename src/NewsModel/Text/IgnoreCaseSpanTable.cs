using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace NewsModel.Text;

/// <summary>
/// An immutable index of strings that ignores case (<see cref="StringComparison.OrdinalIgnoreCase"/>):
/// <see cref="IndexOf"/> finds a span's position among the keys without allocating, on every target framework. Keys
/// that differ only in case are one key, spelled as it was first added.
/// </summary>
/// <remarks>
/// <para>
/// The same layout as <see cref="SpanTable"/> (one 8-byte slot per key: its hash and its index, open addressing at a
/// load of at most 0.7); only the hash and the comparison differ. The hash folds each character to upper case
/// (ASCII directly, other characters by <see cref="char.ToUpperInvariant"/>, each half of a surrogate pair to one
/// constant), so that two spans equal under <see cref="StringComparison.OrdinalIgnoreCase"/> always hash alike; a
/// hash match is then confirmed with that comparison. Results are the same under every current culture.
/// </para>
/// <para>
/// It replaces a frozen dictionary, which spent most of the lexicons' loading time analysing its keys, and read a
/// bucket, a hash code, a key and its characters on every lookup. Empty keys are never stored and never found.
/// Instances are immutable and safe to share between threads.
/// </para>
/// </remarks>
internal sealed class IgnoreCaseSpanTable
{
    private readonly ulong[] _slots; // hash << 32 | (index + 1); 0 is an empty slot
    private readonly string[] _keys;

    private IgnoreCaseSpanTable(ulong[] slots, string[] keys)
    {
        _slots = slots;
        _keys = keys;
    }

    /// <summary>The number of distinct keys (ignoring case).</summary>
    public int Count => _keys.Length;

    /// <summary>The keys, each spelled as first added, in the order they were first added.</summary>
    public ReadOnlySpan<string> Keys => _keys;

    /// <summary>The index of the key equal to <paramref name="key"/> ignoring case; -1 when there is none (or it is empty).</summary>
    public int IndexOf(ReadOnlySpan<char> key) => SpanTable.Find<IgnoreCaseKeys>(_slots, _keys, key);

    /// <summary>The hash of a span, the same for every span equal to it ignoring case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint Hash(ReadOnlySpan<char> key)
    {
        uint h = (uint)key.Length * 0x9E3779B1u;
        foreach (char c in key)
        {
            uint folded = c < 0x80 ? (char.IsAsciiLetterLower(c) ? c - 0x20u : c) : char.IsSurrogate(c) ? 0xFFFFu : char.ToUpperInvariant(c);
            h = BitOperations.RotateLeft((h ^ folded) * 0x85EBCA77u, 13);
        }

        return SpanTable.Mix(h);
    }

    /// <summary>Gathers keys one by one, telling each one's index, and builds the table.</summary>
    internal sealed class Builder
    {
        private string[] _keys;
        private int _count;
        private ulong[] _slots;

        /// <summary>Starts an empty builder with room for about <paramref name="capacity"/> keys.</summary>
        public Builder(int capacity)
        {
            _keys = new string[Math.Max(capacity, 4)];
            _slots = new ulong[SpanTable.SizeFor(capacity)];
        }

        /// <summary>The distinct keys added so far.</summary>
        public int Count => _count;

        /// <summary>Adds a key unless an equal one (ignoring case) is there; returns its index, or -1 for an empty key.</summary>
        public int Add(string key) => key is null ? -1 : SpanTable.Add<IgnoreCaseKeys>(ref _slots, ref _keys, ref _count, key, key.AsSpan());

        /// <summary>The table of the keys added (the builder can be dropped after).</summary>
        public IgnoreCaseSpanTable Build()
        {
            int size = SpanTable.SizeFor(_count);
            return new IgnoreCaseSpanTable(size == _slots.Length ? _slots : SpanTable.Relay(_slots, size), SpanTable.Trimmed(_keys, _count));
        }
    }
}
