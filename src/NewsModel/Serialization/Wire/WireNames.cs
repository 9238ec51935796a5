namespace NewsModel.Serialization.Wire;

/// <summary>The lower-case JSON names of the model's enums, both ways (explicit, so no reflection is needed).</summary>
internal static class WireNames
{
    public static string Of(ActorKind kind) => kind switch
    {
        ActorKind.Person => "person",
        ActorKind.Organization => "organization",
        ActorKind.Country => "country",
        ActorKind.Place => "place",
        _ => "group",
    };

    public static bool TryParse(string? name, out ActorKind kind)
    {
        (bool ok, kind) = name switch
        {
            "person" => (true, ActorKind.Person),
            "organization" => (true, ActorKind.Organization),
            "country" => (true, ActorKind.Country),
            "place" => (true, ActorKind.Place),
            "group" => (true, ActorKind.Group),
            _ => (false, default),
        };
        return ok;
    }

    public static string Of(StatementKind kind) => kind switch
    {
        StatementKind.Direct => "direct",
        StatementKind.Partial => "partial",
        StatementKind.Indirect => "indirect",
        _ => "post",
    };

    public static bool TryParse(string? name, out StatementKind kind)
    {
        (bool ok, kind) = name switch
        {
            "direct" => (true, StatementKind.Direct),
            "partial" => (true, StatementKind.Partial),
            "indirect" => (true, StatementKind.Indirect),
            "post" => (true, StatementKind.Post),
            _ => (false, default),
        };
        return ok;
    }

    public static string Of(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Week => "week",
        DatePrecision.Month => "month",
        DatePrecision.Quarter => "quarter",
        DatePrecision.Year => "year",
        DatePrecision.Decade => "decade",
        _ => "unknown",
    };

    public static bool TryParse(string? name, out DatePrecision precision)
    {
        (bool ok, precision) = name switch
        {
            "day" => (true, DatePrecision.Day),
            "week" => (true, DatePrecision.Week),
            "month" => (true, DatePrecision.Month),
            "quarter" => (true, DatePrecision.Quarter),
            "year" => (true, DatePrecision.Year),
            "decade" => (true, DatePrecision.Decade),
            "unknown" => (true, DatePrecision.Unknown),
            _ => (false, default),
        };
        return ok;
    }

    public static string Of(DateAnchor anchor) => anchor switch
    {
        DateAnchor.Dateline => "dateline",
        DateAnchor.Post => "post",
        DateAnchor.Text => "text",
        _ => "none",
    };

    public static bool TryParse(string? name, out DateAnchor anchor)
    {
        (bool ok, anchor) = name switch
        {
            "dateline" => (true, DateAnchor.Dateline),
            "post" => (true, DateAnchor.Post),
            "text" => (true, DateAnchor.Text),
            "none" => (true, DateAnchor.None),
            _ => (false, default),
        };
        return ok;
    }

    public static string Of(EmbedKind kind) => kind switch
    {
        _ => "post",
    };

    public static bool TryParse(string? name, out EmbedKind kind)
    {
        kind = EmbedKind.Post;
        return name == "post";
    }

    public static string Of(ParticipantRole role) => role switch
    {
        ParticipantRole.Agent => "agent",
        ParticipantRole.Target => "target",
        ParticipantRole.Attendee => "attendee",
        _ => "participant",
    };

    public static bool TryParse(string? name, out ParticipantRole role)
    {
        (bool ok, role) = name switch
        {
            "participant" => (true, ParticipantRole.Participant),
            "agent" => (true, ParticipantRole.Agent),
            "target" => (true, ParticipantRole.Target),
            "attendee" => (true, ParticipantRole.Attendee),
            _ => (false, default),
        };
        return ok;
    }

    public static string Of(EventModality modality) => modality switch
    {
        EventModality.Planned => "planned",
        EventModality.Hypothetical => "hypothetical",
        EventModality.Negated => "negated",
        _ => "happened",
    };

    public static bool TryParse(string? name, out EventModality modality)
    {
        (bool ok, modality) = name switch
        {
            "happened" => (true, EventModality.Happened),
            "planned" => (true, EventModality.Planned),
            "hypothetical" => (true, EventModality.Hypothetical),
            "negated" => (true, EventModality.Negated),
            _ => (false, default),
        };
        return ok;
    }
}
