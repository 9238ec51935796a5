using System;
using System.Linq;

using CsCheck;
using NewsModel.Extraction;
using NewsModel.Extraction.Actors;

namespace NewsModel.Tests.Extraction.Actors;

public sealed class MentionSortTests
{
    [Fact]
    public void SortByStart_AnyMentions_GivesWhatArraySortGives() =>
        // few starts, so that equal starts (whose order the runtime's unstable sort decides) are common
        SameAsArraySort(starts: 20, lengths: 30, static (x, y) => x.Start.CompareTo(y.Start), MentionSort.SortByStart);

    [Fact]
    public void SortByStartLongerFirst_AnyMentions_GivesWhatArraySortGives() =>
        // few starts and lengths, so that mentions comparing equal (same start and length, another actor) are common
        SameAsArraySort(starts: 15, lengths: 4, static (x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : y.Length.CompareTo(x.Length), MentionSort.SortByStartLongerFirst);

    /// <summary>
    /// Random mentions, of lengths from 0 past every threshold of the introspective sort (insertion up to 16, partitions,
    /// heap sort on deep recursion), sorted by <paramref name="sort"/> and by <see cref="Array.Sort{T}(T[], Comparison{T})"/>.
    /// </summary>
    private static void SameAsArraySort(int starts, int lengths, Comparison<ActorMention> order, SpanAction sort)
    {
        Gen<ActorMention> mention = Gen.Select(Gen.Int[0, starts], Gen.Int[1, lengths], Gen.Int[0, 1000],
            (start, length, actor) => new ActorMention(start, length, actor, MentionKind.Name, LexiconGender.Unknown));
        Gen.OneOf(mention.Array[0, 20], mention.Array[0, 300], mention.Array[500, 2000]).Sample(
            mentions =>
            {
                ActorMention[] expected = mentions.ToArray();
                Array.Sort(expected, order);
                ActorMention[] actual = mentions.ToArray();
                sort(actual);
                actual.Should().Equal(expected);
            },
            iter: 3000);
    }

    private delegate void SpanAction(Span<ActorMention> mentions);

    [Fact]
    public void SortByStart_AdversarialOrders_GivesWhatArraySortGives()
    {
        // sorted, reversed, organ-pipe and all-equal lists, which drive the pivots toward the depth limit and heap sort
        foreach (int n in new[] { 2, 3, 16, 17, 64, 1000 })
        {
            int[][] starts =
            [
                Enumerable.Range(0, n).ToArray(),
                Enumerable.Range(0, n).Reverse().ToArray(),
                Enumerable.Range(0, n).Select(i => Math.Min(i, n - i)).ToArray(),
                Enumerable.Repeat(7, n).ToArray(),
                Enumerable.Range(0, n).Select(i => i % 3).ToArray(),
            ];
            foreach (int[] s in starts)
            {
                ActorMention[] expected = s.Select((start, i) => new ActorMention(start, 1, i, MentionKind.Name, LexiconGender.Unknown)).ToArray();
                ActorMention[] actual = expected.ToArray();
                Array.Sort(expected, static (x, y) => x.Start.CompareTo(y.Start));
                MentionSort.SortByStart(actual);
                actual.Should().Equal(expected);
            }
        }
    }
}
