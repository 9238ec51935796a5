using System.Collections.Generic;
using System.Linq;

using NewsModel.Extraction;

namespace NewsModel.Tests.Extraction;

/// <summary>The join of the five named-entity lexicons tells, for each surface, exactly which of them hold it.</summary>
public sealed class NamedEntitiesTests
{
    private static NamedLexicons Expected(string surface) =>
        (Lexicons.Countries.Contains(surface) ? NamedLexicons.Countries : NamedLexicons.None)
        | (Lexicons.Places.Contains(surface) ? NamedLexicons.Places : NamedLexicons.None)
        | (Lexicons.Organizations.Contains(surface) ? NamedLexicons.Organizations : NamedLexicons.None)
        | (Lexicons.People.Contains(surface) ? NamedLexicons.People : NamedLexicons.None)
        | (Lexicons.Metonyms.Contains(surface) ? NamedLexicons.Metonyms : NamedLexicons.None);

    [Fact]
    public void LexiconsOf_EverySurface_IsTheLexiconsThatHoldIt()
    {
        IEnumerable<string> surfaces = Lexicons.Countries.Surfaces
            .Concat(Lexicons.Places.Surfaces)
            .Concat(Lexicons.Organizations.Surfaces)
            .Concat(Lexicons.People.Surfaces)
            .Concat(Lexicons.Metonyms.Surfaces);

        foreach (string surface in surfaces)
        {
            Lexicons.NamedEntities.LexiconsOf(surface).Should().Be(Expected(surface), "\"{0}\"", surface);
            Lexicons.NamedEntities.Contains(surface).Should().BeTrue();
        }
    }

    [Fact]
    public void LexiconsOf_SurfacesInSeveralLexicons_NamesEachOfThem()
    {
        // a name in more than one file exists (a country and its capital's namesake, a metonym and a place…)
        string[] shared = Lexicons.NamedEntities.Surfaces.ToArray()
            .Where(s => System.Numerics.BitOperations.PopCount((uint)Expected(s)) > 1)
            .ToArray();

        shared.Should().NotBeEmpty();
        shared.Should().OnlyContain(s => Lexicons.NamedEntities.LexiconsOf(s) == Expected(s));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Xq Zzyzx")]
    [InlineData("france")]
    public void LexiconsOf_UnknownOrDifferentlyCased_IsNone(string surface)
    {
        Lexicons.NamedEntities.LexiconsOf(surface).Should().Be(NamedLexicons.None);
    }
}
