using System;
using System.Collections.Generic;
using System.Globalization;
using NewsModel.Extraction.Quotes;

namespace NewsModel.Parsing.Stages;

/// <summary>
/// Turns the quotations and reported speech found by <see cref="QuoteExtractor"/> into statements: the words said,
/// the cue, the speaker mention (the name without its title), the actor it resolves to, the channel and the date
/// the sentence gives. Statements (posts included) are then ordered by position and numbered <c>s1</c>, <c>s2</c>, ….
/// </summary>
internal sealed class StatementStage : IArticleStage
{
    public void Run(ArticleContext context)
    {
        string text = context.Text;
        List<StatementCandidate> candidates = [];
        QuoteExtractor.Extract(text, context.Paragraphs.ToArray(), candidates, new QuoteExtractorOptions(BeliefCues: true));

        List<Statement> statements = context.Statements;
        HashSet<TextSpan> contents = [];
        foreach (StatementCandidate candidate in candidates)
        {
            // One statement per reported content: several quoted fragments inside one clause are one statement,
            // which also keeps the output linear when a clause holds thousands of quotation marks.
            if (candidate.Span.IsEmpty || InsideEmbed(context, candidate.Span) || !contents.Add(candidate.Content))
            {
                continue;
            }

            // The mention as written ("Gov. Chris Christie", "the minister", "he"): what the attribution rests on.
            TextSpan? speaker = candidate.Speaker ?? candidate.SpeakerName;
            statements.Add(new Statement(
                "_",
                candidate.Kind,
                candidate.Content.ToString(text),
                candidate.Content,
                speakerId: speaker is { } s ? ActorAt(context, s) : null,
                speakerSpan: speaker,
                cue: candidate.Cue?.ToString(text),
                channel: candidate.Channel is { } channel && !IsDate(context, channel) ? channel.ToString(text) : null,
                date: DateOf(context, candidate)));
        }

        statements.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.Length.CompareTo(b.Span.Length));
        for (int i = 0; i < statements.Count; i++)
        {
            Statement s = statements[i];
            statements[i] = new Statement("s" + (i + 1).ToString(CultureInfo.InvariantCulture), s.Kind, s.Text, s.Span, s.SpeakerId ?? (s.SpeakerSpan is { } span ? ActorAt(context, span) : null), s.SpeakerSpan, s.Cue, s.Channel, s.Date);
        }
    }

    /// <summary>"said on Sunday": a date is when, not where, something was said.</summary>
    private static bool IsDate(ArticleContext context, TextSpan span)
    {
        foreach (TemporalExpression date in context.Dates)
        {
            if (date.Span.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InsideEmbed(ArticleContext context, TextSpan span)
    {
        foreach (Embed embed in context.Embeds)
        {
            if (embed.Span.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The actor a speaker mention resolves to, through the actor stage's sorted mention index: the mention covering
    /// the span's last character ("Gov. Chris Christie" ends in the name), else its first; or null.
    /// </summary>
    internal static string? ActorAt(ArticleContext context, TextSpan mention)
    {
        int index = context.ActorMentions.ActorAt(mention.End - 1);
        if (index < 0)
        {
            index = context.ActorMentions.ActorAt(mention.Start);
        }

        return index >= 0 && index < context.Actors.Count ? context.Actors[index].Id : null;
    }

    /// <summary>The resolved date of the attribution: a temporal expression in the cue's sentence, outside the words said, nearest the cue.</summary>
    private static NodaTime.LocalDate? DateOf(ArticleContext context, StatementCandidate candidate)
    {
        if (candidate.Cue is not { } cue)
        {
            return null;
        }

        TextSpan? sentence = null;
        foreach (TextSpan s in context.Sentences)
        {
            if (s.Contains(cue))
            {
                sentence = s;
                break;
            }
        }

        if (sentence is not { } within)
        {
            return null;
        }

        NodaTime.LocalDate? best = null;
        int bestDistance = int.MaxValue;
        foreach (TemporalExpression date in context.Dates)
        {
            if (date.Precision != DatePrecision.Day || !within.Contains(date.Span) || candidate.Content.Overlaps(date.Span))
            {
                continue;
            }

            int distance = Math.Abs(date.Span.Start - cue.Start);
            if (distance < bestDistance)
            {
                best = date.Start;
                bestDistance = distance;
            }
        }

        return best;
    }
}
