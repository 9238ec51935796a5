using System.Collections.Generic;

using CsCheck;
using NewsModel.Extraction.Quotes;

namespace NewsModel.Tests.Extraction.Quotes;

public sealed class QuoteScannerTests
{
    [Fact]
    public void Scan_ReportsNoOpeningMark_OnlyWhenNoTokenIsOne()
    {
        // every quotation mark the scanner knows, apostrophes, letters, digits, spaces and punctuation, in any order
        Gen.String[Gen.Char["\"`“”„«»‘’'ab sS1.,:—\n"], 0, 40].Sample(
            text =>
            {
                var tokens = new List<QToken>();
                var quotes = new List<QuoteChunk>();
                bool opened = QuoteScanner.Scan(text, 0, text.Length, tokens, quotes);
                if (!opened)
                {
                    tokens.Should().NotContain(t => t.Kind == QTokenKind.Open, "\"{0}\" was scanned as having no opening mark", text);
                }
            },
            iter: 20000);
    }

    [Fact]
    public void Scan_QuotedWords_ReportsTheOpeningMark()
    {
        foreach (string text in new[] { "He said “yes” today.", "She wrote: \"no\".", "The ‘plan’ failed." })
        {
            var tokens = new List<QToken>();
            QuoteScanner.Scan(text, 0, text.Length, tokens, []).Should().BeTrue(text);
            tokens.Should().Contain(t => t.Kind == QTokenKind.Open, text);
        }
    }
}
