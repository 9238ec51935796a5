using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace NewsModel;

/// <summary>
/// A range of UTF-16 code units in a text: where it starts and how long it is (end-exclusive).
/// </summary>
/// <remarks>
/// <para>
/// Offsets are counted in UTF-16 code units (the indices of <see cref="string"/> and
/// <see cref="ReadOnlySpan{T}"/> of <see cref="char"/>), never in bytes, code points or grapheme clusters.
/// A span of <see cref="Length"/> zero is allowed and marks a position.
/// </para>
/// <para>
/// The default value is the empty span at offset zero. Values are validated on construction:
/// a negative start or length, or an end past <see cref="int.MaxValue"/>, is rejected.
/// </para>
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
public readonly record struct TextSpan
{
    /// <summary>Creates a span from its start and length.</summary>
    /// <param name="start">The offset of the first UTF-16 code unit, zero-based.</param>
    /// <param name="length">The number of UTF-16 code units covered.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="start"/> or <paramref name="length"/> is negative, or their sum overflows.
    /// </exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TextSpan(int start, int length)
    {
        if ((start | length) < 0 || start > int.MaxValue - length)
        {
            ThrowInvalid(start, length); // apart, so that this constructor stays small enough to inline
        }

        Start = start;
        Length = length;
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowInvalid(int start, int length)
    {
        if (start < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, "A span cannot start before offset 0.");
        }

        if (length < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "A span cannot have a negative length.");
        }

        throw new ArgumentOutOfRangeException(nameof(length), length, "The span's end is past Int32.MaxValue.");
    }

    /// <summary>The offset of the first UTF-16 code unit covered, zero-based.</summary>
    public int Start { get; }

    /// <summary>The number of UTF-16 code units covered.</summary>
    public int Length { get; }

    /// <summary>The offset just past the last code unit covered (<c>Start + Length</c>).</summary>
    public int End => Start + Length;

    /// <summary>Whether the span covers nothing.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from its start and its exclusive end.</summary>
    /// <param name="start">The offset of the first code unit.</param>
    /// <param name="end">The offset just past the last code unit.</param>
    /// <returns>The span <c>[start, end)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>, or either is negative.</exception>
    public static TextSpan FromBounds(int start, int end)
    {
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, "A span cannot end before it starts.");
        }

        return new TextSpan(start, end - start);
    }

    /// <summary>Whether this span lies inside a text of the given length.</summary>
    /// <param name="textLength">The length of the text in UTF-16 code units.</param>
    /// <returns><see langword="true"/> when <c>End &lt;= textLength</c>.</returns>
    public bool FitsIn(int textLength) => End <= textLength;

    /// <summary>Whether <paramref name="other"/> lies wholly inside this span.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> starts at or after this span's start and ends at or before its end.</returns>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether the two spans share at least one code unit.</summary>
    /// <param name="other">The other span.</param>
    /// <returns><see langword="true"/> when the spans overlap.</returns>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>The part of <paramref name="text"/> this span covers.</summary>
    /// <param name="text">The text the span points into.</param>
    /// <returns>A read-only view of the covered characters (no copy).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The span does not fit in <paramref name="text"/>.</exception>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text) => text.Slice(Start, Length);

    /// <summary>The part of <paramref name="text"/> this span covers, as a new string.</summary>
    /// <param name="text">The text the span points into.</param>
    /// <returns>The covered characters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The span does not fit in <paramref name="text"/>.</exception>
    public string ToString(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }

    /// <summary>Formats the span as <c>[start..end)</c>, culture-invariant.</summary>
    /// <returns>For example <c>[12..20)</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Start}..{End})");
}
