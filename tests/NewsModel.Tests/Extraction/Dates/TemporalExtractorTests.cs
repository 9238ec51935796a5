using System;
using System.Collections.Generic;
using System.Linq;
using NewsModel.Extraction.Dates;
using NodaTime;
using NodaTime.Text;

namespace NewsModel.Tests.Extraction.Dates;

public class TemporalExtractorTests
{
    private static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    private static List<TemporalExpression> Extract(string text, string? anchor, params DateRegion[] regions)
    {
        var output = new List<TemporalExpression>();
        TemporalExtractor.Extract(text, anchor is null ? null : D(anchor), regions, output);
        return output;
    }

    private static TemporalExpression Only(string text, string? anchor)
    {
        List<TemporalExpression> found = Extract(text, anchor);
        found.Should().ContainSingle($"\"{text}\" holds one temporal expression, found: {string.Join(" | ", found.Select(f => f.Text))}");
        return found[0];
    }

    // Rows: anchor (the article date), sentence, the expression's text (its span), first day, last day, precision, anchor kind.
    public static TheoryData<string, string, string, string, string, DatePrecision, DateAnchor> Resolved => new()
    {
        // Deictic days, across month, year and leap-day boundaries.
        { "2024-03-01", "Prices fell sharply yesterday.", "yesterday", "2024-02-29", "2024-02-29", DatePrecision.Day, DateAnchor.Dateline },
        { "2025-12-31", "The new tariff applies from tomorrow.", "tomorrow", "2026-01-01", "2026-01-01", DatePrecision.Day, DateAnchor.Dateline },
        { "2025-07-04", "Crowds gathered today in the square.", "today", "2025-07-04", "2025-07-04", DatePrecision.Day, DateAnchor.Dateline },
        { "2025-07-04", "Fireworks are planned for tonight.", "tonight", "2025-07-04", "2025-07-04", DatePrecision.Day, DateAnchor.Dateline },
        { "2025-03-01", "He landed in Oslo last night.", "last night", "2025-02-28", "2025-02-28", DatePrecision.Day, DateAnchor.Dateline },

        // Weeks are ISO weeks, Monday to Sunday.
        { "2026-01-02", "Shares slid last week.", "last week", "2025-12-22", "2025-12-28", DatePrecision.Week, DateAnchor.Dateline },
        { "2025-06-15", "The board meets this week.", "this week", "2025-06-09", "2025-06-15", DatePrecision.Week, DateAnchor.Dateline },
        { "2025-12-29", "Talks continue next week.", "next week", "2026-01-05", "2026-01-11", DatePrecision.Week, DateAnchor.Dateline },

        // Months, quarters and years named relatively.
        { "2025-01-10", "Exports dropped last month.", "last month", "2024-12-01", "2024-12-31", DatePrecision.Month, DateAnchor.Dateline },
        { "2025-02-10", "A vote is expected next month.", "next month", "2025-03-01", "2025-03-31", DatePrecision.Month, DateAnchor.Dateline },
        { "2025-05-05", "Sales rose earlier this year.", "earlier this year", "2025-01-01", "2025-12-31", DatePrecision.Year, DateAnchor.Dateline },
        { "2025-05-05", "The plant closed last year.", "last year", "2024-01-01", "2024-12-31", DatePrecision.Year, DateAnchor.Dateline },
        { "2025-05-05", "Growth should return early next year.", "early next year", "2026-01-01", "2026-12-31", DatePrecision.Year, DateAnchor.Dateline },
        { "2025-03-10", "The shipment left two days ago.", "two days ago", "2025-03-08", "2025-03-08", DatePrecision.Day, DateAnchor.Dateline },
        { "2025-05-05", "The mine shut three years ago.", "three years ago", "2022-01-01", "2022-12-31", DatePrecision.Year, DateAnchor.Dateline },
        { "2025-05-07", "The letter arrived a week ago.", "a week ago", "2025-04-28", "2025-05-04", DatePrecision.Week, DateAnchor.Dateline },
        { "2025-05-05", "Margins improved in the second quarter.", "the second quarter", "2025-04-01", "2025-06-30", DatePrecision.Quarter, DateAnchor.Dateline },
        { "2026-02-03", "Fourth-quarter profit doubled.", "Fourth-quarter", "2025-10-01", "2025-12-31", DatePrecision.Quarter, DateAnchor.Dateline },
        { "2025-03-05", "The strike ended last April.", "last April", "2024-04-01", "2024-04-30", DatePrecision.Month, DateAnchor.Dateline },
        { "2025-05-05", "The strike ended last April.", "last April", "2025-04-01", "2025-04-30", DatePrecision.Month, DateAnchor.Dateline },
        { "2026-01-05", "Orders slumped in December.", "December", "2025-12-01", "2025-12-31", DatePrecision.Month, DateAnchor.Dateline },
        { "2025-02-01", "The dam was finished last fall.", "last fall", "2024-09-01", "2024-11-30", DatePrecision.Quarter, DateAnchor.Dateline },
        { "2025-05-05", "Ridership fell in the '90s.", "the '90s", "1990-01-01", "1999-12-31", DatePrecision.Decade, DateAnchor.Dateline },

        // A month and day without a year take the year nearest the anchor.
        { "2025-12-28", "The ceasefire starts Jan. 3 at noon.", "Jan. 3", "2026-01-03", "2026-01-03", DatePrecision.Day, DateAnchor.Dateline },
        { "2026-01-02", "The ballots were counted on Dec. 30.", "Dec. 30", "2025-12-30", "2025-12-30", DatePrecision.Day, DateAnchor.Dateline },
        { "2024-03-10", "Payments resumed on Feb. 29.", "Feb. 29", "2024-02-29", "2024-02-29", DatePrecision.Day, DateAnchor.Dateline },
        { "2025-03-10", "The law passed on Feb. 29.", "Feb. 29", "2024-02-29", "2024-02-29", DatePrecision.Day, DateAnchor.Dateline },
        { "2025-12-15", "Riots broke out on 14 Dec. in the capital.", "14 Dec.", "2025-12-14", "2025-12-14", DatePrecision.Day, DateAnchor.Dateline },

        // Explicit dates need no anchor.
        { "2025-12-15", "The accord was signed on December 14, 2025 in Paris.", "December 14, 2025", "2025-12-14", "2025-12-14", DatePrecision.Day, DateAnchor.None },
        { "2025-12-15", "It was ratified on 14 December 2025.", "14 December 2025", "2025-12-14", "2025-12-14", DatePrecision.Day, DateAnchor.None },
        { "2025-12-15", "The filing is dated 2025-12-15.", "2025-12-15", "2025-12-15", "2025-12-15", DatePrecision.Day, DateAnchor.None },
        { "2025-12-15", "The form is dated 12/15/2025.", "12/15/2025", "2025-12-15", "2025-12-15", DatePrecision.Day, DateAnchor.None },
        { "2025-12-15", "The fighting began in March 2022.", "March 2022", "2022-03-01", "2022-03-31", DatePrecision.Month, DateAnchor.None },
        { "2025-12-15", "The peninsula was seized in 2014.", "2014", "2014-01-01", "2014-12-31", DatePrecision.Year, DateAnchor.None },
        { "2025-12-15", "Since 2014, the border has moved twice.", "2014", "2014-01-01", "2014-12-31", DatePrecision.Year, DateAnchor.None },
        { "2025-12-15", "Rents doubled in the 1990s.", "the 1990s", "1990-01-01", "1999-12-31", DatePrecision.Decade, DateAnchor.None },
        { "2025-12-15", "The boom peaked in the mid-1990s.", "the mid-1990s", "1990-01-01", "1999-12-31", DatePrecision.Decade, DateAnchor.None },
        { "2025-12-15", "Revenue slipped in Q3 2025.", "Q3 2025", "2025-07-01", "2025-09-30", DatePrecision.Quarter, DateAnchor.None },
        { "2025-12-15", "Debt rose in the third quarter of 2023.", "the third quarter of 2023", "2023-07-01", "2023-09-30", DatePrecision.Quarter, DateAnchor.None },
        { "2025-12-15", "The vote is due in late 2026.", "late 2026", "2026-01-01", "2026-12-31", DatePrecision.Year, DateAnchor.None },
        { "2025-12-15", "The bridge opened in the summer of 2019.", "the summer of 2019", "2019-06-01", "2019-08-31", DatePrecision.Quarter, DateAnchor.None },
    };

    [Theory]
    [MemberData(nameof(Resolved))]
    public void Extract_Phrase_ResolvesToPeriod(string anchor, string sentence, string text, string start, string end, DatePrecision precision, DateAnchor anchorKind)
    {
        TemporalExpression found = Only(sentence, anchor);

        found.Text.Should().Be(text);
        found.Span.ToString(sentence).Should().Be(text);
        found.Start.Should().Be(D(start));
        found.End.Should().Be(D(end));
        found.Precision.Should().Be(precision);
        found.Anchor.Should().Be(anchorKind);
    }

    // Weekdays follow the tense of their sentence. 2025-12-15 is a Monday, 2025-12-17 a Wednesday.
    [Theory]
    [InlineData("2025-12-15", "The envoys met in Berlin on Sunday.", "Sunday", "2025-12-14")]
    [InlineData("2025-12-15", "Negotiations will resume on Monday.", "Monday", "2025-12-15")] // future, the anchor's own day
    [InlineData("2025-12-15", "A summit is slated for Monday in Brussels.", "Monday", "2025-12-15")]
    [InlineData("2025-12-15", "The minister said on Monday that the deal holds.", "Monday", "2025-12-15")] // past, the anchor's own day
    [InlineData("2025-12-17", "The vote is scheduled for Friday.", "Friday", "2025-12-19")]
    [InlineData("2025-12-17", "Officials said Friday the road was closed.", "Friday", "2025-12-12")]
    [InlineData("2025-12-17", "The court will rule on Tuesday.", "Tuesday", "2025-12-23")]
    [InlineData("2025-12-17", "The rally was held on Tuesday.", "Tuesday", "2025-12-16")]
    [InlineData("2025-12-17", "Police arrived on Wednesday.", "Wednesday", "2025-12-17")]
    [InlineData("2025-12-17", "The pact expired last Wednesday.", "last Wednesday", "2025-12-10")]
    [InlineData("2025-12-17", "Voting opens next Wednesday.", "next Wednesday", "2025-12-24")]
    [InlineData("2025-12-17", "Beyond Sunday's talks, little is planned.", "Sunday", "2025-12-14")] // possessive left out
    [InlineData("2025-12-31", "The convoy will leave on Friday.", "Friday", "2026-01-02")] // across the year
    [InlineData("2025-12-15", "An aide spoke in remarks broadcast on Sunday that there will be no deal.", "Sunday", "2025-12-14")] // reported future does not count
    [InlineData("2025-12-17", "The storm hit Saturday, Dec. 13, at dawn.", "Saturday, Dec. 13", "2025-12-13")] // the date decides
    public void Extract_Weekday_FollowsTense(string anchor, string sentence, string text, string day)
    {
        TemporalExpression found = Only(sentence, anchor);

        found.Text.Should().Be(text);
        found.Start.Should().Be(D(day));
        found.End.Should().Be(D(day));
        found.Precision.Should().Be(DatePrecision.Day);
    }

    [Theory]
    [InlineData("The committee met on Sunday.", "Sunday")]
    [InlineData("The blackout began yesterday.", "yesterday")]
    [InlineData("Rates climbed last month.", "last month")]
    [InlineData("The deadline is Dec. 14.", "Dec. 14")]
    public void Extract_RelativeWithoutAnchor_StaysUnresolved(string sentence, string text)
    {
        TemporalExpression found = Only(sentence, null);

        found.Text.Should().Be(text);
        found.Precision.Should().Be(DatePrecision.Unknown);
        found.Start.Should().BeNull();
        found.End.Should().BeNull();
        found.Anchor.Should().Be(DateAnchor.None);
    }

    [Fact]
    public void Extract_ExplicitDateWithoutAnchor_Resolves()
    {
        TemporalExpression found = Only("The treaty took effect on December 14, 2025.", null);

        found.Start.Should().Be(new LocalDate(2025, 12, 14));
        found.Precision.Should().Be(DatePrecision.Day);
        found.Anchor.Should().Be(DateAnchor.None);
    }

    [Theory]
    [InlineData("The meeting lasted more than five hours.")]
    [InlineData("She stayed in the city for three weeks.")]
    [InlineData("Both sides want to end the almost four-year-old war.")]
    [InlineData("The ruling affects 2014 people in the region.")]
    [InlineData("The bill came to $2014 in total.")]
    [InlineData("Pilgrims march on toward the shrine.")]
    [InlineData("May I add one thing, he asked.")]
    [InlineData("The period of growth was short.")]
    public void Extract_NotADate_ListsNothing(string sentence)
    {
        Extract(sentence, "2025-12-15").Should().BeEmpty();
    }

    [Theory]
    [InlineData("Prices are now stable.", "now")]
    [InlineData("He currently lives abroad.", "currently")]
    [InlineData("The firm recently moved.", "recently")]
    [InlineData("No one can predict the future.", "the future")]
    [InlineData("Exports slowed in recent years.", "recent years")]
    public void Extract_VagueReference_ListedUnresolved(string sentence, string text)
    {
        TemporalExpression found = Only(sentence, "2025-12-15");

        found.Text.Should().Be(text);
        found.Precision.Should().Be(DatePrecision.Unknown);
        found.Start.Should().BeNull();
    }

    [Fact]
    public void Extract_InsideRegion_UsesThePostDate()
    {
        const string text = "Repairs continued overnight.\n\nSince yesterday, crews have worked nonstop. — A Mayor (@mayor) December 14, 2025\n\nOfficials said yesterday the grid was stable.";
        int regionStart = text.IndexOf("Since", StringComparison.Ordinal);
        int regionEnd = text.IndexOf("\n\nOfficials", StringComparison.Ordinal);
        var region = new DateRegion(TextSpan.FromBounds(regionStart, regionEnd), new LocalDate(2025, 12, 14));

        List<TemporalExpression> found = Extract(text, "2025-12-15", region);

        found.Select(f => f.Text).Should().Equal("yesterday", "December 14, 2025", "yesterday");
        found[0].Start.Should().Be(new LocalDate(2025, 12, 13));
        found[0].Anchor.Should().Be(DateAnchor.Post);
        found[1].Anchor.Should().Be(DateAnchor.None);
        found[2].Start.Should().Be(new LocalDate(2025, 12, 14));
        found[2].Anchor.Should().Be(DateAnchor.Dateline);
    }

    [Fact]
    public void Extract_YearEarlierAfterQuarter_ShiftsTheQuarter()
    {
        List<TemporalExpression> found = Extract(
            "Net income in the third quarter rose to $5 million from $4 million a year earlier.", "2025-11-02");

        found.Select(f => f.Text).Should().Equal("the third quarter", "a year earlier");
        found[1].Start.Should().Be(new LocalDate(2024, 7, 1));
        found[1].Precision.Should().Be(DatePrecision.Quarter);
        found[1].Anchor.Should().Be(DateAnchor.Text);
    }

    [Fact]
    public void Extract_SeveralExpressions_SortedWithSpansIntoText()
    {
        const string text = "On Sunday the envoys met; talks will resume on Monday, and a report is due in March 2026.";

        List<TemporalExpression> found = Extract(text, "2025-12-15");

        found.Select(f => f.Text).Should().Equal("Sunday", "Monday", "March 2026");
        found.Select(f => f.Span.ToString(text)).Should().Equal("Sunday", "Monday", "March 2026");
        found[0].Start.Should().Be(new LocalDate(2025, 12, 14));
        found[1].Start.Should().Be(new LocalDate(2025, 12, 15));
    }

    [Fact]
    public void Extract_TurkishCulture_SameResult()
    {
        const string text = "THE INQUIRY IS DUE IN DECEMBER, NOT IN MAY. It opened Friday.";
        List<TemporalExpression> invariant = Extract(text, "2025-12-17");
        System.Globalization.CultureInfo saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            Extract(text, "2025-12-17").Should().Equal(invariant);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Extract_AnchorAtCalendarEdge_DoesNotThrow()
    {
        var output = new List<TemporalExpression>();

        Action act = () =>
        {
            TemporalExtractor.Extract("It happened yesterday, last week, next year, in the 1990s and two decades ago.", LocalDate.MinIsoValue, default, output);
            TemporalExtractor.Extract("It happens tomorrow, next week, next year and in the '20s.", LocalDate.MaxIsoValue, default, output);
        };

        act.Should().NotThrow();
    }
}
