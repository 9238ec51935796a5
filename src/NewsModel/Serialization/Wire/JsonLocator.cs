using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
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
                        top.Property = reader.GetString();
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

    private static string PathOf(List<Frame> frames)
    {
        StringBuilder builder = new("$");
        foreach (Frame frame in frames)
        {
            if (frame.IsArray)
            {
                builder.Append(CultureInfo.InvariantCulture, $"[{frame.Index}]");
            }
            else
            {
                builder.Append('.').Append(frame.Property);
            }
        }

        return builder.ToString();
    }
}
