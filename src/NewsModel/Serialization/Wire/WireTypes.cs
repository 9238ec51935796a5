using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace NewsModel.Serialization.Wire;

// The JSON shape of an Article (shared/spec/contract.md), as plain mutable classes for the source generator.
// The public model never sees these: ArticleMapper converts and validates, naming the JSON path of any problem.
// Dates are ISO strings here (ArticleMapper formats and parses them with NodaTime's LocalDatePattern.Iso): a property
// with a custom converter would make System.Text.Json leave the source-generated fast path for writing.
#pragma warning disable CA1812 // instantiated by the source-generated serializer

internal sealed class ArticleDto
{
    [JsonPropertyOrder(-1)]
    public int? SchemaVersion { get; set; }

    public string? Id { get; set; }

    public string? Date { get; set; }

    public string? Text { get; set; }

    public List<SpanDto?>? Paragraphs { get; set; }

    public List<ActorDto?>? Actors { get; set; }

    public List<StatementDto?>? Statements { get; set; }

    public List<EventDto?>? Events { get; set; }

    public List<EmbedDto?>? Embeds { get; set; }

    public List<DateDto?>? Dates { get; set; }
}

internal sealed class SpanDto
{
    public int Start { get; set; }

    public int Length { get; set; }
}

internal sealed class ActorDto
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? Name { get; set; }

    public string? Title { get; set; }

    public string? Affiliation { get; set; }

    public List<string?>? Aliases { get; set; }

    public List<SpanDto?>? Mentions { get; set; }
}

internal sealed class StatementDto
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? Text { get; set; }

    public SpanDto? Span { get; set; }

    public string? SpeakerId { get; set; }

    public SpanDto? SpeakerSpan { get; set; }

    public string? Cue { get; set; }

    public string? Channel { get; set; }

    public string? Date { get; set; }

    public string? ContinuesId { get; set; }

    public List<string?>? EventIds { get; set; }
}

internal sealed class EventDto
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public SpanDto? Span { get; set; }

    public List<SpanDto?>? Mentions { get; set; }

    /// <summary>Written for readers of the contract's shape; on reading, used only when <see cref="Participants"/> is absent.</summary>
    public List<string?>? ParticipantIds { get; set; }

    public List<ParticipantDto?>? Participants { get; set; }

    public string? Place { get; set; }

    public string? PlaceId { get; set; }

    public DateDto? When { get; set; }

    public string? Modality { get; set; }

    /// <summary>Derived from the kind; written for convenience, ignored on reading.</summary>
    public string? CameoRoot { get; set; }

    /// <summary>Derived from the kind; written for convenience, ignored on reading.</summary>
    public string? PloverType { get; set; }
}

internal sealed class ParticipantDto
{
    public string? ActorId { get; set; }

    public string? Role { get; set; }
}

internal sealed class EmbedDto
{
    public string? Kind { get; set; }

    public string? Platform { get; set; }

    public string? Author { get; set; }

    public string? Handle { get; set; }

    public string? Date { get; set; }

    public SpanDto? Span { get; set; }

    public List<string?>? Links { get; set; }

    public bool Truncated { get; set; }
}

internal sealed class DateDto
{
    public SpanDto? Span { get; set; }

    public string? Text { get; set; }

    public string? Start { get; set; }

    public string? End { get; set; }

    public string? Precision { get; set; }

    public string? Anchor { get; set; }
}

/// <summary>One record of a <c>newsmodel parse --jsonl</c> input stream.</summary>
internal sealed class ArticleInputDto
{
    public string? Id { get; set; }

    public string? Text { get; set; }

    public string? Date { get; set; }
}
#pragma warning restore CA1812
