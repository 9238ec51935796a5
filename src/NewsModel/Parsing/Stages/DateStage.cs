using System;
using System.Collections.Generic;
using NewsModel.Extraction.Dates;

namespace NewsModel.Parsing.Stages;

/// <summary>
/// Finds and resolves the temporal expressions of the text (<see cref="TemporalExtractor"/>) against the article's
/// date, except inside an embedded post, whose own date anchors them.
/// </summary>
internal sealed class DateStage : IArticleStage
{
    public void Run(ArticleContext context)
    {
        List<DateRegion> regions = [];
        foreach (Embed embed in context.Embeds)
        {
            if (embed.Date is { } date)
            {
                regions.Add(new DateRegion(embed.Span, date));
            }
        }

        ReadOnlySpan<DateRegion> regionSpan = regions.Count == 0 ? default : regions.ToArray();
        TemporalExtractor.Extract(context.Text, context.Date, regionSpan, context.Dates);
    }
}
