using System;
using CsCheck;
using NewsModel.Extraction;

namespace NewsModel.Tests.Extraction;

public sealed class WireDatelineTests
{
    [Theory]
    [InlineData("BRUSSELS (Reuters) \u2014 European Union leaders agreed.", "BRUSSELS", "European")]
    [InlineData("WASHINGTON \u2014 The Senate passed the bill.", "WASHINGTON", "The")]
    [InlineData("MEXICO CITY - The rise of the peso.", "MEXICO CITY", "The")]
    [InlineData("LONG BEACH, Calif. -- The dam could fail.", "LONG BEACH", "The")]
    [InlineData("BEDFORD, N.H. (AP) \u2014 Marco Rubio spoke.", "BEDFORD", "Marco")]
    [InlineData("SAN JUAN, Puerto Rico (AP) \u2013 \u201CWe are ready,\u201D he said.", "SAN JUAN", "\u201CWe")]
    [InlineData("ST. LOUIS \u2014 2025 was a record year.", "ST. LOUIS", "2025")]
    [InlineData("WINSTON-SALEM, N.C. \u2014 The plant closed.", "WINSTON-SALEM", "The")]
    [InlineData("WASHINGTON, Dec. 8 (UPI) \u2014 In response to the plan.", "WASHINGTON", "In")]
    [InlineData("WASHINGTON \u2015 The Obama administration announced plans.", "WASHINGTON", "The")]
    [InlineData("WASHINGTON \u2014\u00A0U.S. candidates reacted.", "WASHINGTON", "U.S.")]
    [InlineData("MOVING SHOP\u2014\"A gallery opens,\" by a reporter.", "MOVING SHOP", "\"A")]
    public void TryMatch_Datelines_GivesThePlaceAndTheSentenceAfter(string line, string place, string bodyWord)
    {
        WireDateline.TryMatch(line, out int placeEnd, out int bodyStart).Should().BeTrue();
        line[..placeEnd].Should().Be(place);
        line[bodyStart..].Should().StartWith(bodyWord);
    }

    [Theory]
    [InlineData("")]
    [InlineData("NATO \u2014 and the EU \u2014 sent ships.")]
    [InlineData("Oslo \u2014 The port reopened.")]
    [InlineData("I \u2014 The port reopened.")]
    [InlineData("OSLO-The port reopened.")]
    [InlineData("OSLO -The port reopened.")]
    [InlineData("OSLO (Reuters The port reopened.")]
    [InlineData("OSLO, \u2014 The port reopened.")]
    [InlineData("BREAKING NEWS TODAY FROM THE PORT \u2014 The port reopened.")]
    [InlineData("The port reopened \u2014 The end.")]
    public void TryMatch_NoDateline_False(string line) =>
        WireDateline.TryMatch(line, out _, out _).Should().BeFalse();

    [Fact]
    public void TryMatch_AnyLine_StaysInsideIt() =>
        Gen.String[Gen.Char["OSLAN ,.-()\u2014\u2013'\"\u201Ca"], 0, 200].Sample(line =>
        {
            if (WireDateline.TryMatch(line, out int placeEnd, out int bodyStart))
            {
                placeEnd.Should().BeInRange(2, bodyStart - 1);
                bodyStart.Should().BeLessThan(Math.Min(line.Length, 120));
            }
        }, iter: 5000);
}
