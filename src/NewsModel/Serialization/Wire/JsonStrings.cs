using System;
using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsModel.Serialization.Wire;

/// <summary>
/// Writes long string values (an article's text, a statement's content) faster than <see cref="Utf8JsonWriter"/>
/// escapes them, with the same bytes: runs of plain ASCII are found with a vectorized search and copied as they are,
/// and only the characters between them are escaped one by one.
/// </summary>
/// <remarks>
/// <para>
/// The writer escapes a string char by char from its first character that needs escaping on, and in news text that
/// is the first line break or quotation mark: about 45,000 instructions for an article of 4,500 characters, a third
/// of all the JSON writing. Here a plain run costs a vectorized search and a copy.
/// </para>
/// <para>
/// Only for the writer's encoder <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/> (the one
/// <see cref="NewsJson"/> uses): which characters it escapes is asked of the encoder itself, and how, of the encoder
/// too, for everything but the escapes JSON defines for ASCII. Anything else (another encoder, a short string, a
/// string with an unpaired surrogate, one too long for the scratch buffer) is left to the writer. A property test
/// holds the two to the same bytes.
/// </para>
/// </remarks>
internal static class JsonStrings
{
    /// <summary>Shorter strings are left to the writer: its per-call overhead is smaller than ours.</summary>
    internal const int MinLength = 48;

    /// <summary>Longer strings are left to the writer, so that the scratch buffer stays small (3 bytes a char).</summary>
    internal const int MaxLength = 1 << 20;

    /// <summary>The characters written as they are: printable ASCII but the quotation mark and the backslash.</summary>
    private static readonly SearchValues<char> s_plain = SearchValues.Create(
        " !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    /// <summary>Writes a property and its string value (or null): the same bytes as <see cref="Utf8JsonWriter.WriteString(JsonEncodedText, string?)"/>.</summary>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is null || value.Length < MinLength || value.Length > MaxLength || !ReferenceEquals(writer.Options.Encoder, JavaScriptEncoder.UnsafeRelaxedJsonEscaping))
        {
            writer.WriteString(name, value);
            return;
        }

        byte[] buffer = ArrayPool<byte>.Shared.Rent((value.Length * 3) + 2);
        try
        {
            if (TryEscape(value, buffer, out int written))
            {
                writer.WritePropertyName(name);
                writer.WriteRawValue(buffer.AsSpan(0, written), skipInputValidation: true);
            }
            else
            {
                writer.WriteString(name, value);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Writes <paramref name="value"/> as a quoted, escaped JSON string into <paramref name="destination"/>; false when
    /// it does not fit or holds an unpaired surrogate (nothing useful is written then).
    /// </summary>
    internal static bool TryEscape(ReadOnlySpan<char> value, Span<byte> destination, out int written)
    {
        JavaScriptEncoder encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        written = 0;
        if (destination.Length < 2)
        {
            return false;
        }

        destination[written++] = (byte)'"';
        Span<char> escaped = stackalloc char[16];
        int i = 0;
        while (i < value.Length)
        {
            int run = value[i..].IndexOfAnyExcept(s_plain);
            if (run < 0)
            {
                run = value.Length - i;
            }

            if (run > 0)
            {
                if (destination.Length - written < run)
                {
                    return false;
                }

                // plain ASCII: one byte a char
                Encoding.ASCII.GetBytes(value.Slice(i, run), destination[written..]);
                written += run;
                i += run;
                continue;
            }

            char c = value[i];
            if (destination.Length - written < 12)
            {
                return false;
            }

            string? shortEscape = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                _ => null,
            };
            if (shortEscape is not null)
            {
                destination[written++] = (byte)shortEscape[0];
                destination[written++] = (byte)shortEscape[1];
                i++;
                continue;
            }

            int length = 1;
            int scalar = c;
            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    return false; // unpaired: the writer's own handling decides
                }

                scalar = char.ConvertToUtf32(c, value[i + 1]);
                length = 2;
            }

            if (encoder.WillEncode(scalar))
            {
                if (encoder.Encode(value.Slice(i, length), escaped, out int consumed, out int escapedLength) != OperationStatus.Done || consumed != length)
                {
                    return false;
                }

                for (int k = 0; k < escapedLength; k++)
                {
                    destination[written++] = (byte)escaped[k]; // an escape is ASCII
                }
            }
            else
            {
                written += new Rune(scalar).EncodeToUtf8(destination[written..]);
            }

            i += length;
        }

        if (destination.Length - written < 1)
        {
            return false;
        }

        destination[written++] = (byte)'"';
        return true;
    }
}
