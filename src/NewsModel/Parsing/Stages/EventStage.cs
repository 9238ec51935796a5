using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using NewsModel.Extraction.Events;
using NewsModel.Text;

namespace NewsModel.Parsing.Stages;

/// <summary>
/// Finds events sentence by sentence: a trigger word gives the kind (<see cref="EventTriggers"/>); the sentence gives
/// the modality, the date (the nearest temporal expression of the sentence, else an age such as "the almost
/// four-year-old war"), the place (place actors after "in" or "at", most specific first) and the participants.
/// Later mentions of the same kind whose dates and modality agree are merged into the earlier event ("met on
/// Sunday" … "the meeting" … "Sunday's talks").
/// </summary>
/// <remarks>
/// <para>
/// Participants. Never the source of reported speech in the sentence ("…, he said"), nor a possessor that only
/// modifies another name ("Trump's son-in-law"). Meetings, summits and visits: every other actor of the sentence
/// that introduces the event (attendees), and those within six words of a later mention. Attacks, wars,
/// annexations, sanctions, arrests, threats: the agent is a possessor or a nationality adjective just before the
/// trigger ("Russia's invasion", "Russian strikes") or the nearest actor ending at most five words before it with
/// no comma between ("Russia that started the war"); the target an actor just after it ("attacked Borduria") or after "on", "against",
/// "of", "into" or "in" within four words, or for an annexation the place named just before it ("the peninsula it annexed"). Other
/// kinds: actors within eight words of the trigger.
/// </para>
/// <para>
/// Places: a place ("Federal Chancellery") comes before the place it is in ("in Berlin"), a possessor ("Germany's
/// Federal Chancellery") after the place it possesses, and countries last: "Federal Chancellery, Berlin, Germany";
/// the place id is the first, the most specific.
/// </para>
/// <para>
/// An age before the trigger ("the almost four-year-old war", "a 20-year-old conflict") dates the event's start at
/// year precision, counted back from the article's date: exact ages half a year further back, "almost"/"nearly" a
/// quarter less far, "more than"/"over" a quarter further. Without an article date there is no such date.
/// </para>
/// Modality, from the words near the trigger: negated after "no", "not", "never", "without" or with "cancelled" /
/// "called off"; hypothetical after "could", "might", "may", "if", "would prevent"-style conditionals; planned after
/// or before "will", "would", "to", "scheduled", "slated", "planned", "expected", "next", "upcoming", "resume";
/// otherwise happened.
/// </remarks>
internal sealed class EventStage : IArticleStage
{
    private const int Window = 5;

    /// <summary>
    /// How far (UTF-16 code units) from a trigger participants and dates are looked for, and how far for the attendees
    /// of a meeting's first mention: a bound that keeps the stage linear on sentences of any length.
    /// </summary>
    private const int Reach = 400;

    private const int AttendeeReach = 1000;

    private sealed class Draft
    {
        public required string Kind { get; init; }

        public required TextSpan Trigger { get; init; }

        public List<TextSpan> Mentions { get; } = [];

        public List<EventParticipant> Participants { get; } = [];

        /// <summary>The ids in <see cref="Participants"/>, for a constant-time "already there?".</summary>
        public HashSet<string> ParticipantIds { get; } = new(StringComparer.Ordinal);

        /// <summary>The agents, kept apart and put first when the event is built.</summary>
        public List<EventParticipant> Agents { get; } = [];

        public EventModality Modality { get; init; }

        public TemporalExpression? When { get; set; }

        public string? Place { get; set; }

        public string? PlaceId { get; set; }
    }

    // Per-thread buffers, reused from article to article (the stage itself is stateless and shared).
    [ThreadStatic]
    private static List<Token>? t_words;

    [ThreadStatic]
    private static HashSet<int>? t_speakers;

    [ThreadStatic]
    private static List<Draft>? t_drafts;

    public void Run(ArticleContext context)
    {
        List<Draft> drafts = t_drafts ??= [];
        drafts.Clear();
        List<Token> words = t_words ??= new List<Token>(64);
        words.Clear();
        HashSet<int> speakers = t_speakers ??= [];
        speakers.Clear();
        if (context.Text.Length > 1 << 20)
        {
            t_words = null; // a huge article's buffers are not kept for the thread's next article
            t_speakers = null;
            t_drafts = null;
        }

        foreach (Statement statement in context.Statements)
        {
            if (statement.SpeakerSpan is { } speaker)
            {
                speakers.Add(speaker.Start);
            }
        }

        char[] lower = ArrayPool<char>.Shared.Rent(256);
        try
        {
            foreach (TextSpan sentence in context.Sentences)
            {
                ReadOnlySpan<char> text = sentence.Slice(context.Text);
                if (!EventTriggers.MayContainTrigger(text))
                {
                    continue;
                }

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
                    if (!EventTriggers.MayBeTrigger(word))
                    {
                        continue; // most words of the sentence
                    }

                    ReadOnlySpan<char> previous = i > 0 ? words[i - 1].Slice(lowered) : default;
                    ReadOnlySpan<char> next = i + 1 < words.Count ? words[i + 1].Slice(lowered) : default;
                    bool nextIsName = i + 1 < words.Count && char.IsUpper(text[words[i + 1].Start]);
                    if (EventTriggers.KindOf(word, previous, next, nextIsName) is not { } kind)
                    {
                        continue;
                    }

                    TextSpan trigger = new(sentence.Start + words[i].Start, words[i].Length);
                    EventModality modality = ModalityOf(words, i, lowered);
                    TemporalExpression? when = NearestDate(context, sentence, trigger) ?? AgeDate(context, sentence, words, i, lowered);
                    Draft? same = IsPlural(word) ? null : FindSame(drafts, kind, modality, when);
                    Sentence where = new(sentence, text, lowered, words, i);
                    if (same is not null)
                    {
                        same.Mentions.Add(trigger);
                        same.When ??= when;
                        AddParticipants(context, where, kind, same, speakers, first: false);
                        continue;
                    }

                    Draft draft = new() { Kind = kind, Trigger = trigger, Modality = modality, When = when };
                    draft.Mentions.Add(trigger);
                    AddPlace(context, Around(sentence, trigger, AttendeeReach), draft);
                    AddParticipants(context, where, kind, draft, speakers, first: true);
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
                ItemIds.Event(i + 1),
                d.Kind,
                d.Trigger,
                ValueArray.From([.. d.Agents, .. d.Participants]),
                d.Place,
                d.When,
                d.Modality,
                ValueArray.From(d.Mentions),
                d.PlaceId));
        }

        drafts.Clear(); // the drafts are not kept alive until the thread's next article
        LinkStatements(context);
    }

    /// <summary>
    /// A statement speaks about the events with a mention inside its words ("said the latest meetings may bring …"):
    /// their ids go into <see cref="Statement.EventIds"/>, in event order.
    /// </summary>
    /// <remarks>Statements are in text order; each mention looks back over at most eight statements that start before it.</remarks>
    private static void LinkStatements(ArticleContext context)
    {
        List<Statement> statements = context.Statements;
        if (statements.Count == 0 || context.Events.Count == 0)
        {
            return;
        }

        List<string>?[] about = new List<string>?[statements.Count];
        foreach (Event e in context.Events)
        {
            foreach (TextSpan mention in e.Mentions)
            {
                int lo = 0;
                int hi = statements.Count;
                while (lo < hi)
                {
                    int mid = (lo + hi) >>> 1;
                    if (statements[mid].Span.Start <= mention.Start)
                    {
                        lo = mid + 1;
                    }
                    else
                    {
                        hi = mid;
                    }
                }

                for (int k = lo - 1; k >= 0 && k >= lo - 8; k--)
                {
                    if (statements[k].Span.Contains(mention))
                    {
                        List<string> ids = about[k] ??= [];
                        if (ids.Count == 0 || !string.Equals(ids[^1], e.Id, StringComparison.Ordinal))
                        {
                            ids.Add(e.Id);
                        }
                    }
                }
            }
        }

        for (int k = 0; k < statements.Count; k++)
        {
            if (about[k] is { } ids)
            {
                Statement s = statements[k];
                statements[k] = new Statement(s.Id, s.Kind, s.Text, s.Span, s.SpeakerId, s.SpeakerSpan, s.Cue, s.Channel, s.Date, s.ContinuesId, ValueArray.From(ids));
            }
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
    /// <remarks>The dates are in text order: a binary search finds the sentence's, so that the stage stays linear.</remarks>
    private static TemporalExpression? NearestDate(ArticleContext context, TextSpan sentence, TextSpan trigger)
    {
        List<TemporalExpression> dates = context.Dates;
        int from = Math.Max(sentence.Start, trigger.Start - Reach);
        int to = Math.Min(sentence.End, trigger.End + Reach);
        int lo = SortedSpans.FirstEndingAfter(dates, static d => d.Span, from);

        TemporalExpression? best = null;
        int bestDistance = int.MaxValue;
        for (int k = lo; k < dates.Count && dates[k].Span.Start < to; k++)
        {
            TemporalExpression date = dates[k];
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

    /// <summary>Place actors mentioned after "in" or "at" in the sentence, most specific first (see the remarks).</summary>
    private static void AddPlace(ArticleContext context, TextSpan sentence, Draft draft)
    {
        ReadOnlySpan<char> text = context.Text;
        List<(int Start, int End, Actor Actor)> places = [];
        IReadOnlyList<Extraction.Actors.ActorMention> mentions = context.ActorMentions.Mentions;
        for (int m = context.ActorMentions.FirstAtOrAfter(sentence.Start); m < mentions.Count && mentions[m].Start < sentence.End; m++)
        {
            Extraction.Actors.ActorMention mention = mentions[m];
            if (mention.ActorIndex < 0 || mention.ActorIndex >= context.Actors.Count || mention.Start + mention.Length > sentence.End)
            {
                continue;
            }

            Actor actor = context.Actors[mention.ActorIndex];
            if (actor.Kind is (ActorKind.Place or ActorKind.Country) && !Holds(places, actor)
                && AfterLocativePreposition(text, sentence.Start, mention.Start))
            {
                places.Add((mention.Start, mention.Start + mention.Length, actor));
            }
        }

        // a loop rather than Exists with a lambda: the lambda's closure was allocated for every mention looked at
        static bool Holds(List<(int Start, int End, Actor Actor)> places, Actor actor)
        {
            foreach ((_, _, Actor held) in places)
            {
                if (ReferenceEquals(held, actor))
                {
                    return true;
                }
            }

            return false;
        }

        if (places.Count == 0)
        {
            return;
        }

        places.Sort(static (a, b) => a.Start.CompareTo(b.Start));

        // A possessor ("Germany's Federal Chancellery") contains the place it possesses: it moves after it.
        for (int i = 0; i + 1 < places.Count; i++)
        {
            if (IsPossessor(text, places[i].End) && places[i + 1].Start - places[i].End <= 3)
            {
                (places[i], places[i + 1]) = (places[i + 1], places[i]);
                i++;
            }
        }

        List<Actor> ordered = [];
        foreach ((_, _, Actor actor) in places)
        {
            if (actor.Kind != ActorKind.Country)
            {
                ordered.Add(actor);
            }
        }

        foreach ((_, _, Actor actor) in places)
        {
            if (actor.Kind == ActorKind.Country)
            {
                ordered.Add(actor);
            }
        }

        draft.PlaceId = ordered[0].Id;
        List<string> names = [];
        foreach (Actor actor in ordered)
        {
            names.Add(actor.Name);
        }

        draft.Place = string.Join(", ", names);
    }

    /// <summary>The part of the sentence within <paramref name="reach"/> code units of the trigger.</summary>
    private static TextSpan Around(TextSpan sentence, TextSpan trigger, int reach) =>
        TextSpan.FromBounds(Math.Max(sentence.Start, trigger.Start - reach), Math.Min(sentence.End, trigger.End + reach));

    /// <summary>Whether the text at <paramref name="end"/> is a possessive ending: 's or ’s.</summary>
    private static bool IsPossessor(ReadOnlySpan<char> text, int end) =>
        end + 1 < text.Length && text[end] is '\'' or '\u2019' && text[end + 1] is 's' or 'S' && (end + 2 == text.Length || !char.IsLetterOrDigit(text[end + 2]));

    /// <summary>Whether the words before <paramref name="start"/> are "in", "at", "in/at the", or "in/at X's" (a possessive place).</summary>
    private static bool AfterLocativePreposition(ReadOnlySpan<char> text, int sentenceStart, int start, int depth = 0)
    {
        if (depth > 3)
        {
            return false;
        }

        int i = start;
        while (i > sentenceStart && start - i < 8 && text[i - 1] == ' ')
        {
            i--;
        }

        // "at Germany's Federal Chancellery": the possessor's preposition counts for the possessed place.
        if (i - 2 > sentenceStart && text[i - 1] is 's' or 'S' && text[i - 2] is '\'' or '\u2019')
        {
            int possessor = i - 2;
            while (possessor > sentenceStart && i - possessor < 64 && char.IsLetter(text[possessor - 1]))
            {
                possessor--;
            }

            return possessor < i - 2 && AfterLocativePreposition(text, sentenceStart, possessor, depth + 1);
        }

        int wordEnd = i;
        while (i > sentenceStart && wordEnd - i < 4 && char.IsAsciiLetter(text[i - 1]))
        {
            i--;
        }

        ReadOnlySpan<char> previous = text[i..wordEnd];
        if (previous.Equals("in", StringComparison.OrdinalIgnoreCase) || previous.Equals("at", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return previous.Equals("the", StringComparison.OrdinalIgnoreCase) && AfterLocativePreposition(text, sentenceStart, i, depth + 1);
    }

    /// <summary>The sentence a trigger is in: its span, text, lower-cased text, word tokens and the trigger's word index.</summary>
    private readonly ref struct Sentence(TextSpan span, ReadOnlySpan<char> text, ReadOnlySpan<char> lowered, List<Token> words, int trigger)
    {
        public TextSpan Span { get; } = span;

        public ReadOnlySpan<char> Text { get; } = text;

        public ReadOnlySpan<char> Lowered { get; } = lowered;

        public List<Token> Words { get; } = words;

        public int Trigger { get; } = trigger;

        /// <summary>The index of the word that contains or follows the sentence-relative <paramref name="offset"/>.</summary>
        public int WordAt(int offset)
        {
            int lo = 0;
            int hi = Words.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (Words[mid].End <= offset)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }

        /// <summary>Whether a comma, semicolon or dash lies between two sentence-relative offsets.</summary>
        public bool ClauseBreakBetween(int from, int to)
        {
            for (int k = Math.Max(0, from); k < Math.Min(to, Text.Length); k++)
            {
                if (Text[k] is ',' or ';' or '\u2014' or '\u2013' or '(' or ')')
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static void AddParticipants(ArticleContext context, Sentence where, string kind, Draft draft, HashSet<int> speakers, bool first)
    {
        bool agentTarget = kind is EventKinds.Attack or EventKinds.War or EventKinds.Annexation or EventKinds.Sanction or EventKinds.Arrest or EventKinds.Threat;
        bool attendance = kind is EventKinds.Meeting or EventKinds.Summit or EventKinds.Visit;
        int triggerWord = where.Trigger;
        Token trigger = where.Words[triggerWord];
        IReadOnlyList<Extraction.Actors.ActorMention> mentions = context.ActorMentions.Mentions;
        int reach = attendance && first ? AttendeeReach : Reach;
        int triggerStart = where.Span.Start + trigger.Start;
        int scanFrom = Math.Max(where.Span.Start, triggerStart - reach);
        int sentenceEnd = Math.Min(where.Span.End, triggerStart + trigger.Length + reach);

        int agentIndex = -1;
        int agentDistance = int.MaxValue;
        for (int m = context.ActorMentions.FirstAtOrAfter(scanFrom); m < mentions.Count && mentions[m].Start < sentenceEnd; m++)
        {
            Extraction.Actors.ActorMention mention = mentions[m];
            if (mention.Start + mention.Length > sentenceEnd || speakers.Contains(mention.Start) || mention.ActorIndex < 0 || mention.ActorIndex >= context.Actors.Count)
            {
                continue;
            }

            Actor actor = context.Actors[mention.ActorIndex];
            if (string.Equals(actor.Id, draft.PlaceId, StringComparison.Ordinal) || IsNested(mentions, m))
            {
                continue; // "US" inside "the US delegation" is not a participant of its own
            }

            int relStart = mention.Start - where.Span.Start;
            int relEnd = relStart + mention.Length;
            bool possessor = IsPossessor(context.Text, mention.Start + mention.Length);
            int firstWord = where.WordAt(relStart);
            int lastWord = Math.Max(firstWord, where.WordAt(relEnd - 1));
            bool before = relEnd <= trigger.Start;
            int distance = before ? triggerWord - lastWord : firstWord - triggerWord;
            if (distance <= 0 && !before && relStart < trigger.End)
            {
                continue; // the trigger itself
            }

            if (agentTarget)
            {
                if (before && distance <= 5 && !where.ClauseBreakBetween(relEnd, trigger.Start) && (possessor || actor.Kind != ActorKind.Place))
                {
                    if (kind == EventKinds.Annexation && actor.Kind == ActorKind.Place)
                    {
                        Add(draft, actor, ParticipantRole.Target);
                    }
                    else if (distance < agentDistance)
                    {
                        agentIndex = mention.ActorIndex;
                        agentDistance = distance;
                    }
                }
                else if (kind == EventKinds.Annexation && before && distance <= 5 && actor.Kind == ActorKind.Place)
                {
                    Add(draft, actor, ParticipantRole.Target);
                }
                else if (!before && (distance == 1 || (distance is >= 2 and <= 4 && where.Words[firstWord - 1].Slice(where.Lowered) is "on" or "against" or "of" or "into" or "in" or "at")))
                {
                    Add(draft, actor, ParticipantRole.Target);
                }

                continue;
            }

            if (possessor || actor.Kind == ActorKind.Place)
            {
                continue;
            }

            bool near = distance <= (attendance ? 6 : 8);
            if ((attendance && first) || near)
            {
                Add(draft, actor, attendance ? ParticipantRole.Attendee : ParticipantRole.Participant);
            }
        }

        if (agentTarget)
        {
            if (agentIndex < 0 && DemonymBefore(context, where) is { } country)
            {
                Add(draft, country, ParticipantRole.Agent);
            }
            else if (agentIndex >= 0)
            {
                Add(draft, context.Actors[agentIndex], ParticipantRole.Agent);
            }
        }
    }

    /// <summary>Whether a neighbouring mention strictly contains mention <paramref name="m"/>.</summary>
    private static bool IsNested(IReadOnlyList<Extraction.Actors.ActorMention> mentions, int m)
    {
        Extraction.Actors.ActorMention mention = mentions[m];
        for (int k = Math.Max(0, m - 2); k < Math.Min(mentions.Count, m + 3); k++)
        {
            Extraction.Actors.ActorMention other = mentions[k];
            if (k != m && other.Length > mention.Length && other.Start <= mention.Start && other.Start + other.Length >= mention.Start + mention.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Russian strikes", "Russian drone strikes": the country actor of a nationality adjective just before the trigger.</summary>
    private static Actor? DemonymBefore(ArticleContext context, Sentence where)
    {
        for (int k = where.Trigger - 1; k >= 0 && k >= where.Trigger - 2; k--)
        {
            ReadOnlySpan<char> word = where.Words[k].Slice(where.Text);
            if (!Extraction.Lexicons.Demonyms.TryGet(word, out Extraction.CountryEntry? country))
            {
                continue;
            }

            foreach (Actor actor in context.Actors)
            {
                if (actor.Kind == ActorKind.Country && string.Equals(actor.Name, country.Name, StringComparison.Ordinal))
                {
                    return actor;
                }
            }

            return null;
        }

        return null;
    }

    private static void Add(Draft draft, Actor actor, ParticipantRole role)
    {
        if (draft.ParticipantIds.Add(actor.Id))
        {
            // the agent first, then the others in text order
            if (role == ParticipantRole.Agent)
            {
                draft.Agents.Add(new EventParticipant(actor.Id, role));
            }
            else
            {
                draft.Participants.Add(new EventParticipant(actor.Id, role));
            }
        }
    }

    /// <summary>
    /// "the almost four-year-old war": an age just before the trigger dates the start, at year precision, counted
    /// back from the article's date (see the remarks); null without an age or an article date.
    /// </summary>
    private static TemporalExpression? AgeDate(ArticleContext context, TextSpan sentence, List<Token> words, int trigger, ReadOnlySpan<char> lowered)
    {
        if (context.Date is not { } anchor)
        {
            return null;
        }

        for (int k = trigger - 1; k >= 0 && k >= trigger - 3; k--)
        {
            ReadOnlySpan<char> word = words[k].Slice(lowered);
            if (!word.EndsWith("-year-old", StringComparison.Ordinal))
            {
                continue;
            }

            int years = YearsOf(word[..^"-year-old".Length]);
            if (years is < 1 or > 200)
            {
                return null;
            }

            int first = k;
            int months = -(years * 12) - 6;
            if (k >= 1 && words[k - 1].Slice(lowered) is "almost" or "nearly")
            {
                months = -(years * 12) + 3;
                first = k - 1;
            }
            else if (k >= 1 && words[k - 1].Slice(lowered) is "over")
            {
                months = -(years * 12) - 3;
                first = k - 1;
            }
            else if (k >= 2 && words[k - 1].Slice(lowered) is "than" && words[k - 2].Slice(lowered) is "more")
            {
                months = -(years * 12) - 3;
                first = k - 2;
            }

            int year = anchor.PlusMonths(months).Year;
            int start = sentence.Start + words[first].Start;
            int end = sentence.Start + words[k].End;
            return new TemporalExpression(
                TextSpan.FromBounds(start, end),
                context.Text[start..end],
                new NodaTime.LocalDate(year, 1, 1),
                new NodaTime.LocalDate(year, 12, 31),
                DatePrecision.Year,
                DateAnchor.Dateline);
        }

        return null;
    }

    private static int YearsOf(ReadOnlySpan<char> number)
    {
        if (number.Length is > 0 and <= 3 && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out int value))
        {
            return value;
        }

        return number switch
        {
            "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9,
            "ten" => 10, "eleven" => 11, "twelve" => 12, "fifteen" => 15, "twenty" => 20, "thirty" => 30, "forty" => 40, "fifty" => 50,
            "hundred" or "100" => 100,
            _ => 0,
        };
    }
}
