using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace NewsModel;

/// <summary>
/// An immutable array with value equality: two arrays are equal when they hold equal elements in the same order.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>
/// <para>
/// The model's records hold their collections in this type so that record equality is deep: two
/// <see cref="Article"/> values built separately from the same content compare equal and have equal hash codes,
/// which a record holding a plain array or list would not (those compare by reference).
/// </para>
/// <para>
/// The elements are copied in on creation and never exposed for writing. The default value is an empty array.
/// It supports collection expressions: <c>ValueArray&lt;string&gt; aliases = ["NATO", "the alliance"];</c>.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads as long as the elements are.</threadsafety>
[CollectionBuilder(typeof(ValueArray), nameof(ValueArray.Create))]
public readonly struct ValueArray<T> : IReadOnlyList<T>, IEquatable<ValueArray<T>>
{
    private readonly T[]? _items;

    internal ValueArray(T[] items) => _items = items;

    /// <summary>An empty array.</summary>
    public static ValueArray<T> Empty => default;

    /// <summary>The number of elements.</summary>
    public int Count => _items?.Length ?? 0;

    /// <summary>Whether the array holds no element.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The element at <paramref name="index"/>.</summary>
    /// <param name="index">A zero-based index.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the array.</exception>
    public T this[int index] => (_items ?? [])[index];

    /// <summary>A read-only view of the elements, without copying.</summary>
    /// <returns>The elements in order.</returns>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <summary>Returns an enumerator over the elements (no allocation in <c>foreach</c>).</summary>
    /// <returns>The enumerator.</returns>
    public ReadOnlySpan<T>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => (_items ?? []).GetEnumerator();

    /// <summary>Whether both arrays hold equal elements in the same order.</summary>
    /// <param name="other">The other array.</param>
    /// <returns><see langword="true"/> when the arrays are element-wise equal.</returns>
    public bool Equals(ValueArray<T> other)
    {
        ReadOnlySpan<T> a = AsSpan();
        ReadOnlySpan<T> b = other.AsSpan();
        if (a.Length != b.Length)
        {
            return false;
        }

        EqualityComparer<T> comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < a.Length; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValueArray<T> other && Equals(other);

    /// <summary>A hash code combining the elements' hash codes in order.</summary>
    /// <returns>Equal arrays give equal hash codes.</returns>
    public override int GetHashCode()
    {
        HashCode hash = default;
        foreach (T item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Formats the elements as <c>[a, b, c]</c>.</summary>
    /// <returns>A readable list of the elements.</returns>
    public override string ToString()
    {
        StringBuilder builder = new("[");
        for (int i = 0; i < Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(this[i]);
        }

        return builder.Append(']').ToString();
    }

    /// <summary>Whether both arrays hold equal elements in the same order.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ValueArray<T> left, ValueArray<T> right) => left.Equals(right);

    /// <summary>Whether the arrays differ in length or in any element.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(ValueArray<T> left, ValueArray<T> right) => !left.Equals(right);
}

/// <summary>Creates <see cref="ValueArray{T}"/> values.</summary>
public static class ValueArray
{
    /// <summary>Creates an array holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements, in order.</param>
    /// <returns>The new array.</returns>
    public static ValueArray<T> Create<T>(ReadOnlySpan<T> items) => items.IsEmpty ? default : new ValueArray<T>(items.ToArray());

    /// <summary>Creates an array holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements, in order.</param>
    /// <returns>The new array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static ValueArray<T> From<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        T[] array = [.. items];
        return array.Length == 0 ? default : new ValueArray<T>(array);
    }

    /// <summary>Wraps an array the caller will never change again (no copy).</summary>
    internal static ValueArray<T> UnsafeWrap<T>(T[] items) => items.Length == 0 ? default : new ValueArray<T>(items);
}
