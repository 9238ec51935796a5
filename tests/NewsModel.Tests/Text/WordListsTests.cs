using System.Linq;
using CsCheck;
using NewsModel.Text;

namespace NewsModel.Tests.Text;

public class WordListsTests
{
    [Fact]
    public void AbbreviationSet_BothLookupPaths_AgreeOnMembersAndNonMembers()
    {
        SpanSet set = WordLists.AbbreviationSet;
        string[] others = ["", "dr", "DR", "Drr", "Mrs.", "art", "ill", "no", "Washington", "D", "Gen "];
        foreach (string word in WordLists.Abbreviations)
        {
            set.Contains(word).Should().BeTrue(word);
            set.ContainsBySearch(word).Should().BeTrue(word);
        }

        foreach (string word in others)
        {
            set.Contains(word).Should().BeFalse(word);
            set.ContainsBySearch(word).Should().BeFalse(word);
        }
    }

    [Fact]
    public void SpanSet_AnySetAndWord_AnswersAsTheBinarySearch() =>
        // short words over few letters, so that members, near misses (same length and first letter) and words longer
        // than any member all come up; the first letters include ones equal modulo 64 ('a' and '!', 'A' and U+0101)
        Gen.Select(Gen.String[Gen.Char["aAb!\u0101"], 0, 5].Array[1, 12], Gen.String[Gen.Char["aAb!\u0101"], 0, 7]).Sample((words, word) =>
        {
            var set = new SpanSet(words.Distinct().ToArray());
            set.Contains(word).Should().Be(word.Length > 0 && set.ContainsBySearch(word), "\"{0}\" in [{1}] (the empty word is never found)", word, string.Join(", ", words));
            foreach (string member in words.Where(w => w.Length > 0))
            {
                set.Contains(member).Should().BeTrue(member);
            }
        }, iter: 5000);

    [Fact]
    public void WordLists_HaveNoDuplicates()
    {
        WordLists.Abbreviations.Should().OnlyHaveUniqueItems();
        WordLists.SentenceStarters.Should().OnlyHaveUniqueItems();
        WordLists.TopLevelDomains.Should().OnlyHaveUniqueItems();
        WordLists.TopLevelDomains.Should().OnlyContain(d => d.All(char.IsAsciiLetterLower));
    }
}
