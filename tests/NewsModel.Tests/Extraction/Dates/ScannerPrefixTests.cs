using System.Collections.Generic;
using System.Linq;

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

    /// <summary>Anything the grammar knows, to follow the word under test.</summary>
    private static readonly string[] s_continuations =
    [
        "", " 2015", " of 2015", " year", " years ago", " March 3", " Monday", " quarter", " of the month", " - 1990s", " '90s",
        " the end of", " last week", " today", " few weeks ago", " week", " day", " days ago", " night", " 5", " 12, 2014",
        " earlier", " than a year", " half", " term", " fiscal 2015", " Christmas Eve", " s", " th",
    ];

    [Fact]
    public void TryMatch_AtAWordOfAClassThatMayNotBegin_NeverMatches()
    {
        // every word the lexicon knows whose class the extractor passes over, in two casings, before anything known
        var passedOver = DateLexicon.KnownWords.Where(w => !Scanner.MayBegin(w.Class)).ToList();
        passedOver.Should().NotBeEmpty();
        passedOver.Select(w => w.Class).Should().Contain([W.Of, W.From, W.Day, W.Night]);
        foreach ((string word, W cls, _) in passedOver)
        {
            foreach (string form in new[] { word, char.ToUpperInvariant(word[0]) + word[1..] })
            {
                foreach (string rest in s_continuations)
                {
                    string text = form + rest;
                    var tokens = new List<DateToken>();
                    DateLexicon.Tokenize(text, tokens);
                    tokens[0].Word.Should().Be(cls);
                    new Scanner(text, tokens).TryMatch(0, out _).Should().BeFalse("\"{0}\" has no date at its first word, of class {1}", text, cls);
                }
            }
        }
    }

    [Fact]
    public void TryMatch_AtACountWordBeforeAnythingButItsUnit_NeverMatches()
    {
        foreach (string count in new[] { "a", "an", "one", "A", "One" })
        {
            foreach (string rest in s_continuations)
            {
                string text = count + rest;
                var tokens = new List<DateToken>();
                DateLexicon.Tokenize(text, tokens);
                bool unitNext = tokens.Count > 1 && tokens[1].Word is W.Few or W.Unit or W.Units or W.Year or W.Day;
                if (!unitNext)
                {
                    new Scanner(text, tokens).TryMatch(0, out _).Should().BeFalse("\"{0}\" has no date at \"{1}\"", text, count);
                }
            }
        }
    }

    [Fact]
    public void TryMatch_AtThatBeforeAnythingButQuarter_NeverMatches()
    {
        foreach (string that in new[] { "that", "That", "THAT" })
        {
            foreach (string rest in s_continuations.Append(" quarters").Append(" period").Append(" year"))
            {
                string text = that + rest;
                var tokens = new List<DateToken>();
                DateLexicon.Tokenize(text, tokens);
                bool quarterNext = tokens.Count > 1 && tokens[1] is { Word: W.Unit, Value: (int)DateUnit.Quarter };
                new Scanner(text, tokens).TryMatch(0, out _).Should().Be(quarterNext, "\"{0}\" has a date at \"that\" only before \"quarter\"", text);
            }
        }
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
