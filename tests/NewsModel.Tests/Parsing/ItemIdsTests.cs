using NewsModel.Parsing;
using NewsModel.Tests.Support;

namespace NewsModel.Tests.Parsing;

public sealed class ItemIdsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(ItemIds.Cached)]
    [InlineData(ItemIds.Cached + 1)]
    [InlineData(123_456)]
    public void Ids_AreTheKindLetterAndTheNumber(int number)
    {
        string digits = number.ToString(System.Globalization.CultureInfo.InvariantCulture);

        ItemIds.Actor(number).Should().Be("a" + digits);
        ItemIds.Statement(number).Should().Be("s" + digits);
        ItemIds.Event(number).Should().Be("e" + digits);
    }

    [Fact]
    public void Ids_WithinTheCache_AreMadeOnce()
    {
        ItemIds.Actor(7).Should().BeSameAs(ItemIds.Actor(7));
        ItemIds.Statement(ItemIds.Cached).Should().BeSameAs(ItemIds.Statement(ItemIds.Cached));
    }

    [Fact]
    public void Ids_UnderAnotherCulture_AreTheSame()
    {
        using (new CultureScope("ar-SA"))
        {
            ItemIds.Event(1234).Should().Be("e1234");
        }
    }
}
