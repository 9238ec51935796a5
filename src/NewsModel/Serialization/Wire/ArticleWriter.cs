using System;
using System.Buffers;
using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace NewsModel.Serialization.Wire;

/// <summary>
/// Writes an <see cref="Article"/> straight to a <see cref="Utf8JsonWriter"/>: the same tokens, in the same order, as
/// the source-generated serializer writes for <see cref="ArticleMapper.ToWire(Article)"/>'s <see cref="ArticleDto"/> (a test
/// holds the two to the same bytes), without building the wire objects first.
/// </summary>
/// <remarks>
/// Writing an article was about a quarter mapping (a wire object for every span, list and date) and a quarter the
/// serializer's per-object overhead; the escaping and the UTF-8 transcoding of the strings, the rest, are the
/// writer's and stay as they were.
/// </remarks>
internal static class ArticleWriter
{
    // the enums' names, encoded once: writing one is a copy (the writer checks and transcodes a string on every call)
    internal static readonly JsonEncodedText[] ActorKindNames = EncodeAll<ActorKind>(WireNames.Of);
    internal static readonly JsonEncodedText[] StatementKindNames = EncodeAll<StatementKind>(WireNames.Of);
    internal static readonly JsonEncodedText[] RoleNames = EncodeAll<ParticipantRole>(WireNames.Of);
    internal static readonly JsonEncodedText[] ModalityNames = EncodeAll<EventModality>(WireNames.Of);
    internal static readonly JsonEncodedText[] EmbedKindNames = EncodeAll<EmbedKind>(WireNames.Of);
    internal static readonly JsonEncodedText[] PrecisionNames = EncodeAll<DatePrecision>(WireNames.Of);
    internal static readonly JsonEncodedText[] AnchorNames = EncodeAll<DateAnchor>(WireNames.Of);

    private static readonly JsonEncodedText s_schemaVersion = JsonEncodedText.Encode("schemaVersion");
    private static readonly JsonEncodedText s_id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText s_date = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText s_text = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText s_paragraphs = JsonEncodedText.Encode("paragraphs");
    private static readonly JsonEncodedText s_actors = JsonEncodedText.Encode("actors");
    private static readonly JsonEncodedText s_statements = JsonEncodedText.Encode("statements");
    private static readonly JsonEncodedText s_events = JsonEncodedText.Encode("events");
    private static readonly JsonEncodedText s_embeds = JsonEncodedText.Encode("embeds");
    private static readonly JsonEncodedText s_dates = JsonEncodedText.Encode("dates");
    private static readonly JsonEncodedText s_start = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText s_length = JsonEncodedText.Encode("length");
    private static readonly JsonEncodedText s_kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText s_name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText s_title = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText s_affiliation = JsonEncodedText.Encode("affiliation");
    private static readonly JsonEncodedText s_aliases = JsonEncodedText.Encode("aliases");
    private static readonly JsonEncodedText s_mentions = JsonEncodedText.Encode("mentions");
    private static readonly JsonEncodedText s_span = JsonEncodedText.Encode("span");
    private static readonly JsonEncodedText s_speakerId = JsonEncodedText.Encode("speakerId");
    private static readonly JsonEncodedText s_speakerSpan = JsonEncodedText.Encode("speakerSpan");
    private static readonly JsonEncodedText s_cue = JsonEncodedText.Encode("cue");
    private static readonly JsonEncodedText s_channel = JsonEncodedText.Encode("channel");
    private static readonly JsonEncodedText s_continuesId = JsonEncodedText.Encode("continuesId");
    private static readonly JsonEncodedText s_eventIds = JsonEncodedText.Encode("eventIds");
    private static readonly JsonEncodedText s_participantIds = JsonEncodedText.Encode("participantIds");
    private static readonly JsonEncodedText s_participants = JsonEncodedText.Encode("participants");
    private static readonly JsonEncodedText s_actorId = JsonEncodedText.Encode("actorId");
    private static readonly JsonEncodedText s_role = JsonEncodedText.Encode("role");
    private static readonly JsonEncodedText s_place = JsonEncodedText.Encode("place");
    private static readonly JsonEncodedText s_placeId = JsonEncodedText.Encode("placeId");
    private static readonly JsonEncodedText s_when = JsonEncodedText.Encode("when");
    private static readonly JsonEncodedText s_modality = JsonEncodedText.Encode("modality");
    private static readonly JsonEncodedText s_cameoRoot = JsonEncodedText.Encode("cameoRoot");
    private static readonly JsonEncodedText s_ploverType = JsonEncodedText.Encode("ploverType");
    private static readonly JsonEncodedText s_platform = JsonEncodedText.Encode("platform");
    private static readonly JsonEncodedText s_author = JsonEncodedText.Encode("author");
    private static readonly JsonEncodedText s_handle = JsonEncodedText.Encode("handle");
    private static readonly JsonEncodedText s_links = JsonEncodedText.Encode("links");
    private static readonly JsonEncodedText s_truncated = JsonEncodedText.Encode("truncated");
    private static readonly JsonEncodedText s_end = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText s_precision = JsonEncodedText.Encode("precision");
    private static readonly JsonEncodedText s_anchor = JsonEncodedText.Encode("anchor");

    /// <summary>Writes <paramref name="article"/> as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, Article article)
    {
        writer.WriteStartObject();
        writer.WriteNumber(s_schemaVersion, Article.CurrentSchemaVersion);
        writer.WriteString(s_id, article.Id);
        WriteDate(writer, s_date, article.Date);
        JsonStrings.Write(writer, s_text, article.Text);
        WriteSpans(writer, s_paragraphs, article.Paragraphs);

        writer.WriteStartArray(s_actors);
        foreach (Actor a in article.Actors)
        {
            writer.WriteStartObject();
            writer.WriteString(s_id, a.Id);
            WriteEnum(writer, s_kind, ActorKindNames, a.Kind, WireNames.Of);
            writer.WriteString(s_name, a.Name);
            writer.WriteString(s_title, a.Title);
            writer.WriteString(s_affiliation, a.Affiliation);
            WriteStrings(writer, s_aliases, a.Aliases);
            WriteSpans(writer, s_mentions, a.Mentions);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray(s_statements);
        foreach (Statement s in article.Statements)
        {
            writer.WriteStartObject();
            writer.WriteString(s_id, s.Id);
            WriteEnum(writer, s_kind, StatementKindNames, s.Kind, WireNames.Of);
            JsonStrings.Write(writer, s_text, s.Text);
            writer.WritePropertyName(s_span);
            WriteSpan(writer, s.Span);
            writer.WriteString(s_speakerId, s.SpeakerId);
            writer.WritePropertyName(s_speakerSpan);
            if (s.SpeakerSpan is { } speaker)
            {
                WriteSpan(writer, speaker);
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WriteString(s_cue, s.Cue);
            writer.WriteString(s_channel, s.Channel);
            WriteDate(writer, s_date, s.Date);
            writer.WriteString(s_continuesId, s.ContinuesId);
            WriteStrings(writer, s_eventIds, s.EventIds);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray(s_events);
        foreach (Event e in article.Events)
        {
            writer.WriteStartObject();
            writer.WriteString(s_id, e.Id);
            writer.WriteString(s_kind, e.Kind);
            writer.WritePropertyName(s_span);
            WriteSpan(writer, e.Span);
            WriteSpans(writer, s_mentions, e.Mentions);
            writer.WriteStartArray(s_participantIds);
            foreach (EventParticipant p in e.Participants)
            {
                writer.WriteStringValue(p.ActorId);
            }

            writer.WriteEndArray();
            writer.WriteStartArray(s_participants);
            foreach (EventParticipant p in e.Participants)
            {
                writer.WriteStartObject();
                writer.WriteString(s_actorId, p.ActorId);
                WriteEnum(writer, s_role, RoleNames, p.Role, WireNames.Of);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteString(s_place, e.Place);
            writer.WriteString(s_placeId, e.PlaceId);
            writer.WritePropertyName(s_when);
            if (e.When is { } when)
            {
                WriteDateValue(writer, when);
            }
            else
            {
                writer.WriteNullValue();
            }

            WriteEnum(writer, s_modality, ModalityNames, e.Modality, WireNames.Of);
            writer.WriteString(s_cameoRoot, e.CameoRoot);
            writer.WriteString(s_ploverType, e.PloverType);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray(s_embeds);
        foreach (Embed e in article.Embeds)
        {
            writer.WriteStartObject();
            WriteEnum(writer, s_kind, EmbedKindNames, e.Kind, WireNames.Of);
            writer.WriteString(s_platform, e.Platform);
            writer.WriteString(s_author, e.Author);
            writer.WriteString(s_handle, e.Handle);
            WriteDate(writer, s_date, e.Date);
            writer.WritePropertyName(s_span);
            WriteSpan(writer, e.Span);
            WriteStrings(writer, s_links, e.Links);
            writer.WriteBoolean(s_truncated, e.Truncated);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray(s_dates);
        foreach (TemporalExpression d in article.Dates)
        {
            WriteDateValue(writer, d);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteDateValue(Utf8JsonWriter writer, TemporalExpression d)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(s_span);
        WriteSpan(writer, d.Span);
        writer.WriteString(s_text, d.Text);
        WriteDate(writer, s_start, d.Start);
        WriteDate(writer, s_end, d.End);
        WriteEnum(writer, s_precision, PrecisionNames, d.Precision, WireNames.Of);
        WriteEnum(writer, s_anchor, AnchorNames, d.Anchor, WireNames.Of);
        writer.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter writer, TextSpan span)
    {
        if (!writer.Options.Indented)
        {
            Span<byte> json = stackalloc byte[MaxSpanBytes];
            writer.WriteRawValue(json[..FormatSpan(span, json)], skipInputValidation: true);
            return;
        }

        writer.WriteStartObject();
        writer.WriteNumber(s_start, span.Start);
        writer.WriteNumber(s_length, span.Length);
        writer.WriteEndObject();
    }

    /// <summary>
    /// A list of spans. Compact, the most frequent objects of the output (every mention of every actor) are formatted
    /// here and the whole array written as one raw value; indented, token by token.
    /// </summary>
    private static void WriteSpans(Utf8JsonWriter writer, JsonEncodedText name, ValueArray<TextSpan> spans)
    {
        if (!writer.Options.Indented)
        {
            int size = 2 + (spans.Count * (MaxSpanBytes + 1));
            byte[]? rented = size > 512 ? ArrayPool<byte>.Shared.Rent(size) : null;
            Span<byte> json = rented is null ? stackalloc byte[512] : rented;
            int n = 0;
            json[n++] = (byte)'[';
            foreach (TextSpan span in spans)
            {
                if (n > 1)
                {
                    json[n++] = (byte)',';
                }

                n += FormatSpan(span, json[n..]);
            }

            json[n++] = (byte)']';
            writer.WritePropertyName(name);
            writer.WriteRawValue(json[..n], skipInputValidation: true);
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }

            return;
        }

        writer.WriteStartArray(name);
        foreach (TextSpan span in spans)
        {
            WriteSpan(writer, span);
        }

        writer.WriteEndArray();
    }

    /// <summary>The longest span object: <c>{"start":2147483647,"length":2147483647}</c>.</summary>
    internal const int MaxSpanBytes = 41;

    /// <summary>Formats <c>{"start":n,"length":n}</c>, as the writer writes it compact, and returns its length.</summary>
    /// <remarks>
    /// The numbers are written here, not by <see cref="Utf8Formatter"/>: a span's start and length are never negative,
    /// and this is the most frequent object of the output (its general formatter cost most of the time of writing one).
    /// </remarks>
    internal static int FormatSpan(TextSpan span, Span<byte> json)
    {
        "{\"start\":"u8.CopyTo(json);
        int n = 9 + FormatNonNegative((uint)span.Start, json[9..]);
        ",\"length\":"u8.CopyTo(json[n..]);
        n += 10;
        n += FormatNonNegative((uint)span.Length, json[n..]);
        json[n++] = (byte)'}';
        return n;
    }

    /// <summary>Writes <paramref name="value"/> in decimal ASCII digits, as <see cref="Utf8Formatter"/> does, and returns how many.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int FormatNonNegative(uint value, Span<byte> json)
    {
        int digits = value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : value < 10000 ? 4 : value < 100000 ? 5
            : value < 1000000 ? 6 : value < 10000000 ? 7 : value < 100000000 ? 8 : value < 1000000000 ? 9 : 10;
        Span<byte> target = json[..digits];
        ReadOnlySpan<byte> pairs = DigitPairs;
        int i = digits;
        while (value >= 100)
        {
            uint quotient = value / 100;
            int pair = (int)(value - (quotient * 100)) * 2;
            target[--i] = pairs[pair + 1];
            target[--i] = pairs[pair];
            value = quotient;
        }

        if (value >= 10)
        {
            target[1] = pairs[((int)value * 2) + 1];
            target[0] = pairs[(int)value * 2];
        }
        else
        {
            target[0] = (byte)('0' + value);
        }

        return digits;
    }

    /// <summary>"00" to "99": two digits at a time.</summary>
    private static ReadOnlySpan<byte> DigitPairs =>
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;

    private static void WriteStrings(Utf8JsonWriter writer, JsonEncodedText name, ValueArray<string> values)
    {
        writer.WriteStartArray(name);
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// A date as <see cref="ArticleMapper"/> writes it (<see cref="LocalDatePattern.Iso"/>, <c>uuuu-MM-dd</c>): ISO
    /// calendar dates of years 1 to 9999 are formatted here, without a string; anything else by the pattern.
    /// </summary>
    private static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, LocalDate? date)
    {
        if (date is not { } d)
        {
            writer.WriteNull(name);
            return;
        }

        int year = d.Year;
        if (year is < 1 or > 9999 || d.Calendar != CalendarSystem.Iso)
        {
            writer.WriteString(name, LocalDatePattern.Iso.Format(d));
            return;
        }

        Span<byte> iso = stackalloc byte[10];
        iso[0] = (byte)('0' + (year / 1000));
        iso[1] = (byte)('0' + (year / 100 % 10));
        iso[2] = (byte)('0' + (year / 10 % 10));
        iso[3] = (byte)('0' + (year % 10));
        iso[4] = (byte)'-';
        iso[5] = (byte)('0' + (d.Month / 10));
        iso[6] = (byte)('0' + (d.Month % 10));
        iso[7] = (byte)'-';
        iso[8] = (byte)('0' + (d.Day / 10));
        iso[9] = (byte)('0' + (d.Day % 10));
        writer.WriteString(name, iso);
    }

    /// <summary>Every defined value's wire name, encoded, at the index of the value (all these enums are small and int-based).</summary>
    private static JsonEncodedText[] EncodeAll<T>(Func<T, string> nameOf)
        where T : struct, Enum
    {
        T[] values = Enum.GetValues<T>();
        int max = 0;
        foreach (T value in values)
        {
            max = Math.Max(max, Unsafe.As<T, int>(ref Unsafe.AsRef(in value)));
        }

        var names = new JsonEncodedText[max + 1];
        foreach (T value in values)
        {
            names[Unsafe.As<T, int>(ref Unsafe.AsRef(in value))] = JsonEncodedText.Encode(nameOf(value), JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        }

        return names;
    }

    /// <summary>Writes an enum's wire name from <paramref name="names"/>; a value without one there (undefined) by <paramref name="nameOf"/>.</summary>
    private static void WriteEnum<T>(Utf8JsonWriter writer, JsonEncodedText property, JsonEncodedText[] names, T value, Func<T, string> nameOf)
        where T : struct, Enum
    {
        int index = Unsafe.As<T, int>(ref value);
        if ((uint)index < (uint)names.Length && names[index].EncodedUtf8Bytes.Length > 0)
        {
            writer.WriteString(property, names[index]);
        }
        else
        {
            writer.WriteString(property, nameOf(value));
        }
    }
}
