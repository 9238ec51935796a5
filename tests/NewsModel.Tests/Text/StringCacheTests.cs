using System;
using System.Threading.Tasks;

using CsCheck;
using NewsModel.Text;

namespace NewsModel.Tests.Text;

public sealed class StringCacheTests
{
    [Fact]
    public void Get_AnySpan_EqualsTheSpan()
    {
        Gen.String[0, 80].Array[1, 60].Sample(
            words =>
            {
                foreach (string word in words)
                {
                    string padded = "«" + word + "»";
                    StringCache.Get(padded.AsSpan(1, word.Length)).Should().Be(word);
                }
            },
            iter: 300);
    }

    [Fact]
    public void Get_TheSameShortSpanAgain_IsTheSameString()
    {
        string text = "Merkel met Macron; Merkel said so.";

        string first = StringCache.Get(text.AsSpan(0, 6));
        string again = StringCache.Get(text.AsSpan(19, 6));

        again.Should().Be("Merkel").And.BeSameAs(first);
    }

    [Fact]
    public void Get_LongOrEmptySpans_AreNotKept()
    {
        string longWord = new('x', StringCache.MaxLength + 1);

        StringCache.Get(longWord).Should().Be(longWord).And.NotBeSameAs(StringCache.Get(longWord));
        StringCache.Get(ReadOnlySpan<char>.Empty).Should().BeSameAs(string.Empty);
    }

    [Fact]
    public void Get_ManyThreads_EachGetTheirSpansBack()
    {
        Parallel.For(0, 64, i =>
        {
            for (int k = 0; k < 2000; k++)
            {
                string word = "w" + ((i * 7919) + k).ToString(System.Globalization.CultureInfo.InvariantCulture);
                StringCache.Get(word.AsSpan()).Should().Be(word);
            }
        });
    }
}
