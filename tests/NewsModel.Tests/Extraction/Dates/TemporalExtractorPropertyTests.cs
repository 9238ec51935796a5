using System;
using System.Collections.Generic;
using System.Text;
using CsCheck;
using NewsModel.Extraction.Dates;
using NodaTime;

namespace NewsModel.Tests.Extraction.Dates;

public class TemporalExtractorPropertyTests
{
    // Pieces that exercise the grammar (date words, numbers, punctuation), plus arbitrary UTF-16 code units:
    // lone surrogates, NUL, line breaks.
    private static readonly string[] s_pieces =
    [
        "May", "march", "Dec", ".", ",", "'", "-", "/", "s", "th", "Q", "the", "last", "next", "this", "past", "coming",
        "early", "late", "mid", "earlier", "of", "a", "two", "nineteen", "ninety", "thousand", "year", "years", "week",
        "quarter", "third", "half", "period", "latest", "ago", "yesterday", "today", "tonight", "now", "recent", "future",
        "Sunday", "Monday", "night", "fall", "winter", "fiscal", "year-ago", "1990", "2014", "0", "14", "29", "31", "99",
        "2025-12-15", "12/15/2025", "2/29/2023", "999999999999", "will", "said", "\n", "\0", "\uD800", "\uDC00", "\uD83D\uDE00",
        " ", " ", " ",
    ];

    private static readonly Gen<string> s_text = Gen.Frequency(
            (4, Gen.OneOfConst(s_pieces)),
            (1, Gen.UShort.Select(u => ((char)u).ToString())))
        .Array[0, 60]
        .Select(parts => string.Concat(parts));

    private static readonly Gen<LocalDate?> s_anchor = Gen.Frequency(
        (1, Gen.Const((LocalDate?)null)),
        (1, Gen.OneOfConst<LocalDate?>(LocalDate.MinIsoValue, LocalDate.MaxIsoValue, new LocalDate(2024, 2, 29), new LocalDate(2025, 12, 31))),
        (6, Gen.Int[0, 80_000].Select(d => (LocalDate?)new LocalDate(1900, 1, 1).PlusDays(d))));

    [Fact]
    public void Extract_AnyText_NeverThrowsAndKeepsTheInvariants()
    {
        Gen.Select(s_text, s_anchor, Gen.Int[0, 200], Gen.Int[0, 60]).Sample((text, anchor, regionStart, regionLength) =>
        {
            var regions = new List<DateRegion>();
            if (regionStart < text.Length)
            {
                int end = Math.Min(text.Length, regionStart + regionLength);
                regions.Add(new DateRegion(TextSpan.FromBounds(regionStart, end), new LocalDate(2025, 12, 14)));
            }

            var output = new List<TemporalExpression>();
            TemporalExtractor.Extract(text, anchor, regions.ToArray(), output);

            int previousEnd = 0;
            foreach (TemporalExpression found in output)
            {
                found.Span.Start.Should().BeGreaterThanOrEqualTo(previousEnd, "expressions are sorted and do not overlap");
                found.Span.Length.Should().BePositive();
                found.Span.FitsIn(text.Length).Should().BeTrue();
                found.Text.Should().Be(found.Span.ToString(text));
                (found.Start <= found.End).Should().Be(found.Start.HasValue);
                (found.Precision == DatePrecision.Unknown).Should().Be(!found.Start.HasValue);
                previousEnd = found.Span.End;
            }
        }, iter: 3000);
    }

    [Fact]
    public void Extract_LongRepetitiveText_IsLinear()
    {
        var builder = new StringBuilder();
        for (int k = 0; k < 20_000; k++)
        {
            builder.Append("the last the early the mid- the year-ago the third the Sunday, Dec. ");
        }

        var output = new List<TemporalExpression>();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        TemporalExtractor.Extract(builder.ToString(), new LocalDate(2025, 12, 15), default, output);
        watch.Stop();

        output.Should().NotBeEmpty();
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }
}
