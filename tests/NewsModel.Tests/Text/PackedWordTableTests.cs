using System;
using System.Collections.Generic;
using System.Linq;

using CsCheck;
using NewsModel.Text;

namespace NewsModel.Tests.Text;

public sealed class PackedWordTableTests
{
    private static readonly Gen<string> s_word = Gen.OneOf(
        Gen.String[Gen.Char["abcAB'’-.é\u0000"], 0, 10],
        Gen.String[Gen.Char.AlphaNumeric, 1, 9]);

    /// <summary>The folding the packed form stands for: ASCII capitals to small letters, U+2019 to the apostrophe.</summary>
    private static string Fold(string word) =>
        new(word.Select(c => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c == '\u2019' ? '\'' : c).ToArray());

    private static bool Packable(string word) =>
        word.Length is > 0 and <= PackedWordTable.MaxLength && word.All(c => c is > '\0' and <= '\u007F' or '\u2019');

    [Fact]
    public void Find_AnyWords_AgreesWithADictionaryOfFoldedWords()
    {
        Gen.Select(s_word.Array[0, 80], s_word.Array[0, 40]).Sample(
            t =>
            {
                (string[] listed, string[] probes) = t;
                var expected = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (string word in listed.Where(PackedWordTable.HasPackedForm))
                {
                    expected.TryAdd(word, expected.Count);
                }

                var table = new PackedWordTable(expected.Select(p => (p.Key, p.Value)));
                table.Count.Should().Be(expected.Count);
                foreach (string probe in probes.Concat(listed).Concat(listed.Select(w => w.ToUpperInvariant())))
                {
                    bool packed = PackedWordTable.TryPack(probe, out ulong key);
                    packed.Should().Be(Packable(probe), "\"{0}\"", probe);
                    if (packed)
                    {
                        table.Find(key).Should().Be(expected.TryGetValue(Fold(probe), out int value) ? value : -1, "\"{0}\"", probe);
                    }
                }
            },
            iter: 500);
    }

    [Fact]
    public void TryPackAt_AnyWordOfAnyText_PacksAsTheWordAlone() =>
        // words anywhere in a text, near its end too (where fewer than eight characters are left to read), with
        // capitals, both apostrophes, NUL, characters beyond ASCII and characters around the case-folding bounds
        Gen.Select(Gen.String[Gen.Char["abzAZ@[`{'’-.é\u0000\u007F\u0080\u2018 "], 1, 24], Gen.Int[0, 24], Gen.Int[0, 10]).Sample((text, start, length) =>
        {
            start = Math.Min(start, text.Length);
            length = Math.Min(length, text.Length - start);
            bool folded = PackedWordTable.TryPack(text.AsSpan(start, length), out ulong expected);
            PackedWordTable.TryPackAt(text, start, length, out ulong key).Should().Be(folded, "\"{0}\" at {1}+{2}", text, start, length);
            key.Should().Be(folded ? expected : 0);
            bool exact = PackedWordTable.TryPackExact(text.AsSpan(start, length), out ulong expectedExact);
            PackedWordTable.TryPackExactAt(text, start, length, out ulong exactKey).Should().Be(exact, "\"{0}\" at {1}+{2} (exact)", text, start, length);
            exactKey.Should().Be(exact ? expectedExact : 0);
        }, iter: 20000);

    [Theory]
    [InlineData("said", "SAID")]
    [InlineData("said", "Said")]
    [InlineData("don't", "don’t")]
    [InlineData("don't", "DON’T")]
    public void TryPack_FoldsCapitalsAndTheRightQuotationMark(string listed, string probe)
    {
        PackedWordTable.TryPack(listed, out ulong a).Should().BeTrue();
        PackedWordTable.TryPack(probe, out ulong b).Should().BeTrue();
        b.Should().Be(a);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ninechars")]
    [InlineData("café")]
    [InlineData("a\u0000b")]
    public void TryPack_WordsWithNoPackedForm_AreRefused(string word) =>
        PackedWordTable.TryPack(word, out _).Should().BeFalse();

    [Theory]
    [InlineData("Said")]
    [InlineData("don’t")]
    [InlineData("ninechars")]
    public void Constructor_WordNotInItsPackedFoldedForm_Throws(string word)
    {
        PackedWordTable.HasPackedForm(word).Should().BeFalse();
        FluentActions.Invoking(() => new PackedWordTable([(word, 1)])).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Constructor_WordListedTwice_Throws() =>
        FluentActions.Invoking(() => new PackedWordTable([("may", 1), ("may", 2)])).Should().Throw<ArgumentException>();

    [Fact]
    public void Find_ShorterAndLongerWords_AreDistinct()
    {
        var table = new PackedWordTable([("a", 1), ("ab", 2), ("abcdefgh", 3)]);

        Find(table, "a").Should().Be(1);
        Find(table, "ab").Should().Be(2);
        Find(table, "abc").Should().Be(-1);
        Find(table, "abcdefgh").Should().Be(3);
        Find(table, "abcdefg").Should().Be(-1);
    }

    [Fact]
    public void Builder_FillsATableOfTheSizeGiven()
    {
        var builder = new PackedWordTable.Builder(3);
        builder.Add(Pack("Obama"), 10);
        builder.Add(Pack("Merkel"), 20);
        builder.Add(Pack("Xi"), long.MinValue);

        FluentActions.Invoking(() => builder.Add(Pack("May"), 30)).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => new PackedWordTable.Builder(2).Add(0, 1)).Should().Throw<ArgumentException>();
        PackedWordTable table = builder.Build();
        table.Count.Should().Be(3);
        table.TryGetValue(Pack("Merkel"), out long merkel).Should().BeTrue();
        merkel.Should().Be(20);
        table.TryGetValue(Pack("Xi"), out long xi).Should().BeTrue();
        xi.Should().Be(long.MinValue);
        table.TryGetValue(Pack("merkel"), out _).Should().BeFalse("exact packing tells capitals apart");
    }

    [Fact]
    public void TryPackExact_KeepsCapitalsAndRefusesWhatIsNotAscii()
    {
        Pack("Obama").Should().NotBe(Pack("obama"));
        PackedWordTable.TryPackExact("don’t", out _).Should().BeFalse();
        PackedWordTable.TryPackExact("Zelenskyy", out _).Should().BeFalse("nine characters");
        PackedWordTable.TryPackExact(string.Empty, out _).Should().BeFalse();
    }

    private static ulong Pack(string word) =>
        PackedWordTable.TryPackExact(word, out ulong key) ? key : throw new ArgumentException(word);

    private static int Find(PackedWordTable table, string word) =>
        PackedWordTable.TryPack(word, out ulong key) ? table.Find(key) : throw new ArgumentException(word);
}
