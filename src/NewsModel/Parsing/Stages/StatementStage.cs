using System;
using System.Collections.Generic;
using NewsModel.Extraction.Quotes;

namespace NewsModel.Parsing.Stages;

/// <summary>
/// Turns the quotations and reported speech found by <see cref="QuoteExtractor"/> into statements: the words said,
/// the cue, the speaker mention (the name without its title), the actor it resolves to, the channel and the date
/// the sentence gives. Statements (posts included) are then ordered by position and numbered <c>s1</c>, <c>s2</c>, ….
/// </summary>
internal sealed class StatementStage : IArticleStage
{
    // Per-thread buffers, reused from article to article (the stage itself is stateless and shared); the
    // statements made from them hold no reference to them.
    [ThreadStatic]
    private static List<StatementCandidate>? t_candidates;

    [ThreadStatic]
    private static HashSet<TextSpan>? t_contents;

    [ThreadStatic]
    private static List<Draft>? t_drafts;

    [ThreadStatic]
    private static Dictionary<int, string>? t_firstOfGroup;

    public void Run(ArticleContext context)
    {
        string text = context.Text;
        List<StatementCandidate> candidates = t_candidates ??= new List<StatementCandidate>(64);
        candidates.Clear();
        QuoteExtractor.Extract(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(context.Paragraphs), candidates, new QuoteExtractorOptions(BeliefCues: true));

        List<Statement> statements = context.Statements;
        HashSet<TextSpan> contents = t_contents ??= [];
        contents.Clear();
        List<Draft> drafts = t_drafts ??= new List<Draft>(64);
        drafts.Clear();
        foreach (Statement post in statements)
        {
            drafts.Add(new Draft(post.Span, -1, post)); // the embeds' statements, numbered with the others
        }

        for (int k = 0; k < candidates.Count; k++)
        {
            StatementCandidate candidate = candidates[k];
            // One statement per reported content: several quoted fragments inside one clause are one statement,
            // which also keeps the output linear when a clause holds thousands of quotation marks.
            if (candidate.Span.IsEmpty || InsideEmbed(context, candidate.Span) || !contents.Add(candidate.Content))
            {
                continue;
            }

            drafts.Add(new Draft(candidate.Content, k, null));
        }

        // Text order; each statement is made once, with its id and the first fragment of its group.
        drafts.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.Length.CompareTo(b.Span.Length));
        statements.Clear();
        Dictionary<int, string>? firstOfGroup = null;
        for (int i = 0; i < drafts.Count; i++)
        {
            string id = ItemIds.Statement(i + 1);
            if (drafts[i].Existing is { } existing)
            {
                statements.Add(new Statement(id, existing.Kind, existing.Text, existing.Span, existing.SpeakerId ?? (existing.SpeakerSpan is { } span ? ActorAt(context, span) : null), existing.SpeakerSpan, existing.Cue, existing.Channel, existing.Date, existing.ContinuesId));
                continue;
            }

            StatementCandidate candidate = candidates[drafts[i].Candidate];
            string? continues = null;
            if (candidate.Group > 0)
            {
                if (firstOfGroup is null)
                {
                    firstOfGroup = t_firstOfGroup ??= [];
                    firstOfGroup.Clear();
                }

                if (!firstOfGroup.TryAdd(candidate.Group, id))
                {
                    continues = firstOfGroup[candidate.Group];
                }
            }

            // The mention as written ("Gov. Chris Christie", "the minister", "he"): what the attribution rests on.
            TextSpan? speaker = (candidate.Speaker ?? candidate.SpeakerName) is { } mention ? WithoutParenthetical(text, mention) : null;
            statements.Add(new Statement(
                id,
                candidate.Kind,
                candidate.Content.ToString(text),
                candidate.Content,
                speakerId: speaker is { } s ? ActorAt(context, s) : null,
                speakerSpan: speaker,
                cue: candidate.Cue?.ToString(text),
                channel: candidate.Channel is { } channel && !IsDate(context, channel) ? channel.ToString(text) : null,
                date: DateOf(context, candidate),
                continuesId: continues));
        }

        if (candidates.Count > MaxRetained)
        {
            t_candidates = null; // a huge article's buffers are not kept for the thread's next article
            t_contents = null;
            t_drafts = null;
            t_firstOfGroup = null;
        }
    }

    private const int MaxRetained = 4096;

    /// <summary>A statement to be: a candidate of this stage, or a statement an earlier stage made (an embed's post).</summary>
    private readonly record struct Draft(TextSpan Span, int Candidate, Statement? Existing);

    /// <summary>
    /// A speaker mention without the parenthetical that closes it: "Rep. Ann Cole (D-Va.)" is the mention
    /// "Rep. Ann Cole", with a party and state label beside it; "the agency (FDA)" is "the agency".
    /// </summary>
    internal static TextSpan WithoutParenthetical(string text, TextSpan mention)
    {
        int end = mention.End;
        if (mention.Length < 4 || text[end - 1] != ')')
        {
            return mention;
        }

        int open = text.LastIndexOf('(', end - 2, mention.Length - 1);
        if (open <= mention.Start + 1 || !char.IsWhiteSpace(text[open - 1]))
        {
            return mention;
        }

        int cut = open - 1;
        while (cut > mention.Start && char.IsWhiteSpace(text[cut - 1]))
        {
            cut--;
        }

        return cut > mention.Start ? new TextSpan(mention.Start, cut - mention.Start) : mention;
    }

    private static bool IsDate(ArticleContext context, TextSpan span)
    {
        int k = SortedSpans.FirstEndingAfter(context.Dates, static d => d.Span, span.Start);
        return k < context.Dates.Count && context.Dates[k].Span.Overlaps(span);
    }

    private static bool InsideEmbed(ArticleContext context, TextSpan span)
    {
        int k = SortedSpans.FirstEndingAfter(context.Embeds, static e => e.Span, span.Start);
        return k < context.Embeds.Count && context.Embeds[k].Span.Overlaps(span);
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

        int at = SortedSpans.FirstEndingAfter(context.Sentences, static s => s, cue.Start);
        if (at >= context.Sentences.Count || !context.Sentences[at].Contains(cue))
        {
            return null;
        }

        TextSpan within = context.Sentences[at];
        NodaTime.LocalDate? best = null;
        int bestDistance = int.MaxValue;
        for (int k = SortedSpans.FirstEndingAfter(context.Dates, static d => d.Span, within.Start); k < context.Dates.Count && context.Dates[k].Span.Start < within.End; k++)
        {
            TemporalExpression date = context.Dates[k];
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
