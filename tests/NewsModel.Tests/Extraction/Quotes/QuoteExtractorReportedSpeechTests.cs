using System.Collections.Generic;
using System.Linq;
using NewsModel.Extraction.Quotes;


namespace NewsModel.Tests.Extraction.Quotes;

/// <summary>Indirect reported speech: split contents, quantities as speakers, nested and relative attributions.</summary>
public sealed class QuoteExtractorReportedSpeechTests
{
    private static List<StatementCandidate> Run(string text) => QuoteExtractorTests.Run(text);

    private static string? Text(string text, TextSpan? span) => QuoteExtractorTests.Text(text, span);

    [Fact]
    public void Extract_ParentheticalCue_SplitsTheContentIntoTwoFragments()
    {
        const string text = "The main worry, the engineer said, is the old pumping station by the harbour.";
        List<StatementCandidate> found = Run(text);

        found.Select(c => Text(text, c.Span)).Should().Equal("The main worry", "is the old pumping station by the harbour");
        found.Select(c => Text(text, c.Speaker)).Should().AllBe("the engineer");
        found.Should().AllSatisfy(c => c.Kind.Should().Be(StatementKind.Indirect));
        found[0].Group.Should().Be(found[1].Group);
    }

    [Fact]
    public void Extract_ParentheticalCue_KeepsASingleWordFragment()
    {
        const string text = "Otherwise, she said, the farmers would sell their land within a year.";
        List<StatementCandidate> found = Run(text);

        found.Select(c => Text(text, c.Span)).Should().Equal("Otherwise", "the farmers would sell their land within a year");
    }

    [Fact]
    public void Extract_SceneSettingBeforeACueAndQuotation_IsNotAFragment()
    {
        const string text = "In a short video, the mayor said, “We will open the shelters tonight.”";
        List<StatementCandidate> found = Run(text);

        found.Select(c => Text(text, c.Span)).Should().Equal("We will open the shelters tonight.");
    }

    [Fact]
    public void Extract_CommaBeforeTheSubjectOnly_IsNotParenthetical()
    {
        const string text = "On Monday, the mayor said that the shelters would open.";
        List<StatementCandidate> found = Run(text);

        found.Select(c => Text(text, c.Span)).Should().Equal("that the shelters would open");
    }
}
