using System.Linq;
using NewsModel.Extraction.Dates;

namespace NewsModel.Tests.Extraction.Dates;

public class DateLexiconTests
{
    [Fact]
    public void Classify_EveryKnownWord_InAnyCase_IsKnownAndAgreesWithTheNet8Search()
    {
        string[] words = DateLexicon.KnownWords.ToArray();
        words.Should().Contain(["january", "sept", "weekend", "ago", "approximately"]);
        foreach (string word in words)
        {
            (W Word, int Value) found = DateLexicon.Classify(word);
            found.Word.Should().NotBe(W.Other, $"\"{word}\" is in the table");
            DateLexicon.Classify(word.ToUpperInvariant()).Should().Be(found, "lookups ignore ASCII case");
            DateLexicon.Classify(char.ToUpperInvariant(word[0]) + word[1..]).Should().Be(found);
            DateLexicon.FindBySearch(word).Should().Be(found, "the .NET 8 binary search gives what the dictionary gives");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("januar")]
    [InlineData("januarys")]
    [InlineData("Ja\u0301nuary")]
    [InlineData("m\u0131d")] // dotless i: not ASCII, never "mid"
    [InlineData("\u212Aweek")]
    [InlineData("abcdefghijklmnopqrstuvwxyz")]
    [InlineData("1999")]
    public void Classify_WordsNotInTheTable_AreOther(string word)
    {
        DateLexicon.Classify(word).Word.Should().Be(W.Other);
        DateLexicon.FindBySearch(word.ToLowerInvariant()).Word.Should().Be(W.Other);
    }
}
