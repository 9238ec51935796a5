using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using NewsModel.Extraction.Quotes;

namespace NewsModel.Tests.Extraction.Quotes;

public sealed class QuoteExtractorPropertyTests
{
    private static readonly string[] s_pieces =
    [
        "“", "”", "\"", "''", "'", "‘", "’", "„", "«", "»", "``", " ", " ", " ", "\n", "\n\n", ",", ".", ":", "?", "—", "(", ")",
        "said", "says", "told", "adding", "according", "to", "that", "he", "she", "who", "the", "a", "spokesman",
        "Smith", "Mr.", "Anna", "Berg", "Sen.", "reporters", "on", "Monday", "and", "it", "we", "will", "win",
    ];

    private static readonly Gen<string> s_newsLike =
        Gen.Int[0, s_pieces.Length - 1].Array[0, 120].Select(ix => string.Concat(ix.Select(i => s_pieces[i] + (i % 3 == 0 ? " " : string.Empty))));

    private static readonly Gen<string> s_anyChars = Gen.String[Gen.Char["\"“”'‘’„«»` \n.,:;?!—()aZ"], 0, 300];

    [Fact]
    public void Extract_NewsLikeNoise_NeverThrowsAndSpansStayInside()
    {
        s_newsLike.Sample(CheckInvariants, iter: 3000);
    }

    [Fact]
    public void Extract_RandomCharacters_NeverThrowsAndSpansStayInside()
    {
        s_anyChars.Sample(CheckInvariants, iter: 3000);
        Gen.String[0, 200].Sample(CheckInvariants, iter: 1000);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("“")]
    [InlineData("” ")]
    [InlineData("'' ")]
    [InlineData("“ said ")]
    [InlineData("he said, “")]
    [InlineData(", said Smith ")]
    [InlineData("according to ")]
    public void Extract_200kRepeatedMarks_CompletesWithBoundedOutput(string unit)
    {
        var sb = new StringBuilder();
        while (sb.Length < 200_000)
        {
            sb.Append(unit);
        }

        string text = sb.ToString();
        var output = new List<StatementCandidate>();
        QuoteExtractor.Extract(text, [new TextSpan(0, text.Length)], output);

        // every statement covers at least one character of its own: the output is linear in the input
        output.Count.Should().BeLessThanOrEqualTo(text.Length);
        CheckInvariants(text);
    }

    [Fact]
    public void Extract_SameInputTwice_GivesSameOutput()
    {
        s_newsLike.Sample(text => Run(text).Should().Equal(Run(text)), iter: 300);
    }

    private static List<StatementCandidate> Run(string text) => QuoteExtractorTests.Run(text);

    private static void CheckInvariants(string text)
    {
        List<StatementCandidate> found = Run(text);
        foreach (StatementCandidate c in found)
        {
            Inside(c.Span, text).Should().BeTrue();
            Inside(c.Content, text).Should().BeTrue();
            (c.Content.Start <= c.Span.Start && c.Span.End <= c.Content.End).Should().BeTrue("the content holds the span");
            foreach (TextSpan? s in new[] { c.Cue, c.Speaker, c.SpeakerName, c.Channel })
            {
                if (s is TextSpan span)
                {
                    Inside(span, text).Should().BeTrue();
                }
            }

            (c.Speaker is null).Should().Be(c.Hint == SpeakerHint.None);
        }
    }

    private static bool Inside(TextSpan span, string text) => span.End <= text.Length && span.Length >= 0;
}
