using System;

namespace NewsModel;

/// <summary>
/// A participant in the news: a person, organisation, country, place or group, with every mention of it in the
/// article text.
/// </summary>
/// <remarks>
/// <para>
/// One actor stands for one referent: "Volodymyr Zelensky", "Zelensky", "he" and "Ukraine's leader" are
/// mentions of the same actor. <see cref="Name"/> is the canonical full name without title; the title and the
/// affiliation are kept apart ("Finnish Prime Minister Petteri Orpo" → name "Petteri Orpo", title "Prime
/// Minister", affiliation "Finland").
/// </para>
/// <para>
/// <see cref="Mentions"/> are UTF-16 spans into <see cref="Article.Text"/>, in text order; a name mention covers the
/// name alone, not its title. Adjectives of nationality ("Finnish") are not mentions.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Actor
{
    /// <summary>Creates an actor.</summary>
    /// <param name="id">The actor's id, unique among the article's actors (for example <c>a1</c>).</param>
    /// <param name="kind">What kind of actor it is.</param>
    /// <param name="name">The canonical name, without title.</param>
    /// <param name="title">The title or role ("President", "foreign policy aide"), or null.</param>
    /// <param name="affiliation">The country or organisation the actor belongs to ("Ukraine", "NATO"), or null.</param>
    /// <param name="aliases">Other names seen for the actor ("Zelenskyy", "@ZelenskyyUa").</param>
    /// <param name="mentions">Every span of the text resolved to this actor, in text order.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="name"/> is empty or white space, or an alias is null or empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="ActorKind"/>.</exception>
    public Actor(string id, ActorKind kind, string name, string? title = null, string? affiliation = null, ValueArray<string> aliases = default, ValueArray<TextSpan> mentions = default)
    {
        Check.NotBlank(id, nameof(id));
        Check.NotBlank(name, nameof(name));
        Check.Defined(kind, nameof(kind));
        Check.NoBlankItems(aliases, nameof(aliases));
        Id = id;
        Kind = kind;
        Name = name;
        Title = Check.NullIfEmpty(title);
        Affiliation = Check.NullIfEmpty(affiliation);
        Aliases = aliases;
        Mentions = mentions;
    }

    /// <summary>The actor's id, unique among the article's actors; statements and events refer to it.</summary>
    public string Id { get; }

    /// <summary>What kind of actor it is.</summary>
    public ActorKind Kind { get; }

    /// <summary>The canonical name, without title ("Volodymyr Zelensky", "NATO", "the US delegation").</summary>
    public string Name { get; }

    /// <summary>The title or role the text gives ("President", "Special Envoy"), or null.</summary>
    public string? Title { get; }

    /// <summary>The country or organisation the actor belongs to, or null.</summary>
    public string? Affiliation { get; }

    /// <summary>Other names seen for the actor in the article.</summary>
    public ValueArray<string> Aliases { get; }

    /// <summary>Every span of <see cref="Article.Text"/> resolved to this actor: names, pronouns and descriptions, in text order.</summary>
    public ValueArray<TextSpan> Mentions { get; }
}
