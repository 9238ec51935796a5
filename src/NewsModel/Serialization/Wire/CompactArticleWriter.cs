using System;
using System.Buffers;
using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
        bool ok = o.String(",\"id\":"u8, article.Id);
        ok &= o.Date(",\"date\":"u8, article.Date);
        ok &= o.String(",\"text\":"u8, article.Text);
        o.Spans(",\"paragraphs\":"u8, article.Paragraphs);

        o.Literal(",\"actors\":["u8);
        bool first = true;
        foreach (Actor a in article.Actors)
        {
            ok &= o.String(first ? "{\"id\":"u8 : ",{\"id\":"u8, a.Id);
            first = false;
            ok &= o.Enum(",\"kind\":"u8, a.Kind, ArticleWriter.ActorKindNames, WireNames.Of);
            ok &= o.String(",\"name\":"u8, a.Name);
            ok &= o.String(",\"title\":"u8, a.Title);
            ok &= o.String(",\"affiliation\":"u8, a.Affiliation);
            ok &= o.Strings(",\"aliases\":"u8, a.Aliases);
            o.Spans(",\"mentions\":"u8, a.Mentions);
            o.Byte((byte)'}');
        }

        o.Literal("],\"statements\":["u8);
        first = true;
        foreach (Statement s in article.Statements)
        {
            ok &= o.String(first ? "{\"id\":"u8 : ",{\"id\":"u8, s.Id);
            first = false;
            ok &= o.Enum(",\"kind\":"u8, s.Kind, ArticleWriter.StatementKindNames, WireNames.Of);
            ok &= o.String(",\"text\":"u8, s.Text);
            o.Span(",\"span\":"u8, s.Span);
            ok &= o.String(",\"speakerId\":"u8, s.SpeakerId);
            o.Span(",\"speakerSpan\":"u8, s.SpeakerSpan);
            ok &= o.String(",\"cue\":"u8, s.Cue);
            ok &= o.String(",\"channel\":"u8, s.Channel);
            ok &= o.Date(",\"date\":"u8, s.Date);
            ok &= o.String(",\"continuesId\":"u8, s.ContinuesId);
            ok &= o.Strings(",\"eventIds\":"u8, s.EventIds);
            o.Byte((byte)'}');
        }

        o.Literal("],\"events\":["u8);
        first = true;
        foreach (Event e in article.Events)
        {
            ok &= o.String(first ? "{\"id\":"u8 : ",{\"id\":"u8, e.Id);
            first = false;
            ok &= o.String(",\"kind\":"u8, e.Kind);
            o.Span(",\"span\":"u8, e.Span);
            o.Spans(",\"mentions\":"u8, e.Mentions);
            o.Literal(",\"participantIds\":["u8);
            bool firstParticipant = true;
            foreach (EventParticipant p in e.Participants)
            {
                ok &= o.String(firstParticipant ? ""u8 : ","u8, p.ActorId);
                firstParticipant = false;
            }

            o.Literal("],\"participants\":["u8);
            firstParticipant = true;
            foreach (EventParticipant p in e.Participants)
            {
                ok &= o.String(firstParticipant ? "{\"actorId\":"u8 : ",{\"actorId\":"u8, p.ActorId);
                firstParticipant = false;
                ok &= o.Enum(",\"role\":"u8, p.Role, ArticleWriter.RoleNames, WireNames.Of);
                o.Byte((byte)'}');
            }

            ok &= o.String("],\"place\":"u8, e.Place);
            ok &= o.String(",\"placeId\":"u8, e.PlaceId);
            o.Literal(",\"when\":"u8);
            if (e.When is { } when)
            {
                ok &= DateValue(ref o, when);
            }
            else
            {
                o.Literal("null"u8);
            }

            ok &= o.Enum(",\"modality\":"u8, e.Modality, ArticleWriter.ModalityNames, WireNames.Of);
            ok &= o.String(",\"cameoRoot\":"u8, e.CameoRoot);
            ok &= o.String(",\"ploverType\":"u8, e.PloverType);
            o.Byte((byte)'}');
        }

        o.Literal("],\"embeds\":["u8);
        first = true;
        foreach (Embed e in article.Embeds)
        {
            ok &= o.Enum(first ? "{\"kind\":"u8 : ",{\"kind\":"u8, e.Kind, ArticleWriter.EmbedKindNames, WireNames.Of);
            first = false;
            ok &= o.String(",\"platform\":"u8, e.Platform);
            ok &= o.String(",\"author\":"u8, e.Author);
            ok &= o.String(",\"handle\":"u8, e.Handle);
            ok &= o.Date(",\"date\":"u8, e.Date);
            o.Span(",\"span\":"u8, e.Span);
            ok &= o.Strings(",\"links\":"u8, e.Links);
            o.Literal(e.Truncated ? ",\"truncated\":true}"u8 : ",\"truncated\":false}"u8);
        }

        o.Literal("],\"dates\":["u8);
        first = true;
        foreach (TemporalExpression d in article.Dates)
        {
            o.Literal(first ? ""u8 : ","u8);
            first = false;
            ok &= DateValue(ref o, d);
        }

        o.Literal("]}"u8);
        o.Commit();
        return ok;
    }

    private static bool DateValue(ref Output o, TemporalExpression d)
    {
        o.Span("{\"span\":"u8, d.Span);
        bool ok = o.String(",\"text\":"u8, d.Text);
        ok &= o.Date(",\"start\":"u8, d.Start);
        ok &= o.Date(",\"end\":"u8, d.End);
        ok &= o.Enum(",\"precision\":"u8, d.Precision, ArticleWriter.PrecisionNames, WireNames.Of);
        ok &= o.Enum(",\"anchor\":"u8, d.Anchor, ArticleWriter.AnchorNames, WireNames.Of);
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

        /// <remarks>Inlined: the callers pass UTF-8 literals, whose copy the compiler unrolls for their known length.</remarks>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
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

        /// <summary>A property (<paramref name="name"/> holds what comes before the value) and its span, or <c>null</c>.</summary>
        public void Span(ReadOnlySpan<byte> name, TextSpan? span)
        {
            Literal(name);
            if (span is { } value)
            {
                Span(value);
            }
            else
            {
                Literal("null"u8);
            }
        }

        /// <summary>A property and its list of spans.</summary>
        public void Spans(ReadOnlySpan<byte> name, ValueArray<TextSpan> spans)
        {
            Literal(name);
            Spans(spans);
        }

        /// <summary>A property and its list of strings; false for an unpaired surrogate.</summary>
        public bool Strings(ReadOnlySpan<byte> name, ValueArray<string> values)
        {
            Literal(name);
            return Strings(values);
        }

        /// <summary>A property and its string value (or <c>null</c>); false for an unpaired surrogate.</summary>
        public bool String(ReadOnlySpan<byte> name, string? value)
        {
            Literal(name);
            return String(value);
        }

        /// <summary>A property and its date (or <c>null</c>).</summary>
        public bool Date(ReadOnlySpan<byte> name, LocalDate? value)
        {
            Literal(name);
            return Date(value);
        }

        /// <summary>A property and an enum's wire name.</summary>
        public bool Enum<T>(ReadOnlySpan<byte> name, T value, JsonEncodedText[] names, Func<T, string> nameOf)
            where T : struct, Enum
        {
            Literal(name);
            return Enum(value, names, nameOf);
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
                if (Vector128.IsHardwareAccelerated)
                {
                    // eight chars at a time while all are printable ASCII but '"' and '\\'; a vector with another stops
                    // here, and the loop below finds that char
                    ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(value.AsSpan()));
                    for (; k + 8 <= value.Length; k += 8)
                    {
                        Vector128<ushort> v = Vector128.LoadUnsafe(ref chars, (nuint)k);
                        Vector128<ushort> special = Vector128.LessThan(v, Vector128.Create((ushort)' '))
                            | Vector128.GreaterThan(v, Vector128.Create((ushort)'~'))
                            | Vector128.Equals(v, Vector128.Create((ushort)'"'))
                            | Vector128.Equals(v, Vector128.Create((ushort)'\\'));
                        if (special != Vector128<ushort>.Zero)
                        {
                            break;
                        }

                        Unsafe.WriteUnaligned(ref json[k + 1], Vector128.Narrow(v, v).AsUInt64().ToScalar());
                    }
                }

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
