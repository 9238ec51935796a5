namespace NewsModel.Extraction.Quotes;

/// <summary>What kind of mention an attribution's speaker span is, for the actor stage that resolves it.</summary>
internal enum SpeakerHint : byte
{
    /// <summary>No speaker was found.</summary>
    None = 0,

    /// <summary>A proper name, possibly with its title ("Mr. Trump", "Yuri Ushakov").</summary>
    Name = 1,

    /// <summary>A personal or relative pronoun ("he", "they", "who").</summary>
    Pronoun = 2,

    /// <summary>A description ("a spokesman", "the company", "officials").</summary>
    Description = 3,

    /// <summary>No cue of its own: the speaker span is the earlier mention the previous attribution rests on.</summary>
    Continuation = 4,
}

/// <summary>
/// One statement found by <see cref="QuoteExtractor"/>: what was said, the cue it rests on and the speaker mention.
/// </summary>
/// <param name="Kind">Direct, partial (quoted words inside reported speech) or indirect.</param>
/// <param name="Span">The words said, without quotation marks; for a partial quotation, the quoted words.</param>
/// <param name="Content">The whole reported content: equal to <paramref name="Span"/> except for partial quotations,
/// where it covers the reported clause the quoted words sit in (PolNeAR's "mixed" span).</param>
/// <param name="Cue">The cue ("said", "told", "according to"), or null for a continuation.</param>
/// <param name="CueLemma">The cue's lemma ("say", "tell", "according to"), or null.</param>
/// <param name="Speaker">The speaker mention as written, title included ("Mr. Trump", "a spokesman", "he"); for a continuation, the earlier mention.</param>
/// <param name="SpeakerName">For a name mention, the name alone without title ("Volodymyr Zelensky"); otherwise the same as <paramref name="Speaker"/>.</param>
/// <param name="Hint">What kind of mention <paramref name="Speaker"/> is.</param>
/// <param name="Channel">Where it was said ("reporters", "X", "state television"), or null.</param>
/// <param name="Group">Fragments of one attribution (split and continued quotations) share a group number.</param>
internal readonly record struct StatementCandidate(
    StatementKind Kind,
    TextSpan Span,
    TextSpan Content,
    TextSpan? Cue,
    string? CueLemma,
    TextSpan? Speaker,
    TextSpan? SpeakerName,
    SpeakerHint Hint,
    TextSpan? Channel,
    int Group);
