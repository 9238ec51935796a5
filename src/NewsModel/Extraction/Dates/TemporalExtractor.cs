using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using NodaTime;

namespace NewsModel.Extraction.Dates;

/// <summary>
/// Finds the temporal expressions of a text ("on Sunday", "December 14, 2025", "last year", "the third quarter")
/// and resolves them against the article's date, or against the date of the embedded post they stand in.
/// </summary>
/// <remarks>
/// <para>
/// A hand-written scanner over words, numbers and symbols: no regular expressions, no backtracking; every
/// pattern looks at a bounded number of tokens, so the work is linear in the length of the text. Words are
/// compared ASCII case-insensitively, independent of the current culture. Any string is accepted.
/// </para>
/// <para>
/// <b>Spans</b> follow the TimeBank (TIMEX3) convention: a leading preposition is left out ("Sunday", not
/// "on Sunday"), a possessive <c>'s</c> is left out ("Sunday" in "Sunday's talks"), while determiners and
/// modifiers that change the period are kept ("last week", "two days ago", "the third quarter", "the late
/// 1970s", "early next year").
/// </para>
/// <para>
/// <b>Resolution.</b> Explicit dates need no anchor (<see cref="DateAnchor.None"/>). Relative ones resolve
/// against the dateline (<see cref="DateAnchor.Dateline"/>), against the date of the <see cref="DateRegion"/>
/// they stand in (<see cref="DateAnchor.Post"/>), or against an earlier expression of the text
/// (<see cref="DateAnchor.Text"/>: "a year earlier" after "the third quarter"). Without an anchor a
/// relative expression keeps precision <see cref="DatePrecision.Unknown"/>; the clock is never read.
/// Vague references ("now", "currently", "recently", "the future") are listed unresolved.
/// Durations ("five hours", "for three weeks") and ages ("four-year-old") are not listed.
/// </para>
/// <para>
/// <b>Tense.</b> A weekday ("on Sunday"), a season or "the weekend" is placed by the tense of its clause, read
/// from the nearest cue word within twelve tokens before and eight after, not crossing a comma or a sentence
/// end: a future cue (<c>will</c>, <c>'ll</c>, <c>would</c>, <c>may</c>, <c>is slated</c>, <c>scheduled</c>,
/// <c>expected</c>, <c>due</c>, <c>plans</c>, <c>set to</c>, <c>is to</c>, <c>next</c>, …) picks the first such
/// day on or after the anchor (the anchor's own day included); otherwise (a past verb such as <c>said</c>,
/// <c>met</c>, any <c>-ed</c> form, or no cue) the last such day on or before the anchor (again the anchor's
/// own day included). "last Friday" is the Friday before the anchor, "next Friday" the one after. A month, or
/// a month and day, written without a year takes the year that puts it nearest the anchor (measured: tense
/// cues place these worse than proximity does). A quarter without a year is the anchor's year, or the year
/// before when the quarter would start two or more quarters after the anchor in a sentence without a future
/// cue ("fourth-quarter profit" in February).
/// </para>
/// </remarks>
/// <threadsafety>Stateless; safe to call from several threads at once.</threadsafety>
internal static partial class TemporalExtractor
{
    /// <summary>How far back (in UTF-16 code units) an earlier expression can anchor "a year earlier" or "the quarter".</summary>
    private const int ReferenceReach = 1500;

    /// <summary>Above this many tokens a thread's token buffer is not kept, so that one huge text does not pin memory.</summary>
    private const int MaxRetainedTokens = 1 << 16;

    [ThreadStatic]
    private static List<DateToken>? t_tokens;

    /// <summary>
    /// Appends the temporal expressions of <paramref name="text"/> to <paramref name="output"/>, in text order,
    /// without overlaps.
    /// </summary>
    /// <param name="text">The article text.</param>
    /// <param name="anchor">The article's date (its dateline), or null when unknown.</param>
    /// <param name="regions">Embedded posts whose own date anchors the expressions inside them; any order.</param>
    /// <param name="output">Receives the expressions.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="output"/> is null.</exception>
    public static void Extract(string text, LocalDate? anchor, ReadOnlySpan<DateRegion> regions, List<TemporalExpression> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);

        List<DateToken> tokens = t_tokens ?? new List<DateToken>(1024);
        t_tokens = null;
        tokens.Clear();
        DateLexicon.Tokenize(text, tokens);
        try
        {
            Extract(text, anchor, regions, output, tokens);
        }
        finally
        {
            if (tokens.Count <= MaxRetainedTokens)
            {
                tokens.Clear();
                t_tokens = tokens;
            }
        }
    }

    private static void Extract(string text, LocalDate? anchor, ReadOnlySpan<DateRegion> regions, List<TemporalExpression> output, List<DateToken> tokens)
    {

        DateRegion[] sortedRegions = regions.ToArray();
        Array.Sort(sortedRegions, static (x, y) => x.Span.Start.CompareTo(y.Span.Start));

        var scanner = new Scanner(text, tokens);
        var references = new References();
        int regionIndex = 0;
        int i = 0;
        ReadOnlySpan<DateToken> all = CollectionsMarshal.AsSpan(tokens); // nothing below adds tokens
        while (i < all.Length)
        {
            // Most tokens begin no pattern, as TryMatch would tell: a word no pattern begins with, and punctuation but
            // the apostrophe of a decade ('90s).
            ref readonly DateToken token = ref all[i];
            if (token.Kind == DateTokenKind.Word ? !Scanner.MayBegin(token.Word) : token.Kind == DateTokenKind.Symbol && token.Value is not ('\'' or '\u2019' or '`'))
            {
                i++;
                continue;
            }

            if (token.Word == W.The && i + 1 < all.Length && all[i + 1] is { Kind: DateTokenKind.Word, Word: W.Other })
            {
                // "the" before a word no pattern knows: TryMatch takes "the" as a prefix only, and no pattern's core is
                // such a word (TryCore's default), so it would fail; "the" is the most frequent word that gets this far
                i++;
                continue;
            }

            if (token.Word == W.A && (i + 1 >= all.Length || all[i + 1].Word is not (W.Few or W.Unit or W.Units or W.Year or W.Day)))
            {
                // "a", "an", "one" begin only a count ("a year ago", "a few weeks"), whose unit (or "few") comes next
                i++;
                continue;
            }

            if (token.Word == W.That && !(i + 1 < all.Length && all[i + 1] is { Word: W.Unit, Value: (int)DateUnit.Quarter }))
            {
                // "that" begins only "that quarter"
                i++;
                continue;
            }

            if (!scanner.TryMatch(i, out Match match))
            {
                i++;
                continue;
            }

            int start = tokens[match.First].Start;
            int end = tokens[match.Last].End;

            while (regionIndex < sortedRegions.Length && sortedRegions[regionIndex].Span.End <= start)
            {
                regionIndex++;
            }

            int region = -1;
            for (int r = regionIndex; r < sortedRegions.Length && sortedRegions[r].Span.Start <= start; r++)
            {
                if (sortedRegions[r].Span.End > start)
                {
                    region = r;
                }
            }

            LocalDate? localAnchor = region >= 0 ? sortedRegions[region].Date : anchor;
            DateAnchor anchorKind = region >= 0 ? DateAnchor.Post : DateAnchor.Dateline;
            Resolution resolution = Resolver.Resolve(scanner, match, localAnchor, anchorKind, references.Get(region, start));
            if (!resolution.IsKnown && match.Spec.Form == Form.QuarterRef && match.Spec.Number == -1 && localAnchor.HasValue)
            {
                // "the period" with no quarter named before it is not a date.
                i++;
                continue;
            }

            var span = TextSpan.FromBounds(start, end);
            output.Add(resolution.Precision == DatePrecision.Unknown
                ? new TemporalExpression(span, text[start..end], null, null, DatePrecision.Unknown, DateAnchor.None)
                : new TemporalExpression(span, text[start..end], resolution.Start, resolution.End, resolution.Precision, resolution.Anchor));
            if (resolution.IsKnown && resolution.Anchor != DateAnchor.Text
                && !(match.Spec.Offset < 0 && match.Spec.Form is Form.Quarter or Form.QuarterRef)
                && match.Spec.Form is not (Form.DayOffset or Form.Vague or Form.YearShift))
            {
                references.Set(region, end, resolution);
            }

            i = match.Last + 1;
        }
    }

    /// <summary>The last resolved expression, per region, that anaphoric expressions may refer back to.</summary>
    private sealed class References
    {
        private int _region = int.MinValue;
        private int _end;
        private Resolution _last;
        private int _quarterEnd;
        private Resolution _lastQuarter;

        public Reference Get(int region, int position)
        {
            if (region != _region)
            {
                return default;
            }

            return new Reference(
                position - _end <= ReferenceReach ? _last : default,
                position - _quarterEnd <= ReferenceReach ? _lastQuarter : default);
        }

        public void Set(int region, int end, Resolution resolution)
        {
            if (region != _region)
            {
                _region = region;
                _lastQuarter = default;
                _last = default;
            }

            _end = end;
            _last = resolution;
            if (resolution.Precision == DatePrecision.Quarter && resolution.Start.Day == 1 && (resolution.Start.Month - 1) % 3 == 0)
            {
                _quarterEnd = end;
                _lastQuarter = resolution;
            }
        }
    }
}

/// <summary>What an earlier expression offers an anaphoric one: the last resolved expression, and the last quarter.</summary>
internal readonly record struct Reference(Resolution Last, Resolution LastQuarter);

/// <summary>A resolved period (or <see cref="DatePrecision.Unknown"/>), with what it was resolved against.</summary>
internal readonly record struct Resolution(LocalDate Start, LocalDate End, DatePrecision Precision, DateAnchor Anchor)
{
    public bool IsKnown => Precision != DatePrecision.Unknown;
}
