using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace NewsModel.Serialization.Wire;

/// <summary>A problem found while turning wire data into the model: what, and the JSON path where.</summary>
internal sealed class WireException(string path, string message) : Exception(message)
{
    public string Path { get; } = path;
}

/// <summary>Converts between the model and the wire types; reading validates everything and names the JSON path of a problem.</summary>
internal static class ArticleMapper
{
    public static ArticleDto ToWire(Article article) => new()
    {
        SchemaVersion = Article.CurrentSchemaVersion,
        Id = article.Id,
        Date = IsoDate(article.Date),
        Text = article.Text,
        Paragraphs = List(article.Paragraphs, static s => (SpanDto?)ToWire(s)),
        Actors = List(article.Actors, static a => (ActorDto?)new ActorDto
        {
            Id = a.Id,
            Kind = WireNames.Of(a.Kind),
            Name = a.Name,
            Title = a.Title,
            Affiliation = a.Affiliation,
            Aliases = List(a.Aliases, static s => (string?)s),
            Mentions = List(a.Mentions, static s => (SpanDto?)ToWire(s)),
        }),
        Statements = List(article.Statements, static s => (StatementDto?)new StatementDto
        {
            Id = s.Id,
            Kind = WireNames.Of(s.Kind),
            Text = s.Text,
            Span = ToWire(s.Span),
            SpeakerId = s.SpeakerId,
            SpeakerSpan = s.SpeakerSpan is { } speaker ? ToWire(speaker) : null,
            Cue = s.Cue,
            Channel = s.Channel,
            Date = IsoDate(s.Date),
            ContinuesId = s.ContinuesId,
            EventIds = List(s.EventIds, static id => (string?)id),
        }),
        Events = List(article.Events, static e => (EventDto?)new EventDto
        {
            Id = e.Id,
            Kind = e.Kind,
            Span = ToWire(e.Span),
            Mentions = List(e.Mentions, static s => (SpanDto?)ToWire(s)),
            ParticipantIds = List(e.Participants, static p => (string?)p.ActorId),
            Participants = List(e.Participants, static p => (ParticipantDto?)new ParticipantDto { ActorId = p.ActorId, Role = WireNames.Of(p.Role) }),
            Place = e.Place,
            PlaceId = e.PlaceId,
            When = e.When is null ? null : ToWire(e.When),
            Modality = WireNames.Of(e.Modality),
            CameoRoot = e.CameoRoot,
            PloverType = e.PloverType,
        }),
        Embeds = List(article.Embeds, static e => (EmbedDto?)new EmbedDto
        {
            Kind = WireNames.Of(e.Kind),
            Platform = e.Platform,
            Author = e.Author,
            Handle = e.Handle,
            Date = IsoDate(e.Date),
            Span = ToWire(e.Span),
            Links = List(e.Links, static s => (string?)s),
            Truncated = e.Truncated,
        }),
        Dates = List(article.Dates, static d => (DateDto?)ToWire(d)),
    };

    /// <summary>Builds and validates the article; throws <see cref="WireException"/> naming the path of the first problem.</summary>
    public static Article ToModel(ArticleDto dto)
    {
        if (dto.SchemaVersion is not { } version)
        {
            throw new WireException("$.schemaVersion", $"The schemaVersion is missing; this reader understands version {Article.CurrentSchemaVersion}.");
        }

        if (version != Article.CurrentSchemaVersion)
        {
            throw new WireException("$.schemaVersion", string.Create(CultureInfo.InvariantCulture, $"The schemaVersion {version} is not supported; this reader understands version {Article.CurrentSchemaVersion}."));
        }

        string text = dto.Text ?? throw new WireException("$.text", "The article has no text.");
        Article article = new(
            text,
            ParseDate(dto.Date, "$.date"),
            dto.Id,
            Array(dto.Paragraphs, "$.paragraphs", static (s, p) => Span(s, p)),
            Array(dto.Actors, "$.actors", static (a, p) => ToModel(a!, p)),
            Array(dto.Statements, "$.statements", static (s, p) => ToModel(s!, p)),
            Array(dto.Events, "$.events", static (e, p) => ToModel(e!, p)),
            Array(dto.Embeds, "$.embeds", static (e, p) => ToModel(e!, p)),
            Array(dto.Dates, "$.dates", static (d, p) => ToModel(d!, p)),
            trusted: true);

        if (ArticleValidator.FindProblem(article) is { } problem)
        {
            throw new WireException(problem.Path, problem.Message);
        }

        return article;
    }

    private static Actor ToModel(ActorDto dto, string path)
    {
        if (!WireNames.TryParse(dto.Kind, out ActorKind kind))
        {
            throw BadName(path + ".kind", dto.Kind, "person, organization, country, place, group");
        }

        return Build(path, () => new Actor(
            Required(dto.Id, path + ".id"),
            kind,
            Required(dto.Name, path + ".name"),
            dto.Title,
            dto.Affiliation,
            Array(dto.Aliases, path + ".aliases", static (s, p) => Required(s, p)),
            Array(dto.Mentions, path + ".mentions", static (s, p) => Span(s, p))));
    }

    private static Statement ToModel(StatementDto dto, string path)
    {
        if (!WireNames.TryParse(dto.Kind, out StatementKind kind))
        {
            throw BadName(path + ".kind", dto.Kind, "direct, partial, indirect, post");
        }

        return Build(path, () => new Statement(
            Required(dto.Id, path + ".id"),
            kind,
            Present(dto.Text, path + ".text"),
            Span(dto.Span, path + ".span"),
            dto.SpeakerId,
            dto.SpeakerSpan is null ? null : Span(dto.SpeakerSpan, path + ".speakerSpan"),
            dto.Cue,
            dto.Channel,
            ParseDate(dto.Date, path + ".date"),
            dto.ContinuesId,
            Array(dto.EventIds, path + ".eventIds", static (s, p) => Required(s, p))));
    }

    private static Event ToModel(EventDto dto, string path)
    {
        EventModality modality = EventModality.Happened;
        if (dto.Modality is not null && !WireNames.TryParse(dto.Modality, out modality))
        {
            throw BadName(path + ".modality", dto.Modality, "happened, planned, hypothetical, negated");
        }

        ValueArray<EventParticipant> participants = dto.Participants is not null
            ? Array(dto.Participants, path + ".participants", static (p, itemPath) => ToModel(p!, itemPath))
            : Array(dto.ParticipantIds, path + ".participantIds", static (s, p) => new EventParticipant(Required(s, p)));

        return Build(path, () => new Event(
            Required(dto.Id, path + ".id"),
            Required(dto.Kind, path + ".kind"),
            Span(dto.Span, path + ".span"),
            participants,
            dto.Place,
            dto.When is null ? null : ToModel(dto.When, path + ".when"),
            modality,
            Array(dto.Mentions, path + ".mentions", static (s, p) => Span(s, p)),
            dto.PlaceId));
    }

    private static EventParticipant ToModel(ParticipantDto dto, string path)
    {
        if (!WireNames.TryParse(dto.Role ?? "participant", out ParticipantRole role))
        {
            throw BadName(path + ".role", dto.Role, "participant, agent, target, attendee");
        }

        return new EventParticipant(Required(dto.ActorId, path + ".actorId"), role);
    }

    private static Embed ToModel(EmbedDto dto, string path)
    {
        if (!WireNames.TryParse(dto.Kind, out EmbedKind kind))
        {
            throw BadName(path + ".kind", dto.Kind, "post");
        }

        return Build(path, () => new Embed(
            kind,
            Required(dto.Platform, path + ".platform"),
            Span(dto.Span, path + ".span"),
            dto.Author,
            dto.Handle,
            ParseDate(dto.Date, path + ".date"),
            Array(dto.Links, path + ".links", static (s, p) => Required(s, p)),
            dto.Truncated));
    }

    private static TemporalExpression ToModel(DateDto dto, string path)
    {
        if (!WireNames.TryParse(dto.Precision, out DatePrecision precision))
        {
            throw BadName(path + ".precision", dto.Precision, "day, week, month, quarter, year, decade, unknown");
        }

        DateAnchor anchor = DateAnchor.None;
        if (dto.Anchor is not null && !WireNames.TryParse(dto.Anchor, out anchor))
        {
            throw BadName(path + ".anchor", dto.Anchor, "dateline, post, text, none");
        }

        return Build(path, () => new TemporalExpression(
            Span(dto.Span, path + ".span"),
            Present(dto.Text, path + ".text"),
            ParseDate(dto.Start, path + ".start"),
            ParseDate(dto.End, path + ".end"),
            precision,
            anchor));
    }

    private static SpanDto ToWire(TextSpan span) => new() { Start = span.Start, Length = span.Length };

    private static DateDto ToWire(TemporalExpression d) => new()
    {
        Span = ToWire(d.Span),
        Text = d.Text,
        Start = IsoDate(d.Start),
        End = IsoDate(d.End),
        Precision = WireNames.Of(d.Precision),
        Anchor = WireNames.Of(d.Anchor),
    };

    private static TextSpan Span(SpanDto? dto, string path)
    {
        if (dto is null)
        {
            throw new WireException(path, "The span is missing.");
        }

        if (dto.Start < 0 || dto.Length < 0 || dto.Start > int.MaxValue - dto.Length)
        {
            throw new WireException(path, string.Create(CultureInfo.InvariantCulture, $"The span {{ start: {dto.Start}, length: {dto.Length} }} is not a valid range."));
        }

        return new TextSpan(dto.Start, dto.Length);
    }

    /// <summary>A date as the wire writes it: ISO-8601 <c>uuuu-MM-dd</c>, through NodaTime's pattern.</summary>
    private static string? IsoDate(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : null;

    /// <summary>Reads an ISO-8601 date (<c>2025-12-15</c>) strictly; anything else is a problem at <paramref name="path"/>.</summary>
    private static LocalDate? ParseDate(string? text, string path)
    {
        if (text is null)
        {
            return null;
        }

        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new WireException(path, $"'{text}' is not a valid ISO-8601 date (expected YYYY-MM-DD): {result.Exception.Message}");
    }

    private static string Required(string? value, string path) =>
        string.IsNullOrWhiteSpace(value) ? throw new WireException(path, "The value is missing or empty.") : value;

    private static string Present(string? value, string path) =>
        value ?? throw new WireException(path, "The value is missing.");

    private static WireException BadName(string path, string? value, string expected) =>
        new(path, value is null ? $"The value is missing; expected one of: {expected}." : $"'{value}' is not one of: {expected}.");

    /// <summary>Runs a model constructor, turning its argument checks into a problem at <paramref name="path"/>.</summary>
    private static T Build<T>(string path, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentException e)
        {
            string message = e.Message;
            int cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
            string field = e.ParamName is null ? string.Empty : "." + e.ParamName;
            throw new WireException(path + field, cut > 0 ? message[..cut] : message);
        }
    }

    private static List<TWire>? List<TModel, TWire>(ValueArray<TModel> items, Func<TModel, TWire> map)
    {
        List<TWire> list = new(items.Count);
        foreach (TModel item in items)
        {
            list.Add(map(item));
        }

        return list;
    }

    private static ValueArray<TModel> Array<TWire, TModel>(List<TWire?>? items, string path, Func<TWire?, string, TModel> map)
    {
        if (items is null || items.Count == 0)
        {
            return default;
        }

        TModel[] result = new TModel[items.Count];
        for (int i = 0; i < items.Count; i++)
        {
            string itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
            if (items[i] is null)
            {
                throw new WireException(itemPath, "The item is null.");
            }

            result[i] = map(items[i], itemPath);
        }

        return ValueArray.UnsafeWrap(result);
    }
}
