using System.Collections.Generic;

using CsCheck;
using NewsModel.Extraction.Dates;

namespace NewsModel.Tests.Extraction.Dates;

/// <summary>What the extractor's main loop relies on to pass over "the" without trying the grammar.</summary>
public sealed class ScannerPrefixTests
{
    [Fact]
    public void TryMatch_TheBeforeAWordNoPatternKnows_NeverMatches()
    {
        // the unknown word, then anything the grammar knows (dates, units, months, numbers, the words of its prefixes)
        Gen<string> unknown = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzQ"], 1, 9].Where(w => DateLexicon.Classify(w).Word == W.Other);
        Gen<string> after = Gen.OneOfConst("", " 2015", " of 2015", " year", " years ago", " March 3", " Monday", " quarter", " of the month", " - 1990s", " '90s", " the end of", " last week", " today");
        Gen.Select(Gen.OneOfConst("the", "The", "THE"), unknown, after).Sample(
            (the, word, rest) =>
            {
                string text = the + " " + word + rest;
                var tokens = new List<DateToken>();
                DateLexicon.Tokenize(text, tokens);
                tokens[1].Word.Should().Be(W.Other);
                new Scanner(text, tokens).TryMatch(0, out _).Should().BeFalse("\"{0}\" has no date at \"the\"", text);
            },
            iter: 3000);
    }

    [Fact]
    public void TryMatch_TheBeforeAWordAPatternKnows_CanMatch()
    {
        foreach (string text in new[] { "the end of March", "the past week", "the fourth quarter", "the 1990s" })
        {
            var tokens = new List<DateToken>();
            DateLexicon.Tokenize(text, tokens);
            new Scanner(text, tokens).TryMatch(0, out _).Should().BeTrue(text);
        }
    }
}
