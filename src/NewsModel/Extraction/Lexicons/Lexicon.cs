using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Threading;

using NewsModel.Text;

namespace NewsModel.Extraction;

/// <summary>
/// An immutable lexicon: its entries, and a lookup from every surface form (name, alias, acronym…) to the
/// entries that carry it, exact (ordinal) and ignoring case (ordinal, invariant case folding).
/// </summary>
/// <remarks>
/// A surface form may belong to more than one entry ("Georgia" the country and the US state live in two lexicons,
/// but "Victoria" the Australian state and the capital of the Seychelles both live in <c>places.tsv</c>): lookups
/// return every entry, in file order. Exact lookups go through a <see cref="SpanTable"/>, lookups that ignore case
/// through an <see cref="IgnoreCaseSpanTable"/>; neither allocates. Instances are immutable and safe to share
/// between threads.
/// <para>
/// Each surface's first entry is kept in one flat array, which is all <see cref="TryGet"/> and
/// <see cref="Contains"/> read: no array per surface to build at load time (tens of thousands of small objects
/// for the garbage collector to copy) or to follow at lookup time (one memory access less). The per-surface lists
/// <see cref="Find(ReadOnlySpan{char})"/> returns are built on its first call, once per lexicon.
/// </para>
/// </remarks>
/// <typeparam name="TEntry">The entry type.</typeparam>
internal sealed class Lexicon<TEntry>
    where TEntry : class
{
    private readonly SpanTable _exact;
    private readonly Carried _exactEntries;
    private readonly TEntry[] _exactFirst; // _exactEntries.First, held here so that TryGet reads one reference fewer
    private readonly SurfacesOf<TEntry> _surfaces;
    private readonly Lazy<IgnoreCaseIndex> _ignoreCase;
    private readonly SpanTable _firstTokens;

    /// <summary>Builds the lookups.</summary>
    /// <param name="fileName">The lexicon file ("countries.tsv"), for diagnostics.</param>
    /// <param name="entries">The entries, in file order.</param>
    /// <param name="surfaces">The surface forms under which an entry is found.</param>
    public Lexicon(string fileName, ImmutableArray<TEntry> entries, SurfacesOf<TEntry> surfaces)
    {
        ArgumentNullException.ThrowIfNull(surfaces);
        FileName = fileName;
        Entries = entries;

        _surfaces = surfaces;
        _ignoreCase = new Lazy<IgnoreCaseIndex>(BuildIgnoreCase);
        // each surface's index, and the entries carrying it (most carry one: the others are kept aside); the tables are
        // sized for the surfaces counted first, so that none is built twice or left oversized (loading is start-up time)
        var entrySurfaces = new List<string>();
        int count = 0;
        foreach (TEntry entry in entries)
        {
            entrySurfaces.Clear();
            surfaces(entry, entrySurfaces);
            count += entrySurfaces.Count;
        }

        var keys = new SpanTable.Builder(count);
        var carriers = new Carriers(count);
        var firstTokens = new SpanTable.Builder(0);
        int maxWords = 0;
        foreach (TEntry entry in entries)
        {
            entrySurfaces.Clear();
            surfaces(entry, entrySurfaces);
            foreach (string surface in entrySurfaces)
            {
                SurfaceSet.AddFirstTokens(firstTokens, surface);
                maxWords = Math.Max(maxWords, WordCount(surface));
                carriers.Add(keys.Add(surface), entry);
            }
        }

        _exact = keys.Build();
        _exactEntries = carriers.Finish();
        _exactFirst = _exactEntries.First;

        MaxWordCount = maxWords;
        _firstTokens = firstTokens.Build();
        Surfaces = _exact.KeyArray;
    }

    /// <summary>The lexicon file the entries come from.</summary>
    public string FileName { get; }

    /// <summary>Every entry, in file order (sorted by its first column).</summary>
    public ImmutableArray<TEntry> Entries { get; }

    /// <summary>Every distinct surface form, exact spelling.</summary>
    public ImmutableArray<string> Surfaces { get; }

    /// <summary>The tokens that may begin a surface form of more than one token (see <see cref="MayBeginLonger"/>).</summary>
    public ReadOnlySpan<string> FirstTokens => _firstTokens.Keys;

    /// <summary>The largest number of space-separated words in a surface form: how far a phrase matcher must look ahead.</summary>
    public int MaxWordCount { get; }

    /// <summary>
    /// Whether some surface form of more than one token may begin with this token (exact spelling): when not, a
    /// phrase matcher at this token needs only the one-token lookup.
    /// </summary>
    public bool MayBeginLonger(ReadOnlySpan<char> token) => _firstTokens.Contains(token);

    /// <summary>The entries carrying exactly this surface form (ordinal comparison); empty when none.</summary>
    public ImmutableArray<TEntry> Find(ReadOnlySpan<char> surface) => _exact.IndexOf(surface) is int i and >= 0 ? _exactEntries.All(i) : [];

    /// <inheritdoc cref="Find(ReadOnlySpan{char})"/>
    public ImmutableArray<TEntry> Find(string surface)
    {
        ArgumentNullException.ThrowIfNull(surface);
        return Find(surface.AsSpan());
    }

    /// <summary>The entries carrying this surface form in any letter case ("ISTANBUL", "istanbul"); empty when none.</summary>
    /// <remarks>Case folding is ordinal and culture-invariant: the result is the same under every current culture.</remarks>
    public ImmutableArray<TEntry> FindIgnoreCase(ReadOnlySpan<char> surface)
    {
        IgnoreCaseIndex index = _ignoreCase.Value;
        return index.Surfaces.IndexOf(surface) is int i and >= 0 ? index.Entries.All(i) : [];
    }

    /// <inheritdoc cref="FindIgnoreCase(ReadOnlySpan{char})"/>
    public ImmutableArray<TEntry> FindIgnoreCase(string surface)
    {
        ArgumentNullException.ThrowIfNull(surface);
        return FindIgnoreCase(surface.AsSpan());
    }

    /// <summary>Builds the lookup that ignores case now rather than at its first use (a host that warms up in parallel).</summary>
    public void LoadIgnoreCase() => _ = _ignoreCase.Value;

    /// <summary>Whether some entry carries exactly this surface form.</summary>
    public bool Contains(ReadOnlySpan<char> surface) => _exact.IndexOf(surface) >= 0;

    /// <summary>Whether some entry carries this surface form in any letter case.</summary>
    public bool ContainsIgnoreCase(ReadOnlySpan<char> surface) => _ignoreCase.Value.Surfaces.IndexOf(surface) >= 0;

    /// <summary>The first entry (in file order) carrying exactly this surface form.</summary>
    public bool TryGet(ReadOnlySpan<char> surface, [NotNullWhen(true)] out TEntry? entry)
    {
        int i = _exact.IndexOf(surface);
        entry = i >= 0 ? _exactFirst[i] : null;
        return entry is not null;
    }

    /// <summary>The first entry (in file order) carrying this surface form in any letter case.</summary>
    public bool TryGetIgnoreCase(ReadOnlySpan<char> surface, [NotNullWhen(true)] out TEntry? entry)
    {
        IgnoreCaseIndex index = _ignoreCase.Value;
        int i = index.Surfaces.IndexOf(surface);
        entry = i >= 0 ? index.Entries.First[i] : null;
        return entry is not null;
    }

    /// <summary>
    /// The lookup that ignores case, built on first use: only a few lexicons are ever searched that way, and building
    /// it for all of them made up much of the loading time. Entries keep their file order, as in the exact lookup.
    /// </summary>
    private IgnoreCaseIndex BuildIgnoreCase()
    {
        // as for the exact lookup: most surfaces name one entry, the others are kept aside
        var surfaces = new IgnoreCaseSpanTable.Builder(_exact.Count);
        var carriers = new Carriers(_exact.Count);
        var entrySurfaces = new List<string>();
        foreach (TEntry entry in Entries)
        {
            entrySurfaces.Clear();
            _surfaces(entry, entrySurfaces);
            foreach (string surface in entrySurfaces)
            {
                carriers.Add(surfaces.Add(surface), entry);
            }
        }

        return new IgnoreCaseIndex(surfaces.Build(), carriers.Finish());
    }

    private static int WordCount(string surface)
    {
        int words = 1;
        foreach (char c in surface)
        {
            if (c == ' ')
            {
                words++;
            }
        }

        return words;
    }

    /// <summary>
    /// The entries carrying each surface of an index, gathered as the surfaces get their indexes: most surfaces name
    /// one entry, so the few others are kept aside; every list keeps file order and names an entry once.
    /// </summary>
    private sealed class Carriers(int capacity)
    {
        private TEntry[] _first = new TEntry[Math.Max(capacity, 4)];
        private int _count;
        private Dictionary<int, List<TEntry>>? _more;

        /// <summary>Notes that the surface at <paramref name="index"/> (-1 for an empty one, which names nothing) carries <paramref name="entry"/>.</summary>
        public void Add(int index, TEntry entry)
        {
            if (index < 0)
            {
                return;
            }

            if (index == _count)
            {
                if (_count == _first.Length)
                {
                    Array.Resize(ref _first, _count * 2);
                }

                _first[_count++] = entry;
            }
            else if (!EqualityComparer<TEntry>.Default.Equals(_first[index], entry))
            {
                _more ??= [];
                if (!_more.TryGetValue(index, out List<TEntry>? list))
                {
                    _more[index] = list = [_first[index]];
                }

                if (!list.Contains(entry))
                {
                    list.Add(entry);
                }
            }
        }

        /// <summary>Each surface's entries, by index.</summary>
        public Carried Finish()
        {
            Dictionary<int, ImmutableArray<TEntry>>? more = null;
            if (_more is not null)
            {
                more = new Dictionary<int, ImmutableArray<TEntry>>(_more.Count);
                foreach (KeyValuePair<int, List<TEntry>> pair in _more)
                {
                    more.Add(pair.Key, [.. pair.Value]);
                }
            }

            return new Carried(SpanTable.Trimmed(_first, _count), more);
        }
    }

    /// <summary>
    /// The entries carrying each surface of an index: the first of each in one flat array, the whole list only for the
    /// few surfaces with more than one, and every surface's list as an array only once <see cref="All"/> is called.
    /// </summary>
    private sealed class Carried(TEntry[] first, Dictionary<int, ImmutableArray<TEntry>>? more)
    {
        private ImmutableArray<TEntry>[]? _all;

        /// <summary>The first entry carrying each surface, by the surface's index.</summary>
        public TEntry[] First { get; } = first;

        /// <summary>Every entry carrying the surface at <paramref name="index"/>, in file order.</summary>
        /// <remarks>The first call builds the lists of all surfaces; racing threads may each build them, and one set wins.</remarks>
        public ImmutableArray<TEntry> All(int index) => (Volatile.Read(ref _all) ?? Build())[index];

        private ImmutableArray<TEntry>[] Build()
        {
            var all = new ImmutableArray<TEntry>[First.Length];
            for (int i = 0; i < all.Length; i++)
            {
                all[i] = more is not null && more.TryGetValue(i, out ImmutableArray<TEntry> list) ? list : [First[i]];
            }

            return Interlocked.CompareExchange(ref _all, all, null) ?? all;
        }
    }

    /// <summary>The ignore-case lookup: the surfaces, and at each one's index the entries carrying it.</summary>
    private sealed record IgnoreCaseIndex(IgnoreCaseSpanTable Surfaces, Carried Entries);
}

/// <summary>Adds the surface forms under which <paramref name="entry"/> is found to <paramref name="into"/>, in order.</summary>
/// <remarks>A list filled in place rather than a sequence returned, so that indexing a lexicon allocates nothing per entry.</remarks>
/// <typeparam name="TEntry">The entry type.</typeparam>
/// <param name="entry">The entry.</param>
/// <param name="into">The list to add to (emptied by the caller).</param>
internal delegate void SurfacesOf<in TEntry>(TEntry entry, List<string> into);
