using System.Linq;
using CsCheck;
using NewsModel.Extraction.Quotes;

namespace NewsModel.Tests.Extraction.Quotes;

/// <summary>The fast path of <see cref="QuoteLexicon.Classify(System.ReadOnlySpan{char})"/> (a bit filter, classes in packed slots) answers as the full table does.</summary>
public sealed class QuoteLexiconTests
{
    [Fact]
    public void Classify_EveryListedWordInThreeCasings_SameClassesAsTheTable()
    {
        string[] words = QuoteLexicon.Words().ToArray();
        words.Should().NotBeEmpty();
        foreach (string word in words)
        {
            foreach (string form in new[] { word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..] })
            {
                QuoteLexicon.Classify(form).Should().Be(QuoteLexicon.ClassifyThroughTable(form), form);
            }

            QuoteLexicon.Classify(word).Should().NotBe(WordClass.None, word);
        }
    }

    [Fact]
    public void Classify_AnyWord_SameClassesAsTheTable() =>
        Gen.String[Gen.Char["aeinorstlduAEST'\u2019-"], 1, 12].Sample(word =>
            QuoteLexicon.Classify(word).Should().Be(QuoteLexicon.ClassifyThroughTable(word)), iter: 20000);

    [Fact]
    public void Classify_According_IsACueWordInAnyCase()
    {
        // the extractor looks for "according to" among the cue words only
        foreach (string form in new[] { "according", "According", "ACCORDING" })
        {
            (QuoteLexicon.Classify(form) & WordClass.Cue).Should().Be(WordClass.Cue, form);
        }
    }

    [Fact]
    public void Classify_ApostropheForms_FoldTogether() =>
        QuoteLexicon.Classify("don\u2019t").Should().Be(QuoteLexicon.Classify("don't"));
}
