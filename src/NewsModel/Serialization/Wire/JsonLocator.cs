using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using System.Text.Json;

namespace NewsModel.Serialization.Wire;

/// <summary>
/// Finds where a JSON path (<c>$.actors[2].mentions[0]</c>) stands in a UTF-8 document, so that an error found after
/// deserialization can still name its line. Runs only on the error path.
/// </summary>
internal static class JsonLocator
{
    private struct Frame
    {
        public bool IsArray;
        public int Index;
        public string? Property;
    }

    /// <summary>The zero-based line and byte position of the value at <paramref name="path"/>, or the document start.</summary>
    public static (long Line, long BytePosition) Locate(ReadOnlySpan<byte> json, string path)
    {
        long offset = FindOffset(json, path);
        if (offset < 0)
        {
            offset = 0;
        }

        ReadOnlySpan<byte> before = json[..(int)offset];
        int line = before.Count((byte)'\n');
        int lastNewline = before.LastIndexOf((byte)'\n');
        return (line, offset - (lastNewline + 1));
    }

    private static long FindOffset(ReadOnlySpan<byte> json, string path)
    {
        List<Frame> frames = [];
        Utf8JsonReader reader = new(json, new JsonReaderOptions { MaxDepth = 256 });
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        Frame top = frames[^1];
                        top.Property = NameOf(ref reader);
                        frames[^1] = top;
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        continue;
                    case JsonTokenType.Comment:
                        continue;
                }

                if (frames.Count > 0 && frames[^1].IsArray)
                {
                    Frame array = frames[^1];
                    array.Index++;
                    frames[^1] = array;
                }

                if (string.Equals(PathOf(frames), path, StringComparison.Ordinal))
                {
                    return reader.TokenStartIndex;
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Add(new Frame { IsArray = reader.TokenType == JsonTokenType.StartArray, Index = -1 });
                }
            }
        }
        catch (JsonException)
        {
            // The document was readable by the serializer, so this should not happen; fall back to the start.
        }

        return -1;
    }

    /// <summary>
    /// The name of the property the reader stands on, or null when the name is not text. The serializer skips an
    /// unknown property without decoding its name, so a document it accepted can still have a name made of bytes
    /// that are not UTF-8 or of an escaped lone surrogate; <see cref="Utf8JsonReader.GetString"/> refuses both with
    /// an <see cref="InvalidOperationException"/>. Such a name is part of no path the mapper reports.
    /// </summary>
    private static string? NameOf(ref Utf8JsonReader reader)
    {
        if (!Utf8.IsValid(reader.ValueSpan))
        {
            return null;
        }

        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The path of the current value, or null when it lies under a property whose name is not text.</summary>
    private static string? PathOf(List<Frame> frames)
    {
        StringBuilder builder = new("$");
        foreach (Frame frame in frames)
        {
            if (frame.IsArray)
            {
                builder.Append(CultureInfo.InvariantCulture, $"[{frame.Index}]");
            }
            else if (frame.Property is null)
            {
                return null;
            }
            else
            {
                builder.Append('.').Append(frame.Property);
            }
        }

        return builder.ToString();
    }
}
