using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

using CsCheck;
using NewsModel.Text;

namespace NewsModel.Tests.Text;

public sealed class SpanTableTests
{
    /// <summary>Keys from a small alphabet (so that repeats, prefixes and near misses are common), and some that are not ASCII.</summary>
    private static readonly Gen<string> s_key = Gen.OneOf(
        Gen.String[Gen.Char["abAB’'- é"], 0, 6],
        Gen.String[0, 12]);

    [Fact]
    public void IndexOf_AnyKeys_IsTheFirstPositionOfEachDistinctKeyAndMinusOneOtherwise()
    {
        Gen.Select(s_key.Array[0, 200], s_key.Array[0, 50]).Sample(
            t =>
            {
                (string[] keys, string[] probes) = t;
                var table = new SpanTable(keys);
                List<string> distinct = keys.Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();

                table.Count.Should().Be(distinct.Count);
                table.Keys.ToArray().Should().Equal(distinct);
                for (int i = 0; i < distinct.Count; i++)
                {
                    table.IndexOf(distinct[i]).Should().Be(i, "\"{0}\" is key {1}", distinct[i], i);
                    table[i].Should().Be(distinct[i]);
                }

                foreach (string probe in probes)
                {
                    table.IndexOf(probe).Should().Be(probe.Length == 0 ? -1 : distinct.IndexOf(probe), "\"{0}\"", probe);
                    table.Contains(probe).Should().Be(probe.Length > 0 && distinct.Contains(probe));
                }
            },
            iter: 500);
    }

    [Fact]
    public void Builder_AddSpan_IsAddString_MakingEachNewKeyOnce()
    {
        s_key.Array[0, 300].Sample(
            keys =>
            {
                var byString = new SpanTable.Builder(0);
                var bySpan = new SpanTable.Builder(0);
                foreach (string key in keys)
                {
                    // the span is a slice of a longer string: the key kept must be a string of its own
                    string padded = "<" + key + ">";
                    bySpan.Add(padded.AsSpan(1, key.Length)).Should().Be(byString.Add(key), "\"{0}\"", key);
                }

                SpanTable a = byString.Build();
                SpanTable b = bySpan.Build();
                b.Keys.ToArray().Should().Equal(a.Keys.ToArray());
                foreach (string key in keys)
                {
                    b.IndexOf(key).Should().Be(a.IndexOf(key));
                }
            },
            iter: 300);
    }

    [Fact]
    public void Builder_Add_TellsEachKeysIndexAsItGoes()
    {
        s_key.Array[0, 300].Sample(
            keys =>
            {
                var builder = new SpanTable.Builder(keys.Length / 3);
                var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (string key in keys)
                {
                    int expected = key.Length == 0 ? -1 : seen.TryGetValue(key, out int index) ? index : seen[key] = seen.Count;
                    builder.Add(key).Should().Be(expected, "\"{0}\"", key);
                }

                builder.Count.Should().Be(seen.Count);
                SpanTable table = builder.Build();
                foreach ((string key, int index) in seen)
                {
                    table.IndexOf(key).Should().Be(index);
                }
            },
            iter: 300);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(1000)]
    [InlineData(19347)]
    public void Table_IsTheSmallestPowerOfTwoAtALoadOfAtMostSevenTenths(int count)
    {
        // sized for many more keys than it gets (as the actor stage's word table is): still laid out small
        var builder = new SpanTable.Builder(count * 4);
        for (int i = 0; i < count; i++)
        {
            builder.Add("w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        int slots = ((ulong[])typeof(SpanTable).GetField("_slots", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(builder.Build())!).Length;
        int expected = 16;
        while (expected * 7L < count * 10L)
        {
            expected <<= 1;
        }

        slots.Should().Be(expected);
        (count * 10L).Should().BeLessThanOrEqualTo(slots * 7L);
    }

    [Fact]
    public void Hash_IsTheSameForTheSameCharactersWhereverTheyLie()
    {
        string text = "xx Washington yy";
        SpanTable.Hash(text.AsSpan(3, 10)).Should().Be(SpanTable.Hash("Washington"));
        SpanTable.Hash("ab").Should().NotBe(SpanTable.Hash("ba"));
    }
}
