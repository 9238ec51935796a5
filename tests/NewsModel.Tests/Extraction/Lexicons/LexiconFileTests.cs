using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NewsModel.Extraction;

namespace NewsModel.Tests.Extraction;

/// <summary>The shape of the embedded data files: header, sorting, no duplicates, UTF-8, minimum sizes.</summary>
public sealed class LexiconFileTests
{
    public static TheoryData<string> Files => new(LexiconFiles.All);

    [Fact]
    public void EmbeddedFiles_AreExactlyTheKnownLexicons()
    {
        LexiconReader.EmbeddedFileNames().Should().BeEquivalentTo(LexiconFiles.All);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void File_IsSortedOrdinallyWithoutDuplicateLines(string fileName)
    {
        List<string> lines = ReadLines(fileName);
        lines[0].Should().StartWith("# ", "the first line is the header comment naming the columns");
        List<string> data = lines.Skip(1).Where(l => l.Length > 0 && l[0] != '#').ToList();
        data.Should().OnlyHaveUniqueItems();
        for (int i = 1; i < data.Count; i++)
        {
            string.CompareOrdinal(data[i - 1], data[i]).Should().BeNegative($"{fileName} must be sorted (ordinal): '{data[i - 1]}' before '{data[i]}'");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void File_IsPlainUtf8WithUnixLineEnds(string fileName)
    {
        using Stream stream = typeof(LexiconReader).Assembly.GetManifestResourceStream(LexiconReader.ResourcePrefix + fileName)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        byte[] bytes = memory.ToArray();
        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, "no byte-order mark");
        bytes.Should().NotContain((byte)'\r');
        bytes[^1].Should().Be((byte)'\n');
        Action decode = () => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        decode.Should().NotThrow();
    }

    [Theory]
    [InlineData(LexiconFiles.Countries, 225)]
    [InlineData(LexiconFiles.Places, 2500)]
    [InlineData(LexiconFiles.Metonyms, 250)]
    [InlineData(LexiconFiles.Organizations, 1500)]
    [InlineData(LexiconFiles.GivenNames, 3000)]
    [InlineData(LexiconFiles.Titles, 300)]
    [InlineData(LexiconFiles.TitleModifiers, 40)]
    [InlineData(LexiconFiles.CompanySuffixes, 100)]
    [InlineData(LexiconFiles.OrgKeywords, 150)]
    [InlineData(LexiconFiles.SurnameParticles, 60)]
    [InlineData(LexiconFiles.NonEntityWords, 500)]
    [InlineData(LexiconFiles.PersonDescriptions, 150)]
    [InlineData(LexiconFiles.Pronouns, 40)]
    [InlineData(LexiconFiles.Groups, 100)]
    [InlineData(LexiconFiles.People, 200)]
    [InlineData(LexiconFiles.SocialPlatforms, 20)]
    [InlineData(LexiconFiles.PlaceAdjectives, 150)]
    public void File_HasAtLeastItsMinimumOfEntries(string fileName, int minimum)
    {
        int count = fileName switch
        {
            LexiconFiles.Countries => Lexicons.Countries.Entries.Length,
            LexiconFiles.Places => Lexicons.Places.Entries.Length,
            LexiconFiles.Metonyms => Lexicons.Metonyms.Entries.Length,
            LexiconFiles.Organizations => Lexicons.Organizations.Entries.Length,
            LexiconFiles.GivenNames => Lexicons.GivenNames.Entries.Length,
            LexiconFiles.Titles => Lexicons.Titles.Entries.Length,
            LexiconFiles.TitleModifiers => Lexicons.TitleModifiers.Entries.Length,
            LexiconFiles.CompanySuffixes => Lexicons.CompanySuffixes.Entries.Length,
            LexiconFiles.OrgKeywords => Lexicons.OrgKeywords.Entries.Length,
            LexiconFiles.SurnameParticles => Lexicons.SurnameParticles.Entries.Length,
            LexiconFiles.NonEntityWords => Lexicons.NonEntityWords.Entries.Length,
            LexiconFiles.PersonDescriptions => Lexicons.PersonDescriptions.Entries.Length,
            LexiconFiles.Pronouns => Lexicons.Pronouns.Entries.Length,
            LexiconFiles.Groups => Lexicons.Groups.Entries.Length,
            LexiconFiles.People => Lexicons.People.Entries.Length,
            LexiconFiles.SocialPlatforms => Lexicons.SocialPlatforms.Entries.Length,
            LexiconFiles.PlaceAdjectives => Lexicons.PlaceAdjectives.Entries.Length,
            _ => throw new ArgumentOutOfRangeException(nameof(fileName)),
        };
        count.Should().BeGreaterThanOrEqualTo(minimum);
    }

    [Fact]
    public void Places_HoldAtLeast600CitiesAndEveryKind()
    {
        Lexicons.Places.Entries.Count(p => p.Kind == PlaceKind.City).Should().BeGreaterThanOrEqualTo(600);
        Lexicons.Places.Entries.Select(p => p.Kind).Distinct().Should().BeEquivalentTo(Enum.GetValues<PlaceKind>());
    }

    [Fact]
    public void Organizations_HoldAtLeast300Companies()
    {
        Lexicons.Organizations.Entries.Count(o => o.Kind == OrganizationKind.Company).Should().BeGreaterThanOrEqualTo(300);
    }

    [Fact]
    public void GivenNames_HaveBothGendersInQuantity()
    {
        Lexicons.GivenNames.Entries.Count(g => g.Gender == LexiconGender.Male).Should().BeGreaterThan(1000);
        Lexicons.GivenNames.Entries.Count(g => g.Gender == LexiconGender.Female).Should().BeGreaterThan(1000);
    }

    private static List<string> ReadLines(string fileName)
    {
        using TextReader reader = LexiconReader.Open(fileName);
        var lines = new List<string>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lines.Add(line);
        }

        return lines;
    }
}
