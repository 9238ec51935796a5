using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NewsModel.Extraction.Events;
using NewsModel.Tests.Support;

namespace NewsModel.Tests.Extraction.Events;

public class EventTriggersTests
{
    [Fact]
    public void Words_AreExactlyTheWordsOfTheKindOfSwitch()
    {
        // The sentence filter may only skip text with no trigger: a word added to KindOf must be added to Words too.
        string source = File.ReadAllText(RepoFiles.PathOf("src", "NewsModel", "Extraction", "Events", "EventTriggers.cs"));
        int start = source.IndexOf("public static string? KindOf(", StringComparison.Ordinal);
        int end = source.IndexOf("_ => null,", start, StringComparison.Ordinal);
        string[] inSwitch = source[start..end].Split('\n')
            .Where(line => line.Contains("=>", StringComparison.Ordinal))
            .SelectMany(line => Regex.Matches(line.Split("=>")[0], "\"([^\"]+)\"").Select(m => m.Groups[1].Value))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        inSwitch.Should().HaveCountGreaterThan(50);
        EventTriggers.Words.Should().BeEquivalentTo(inSwitch);
        foreach (string word in EventTriggers.Words)
        {
            (EventTriggers.KindOf(word, "", "", nextIsName: true) ?? EventTriggers.KindOf(word, "air", "on", nextIsName: true)).Should().NotBeNull($"\"{word}\" is a trigger somewhere");
        }
    }

    [Theory]
    [InlineData("The two leaders met in Turku.")]
    [InlineData("TALKS RESUME IN GENEVA")]
    [InlineData("A cease-fire held overnight.")]
    [InlineData("war")]
    [InlineData("It was, the minister said, an attack.")]
    [InlineData("after the anti-war rally")]
    public void MayContainTrigger_TextWithATrigger_IsTrue(string text)
    {
        EventTriggers.MayContainTrigger(text).Should().BeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("The minister said the software was ready.")]
    [InlineData("Metal prices rose; the award went to a warden.")]
    [InlineData("Dealers and meters, wartime and talkshows.")]
    public void MayContainTrigger_TextWithNoTrigger_IsFalse(string text)
    {
        EventTriggers.MayContainTrigger(text).Should().BeFalse();
    }
}
