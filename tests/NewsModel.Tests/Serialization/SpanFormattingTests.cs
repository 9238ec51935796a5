using System;
using System.Buffers.Text;
using System.Globalization;
using System.Text;

using CsCheck;
using NewsModel.Serialization.Wire;

namespace NewsModel.Tests.Serialization;

public sealed class SpanFormattingTests
{
    [Fact]
    public void FormatNonNegative_EveryDigitCountAndItsEdges_WritesWhatUtf8FormatterWrites()
    {
        uint power = 1;
        for (int digits = 1; digits <= 10; digits++)
        {
            foreach (uint value in new[] { power - 1, power, power + 1, (power * 5) + 3, uint.MaxValue })
            {
                SameAsFormatter(value);
            }

            power = digits < 10 ? power * 10 : power;
        }

        SameAsFormatter(0);
        SameAsFormatter(int.MaxValue);
    }

    [Fact]
    public void FormatNonNegative_AnyValue_WritesWhatUtf8FormatterWrites() =>
        Gen.OneOf(Gen.UInt, Gen.UInt[0, 100_000]).Sample(SameAsFormatter, iter: 20000);

    [Fact]
    public void FormatSpan_AnySpan_IsTheCompactJsonObject() =>
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue]).Sample((start, length) =>
        {
            length = (int)Math.Min(length, (long)int.MaxValue - start);
            byte[] json = new byte[ArticleWriter.MaxSpanBytes + 8];
            int n = ArticleWriter.FormatSpan(new TextSpan(start, length), json);
            Encoding.UTF8.GetString(json, 0, n).Should().Be(string.Create(CultureInfo.InvariantCulture, $"{{\"start\":{start},\"length\":{length}}}"));
            n.Should().BeLessThanOrEqualTo(ArticleWriter.MaxSpanBytes);
        }, iter: 5000);

    private static void SameAsFormatter(uint value)
    {
        byte[] expected = new byte[16];
        Utf8Formatter.TryFormat(value, expected, out int written).Should().BeTrue();
        byte[] actual = new byte[16];
        ArticleWriter.FormatNonNegative(value, actual).Should().Be(written, "{0} has {1} digits", value, written);
        actual.AsSpan(0, written).SequenceEqual(expected.AsSpan(0, written)).Should().BeTrue("{0} is written as {1}", value, Encoding.ASCII.GetString(expected, 0, written));
        actual[written].Should().Be(0, "nothing is written past the digits");
    }
}
