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
    /// <param name="map">Turns a row into an entry; may throw <see cref="LexiconRow.Error"/>. The row is valid only during the call.</param>
    /// <exception cref="InvalidDataException">A missing or different header, a wrong number of fields, an empty field.</exception>
    /// <remarks>
    /// Loading runs once per process, on the start-up path, where every fresh page of memory costs: lines are read
    /// into one buffer and split in place, and only the values an entry keeps become strings (short ones, such as
    /// <c>-</c>, codes and genders, shared within the file).
    /// </remarks>
    public static ImmutableArray<T> Read<T>(string fileName, TextReader reader, ReadOnlySpan<string> columns, Func<LexiconRow, T> map)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(map);

        var entries = new List<T>();
        string expectedHeader = "# " + string.Join('\t', columns.ToArray());
        var lines = new LineSplitter(reader);
        var fields = new LexiconFields(fileName, columns.ToArray());
        bool sawHeader = false;
        int lineNumber = 0;
        while (lines.TryRead(out int lineStart, out int lineLength))
        {
            lineNumber++;
            ReadOnlySpan<char> line = lines.Buffer.AsSpan(lineStart, lineLength);
            if (!sawHeader)
            {
                if (lineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF')
                {
                    line = line[1..];
                }

                if (!line.SequenceEqual(expectedHeader))
                {
                    throw new InvalidDataException(string.Create(
                        CultureInfo.InvariantCulture,
                        $"{fileName} line {lineNumber}: expected the header '{expectedHeader.Replace("\t", "\\t", StringComparison.Ordinal)}'."));
                }

                sawHeader = true;
                continue;
            }

            if (line.Length == 0 || line[0] == '#' || line.IsWhiteSpace())
            {
                continue;
            }

            fields.Split(lines.Buffer, lineStart, lineLength, lineNumber);
            entries.Add(map(new LexiconRow(fields)));
        }

        if (!sawHeader)
        {
            throw new InvalidDataException($"{fileName}: the file is empty; expected a header line.");
        }

        return [.. entries];
    }

    /// <summary>
    /// The lines of a text, read through one growing buffer: each line is a range of <see cref="Buffer"/>, valid until
    /// the next read. Line ends are those of <see cref="TextReader.ReadLine"/>: <c>\n</c>, <c>\r</c> or <c>\r\n</c>.
    /// </summary>
    private sealed class LineSplitter(TextReader reader)
    {
        private int _start;
        private int _end;
        private bool _atEnd;

        /// <summary>The characters read; a line returned by <see cref="TryRead"/> is a range of them.</summary>
        public char[] Buffer { get; private set; } = new char[8192];

        /// <summary>The next line (without its line end), or false at the end of the text.</summary>
        public bool TryRead(out int start, out int length)
        {
            while (true)
            {
                int end = Buffer.AsSpan(_start, _end - _start).IndexOfAny('\n', '\r');
                if (end >= 0)
                {
                    end += _start;
                    // a \r at the end of what was read may be the first half of \r\n: read on before deciding
                    if (Buffer[end] == '\r' && end + 1 == _end && !_atEnd)
                    {
                        Fill();
                        continue;
                    }

                    start = _start;
                    length = end - _start;
                    _start = end + (Buffer[end] == '\r' && end + 1 < _end && Buffer[end + 1] == '\n' ? 2 : 1);
                    return true;
                }

                if (_atEnd)
                {
                    start = _start;
                    length = _end - _start;
                    _start = _end;
                    return length > 0;
                }

                Fill();
            }
        }

        /// <summary>Moves the unread characters to the front, grows the buffer when a line fills it, and reads more.</summary>
        private void Fill()
        {
            int unread = _end - _start;
            if (unread == Buffer.Length)
            {
                char[] grown = new char[Buffer.Length * 2];
                Buffer.AsSpan(_start, unread).CopyTo(grown);
                Buffer = grown;
            }
            else if (_start > 0)
            {
                Buffer.AsSpan(_start, unread).CopyTo(Buffer);
            }

            _start = 0;
            _end = unread;
            int read = reader.Read(Buffer, _end, Buffer.Length - _end);
            if (read == 0)
            {
                _atEnd = true;
            }

            _end += read;
        }
    }
}

/// <summary>
/// The fields of the current line of a lexicon file: ranges of the reader's buffer, made strings only when asked, and
/// then the short ones shared within the file (<c>-</c>, codes and genders repeat on every line).
/// </summary>
internal sealed class LexiconFields
{
    /// <summary>
    /// The longest value shared rather than copied for each line: <c>-</c>, genders, codes and short list items repeat;
    /// longer values are nearly all names, each met once, which a table of them would only add to.
    /// </summary>
    private const int MaxSharedLength = 3;

    private readonly int[] _starts;
    private readonly int[] _lengths;
    private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _sharedBySpan;
#endif
    private char[] _buffer = [];

    /// <summary>Starts with no line.</summary>
    public LexiconFields(string fileName, string[] columns)
    {
        FileName = fileName;
        Columns = columns;
        _starts = new int[columns.Length];
        _lengths = new int[columns.Length];
#if NET9_0_OR_GREATER
        _sharedBySpan = _shared.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>The file the rows come from ("countries.tsv").</summary>
    public string FileName { get; }

    /// <summary>The column names, in order.</summary>
    public string[] Columns { get; }

    /// <summary>The current line's 1-based number.</summary>
    public int LineNumber { get; private set; }

    /// <summary>The text of a field of the current line.</summary>
    public ReadOnlySpan<char> this[int column] => _buffer.AsSpan(_starts[column], _lengths[column]);

    /// <summary>Splits a line at its tabs and checks every field.</summary>
    /// <exception cref="InvalidDataException">A wrong number of fields, or one empty or with surrounding white space.</exception>
    public void Split(char[] buffer, int start, int length, int lineNumber)
    {
        _buffer = buffer;
        LineNumber = lineNumber;
        ReadOnlySpan<char> line = buffer.AsSpan(start, length);
        int count = line.Count('\t') + 1;
        if (count != Columns.Length)
        {
            throw new InvalidDataException(string.Create(
                CultureInfo.InvariantCulture,
                $"{FileName} line {lineNumber}: {count} fields, expected {Columns.Length} ({string.Join(", ", Columns)})."));
        }

        int at = 0;
        for (int i = 0; i < count; i++)
        {
            int tab = line[at..].IndexOf('\t');
            int fieldLength = tab < 0 ? line.Length - at : tab;
            ReadOnlySpan<char> field = line.Slice(at, fieldLength);
            if (field.Length == 0 || char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1]))
            {
                throw new InvalidDataException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{FileName} line {lineNumber}, column {i + 1} ({Columns[i]}): the field is empty or has surrounding white space; write '-' for none."));
            }

            _starts[i] = start + at;
            _lengths[i] = fieldLength;
            at += fieldLength + 1;
        }
    }

    /// <summary>A field of the current line, or a piece of one, as a string: a shared one for a short value seen before in this file.</summary>
    public string Text(ReadOnlySpan<char> value)
    {
        if (value.Length > MaxSharedLength)
        {
            return value.ToString();
        }

#if NET9_0_OR_GREATER
        if (_sharedBySpan.TryGetValue(value, out string? shared))
        {
            return shared;
        }

        string text = value.ToString();
#else
        string text = value.ToString();
        if (_shared.TryGetValue(text, out string? shared))
        {
            return shared;
        }
#endif
        _shared.Add(text, text);
        return text;
    }
}
