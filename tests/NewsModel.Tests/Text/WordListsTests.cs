using System.Linq;
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
    public void WordLists_HaveNoDuplicates()
    {
        WordLists.Abbreviations.Should().OnlyHaveUniqueItems();
        WordLists.SentenceStarters.Should().OnlyHaveUniqueItems();
        WordLists.TopLevelDomains.Should().OnlyHaveUniqueItems();
        WordLists.TopLevelDomains.Should().OnlyContain(d => d.All(char.IsAsciiLetterLower));
    }
}
