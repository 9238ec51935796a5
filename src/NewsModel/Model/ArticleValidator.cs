using System.Collections.Generic;
using System.Globalization;

namespace NewsModel;

/// <summary>A reason an article's parts disagree, with the JSON path of the offending value.</summary>
internal readonly record struct ArticleProblem(string Path, string Message, string Parameter);

/// <summary>Checks the cross-references of an <see cref="Article"/>: spans inside the text, unique ids, references to actors.</summary>
internal static class ArticleValidator
{
    /// <summary>A set larger than this is not kept for the thread's next article.</summary>
    private const int MaxKept = 4096;

    // Per-thread sets of ids, reused from article to article: the parser validates every article it makes.
    [System.ThreadStatic]
    private static HashSet<string>? t_actorIds;

    [System.ThreadStatic]
    private static HashSet<string>? t_ids;

    [System.ThreadStatic]
    private static HashSet<string>? t_eventIds;

    public static ArticleProblem? FindProblem(Article article)
    {
        int length = article.Text.Length;

        for (int i = 0; i < article.Paragraphs.Count; i++)
        {
            if (!article.Paragraphs[i].FitsIn(length))
            {
                return OutOfText(Path("paragraphs", i), article.Paragraphs[i], length, "paragraphs");
            }
        }

        HashSet<string> actorIds = Rent(ref t_actorIds, article.Actors.Count);
        for (int i = 0; i < article.Actors.Count; i++)
        {
            Actor actor = article.Actors[i];
            if (actor is null)
            {
                return new ArticleProblem(Path("actors", i), "The actor is null.", "actors");
            }

            if (!actorIds.Add(actor.Id))
            {
                return Duplicate(Path("actors", i) + ".id", actor.Id, "actors");
            }

            for (int m = 0; m < actor.Mentions.Count; m++)
            {
                if (!actor.Mentions[m].FitsIn(length))
                {
                    return OutOfText(Path("actors", i) + Path(".mentions", m), actor.Mentions[m], length, "actors");
                }
            }
        }

        HashSet<string> ids = Rent(ref t_ids, article.Statements.Count);
        for (int i = 0; i < article.Statements.Count; i++)
        {
            Statement statement = article.Statements[i];
            string path = Path("statements", i);
            if (statement is null)
            {
                return new ArticleProblem(path, "The statement is null.", "statements");
            }

            if (!ids.Add(statement.Id))
            {
                return Duplicate(path + ".id", statement.Id, "statements");
            }

            if (!statement.Span.FitsIn(length))
            {
                return OutOfText(path + ".span", statement.Span, length, "statements");
            }

            if (statement.SpeakerSpan is { } speakerSpan && !speakerSpan.FitsIn(length))
            {
                return OutOfText(path + ".speakerSpan", speakerSpan, length, "statements");
            }

            if (statement.SpeakerId is { } speakerId && !actorIds.Contains(speakerId))
            {
                return Dangling(path + ".speakerId", speakerId, "statements");
            }

            if (statement.ContinuesId is { } continuesId && (string.Equals(continuesId, statement.Id, System.StringComparison.Ordinal) || !ids.Contains(continuesId)))
            {
                return new ArticleProblem(path + ".continuesId", $"The id '{continuesId}' names no earlier statement of the article.", "statements");
            }
        }

        ids.Clear();
        for (int i = 0; i < article.Events.Count; i++)
        {
            Event e = article.Events[i];
            string path = Path("events", i);
            if (e is null)
            {
                return new ArticleProblem(path, "The event is null.", "events");
            }

            if (!ids.Add(e.Id))
            {
                return Duplicate(path + ".id", e.Id, "events");
            }

            if (!e.Span.FitsIn(length))
            {
                return OutOfText(path + ".span", e.Span, length, "events");
            }

            for (int p = 0; p < e.Participants.Count; p++)
            {
                if (!actorIds.Contains(e.Participants[p].ActorId))
                {
                    return Dangling(path + Path(".participants", p) + ".actorId", e.Participants[p].ActorId, "events");
                }
            }

            if (e.PlaceId is { } placeId && !actorIds.Contains(placeId))
            {
                return Dangling(path + ".placeId", placeId, "events");
            }

            for (int m = 0; m < e.Mentions.Count; m++)
            {
                if (!e.Mentions[m].FitsIn(length))
                {
                    return OutOfText(path + Path(".mentions", m), e.Mentions[m], length, "events");
                }
            }

            if (e.When is { } when && !when.Span.FitsIn(length))
            {
                return OutOfText(path + ".when.span", when.Span, length, "events");
            }
        }

        for (int i = 0; i < article.Embeds.Count; i++)
        {
            Embed embed = article.Embeds[i];
            if (embed is null)
            {
                return new ArticleProblem(Path("embeds", i), "The embed is null.", "embeds");
            }

            if (!embed.Span.FitsIn(length))
            {
                return OutOfText(Path("embeds", i) + ".span", embed.Span, length, "embeds");
            }
        }

        for (int i = 0; i < article.Dates.Count; i++)
        {
            TemporalExpression date = article.Dates[i];
            if (date is null)
            {
                return new ArticleProblem(Path("dates", i), "The date is null.", "dates");
            }

            if (!date.Span.FitsIn(length))
            {
                return OutOfText(Path("dates", i) + ".span", date.Span, length, "dates");
            }
        }

        HashSet<string>? eventIds = null;
        for (int i = 0; i < article.Statements.Count; i++)
        {
            ValueArray<string> about = article.Statements[i].EventIds;
            for (int k = 0; k < about.Count; k++)
            {
                if (eventIds is null)
                {
                    eventIds = Rent(ref t_eventIds, article.Events.Count);
                    foreach (Event e in article.Events)
                    {
                        eventIds.Add(e.Id);
                    }
                }

                if (!eventIds.Contains(about[k]))
                {
                    return new ArticleProblem(Path("statements", i) + Path(".eventIds", k), $"The id '{about[k]}' names no event of the article.", "statements");
                }
            }
        }

        return null;
    }

    private static string Path(string name, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{(name.StartsWith('.') ? name : "$." + name)}[{index}]");

    private static ArticleProblem OutOfText(string path, TextSpan span, int textLength, string parameter) =>
        new(path, string.Create(CultureInfo.InvariantCulture, $"The span {span} falls outside the text, which is {textLength} UTF-16 code units long."), parameter);

    private static ArticleProblem Duplicate(string path, string id, string parameter) =>
        new(path, $"The id '{id}' is used twice.", parameter);

    private static ArticleProblem Dangling(string path, string id, string parameter) =>
        new(path, $"The id '{id}' names no actor of the article.", parameter);

    /// <summary>The thread's set in <paramref name="slot"/>, emptied (a new one when there is none, or when the last was too large to keep).</summary>
    private static HashSet<string> Rent(ref HashSet<string>? slot, int count)
    {
        if (slot is null || slot.Count > MaxKept || count > MaxKept)
        {
            return slot = new HashSet<string>(System.StringComparer.Ordinal);
        }

        slot.Clear();
        return slot;
    }
}
