using System;
using System.Collections.Generic;
using System.Linq;

using CsCheck;
using NewsModel.Text;

namespace NewsModel.Tests.Text;

public sealed class IgnoreCaseSpanTableTests
{
    /// <summary>Keys from a small alphabet with both cases (so that keys equal ignoring case are common), and any others.</summary>
    private static readonly Gen<string> s_key = Gen.OneOf(
        Gen.String[Gen.Char["abABéÉıIiİſsSkK\u212A’- "], 0, 5],
        Gen.String[0, 10]);

    private static IgnoreCaseSpanTable Build(IEnumerable<string> keys)
    {
        var builder = new IgnoreCaseSpanTable.Builder(4);
        foreach (string key in keys)
        {
            builder.Add(key);
        }

        return builder.Build();
    }

    [Fact]
    public void IndexOf_AnyKeys_AgreesWithAnOrdinalIgnoreCaseDictionary()
    {
        Gen.Select(s_key.Array[0, 200], s_key.Array[0, 60]).Sample(
            t =>
            {
                (string[] keys, string[] probes) = t;
                var builder = new IgnoreCaseSpanTable.Builder(keys.Length / 4);
                var expected = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                var firstSpellings = new List<string>();
                foreach (string key in keys)
                {
                    int index = key.Length == 0 ? -1 : expected.TryGetValue(key, out int seen) ? seen : expected[key] = expected.Count;
                    if (index == firstSpellings.Count)
                    {
                        firstSpellings.Add(key);
                    }

                    builder.Add(key).Should().Be(index, "\"{0}\"", key);
                }

                IgnoreCaseSpanTable table = builder.Build();
                table.Count.Should().Be(expected.Count);
                table.Keys.ToArray().Should().Equal(firstSpellings);
                foreach (string probe in probes.Concat(keys.Select(k => k.ToUpperInvariant())).Concat(keys.Select(k => k.ToLowerInvariant())))
                {
                    int want = probe.Length > 0 && expected.TryGetValue(probe, out int index) ? index : -1;
                    table.IndexOf(probe).Should().Be(want, "\"{0}\"", probe);
                }
            },
            iter: 500);
    }

    [Theory]
    [InlineData("istanbul")]
    [InlineData("ISTANBUL")]
    [InlineData("IsTaNbUl")]
    public void IndexOf_AsciiInAnyCase_FindsTheKey(string probe) =>
        Build(["Istanbul", "Ankara"]).IndexOf(probe).Should().Be(0);

    [Fact]
    public void IndexOf_LettersBeyondAscii_FoldAsOrdinalIgnoreCaseDoes()
    {
        IgnoreCaseSpanTable table = Build(["Élysée", "Straße", "Ιωάννινα"]);

        table.IndexOf("ÉLYSÉE").Should().Be(0);
        table.IndexOf("élysée").Should().Be(0);
        table.IndexOf("STRASSE").Should().Be(-1, "ordinal case folding maps one character to one character");
        table.IndexOf("ιωάννινα").Should().Be(2);
    }

    [Fact]
    public void IndexOf_DotlessIAndKelvinSign_AreNotTheirAsciiLookAlikes()
    {
        IgnoreCaseSpanTable table = Build(["Iran", "Kiev"]);

        table.IndexOf("ıran").Should().Be(string.Equals("ıran", "Iran", StringComparison.OrdinalIgnoreCase) ? 0 : -1);
        table.IndexOf("\u212Aiev").Should().Be(string.Equals("\u212Aiev", "Kiev", StringComparison.OrdinalIgnoreCase) ? 1 : -1);
    }

    [Fact]
    public void Builder_KeysEqualIgnoringCase_AreOneKeySpelledAsFirstAdded()
    {
        var builder = new IgnoreCaseSpanTable.Builder(0);

        builder.Add("NATO").Should().Be(0);
        builder.Add("Nato").Should().Be(0);
        builder.Add("nato").Should().Be(0);
        builder.Add("UN").Should().Be(1);
        builder.Add(string.Empty).Should().Be(-1);
        builder.Count.Should().Be(2);
        builder.Build().Keys.ToArray().Should().Equal("NATO", "UN");
    }

    [Fact]
    public void IndexOf_EmptyOrMissing_IsMinusOne()
    {
        IgnoreCaseSpanTable table = Build(["Paris"]);

        table.IndexOf(ReadOnlySpan<char>.Empty).Should().Be(-1);
        table.IndexOf("Pari").Should().Be(-1);
        table.IndexOf("Pariss").Should().Be(-1);
        Build([]).IndexOf("Paris").Should().Be(-1);
    }

    [Fact]
    public void Hash_SpansEqualIgnoringCase_HashAlike()
    {
        Gen.String[Gen.OneOf(Gen.Char, Gen.Char["aAıIİiſsSkK\u212AßéÉ"]), 0, 8].Sample(
            s =>
            {
                foreach (string other in new[] { s.ToUpperInvariant(), s.ToLowerInvariant(), s.ToLowerInvariant().ToUpperInvariant() })
                {
                    if (string.Equals(s, other, StringComparison.OrdinalIgnoreCase))
                    {
                        IgnoreCaseSpanTable.Hash(other).Should().Be(IgnoreCaseSpanTable.Hash(s), "\"{0}\" and \"{1}\" are equal ignoring case", s, other);
                    }
                }
            },
            iter: 2000);
    }
}
