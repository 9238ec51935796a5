using System;

namespace NewsModel.Tests.Model;

public sealed class TextSpanTests
{
    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, -1)]
    [InlineData(int.MaxValue, 1)] // the end would overflow
    public void Constructor_InvalidRange_Throws(int start, int length)
    {
        Action act = () => _ = new TextSpan(start, length);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Properties_DescribeHalfOpenRange()
    {
        TextSpan span = new(3, 4);
        span.End.Should().Be(7);
        span.IsEmpty.Should().BeFalse();
        span.ToString().Should().Be("[3..7)");
        span.ToString("0123456789").Should().Be("3456");
        span.Slice("0123456789").ToString().Should().Be("3456");
    }

    [Fact]
    public void FromBounds_EndBeforeStart_Throws()
    {
        TextSpan.FromBounds(2, 5).Should().Be(new TextSpan(2, 3));
        Action act = () => TextSpan.FromBounds(5, 2);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(0, 5, 5, 2, false)] // touching spans do not overlap
    [InlineData(0, 5, 4, 2, true)]
    [InlineData(2, 2, 0, 10, true)]
    public void Overlaps_SharesACodeUnit(int s1, int l1, int s2, int l2, bool expected)
    {
        new TextSpan(s1, l1).Overlaps(new TextSpan(s2, l2)).Should().Be(expected);
        new TextSpan(s2, l2).Overlaps(new TextSpan(s1, l1)).Should().Be(expected);
    }

    [Fact]
    public void ContainsAndFitsIn_AreInclusiveOfTheEnd()
    {
        new TextSpan(0, 10).Contains(new TextSpan(4, 6)).Should().BeTrue();
        new TextSpan(0, 10).Contains(new TextSpan(4, 7)).Should().BeFalse();
        new TextSpan(4, 6).FitsIn(10).Should().BeTrue();
        new TextSpan(4, 7).FitsIn(10).Should().BeFalse();
    }
}
