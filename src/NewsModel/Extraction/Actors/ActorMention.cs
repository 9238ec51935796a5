using System.Collections.Generic;

namespace NewsModel.Extraction.Actors;

/// <summary>How a mention refers to its actor.</summary>
internal enum MentionKind
{
    /// <summary>A name ("Volodymyr Zelensky", "Zelensky", "NATO").</summary>
    Name = 0,

    /// <summary>A pronoun ("he", "it", "they").</summary>
    Pronoun = 1,

    /// <summary>A description ("the alliance", "Ukraine's leader").</summary>
    Description = 2,
}

/// <summary>One span of the text resolved to an actor.</summary>
/// <param name="Start">UTF-16 offset of the mention.</param>
/// <param name="Length">UTF-16 length of the mention.</param>
/// <param name="ActorIndex">Index of the actor in <c>ArticleContext.Actors</c>.</param>
/// <param name="Kind">Name, pronoun or description.</param>
/// <param name="Gender">The gender the actor is known by, for later stages.</param>
internal readonly record struct ActorMention(int Start, int Length, int ActorIndex, MentionKind Kind, LexiconGender Gender);

/// <summary>
/// Every mention the actor stage resolved, sorted by offset, so that later stages (statements, events) can ask
/// which actor a span — a name, "he", "the minister" — stands for.
/// </summary>
internal sealed class ActorMentionIndex
{
    private static readonly List<ActorMention> s_none = []; // never added to: the index only reads its list

    /// <summary>A list longer than this is not kept for the next article (bounded memory after a huge one).</summary>
    private const int MaxKept = 1 << 16;

    private List<ActorMention> _mentions = s_none;
    private List<ActorMention> _own = [];

    /// <summary>The mentions, sorted by start.</summary>
    public IReadOnlyList<ActorMention> Mentions => _mentions;

    /// <summary>Takes <paramref name="sorted"/> as the mentions, without copying (the stage calls this once, with mentions sorted by start, and keeps no reference).</summary>
    public void Adopt(List<ActorMention> sorted) => _mentions = sorted;

    /// <summary>
    /// The index's own list, emptied and with room for <paramref name="capacity"/> mentions, for the stage to fill and
    /// then <see cref="Adopt"/>: the index is reused from article to article (each thread has its own), and so is this list.
    /// </summary>
    public List<ActorMention> Rent(int capacity)
    {
        _own.Clear();
        _own.EnsureCapacity(capacity);
        return _own;
    }

    /// <summary>Forgets the mentions (for the next article).</summary>
    public void Clear()
    {
        _mentions = s_none;
        if (_own.Capacity > MaxKept)
        {
            _own = [];
        }
        else
        {
            _own.Clear();
        }
    }

    /// <summary>The index in <see cref="Mentions"/> of the first mention that starts at or after <paramref name="offset"/> (the count when none).</summary>
    public int FirstAtOrAfter(int offset)
    {
        int lo = 0;
        int hi = _mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_mentions[mid].Start < offset)
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

    /// <summary>The actor index of the mention that covers <paramref name="offset"/>, or -1.</summary>
    public int ActorAt(int offset) => TryGetAt(offset, out ActorMention mention) ? mention.ActorIndex : -1;

    /// <summary>The mention that covers <paramref name="offset"/>.</summary>
    public bool TryGetAt(int offset, out ActorMention mention)
    {
        int lo = 0;
        int hi = _mentions.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            ActorMention m = _mentions[mid];
            if (offset < m.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= m.Start + m.Length)
            {
                lo = mid + 1;
            }
            else
            {
                mention = m;
                return true;
            }
        }

        mention = default;
        return false;
    }

    /// <summary>
    /// The actor a pronoun at <paramref name="offset"/> stands for: the stage's resolution when it resolved it,
    /// else the nearest preceding person mention (-1 when there is none).
    /// </summary>
    public int ResolvePronoun(int offset)
    {
        if (TryGetAt(offset, out ActorMention mention))
        {
            return mention.ActorIndex;
        }

        for (int i = FirstAtOrAfter(offset) - 1; i >= 0; i--)
        {
            if (_mentions[i].Kind == MentionKind.Name)
            {
                return _mentions[i].ActorIndex;
            }
        }

        return -1;
    }
}
