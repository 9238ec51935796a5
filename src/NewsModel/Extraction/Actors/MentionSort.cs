using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace NewsModel.Extraction.Actors;

/// <summary>
/// Sorts mentions exactly as <see cref="Array.Sort{T}(T[], Comparison{T})"/> does with the same comparison (the runtime's
/// introspective sort, step for step, so that mentions that compare equal end in the same order), with the comparison
/// inlined in place of the delegate call that cost most of that sort.
/// </summary>
/// <remarks>A property test holds this to <see cref="Array.Sort{T}(T[], Comparison{T})"/> on lists full of equal starts.</remarks>
internal static class MentionSort
{
    /// <summary>The size at or below which a partition is sorted by insertion (the runtime's threshold).</summary>
    private const int IntrosortSizeThreshold = 16;

    /// <summary>Sorts <paramref name="keys"/> by <see cref="ActorMention.Start"/> (<c>x.Start.CompareTo(y.Start)</c>).</summary>
    public static void SortByStart(Span<ActorMention> keys) => Sort<ByStart>(keys);

    /// <summary>
    /// Sorts <paramref name="keys"/> by start, and the longer first at the same start
    /// (<c>x.Start != y.Start ? x.Start.CompareTo(y.Start) : y.Length.CompareTo(x.Length)</c>).
    /// </summary>
    public static void SortByStartLongerFirst(Span<ActorMention> keys) => Sort<ByStartLongerFirst>(keys);

    private static void Sort<TOrder>(Span<ActorMention> keys)
        where TOrder : IMentionOrder
    {
        if (keys.Length > 1)
        {
            IntroSort<TOrder>(keys, 2 * (BitOperations.Log2((uint)keys.Length) + 1));
        }
    }

    private static void IntroSort<TOrder>(Span<ActorMention> keys, int depthLimit)
        where TOrder : IMentionOrder
    {
        int partitionSize = keys.Length;
        while (partitionSize > 1)
        {
            if (partitionSize <= IntrosortSizeThreshold)
            {
                if (partitionSize == 2)
                {
                    SwapIfGreater<TOrder>(keys, 0, 1);
                    return;
                }

                if (partitionSize == 3)
                {
                    SwapIfGreater<TOrder>(keys, 0, 1);
                    SwapIfGreater<TOrder>(keys, 0, 2);
                    SwapIfGreater<TOrder>(keys, 1, 2);
                    return;
                }

                InsertionSort<TOrder>(keys[..partitionSize]);
                return;
            }

            if (depthLimit == 0)
            {
                HeapSort<TOrder>(keys[..partitionSize]);
                return;
            }

            depthLimit--;
            int p = PickPivotAndPartition<TOrder>(keys[..partitionSize]);
            IntroSort<TOrder>(keys[(p + 1)..partitionSize], depthLimit);
            partitionSize = p;
        }
    }

    private static void SwapIfGreater<TOrder>(Span<ActorMention> keys, int i, int j)
        where TOrder : IMentionOrder
    {
        if (TOrder.Compare(keys[i], keys[j]) > 0)
        {
            (keys[i], keys[j]) = (keys[j], keys[i]);
        }
    }

    private static int PickPivotAndPartition<TOrder>(Span<ActorMention> keys)
        where TOrder : IMentionOrder
    {
        int hi = keys.Length - 1;
        int middle = hi >> 1;
        SwapIfGreater<TOrder>(keys, 0, middle);
        SwapIfGreater<TOrder>(keys, 0, hi);
        SwapIfGreater<TOrder>(keys, middle, hi);

        ActorMention pivot = keys[middle];
        (keys[middle], keys[hi - 1]) = (keys[hi - 1], keys[middle]);
        int left = 0;
        int right = hi - 1;
        while (left < right)
        {
            while (TOrder.Compare(keys[++left], pivot) < 0)
            {
            }

            while (TOrder.Compare(pivot, keys[--right]) < 0)
            {
            }

            if (left >= right)
            {
                break;
            }

            (keys[left], keys[right]) = (keys[right], keys[left]);
        }

        if (left != hi - 1)
        {
            (keys[left], keys[hi - 1]) = (keys[hi - 1], keys[left]);
        }

        return left;
    }

    private static void HeapSort<TOrder>(Span<ActorMention> keys)
        where TOrder : IMentionOrder
    {
        int n = keys.Length;
        for (int i = n >> 1; i >= 1; i--)
        {
            DownHeap<TOrder>(keys, i, n);
        }

        for (int i = n; i > 1; i--)
        {
            (keys[0], keys[i - 1]) = (keys[i - 1], keys[0]);
            DownHeap<TOrder>(keys, 1, i - 1);
        }
    }

    private static void DownHeap<TOrder>(Span<ActorMention> keys, int i, int n)
        where TOrder : IMentionOrder
    {
        ActorMention d = keys[i - 1];
        while (i <= n >> 1)
        {
            int child = 2 * i;
            if (child < n && TOrder.Compare(keys[child - 1], keys[child]) < 0)
            {
                child++;
            }

            if (!(TOrder.Compare(d, keys[child - 1]) < 0))
            {
                break;
            }

            keys[i - 1] = keys[child - 1];
            i = child;
        }

        keys[i - 1] = d;
    }

    private static void InsertionSort<TOrder>(Span<ActorMention> keys)
        where TOrder : IMentionOrder
    {
        for (int i = 0; i < keys.Length - 1; i++)
        {
            ActorMention t = keys[i + 1];
            int j = i;
            while (j >= 0 && TOrder.Compare(t, keys[j]) < 0)
            {
                keys[j + 1] = keys[j];
                j--;
            }

            keys[j + 1] = t;
        }
    }

    /// <summary>An order of mentions: negative, zero or positive as a comparison delegate would answer.</summary>
    private interface IMentionOrder
    {
        static abstract int Compare(in ActorMention x, in ActorMention y);
    }

    private readonly struct ByStart : IMentionOrder
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Compare(in ActorMention x, in ActorMention y) => x.Start.CompareTo(y.Start);
    }

    private readonly struct ByStartLongerFirst : IMentionOrder
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Compare(in ActorMention x, in ActorMention y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : y.Length.CompareTo(x.Length);
    }
}
