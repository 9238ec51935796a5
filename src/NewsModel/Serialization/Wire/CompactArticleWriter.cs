using System;
using System.Buffers;
using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace NewsModel.Serialization.Wire;

/// <summary>
/// Writes an <see cref="Article"/> as compact JSON bytes without a <see cref="Utf8JsonWriter"/>: the same bytes as
/// <see cref="ArticleWriter"/> writes through a compact writer with <see cref="System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>
/// (a property test holds the two, and the wire types, to the same bytes).
/// </summary>
/// <remarks>
/// <para>
/// The output's structure is fixed, so the punctuation and the property names are copied as literals, and a string
/// of plain ASCII (most names, ids and kinds) is copied byte by byte. Through the writer every string value paid a
/// check, a transcoding call and the writer's bookkeeping: about 400 instructions for a name of ten characters, and
/// two thirds of the time spent writing an article.
/// </para>
/// <para>
/// A string the escaper cannot write exactly as the writer would (an unpaired surrogate) makes
/// <see cref="TryWrite"/> return false; the caller then writes the whole article through the writer.
/// </para>
/// </remarks>
internal static class CompactArticleWriter
{
    /// <summary>Strings up to this length are checked and copied char by char; longer ones by the vectorized escaper.</summary>
    private const int ShortString = 32;

    /// <summary>
    /// Appends <paramref name="article"/> as one compact JSON object to <paramref name="output"/>; false (with some
    /// bytes appended) when a string holds what only the writer may write.
    /// </summary>
    public static bool TryWrite(Article article, ArrayBufferWriter<byte> output)
    {
        var o = new Output(output);
        o.Literal("{\"schemaVersion\":"u8);
        o.Number(Article.CurrentSchemaVersion);
        o.Literal(",\"id\":"u8);
        bool ok = o.String(article.Id);
        o.Literal(",\"date\":"u8);
        ok &= o.Date(article.Date);
        o.Literal(",\"text\":"u8);
        ok &= o.String(article.Text);
        o.Literal(",\"paragraphs\":"u8);
        o.Spans(article.Paragraphs);

        o.Literal(",\"actors\":["u8);
        bool first = true;
        foreach (Actor a in article.Actors)
        {
            o.Literal(first ? "{\"id\":"u8 : ",{\"id\":"u8);
            first = false;
            ok &= o.String(a.Id);
            o.Literal(",\"kind\":"u8);
            ok &= o.Enum(a.Kind, ArticleWriter.ActorKindNames, WireNames.Of);
            o.Literal(",\"name\":"u8);
            ok &= o.String(a.Name);
            o.Literal(",\"title\":"u8);
            ok &= o.String(a.Title);
            o.Literal(",\"affiliation\":"u8);
            ok &= o.String(a.Affiliation);
            o.Literal(",\"aliases\":"u8);
            ok &= o.Strings(a.Aliases);
            o.Literal(",\"mentions\":"u8);
            o.Spans(a.Mentions);
            o.Byte((byte)'}');
        }

        o.Literal("],\"statements\":["u8);
        first = true;
        foreach (Statement s in article.Statements)
        {
            o.Literal(first ? "{\"id\":"u8 : ",{\"id\":"u8);
            first = false;
            ok &= o.String(s.Id);
            o.Literal(",\"kind\":"u8);
            ok &= o.Enum(s.Kind, ArticleWriter.StatementKindNames, WireNames.Of);
            o.Literal(",\"text\":"u8);
            ok &= o.String(s.Text);
            o.Literal(",\"span\":"u8);
            o.Span(s.Span);
            o.Literal(",\"speakerId\":"u8);
            ok &= o.String(s.SpeakerId);
            o.Literal(",\"speakerSpan\":"u8);
            if (s.SpeakerSpan is { } speaker)
            {
                o.Span(speaker);
            }
            else
            {
                o.Literal("null"u8);
            }

            o.Literal(",\"cue\":"u8);
            ok &= o.String(s.Cue);
            o.Literal(",\"channel\":"u8);
            ok &= o.String(s.Channel);
            o.Literal(",\"date\":"u8);
            ok &= o.Date(s.Date);
            o.Literal(",\"continuesId\":"u8);
            ok &= o.String(s.ContinuesId);
            o.Literal(",\"eventIds\":"u8);
            ok &= o.Strings(s.EventIds);
            o.Byte((byte)'}');
        }

        o.Literal("],\"events\":["u8);
        first = true;
        foreach (Event e in article.Events)
        {
            o.Literal(first ? "{\"id\":"u8 : ",{\"id\":"u8);
            first = false;
            ok &= o.String(e.Id);
            o.Literal(",\"kind\":"u8);
            ok &= o.String(e.Kind);
            o.Literal(",\"span\":"u8);
            o.Span(e.Span);
            o.Literal(",\"mentions\":"u8);
            o.Spans(e.Mentions);
            o.Literal(",\"participantIds\":["u8);
            bool firstParticipant = true;
            foreach (EventParticipant p in e.Participants)
            {
                if (!firstParticipant)
                {
                    o.Byte((byte)',');
                }

                firstParticipant = false;
                ok &= o.String(p.ActorId);
            }

            o.Literal("],\"participants\":["u8);
            firstParticipant = true;
            foreach (EventParticipant p in e.Participants)
            {
                o.Literal(firstParticipant ? "{\"actorId\":"u8 : ",{\"actorId\":"u8);
                firstParticipant = false;
                ok &= o.String(p.ActorId);
                o.Literal(",\"role\":"u8);
                ok &= o.Enum(p.Role, ArticleWriter.RoleNames, WireNames.Of);
                o.Byte((byte)'}');
            }

            o.Literal("],\"place\":"u8);
            ok &= o.String(e.Place);
            o.Literal(",\"placeId\":"u8);
            ok &= o.String(e.PlaceId);
            o.Literal(",\"when\":"u8);
            if (e.When is { } when)
            {
                ok &= DateValue(ref o, when);
            }
            else
            {
                o.Literal("null"u8);
            }

            o.Literal(",\"modality\":"u8);
            ok &= o.Enum(e.Modality, ArticleWriter.ModalityNames, WireNames.Of);
            o.Literal(",\"cameoRoot\":"u8);
            ok &= o.String(e.CameoRoot);
            o.Literal(",\"ploverType\":"u8);
            ok &= o.String(e.PloverType);
            o.Byte((byte)'}');
        }

        o.Literal("],\"embeds\":["u8);
        first = true;
        foreach (Embed e in article.Embeds)
        {
            o.Literal(first ? "{\"kind\":"u8 : ",{\"kind\":"u8);
            first = false;
            ok &= o.Enum(e.Kind, ArticleWriter.EmbedKindNames, WireNames.Of);
            o.Literal(",\"platform\":"u8);
            ok &= o.String(e.Platform);
            o.Literal(",\"author\":"u8);
            ok &= o.String(e.Author);
            o.Literal(",\"handle\":"u8);
            ok &= o.String(e.Handle);
            o.Literal(",\"date\":"u8);
            ok &= o.Date(e.Date);
            o.Literal(",\"span\":"u8);
            o.Span(e.Span);
            o.Literal(",\"links\":"u8);
            ok &= o.Strings(e.Links);
            o.Literal(e.Truncated ? ",\"truncated\":true}"u8 : ",\"truncated\":false}"u8);
        }

        o.Literal("],\"dates\":["u8);
        first = true;
        foreach (TemporalExpression d in article.Dates)
        {
            if (!first)
            {
                o.Byte((byte)',');
            }

            first = false;
            ok &= DateValue(ref o, d);
        }

        o.Literal("]}"u8);
        o.Commit();
        return ok;
    }

    private static bool DateValue(ref Output o, TemporalExpression d)
    {
        o.Literal("{\"span\":"u8);
        o.Span(d.Span);
        o.Literal(",\"text\":"u8);
        bool ok = o.String(d.Text);
        o.Literal(",\"start\":"u8);
        ok &= o.Date(d.Start);
        o.Literal(",\"end\":"u8);
        ok &= o.Date(d.End);
        o.Literal(",\"precision\":"u8);
        ok &= o.Enum(d.Precision, ArticleWriter.PrecisionNames, WireNames.Of);
        o.Literal(",\"anchor\":"u8);
        ok &= o.Enum(d.Anchor, ArticleWriter.AnchorNames, WireNames.Of);
        o.Byte((byte)'}');
        return ok;
    }

    /// <summary>
    /// The free part of the output buffer and how much of it is written: each value asks for the room it may need at
    /// most, and the written bytes are handed to the buffer when it needs to grow and at the end.
    /// </summary>
    private ref struct Output(ArrayBufferWriter<byte> buffer)
    {
        private Span<byte> _free = buffer.GetSpan(4096);
        private int _used;

        public void Commit()
        {
            buffer.Advance(_used);
            _used = 0;
            _free = default;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private Span<byte> Room(int size)
        {
            if (_free.Length - _used < size)
            {
                Grow(size);
            }

            return _free[_used..];
        }

        private void Grow(int size)
        {
            buffer.Advance(_used);
            _used = 0;
            _free = buffer.GetSpan(Math.Max(size, 4096));
        }

        public void Byte(byte b)
        {
            Room(1)[0] = b;
            _used++;
        }

        public void Literal(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(Room(bytes.Length));
            _used += bytes.Length;
        }

        public void Number(int value)
        {
            Utf8Formatter.TryFormat(value, Room(11), out int written);
            _used += written;
        }

        public void Span(TextSpan span)
        {
            // Room first: it may hand the written bytes to the buffer and start a new span (and reset _used)
            Span<byte> json = Room(ArticleWriter.MaxSpanBytes);
            _used += ArticleWriter.FormatSpan(span, json);
        }

        public void Spans(ValueArray<TextSpan> spans)
        {
            Span<byte> json = Room(2 + (spans.Count * (ArticleWriter.MaxSpanBytes + 1)));
            int n = 0;
            json[n++] = (byte)'[';
            foreach (TextSpan span in spans)
            {
                if (n > 1)
                {
                    json[n++] = (byte)',';
                }

                n += ArticleWriter.FormatSpan(span, json[n..]);
            }

            json[n++] = (byte)']';
            _used += n;
        }

        public bool Strings(ValueArray<string> values)
        {
            Byte((byte)'[');
            bool ok = true;
            bool first = true;
            foreach (string value in values)
            {
                if (!first)
                {
                    Byte((byte)',');
                }

                first = false;
                ok &= String(value);
            }

            Byte((byte)']');
            return ok;
        }

        /// <summary>A string value, quoted and escaped as the writer would, or <c>null</c>; false for an unpaired surrogate.</summary>
        public bool String(string? value)
        {
            if (value is null)
            {
                Literal("null"u8);
                return true;
            }

            // room for the worst case (every char a six-byte escape, and the quotation marks), and the escaper's margin
            Span<byte> json = Room((value.Length * 6) + 16);
            if (value.Length <= ShortString)
            {
                json[0] = (byte)'"';
                int k = 0;
                for (; k < value.Length; k++)
                {
                    char c = value[k];
                    if (c is < ' ' or > '~' or '"' or '\\')
                    {
                        break;
                    }

                    json[k + 1] = (byte)c;
                }

                if (k == value.Length)
                {
                    json[k + 1] = (byte)'"';
                    _used += k + 2;
                    return true;
                }
            }

            if (!JsonStrings.TryEscape(value, json, out int written))
            {
                return false;
            }

            _used += written;
            return true;
        }

        public bool Date(LocalDate? date)
        {
            if (date is not { } d)
            {
                Literal("null"u8);
                return true;
            }

            int year = d.Year;
            if (year is < 1 or > 9999 || d.Calendar != CalendarSystem.Iso)
            {
                return String(LocalDatePattern.Iso.Format(d));
            }

            Span<byte> iso = Room(12);
            iso[0] = (byte)'"';
            iso[1] = (byte)('0' + (year / 1000));
            iso[2] = (byte)('0' + (year / 100 % 10));
            iso[3] = (byte)('0' + (year / 10 % 10));
            iso[4] = (byte)('0' + (year % 10));
            iso[5] = (byte)'-';
            iso[6] = (byte)('0' + (d.Month / 10));
            iso[7] = (byte)('0' + (d.Month % 10));
            iso[8] = (byte)'-';
            iso[9] = (byte)('0' + (d.Day / 10));
            iso[10] = (byte)('0' + (d.Day % 10));
            iso[11] = (byte)'"';
            _used += 12;
            return true;
        }

        public bool Enum<T>(T value, JsonEncodedText[] names, Func<T, string> nameOf)
            where T : struct, Enum
        {
            int index = Unsafe.As<T, int>(ref value);
            if ((uint)index < (uint)names.Length && names[index].EncodedUtf8Bytes is { Length: > 0 } name)
            {
                Span<byte> json = Room(name.Length + 2);
                json[0] = (byte)'"';
                name.CopyTo(json[1..]);
                json[name.Length + 1] = (byte)'"';
                _used += name.Length + 2;
                return true;
            }

            return String(nameOf(value));
        }
    }
}
