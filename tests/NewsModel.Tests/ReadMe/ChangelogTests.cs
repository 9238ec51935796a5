using System.IO;
using System.Text.RegularExpressions;
using NewsModel.Tests.Support;

namespace NewsModel.Tests.ReadMe;

public sealed class ChangelogTests
{
    [Fact]
    public void Changelog_HasUnreleasedSectionOnTopWithEntries()
    {
        string changelog = File.ReadAllText(RepoFiles.PathOf("CHANGELOG.md")).ReplaceLineEndings("\n");
        Match first = Regex.Match(changelog, @"^## \[(.+?)\]", RegexOptions.Multiline);
        first.Groups[1].Value.Should().Be("Unreleased");
        Regex.Matches(changelog, @"^### (Added|Changed|Deprecated|Removed|Fixed|Security|Performance|Breaking)$", RegexOptions.Multiline)
            .Should().NotBeEmpty();
    }
}
