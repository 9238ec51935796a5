using System;
using System.Collections.Generic;

namespace NewsModel.Parsing;

/// <summary>Lookups in the context's lists of spans in text order (sentences, dates, embeds), so that stages stay linear.</summary>
internal static class SortedSpans
{
    /// <summary>
    /// In a list of spans in text order that do not overlap (sentences, dates, embeds), the index of the first that
    /// ends after <paramref name="offset"/> (the count when none): a binary search, so that the stage stays linear.
    /// </summary>
    public static int FirstEndingAfter<T>(List<T> items, Func<T, TextSpan> spanOf, int offset)
    {
        int lo = 0;
        int hi = items.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (spanOf(items[mid]).End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
