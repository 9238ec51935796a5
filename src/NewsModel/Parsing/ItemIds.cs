using System.Globalization;

namespace NewsModel.Parsing;

/// <summary>
/// The ids an article gives its items: <c>a1</c>, <c>a2</c>, … for actors, <c>s1</c>, … for statements and
/// <c>e1</c>, … for events. Every article uses the same few, so the first <see cref="Cached"/> of each kind are made
/// once and shared by all parses instead of being built again for every item.
/// </summary>
/// <remarks>
/// Thread-safe: two threads that make the same id at once both store an equal string, and either one serves.
/// </remarks>
internal static class ItemIds
{
    /// <summary>The ids of each kind that are kept (numbers 1 to this).</summary>
    public const int Cached = 1024;

    private static readonly string?[] s_actors = new string?[Cached];
    private static readonly string?[] s_statements = new string?[Cached];
    private static readonly string?[] s_events = new string?[Cached];

    /// <summary>The id of the actor numbered <paramref name="number"/> (from 1).</summary>
    public static string Actor(int number) => Get(s_actors, 'a', number);

    /// <summary>The id of the statement numbered <paramref name="number"/> (from 1).</summary>
    public static string Statement(int number) => Get(s_statements, 's', number);

    /// <summary>The id of the event numbered <paramref name="number"/> (from 1).</summary>
    public static string Event(int number) => Get(s_events, 'e', number);

    private static string Get(string?[] cache, char prefix, int number) =>
        (uint)(number - 1) < Cached ? cache[number - 1] ??= Make(prefix, number) : Make(prefix, number);

    private static string Make(char prefix, int number) => string.Create(CultureInfo.InvariantCulture, $"{prefix}{number}");
}
