using System;
using System.Buffers;
using System.Globalization;
using System.Text.Unicode;

namespace NewsModel.Serialization.Wire;

/// <summary>
/// Reads the common shape of a <c>parse --jsonl</c> input record (<c>{"id": "…", "text": "…", "date": "…"}</c>) in one
/// pass, without the serializer: the text of a record is most of its bytes, and the serializer's reader walks a string
/// with an escape in it one byte at a time, then unescapes and transcodes it in a second pass.
/// </summary>
/// <remarks>
/// <para>
/// A fast path, not a second parser: it answers only for records it reads exactly as the serializer would (the same
/// values, or the same rejection), and declines everything else, which then goes to the serializer and its error
/// messages. It reads an object whose members are <c>id</c>, <c>text</c> and <c>date</c> at most once each, every value
/// a string or <c>null</c>, the names unescaped; strings of well-formed UTF-8 with the escapes of RFC 8259 (a
/// <c>\u</c> escape of a surrogate only as a high-low pair). It declines anything else: other members, repeated members,
/// numbers, nesting, invalid UTF-8, an unescaped control character, a lone surrogate, trailing content.
/// </para>
/// <para>Linear time. Stateless and safe to call from many threads.</para>
/// </remarks>
internal static class InputRecordReader
{
    /// <summary>The bytes that end a run of plain string content: the closing quotation mark, an escape, a control character.</summary>
    private static readonly SearchValues<byte> s_stringStops = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"u8);

    /// <summary>Reads <paramref name="json"/> into <paramref name="record"/> when it has the common shape; false to let the serializer read it.</summary>
    /// <param name="json">One record's UTF-8 bytes.</param>
    /// <param name="record">The record, when the answer is true.</param>
    public static bool TryRead(ReadOnlySpan<byte> json, out ArticleInputDto? record)
    {
        record = null;
        int i = SkipWhiteSpace(json, 0);
        if (i >= json.Length || json[i] != (byte)'{')
        {
            return false;
        }

        string? id = null;
        string? text = null;
        string? date = null;
        int seen = 0; // one bit per member
        i = SkipWhiteSpace(json, i + 1);
        if (i < json.Length && json[i] == (byte)'}')
        {
            return End(json, i, new ArticleInputDto(), out record);
        }

        while (true)
        {
            if (i >= json.Length || json[i] != (byte)'"')
            {
                return false;
            }

            int nameStart = i + 1;
            int nameLength = json[nameStart..].IndexOfAny(s_stringStops);
            if (nameLength < 0 || json[nameStart + nameLength] != (byte)'"')
            {
                return false;
            }

            ReadOnlySpan<byte> name = json.Slice(nameStart, nameLength);
            int member = name.SequenceEqual("text"u8) ? 1 : name.SequenceEqual("id"u8) ? 2 : name.SequenceEqual("date"u8) ? 4 : 0;
            if (member == 0 || (seen & member) != 0)
            {
                return false;
            }

            seen |= member;
            i = SkipWhiteSpace(json, nameStart + nameLength + 1);
            if (i >= json.Length || json[i] != (byte)':')
            {
                return false;
            }

            i = SkipWhiteSpace(json, i + 1);
            string? value;
            if (json[i..].StartsWith("null"u8))
            {
                value = null;
                i += 4;
            }
            else if (i < json.Length && json[i] == (byte)'"')
            {
                if (!TryReadString(json, ref i, out value))
                {
                    return false;
                }
            }
            else
            {
                return false;
            }

            switch (member)
            {
                case 1:
                    text = value;
                    break;
                case 2:
                    id = value;
                    break;
                default:
                    date = value;
                    break;
            }

            i = SkipWhiteSpace(json, i);
            if (i >= json.Length)
            {
                return false;
            }

            if (json[i] == (byte)'}')
            {
                return End(json, i, new ArticleInputDto { Id = id, Text = text, Date = date }, out record);
            }

            if (json[i] != (byte)',')
            {
                return false;
            }

            i = SkipWhiteSpace(json, i + 1);
        }
    }

    /// <summary>Accepts the object closed at <paramref name="close"/> when nothing but white space follows it.</summary>
    private static bool End(ReadOnlySpan<byte> json, int close, ArticleInputDto read, out ArticleInputDto? record)
    {
        bool end = SkipWhiteSpace(json, close + 1) == json.Length;
        record = end ? read : null;
        return end;
    }

    private static int SkipWhiteSpace(ReadOnlySpan<byte> json, int i)
    {
        while (i < json.Length && json[i] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            i++;
        }

        return i;
    }

    /// <summary>Reads the string whose opening quotation mark is at <paramref name="i"/>, leaving <paramref name="i"/> past its closing one.</summary>
    private static bool TryReadString(ReadOnlySpan<byte> json, ref int i, out string? value)
    {
        value = null;
        int start = i + 1;
        ReadOnlySpan<byte> rest = json[start..];

        // at most one UTF-16 code unit per byte: a run of UTF-8 never grows, an escape of 2 or 6 bytes gives 1 or 2 units
        char[]? rented = null;
        Span<char> buffer = rest.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(rest.Length));
        try
        {
            int written = 0;
            int k = 0;
            while (true)
            {
                int run = rest[k..].IndexOfAny(s_stringStops);
                if (run < 0)
                {
                    return false;
                }

                if (run > 0)
                {
                    if (Utf8.ToUtf16(rest.Slice(k, run), buffer[written..], out _, out int units, replaceInvalidSequences: false, isFinalBlock: true) != OperationStatus.Done)
                    {
                        return false; // invalid UTF-8 (a run ends at an ASCII byte, never inside a well-formed sequence)
                    }

                    written += units;
                    k += run;
                }

                byte stop = rest[k];
                if (stop == (byte)'"')
                {
                    value = new string(buffer[..written]);
                    i = start + k + 1;
                    return true;
                }

                if (stop != (byte)'\\' || k + 1 >= rest.Length)
                {
                    return false; // an unescaped control character, or the input ends
                }

                char unit;
                switch (rest[k + 1])
                {
                    case (byte)'"': unit = '"'; break;
                    case (byte)'\\': unit = '\\'; break;
                    case (byte)'/': unit = '/'; break;
                    case (byte)'b': unit = '\b'; break;
                    case (byte)'f': unit = '\f'; break;
                    case (byte)'n': unit = '\n'; break;
                    case (byte)'r': unit = '\r'; break;
                    case (byte)'t': unit = '\t'; break;
                    case (byte)'u':
                        if (!TryHex(rest, k + 2, out unit))
                        {
                            return false;
                        }

                        if (char.IsLowSurrogate(unit))
                        {
                            return false;
                        }

                        if (char.IsHighSurrogate(unit))
                        {
                            // only a pair: "\uD83D\uDE00"
                            if (k + 12 > rest.Length || rest[k + 6] != (byte)'\\' || rest[k + 7] != (byte)'u'
                                || !TryHex(rest, k + 8, out char low) || !char.IsLowSurrogate(low))
                            {
                                return false;
                            }

                            buffer[written++] = unit;
                            buffer[written++] = low;
                            k += 12;
                            continue;
                        }

                        buffer[written++] = unit;
                        k += 6;
                        continue;
                    default:
                        return false;
                }

                buffer[written++] = unit;
                k += 2;
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The UTF-16 code unit written as four hexadecimal digits at <paramref name="at"/>.</summary>
    private static bool TryHex(ReadOnlySpan<byte> bytes, int at, out char unit)
    {
        unit = '\0';
        if (at + 4 > bytes.Length || !ushort.TryParse(bytes.Slice(at, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ushort value))
        {
            return false;
        }

        unit = (char)value;
        return true;
    }
}
