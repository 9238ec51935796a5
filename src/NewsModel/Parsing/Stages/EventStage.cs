using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using NewsModel.Extraction.Events;
using NewsModel.Text;

namespace NewsModel.Parsing.Stages;

/// <summary>
/// Finds events sentence by sentence: a trigger word gives the kind (<see cref="EventTriggers"/>); the sentence gives
/// the modality, the date (the nearest temporal expression of the sentence), the place (place actors after "in" or
/// "at") and the participants (the other actors mentioned in it). Later mentions of the same kind whose dates and
/// modality agree are merged into the earlier event ("met on Sunday" … "the meeting" … "Sunday's talks").
/// </summary>
/// <remarks>
/// Modality, from the words near the trigger: negated after "no", "not", "never", "without" or with "cancelled" /
/// "called off"; hypothetical after "could", "might", "may", "if", "would prevent"-style conditionals; planned after
/// or before "will", "would", "to", "scheduled", "slated", "planned", "expected", "next", "upcoming", "resume";
/// otherwise happened.
/// </remarks>
internal sealed class EventStage : IArticleStage
{
    private const int Window = 5;

    private sealed class Draft
    {
        public required string Kind { get; init; }

        public required TextSpan Trigger { get; init; }

        public List<TextSpan> Mentions { get; } = [];

        public List<EventParticipant> Participants { get; } = [];

        public EventModality Modality { get; init; }

        public TemporalExpression? When { get; set; }

        public string? Place { get; set; }

        public string? PlaceId { get; set; }
    }

    public void Run(ArticleContext context)
    {
        List<Draft> drafts = [];
        List<Token> words = [];
        char[] lower = ArrayPool<char>.Shared.Rent(256);
        try
        {
            foreach (TextSpan sentence in context.Sentences)
            {
                ReadOnlySpan<char> text = sentence.Slice(context.Text);
                if (lower.Length < text.Length)
                {
                    ArrayPool<char>.Shared.Return(lower);
                    lower = ArrayPool<char>.Shared.Rent(text.Length);
                }

                EventTriggers.TryLower(text, lower, out _);
                ReadOnlySpan<char> lowered = lower.AsSpan(0, text.Length);
                words.Clear();
                foreach (Token token in NewsTokenizer.Tokenize(text))
                {
                    if (token.Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Number)
                    {
                        words.Add(token);
                    }
                }

                for (int i = 0; i < words.Count; i++)
                {
                    ReadOnlySpan<char> word = words[i].Slice(lowered);
                    ReadOnlySpan<char> previous = i > 0 ? words[i - 1].Slice(lowered) : default;
                    ReadOnlySpan<char> next = i + 1 < words.Count ? words[i + 1].Slice(lowered) : default;
                    bool nextIsName = i + 1 < words.Count && char.IsUpper(text[words[i + 1].Start]);
                    if (EventTriggers.KindOf(word, previous, next, nextIsName) is not { } kind)
                    {
                        continue;
                    }

                    TextSpan trigger = new(sentence.Start + words[i].Start, words[i].Length);
                    EventModality modality = ModalityOf(words, i, lowered);
                    TemporalExpression? when = NearestDate(context, sentence, trigger);
                    Draft? same = IsPlural(word) ? null : FindSame(drafts, kind, modality, when);
                    if (same is not null)
                    {
                        same.Mentions.Add(trigger);
                        same.When ??= when;
                        AddParticipants(context, sentence, trigger, kind, same);
                        continue;
                    }

                    Draft draft = new() { Kind = kind, Trigger = trigger, Modality = modality, When = when };
                    draft.Mentions.Add(trigger);
                    AddPlace(context, sentence, draft);
                    AddParticipants(context, sentence, trigger, kind, draft);
                    drafts.Add(draft);
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(lower);
        }

        for (int i = 0; i < drafts.Count; i++)
        {
            Draft d = drafts[i];
            context.Events.Add(new Event(
                "e" + (i + 1).ToString(CultureInfo.InvariantCulture),
                d.Kind,
                d.Trigger,
                ValueArray.From(d.Participants),
                d.Place,
                d.When,
                d.Modality,
                ValueArray.From(d.Mentions),
                d.PlaceId));
        }
    }

    /// <summary>"meetings", "summits": several events, never merged into one.</summary>
    private static bool IsPlural(ReadOnlySpan<char> word) => word is "meetings" or "summits" or "visits" or "elections" or "protests" or "attacks" or "agreements";

    /// <summary>An earlier event this mention continues: same kind and modality, and no clash of dates.</summary>
    private static Draft? FindSame(List<Draft> drafts, string kind, EventModality modality, TemporalExpression? when)
    {
        for (int i = drafts.Count - 1; i >= 0; i--)
        {
            Draft d = drafts[i];
            if (!string.Equals(d.Kind, kind, StringComparison.Ordinal) || d.Modality != modality)
            {
                continue;
            }

            bool datesAgree = when is null || d.When is null || (when.Start == d.When.Start && when.End == d.When.End);
            return datesAgree ? d : null;
        }

        return null;
    }

    private static EventModality ModalityOf(List<Token> words, int trigger, ReadOnlySpan<char> lowered)
    {
        EventModality modality = EventModality.Happened;
        int from = Math.Max(0, trigger - Window);
        int to = Math.Min(words.Count - 1, trigger + 3);
        for (int i = from; i <= to; i++)
        {
            if (i == trigger)
            {
                continue;
            }

            ReadOnlySpan<char> w = words[i].Slice(lowered);
            bool before = i < trigger;
            switch (w)
            {
                case "no" or "not" or "never" or "without" or "n't" or "cancelled" or "canceled" or "postponed" when before || w is "cancelled" or "canceled" or "postponed":
                    return EventModality.Negated;
                case "could" or "might" or "may" or "if" or "unless" or "potential" or "possible" or "prevent" when before:
                    modality = EventModality.Hypothetical;
                    break;
                case "will" or "'ll" or "shall" or "would" or "scheduled" or "slated" or "planned" or "plans" or "expected" or "upcoming" or "next" or "due" or "resume" or "resumes" or "future" or "preparing" or "prepare" or "ahead":
                    if (modality == EventModality.Happened)
                    {
                        modality = EventModality.Planned;
                    }

                    break;
            }
        }

        return modality;
    }

    /// <summary>The resolved temporal expression of the sentence nearest to the trigger, or null.</summary>
    private static TemporalExpression? NearestDate(ArticleContext context, TextSpan sentence, TextSpan trigger)
    {
        TemporalExpression? best = null;
        int bestDistance = int.MaxValue;
        foreach (TemporalExpression date in context.Dates)
        {
            if (date.Precision == DatePrecision.Unknown || !sentence.Contains(date.Span))
            {
                continue;
            }

            int distance = date.Span.Start >= trigger.End ? date.Span.Start - trigger.End : trigger.Start - date.Span.End;
            if (distance < bestDistance)
            {
                best = date;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Place actors mentioned after "in" or "at" in the sentence: the first is the place; names join most specific first.</summary>
    private static void AddPlace(ArticleContext context, TextSpan sentence, Draft draft)
    {
        ReadOnlySpan<char> text = context.Text;
        List<(int Start, Actor Actor)> places = [];
        foreach (Actor actor in context.Actors)
        {
            if (actor.Kind is not (ActorKind.Place or ActorKind.Country))
            {
                continue;
            }

            foreach (TextSpan mention in actor.Mentions)
            {
                if (sentence.Contains(mention) && AfterLocativePreposition(text, sentence.Start, mention.Start))
                {
                    places.Add((mention.Start, actor));
                    break;
                }
            }
        }

        if (places.Count == 0)
        {
            return;
        }

        places.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        draft.PlaceId = places[0].Actor.Id;
        List<string> names = [];
        foreach ((_, Actor actor) in places)
        {
            names.Add(actor.Name);
        }

        draft.Place = string.Join(", ", names);
    }

    /// <summary>Whether the words before <paramref name="start"/> are "in", "at", or "in/at X's" (a possessive place).</summary>
    private static bool AfterLocativePreposition(ReadOnlySpan<char> text, int sentenceStart, int start)
    {
        int i = start;
        while (i > sentenceStart && text[i - 1] == ' ')
        {
            i--;
        }

        int wordEnd = i;
        while (i > sentenceStart && char.IsAsciiLetter(text[i - 1]))
        {
            i--;
        }

        ReadOnlySpan<char> previous = text[i..wordEnd];
        if (previous.Equals("in", StringComparison.OrdinalIgnoreCase) || previous.Equals("at", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "at Germany's Federal Chancellery": the possessor's preposition counts for the possessed place.
        return previous.Equals("the", StringComparison.OrdinalIgnoreCase) && AfterLocativePreposition(text, sentenceStart, i);
    }

    private static void AddParticipants(ArticleContext context, TextSpan sentence, TextSpan trigger, string kind, Draft draft)
    {
        foreach (Actor actor in context.Actors)
        {
            if (string.Equals(actor.Id, draft.PlaceId, StringComparison.Ordinal) || actor.Kind == ActorKind.Place)
            {
                continue;
            }

            foreach (TextSpan mention in actor.Mentions)
            {
                if (!sentence.Contains(mention))
                {
                    continue;
                }

                ParticipantRole role = RoleOf(kind, mention, trigger);
                if (!draft.Participants.Exists(p => string.Equals(p.ActorId, actor.Id, StringComparison.Ordinal)))
                {
                    draft.Participants.Add(new EventParticipant(actor.Id, role));
                }

                break;
            }
        }
    }

    private static ParticipantRole RoleOf(string kind, TextSpan mention, TextSpan trigger) => kind switch
    {
        EventKinds.Meeting or EventKinds.Summit or EventKinds.Visit => ParticipantRole.Attendee,
        EventKinds.Attack or EventKinds.War or EventKinds.Annexation or EventKinds.Sanction or EventKinds.Arrest or EventKinds.Threat =>
            mention.Start < trigger.Start ? ParticipantRole.Agent : ParticipantRole.Target,
        _ => ParticipantRole.Participant,
    };
}
