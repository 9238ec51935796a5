using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Text;

namespace NewsModel.Extraction;

/// <summary>Reads the lexicon files embedded in the assembly: UTF-8, tab-separated, one entry a line.</summary>
/// <remarks>
/// The first line is a header comment naming the columns (<c># name&#9;iso2&#9;…</c>); it must match what the
/// loader expects, so that data and code cannot drift apart silently. Blank lines and other lines starting with
/// <c>#</c> are skipped. Every data line has exactly as many fields as the header, none empty and none with
/// surrounding white space. Errors are <see cref="InvalidDataException"/>s naming the file and line.
/// </remarks>
internal static class LexiconReader
{
    /// <summary>The prefix of the embedded resources' logical names.</summary>
    public const string ResourcePrefix = "NewsModel.Lexicons.";

    /// <summary>Opens an embedded lexicon file ("countries.tsv").</summary>
    /// <exception cref="InvalidDataException">The file is not embedded in the assembly.</exception>
    public static TextReader Open(string fileName)
    {
        Stream? stream = typeof(LexiconReader).Assembly.GetManifestResourceStream(ResourcePrefix + fileName);
        if (stream is null)
        {
            throw new InvalidDataException($"{fileName}: the lexicon is not embedded in {typeof(LexiconReader).Assembly.GetName().Name}.");
        }

        return new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
    }

    /// <summary>The names of all embedded lexicon files.</summary>
    public static IEnumerable<string> EmbeddedFileNames()
    {
        foreach (string name in typeof(LexiconReader).Assembly.GetManifestResourceNames())
        {
            if (name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                yield return name[ResourcePrefix.Length..];
            }
        }
    }

    /// <summary>Reads every data row of a lexicon file and maps it to an entry.</summary>
    /// <param name="fileName">The file's name, used in error messages.</param>
    /// <param name="reader">The file's text.</param>
    /// <param name="columns">The column names the header must list, in order.</param>
    /// <param name="map">Turns a row into an entry; may throw <see cref="LexiconRow.Error"/>.</param>
    /// <exception cref="InvalidDataException">A missing or different header, a wrong number of fields, an empty field.</exception>
    public static ImmutableArray<T> Read<T>(string fileName, TextReader reader, ReadOnlySpan<string> columns, Func<LexiconRow, T> map)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(map);

        ImmutableArray<T>.Builder entries = ImmutableArray.CreateBuilder<T>();
        string expectedHeader = "# " + string.Join('\t', columns.ToArray());
        bool sawHeader = false;
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (!sawHeader)
            {
                if (lineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF')
                {
                    line = line[1..];
                }

                if (!string.Equals(line, expectedHeader, StringComparison.Ordinal))
                {
                    throw new InvalidDataException(string.Create(
                        CultureInfo.InvariantCulture,
                        $"{fileName} line {lineNumber}: expected the header '{expectedHeader.Replace("\t", "\\t", StringComparison.Ordinal)}'."));
                }

                sawHeader = true;
                continue;
            }

            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string[] fields = line.Split('\t');
            if (fields.Length != columns.Length)
            {
                throw new InvalidDataException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{fileName} line {lineNumber}: {fields.Length} fields, expected {columns.Length} ({string.Join(", ", columns.ToArray())})."));
            }

            for (int i = 0; i < fields.Length; i++)
            {
                string field = fields[i];
                if (field.Length == 0 || char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1]))
                {
                    throw new InvalidDataException(string.Create(
                        CultureInfo.InvariantCulture,
                        $"{fileName} line {lineNumber}, column {i + 1} ({columns[i]}): the field is empty or has surrounding white space; write '-' for none."));
                }
            }

            entries.Add(map(new LexiconRow(fileName, lineNumber, fields)));
        }

        if (!sawHeader)
        {
            throw new InvalidDataException($"{fileName}: the file is empty; expected a header line.");
        }

        return entries.ToImmutable();
    }
}
