using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NewsModel.Extraction;

namespace NewsModel.Tests.Extraction;

/// <summary>Parsing rules, error messages, lookups, culture invariance and sharing.</summary>
public sealed class LexiconLoaderTests
{
    private const string Header = "# name\tgender\torigins\n";

    [Fact]
    public void Read_SkipsCommentsAndBlankLines()
    {
        ImmutableArray<GivenNameEntry> names = LexiconFiles.ReadGivenNames(new StringReader(Header + "\n# a comment\nAnna\tf\ten|de\n\nJean\tu\t-\n"));
        names.Should().HaveCount(2);
        names[0].Origins.Should().Equal("en", "de");
        names[1].Origins.Should().BeEmpty("'-' means none");
    }

    [Theory]
    [InlineData("# name\tgender\n", "test.tsv line 1")]                              // a header that is not the loader's
    [InlineData("", "test.tsv: the file is empty")]
    [InlineData(Header + "Anna\tf\n", "test.tsv line 2: 2 fields, expected 3")]       // a missing column
    [InlineData(Header + "Anna\tf\ten\textra\n", "test.tsv line 2: 4 fields")]         // one too many
    [InlineData(Header + "Anna\t\ten\n", "test.tsv line 2, column 2")]                 // an empty field
    [InlineData(Header + "Anna \tf\ten\n", "test.tsv line 2, column 1")]               // trailing white space
    [InlineData(Header + "Anna\tx\ten\n", "test.tsv line 2, column 2 ('x')")]          // an unknown gender
    [InlineData(Header + "Anna\tf\ten||de\n", "test.tsv line 2, column 3")]            // an empty list item
    public void Read_MalformedInput_ThrowsNamingFileAndLine(string text, string messageStart)
    {
        Action read = () => LexiconReader.Read("test.tsv", new StringReader(text), ["name", "gender", "origins"],
            row => new GivenNameEntry(row.Text(0), row.Gender(1), row.List(2)));
        read.Should().Throw<InvalidDataException>().Which.Message.Should().StartWith(messageStart);
    }

    [Fact]
    public void Read_BadEnumInAnyFile_NamesTheColumn()
    {
        Action read = () => LexiconFiles.ReadPlaces(new StringReader("# name\tkind\tcountry\tarticle\taliases\nAtlantis\tisland\t-\t-\t-\n"));
        read.Should().Throw<InvalidDataException>().WithMessage("places.tsv line 2, column 2 ('island'): expected*");
    }

    [Fact]
    public void Open_UnknownFile_Throws()
    {
        Action open = () => LexiconReader.Open("nope.tsv");
        open.Should().Throw<InvalidDataException>().WithMessage("nope.tsv*");
    }

    [Fact]
    public void Find_WorksOnSlicesOfLargerText()
    {
        const string text = "officials in Kyiv said";
        ReadOnlySpan<char> kyiv = text.AsSpan(13, 4);
        Lexicons.Metonyms.Find(kyiv).Should().ContainSingle().Which.Target.Should().Be("Ukraine");
        Lexicons.Places.Contains(kyiv).Should().BeTrue();
        Lexicons.Places.Contains(text.AsSpan(13, 3)).Should().BeFalse();
    }

    [Fact]
    public void Find_IsExact_FindIgnoreCaseIsNot()
    {
        Lexicons.Countries.Find("FINLAND").Should().BeEmpty();
        Lexicons.Countries.FindIgnoreCase("FINLAND").Should().ContainSingle().Which.Code.Should().Be("FI");
        Lexicons.Countries.Find("us").Should().BeEmpty("'us' is a pronoun, 'US' a country");
        Lexicons.Countries.TryGetIgnoreCase("us", out CountryEntry? us).Should().BeTrue();
        us!.Code.Should().Be("US");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(4096)]
    public void Read_SplitsLinesAsReadLineDoes_WhateverTheChunksTheTextArrivesIn(int maxChunk)
    {
        // every line end ReadLine knows, blank and comment lines, a line longer than the reader's buffer, no final line end
        var random = new Random(maxChunk);
        string[] ends = ["\n", "\r\n", "\r"];
        for (int round = 0; round < 40; round++)
        {
            var text = new System.Text.StringBuilder(Header.TrimEnd('\n')).Append(ends[random.Next(3)]);
            int rows = random.Next(0, 30);
            for (int r = 0; r < rows; r++)
            {
                int kind = random.Next(10);
                if (kind == 0)
                {
                    text.Append(kind == 0 && random.Next(2) == 0 ? "" : "# note");
                }
                else
                {
                    string name = new('a', kind == 1 ? 9000 + random.Next(200) : random.Next(1, 20));
                    text.Append(name).Append(r).Append('\t').Append("mfu"[random.Next(3)]).Append('\t').Append(random.Next(3) == 0 ? "-" : "en|de");
                }

                if (r < rows - 1 || random.Next(2) == 0)
                {
                    text.Append(ends[random.Next(3)]);
                }
            }

            string source = text.ToString();
            ImmutableArray<GivenNameEntry> read = LexiconFiles.ReadGivenNames(new ChunkedReader(source, maxChunk, random.Next()));
            read.Select(Describe).Should().Equal(Expected(source), "round {0}", round);
        }

        static string Describe(GivenNameEntry entry) => $"{entry.Name}/{entry.Gender}/{string.Join('|', entry.Origins)}";

        static IEnumerable<string> Expected(string source)
        {
            var reader = new StringReader(source);
            reader.ReadLine();
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                string[] fields = line.Split('\t');
                string gender = fields[1] switch { "m" => "Male", "f" => "Female", _ => "Unknown" };
                yield return $"{fields[0]}/{gender}/{(fields[2] == "-" ? "" : fields[2])}";
            }
        }
    }

    [Fact]
    public void Read_SharesShortValuesWithinAFile_AndCopiesLongOnes()
    {
        ImmutableArray<GivenNameEntry> names = LexiconFiles.ReadGivenNames(new StringReader(Header + "Anna\tf\ten|de\nJean\tm\ten\nBartholomew-Ann\tm\tfr\nBartholomew-Ann\tf\tfr\n"));
        names[1].Origins[0].Should().BeSameAs(names[0].Origins[0]);
        names[2].Name.Should().Be(names[3].Name).And.NotBeSameAs(names[3].Name);
    }

    private sealed class ChunkedReader(string text, int maxChunk, int seed) : TextReader
    {
        private readonly Random _random = new(seed);
        private int _at;

        public override int Read(char[] buffer, int index, int count)
        {
            int n = Math.Min(Math.Min(count, text.Length - _at), _random.Next(1, maxChunk + 1));
            text.CopyTo(_at, buffer, index, n);
            _at += n;
            return n;
        }
    }

    [Fact]
    public void Lookups_ShareOneSurfaceAmongEntries_InFileOrder_AndAgreeWithEachOther()
    {
        // "Anna" is carried by three entries (one twice), "Jean" by one; "ANNA" only ignoring case
        ImmutableArray<GivenNameEntry> names = LexiconFiles.ReadGivenNames(new StringReader(Header + "Anna\tf\ten\nJean\tm\tfr\nAnna\tu\tde\nANNA\tf\tsv\n"));
        var lexicon = new Lexicon<GivenNameEntry>("test.tsv", names, static (g, into) =>
        {
            into.Add(g.Name);
            into.Add(g.Name); // a surface an entry repeats names it once
            if (g.Name == "Jean")
            {
                into.Add("Anna");
            }
        });

        lexicon.Find("Anna").Select(n => n.Origins[0]).Should().Equal("en", "fr", "de");
        lexicon.TryGet("Anna", out GivenNameEntry? first).Should().BeTrue();
        first!.Origins.Should().Equal("en");
        lexicon.Find("Jean").Should().ContainSingle().Which.Origins.Should().Equal("fr");
        lexicon.Find("ANNA").Should().ContainSingle().Which.Origins.Should().Equal("sv");
        lexicon.FindIgnoreCase("anna").Select(n => n.Origins[0]).Should().Equal("en", "fr", "de", "sv");
        lexicon.TryGetIgnoreCase("aNNa", out GivenNameEntry? folded).Should().BeTrue();
        folded.Should().BeSameAs(first);
        lexicon.Find("Ann").Should().BeEmpty();
        lexicon.TryGet("Ann", out _).Should().BeFalse();
        lexicon.ContainsIgnoreCase("jean").Should().BeTrue();
        lexicon.Contains("jean").Should().BeFalse();
    }

    [Fact]
    public void Lookups_AgreeWithEachOther_OnEveryShippedSurface()
    {
        Check(Lexicons.Places);
        Check(Lexicons.Organizations);
        Check(Lexicons.Countries);
        Check(Lexicons.Demonyms);
        Check(Lexicons.GivenNames);
        Check(Lexicons.Titles);
        Check(Lexicons.People);
        Check(Lexicons.Metonyms);

        static void Check<T>(Lexicon<T> lexicon)
            where T : class
        {
            Parallel.ForEach(lexicon.Surfaces, surface =>
            {
                ImmutableArray<T> all = lexicon.Find(surface);
                all.Should().NotBeEmpty().And.OnlyHaveUniqueItems();
                lexicon.TryGet(surface, out T? first).Should().BeTrue();
                first.Should().BeSameAs(all[0]);
                lexicon.Contains(surface).Should().BeTrue();
                ImmutableArray<T> folded = lexicon.FindIgnoreCase(surface.ToUpperInvariant());
                folded.Should().Contain(all);
                lexicon.TryGetIgnoreCase(surface.ToLowerInvariant(), out T? firstFolded).Should().BeTrue();
                firstFolded.Should().BeSameAs(folded[0]);
            });
        }
    }

    [Fact]
    public void Lexicons_AreLoadedOnceAndShared()
    {
        Lexicon<CountryEntry>[] seen = new Lexicon<CountryEntry>[16];
        Parallel.For(0, seen.Length, i => seen[i] = Lexicons.Countries);
        seen.Should().OnlyContain(l => ReferenceEquals(l, seen[0]));
        Lexicons.LoadAll();
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("fi-FI")]
    public void Loading_GivesTheSameResultUnderEveryCulture(string cultureName)
    {
        string invariantDump = RunUnder(CultureInfo.InvariantCulture, DumpAll);
        string cultureDump = RunUnder(CultureInfo.GetCultureInfo(cultureName), DumpAll);
        cultureDump.Should().Be(invariantDump);
    }

    [Fact]
    public void IgnoreCaseLookups_AreCultureInvariant_EvenUnderTurkish()
    {
        RunUnder(CultureInfo.GetCultureInfo("tr-TR"), () =>
        {
            Lexicons.Places.FindIgnoreCase("ISTANBUL").Should().Contain(p => p.Name == "Istanbul");
            Lexicons.Places.FindIgnoreCase("istanbul").Should().Contain(p => p.Name == "Istanbul");
            Lexicons.Places.FindIgnoreCase("IZMIR").Should().Contain(p => p.Name == "Izmir");
            Lexicons.GivenNames.FindIgnoreCase("IGOR").Should().ContainSingle();
            Lexicons.Titles.FindIgnoreCase("VICE PRESIDENT").Should().ContainSingle();
            Lexicons.Organizations.FindIgnoreCase("fifa").Should().ContainSingle();
            Lexicons.NonEntityWords.FindIgnoreCase("FRIDAY").Should().ContainSingle();
            return string.Empty;
        });
    }

    private static string DumpAll()
    {
        var dump = new System.Text.StringBuilder();
        void Add<T>(string file, Func<TextReader, ImmutableArray<T>> read, Func<T, string> show)
        {
            using TextReader reader = LexiconReader.Open(file);
            ImmutableArray<T> entries = read(reader);
            dump.Append(file).Append(' ').Append(entries.Length).Append('\n');
            foreach (T entry in entries)
            {
                dump.Append(show(entry)).Append('\n');
            }
        }

        static string J(ImmutableArray<string> items) => string.Join("|", items);
        Add(LexiconFiles.Countries, LexiconFiles.ReadCountries, c => $"{c.Name} {c.Code} {c.Status} {c.TakesArticle} {J(c.Aliases)} {J(c.Adjectives)} {J(c.People)} {J(c.Capitals)}");
        Add(LexiconFiles.Places, LexiconFiles.ReadPlaces, p => $"{p.Name} {p.Kind} {p.CountryCode} {p.TakesArticle} {J(p.Aliases)}");
        Add(LexiconFiles.Metonyms, LexiconFiles.ReadMetonyms, m => m.ToString());
        Add(LexiconFiles.Organizations, LexiconFiles.ReadOrganizations, o => $"{o.Name} {o.Kind} {J(o.Acronyms)} {J(o.Aliases)} {o.CountryCode}");
        Add(LexiconFiles.GivenNames, LexiconFiles.ReadGivenNames, g => $"{g.Name} {g.Gender} {J(g.Origins)}");
        Add(LexiconFiles.Titles, LexiconFiles.ReadTitles, t => t.ToString());
        Add(LexiconFiles.TitleModifiers, LexiconFiles.ReadTitleModifiers, t => t.ToString());
        Add(LexiconFiles.CompanySuffixes, LexiconFiles.ReadCompanySuffixes, c => $"{c.Suffix} {c.IsLegalForm} {J(c.CountryCodes)}");
        Add(LexiconFiles.OrgKeywords, LexiconFiles.ReadOrgKeywords, k => $"{k.Keyword} {string.Join("|", k.Kinds)}");
        Add(LexiconFiles.SurnameParticles, LexiconFiles.ReadSurnameParticles, p => $"{p.Particle} {p.Joiner} {J(p.Origins)}");
        Add(LexiconFiles.NonEntityWords, LexiconFiles.ReadNonEntityWords, w => w.ToString());
        Add(LexiconFiles.PersonDescriptions, LexiconFiles.ReadPersonDescriptions, d => d.ToString());
        Add(LexiconFiles.Pronouns, LexiconFiles.ReadPronouns, p => p.ToString());
        Add(LexiconFiles.Groups, LexiconFiles.ReadGroups, g => $"{g.Name} {g.Kind} {J(g.Forms)} {g.CountryCode}");
        Add(LexiconFiles.SocialPlatforms, LexiconFiles.ReadSocialPlatforms, p => $"{p.Name} {p.Kind} {J(p.Aliases)} {p.CountryCode}");
        Add(LexiconFiles.PlaceAdjectives, LexiconFiles.ReadPlaceAdjectives, a => a.ToString());
        Add(LexiconFiles.People, LexiconFiles.ReadPeople, p => $"{p.Name} {p.Gender} {p.Title} {p.Affiliation} {J(p.Aliases)}");

        var upper = new System.Text.StringBuilder();
        foreach (string surface in new Lexicon<PlaceEntry>(LexiconFiles.Places, LexiconFiles.ReadPlaces(LexiconReader.Open(LexiconFiles.Places)), static (p, into) => into.Add(p.Name)).Surfaces.Order(StringComparer.Ordinal))
        {
            upper.Append(surface.ToUpperInvariant()).Append('\n');
        }

        return dump.Append(upper).ToString();
    }

    private static T RunUnder<T>(CultureInfo culture, Func<T> action)
    {
        T result = default!;
        var thread = new Thread(() =>
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            result = action();
        });
        thread.Start();
        thread.Join();
        return result;
    }
}
