using System.Linq;
using NewsModel.Extraction.Dates;

namespace NewsModel.Tests.Extraction.Dates;

public class DateLexiconTests
{
    [Fact]
    public void Classify_EveryKnownWord_InAnyCase_GivesItsClassAndValue()
    {
        (string Word, W Class, int Value)[] words = DateLexicon.KnownWords.ToArray();
        words.Select(w => w.Word).Should().Contain(["january", "sept", "weekend", "ago", "approximately"]).And.OnlyHaveUniqueItems();
        foreach ((string word, W cls, int value) in words)
        {
            (W Word, int Value) found = DateLexicon.Classify(word);
            found.Should().Be((cls, value), $"\"{word}\" is in the table");
            found.Word.Should().NotBe(W.Other);
            DateLexicon.Classify(word.ToUpperInvariant()).Should().Be(found, "lookups ignore ASCII case");
            DateLexicon.Classify(char.ToUpperInvariant(word[0]) + word[1..]).Should().Be(found);
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
    }
}
