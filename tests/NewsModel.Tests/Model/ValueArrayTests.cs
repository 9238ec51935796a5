using System.Collections.Generic;
using System.Linq;

namespace NewsModel.Tests.Model;

public sealed class ValueArrayTests
{
    [Fact]
    public void Equals_SameElementsFromSeparateArrays_AreEqualWithEqualHashCodes()
    {
        ValueArray<string> a = ["x", "y"];
        ValueArray<string> b = ValueArray.From(new List<string> { "x", "y" });
        a.Equals(b).Should().BeTrue();
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentOrderOrLength_AreNotEqual()
    {
        ValueArray<int> a = [1, 2];
        (a == [2, 1]).Should().BeFalse();
        (a != [1, 2, 3]).Should().BeTrue();
    }

    [Fact]
    public void Default_IsEmptyAndEqualToEmptyCollection()
    {
        ValueArray<int> none = default;
        none.Count.Should().Be(0);
        none.IsEmpty.Should().BeTrue();
        (none == ValueArray<int>.Empty).Should().BeTrue();
        (none == ValueArray.From(Enumerable.Empty<int>())).Should().BeTrue();
        none.ToString().Should().Be("[]");
        foreach (int unused in none)
        {
            Assert.Fail("An empty array has no elements.");
        }
    }

    [Fact]
    public void Create_CopiesItsInput_SoLaterChangesDoNotLeakIn()
    {
        int[] source = [1, 2, 3];
        ValueArray<int> array = ValueArray.Create<int>(source);
        source[0] = 42;
        array[0].Should().Be(1);
        array.ToString().Should().Be("[1, 2, 3]");
        ((IEnumerable<int>)array).Should().Equal(1, 2, 3);
    }
}
