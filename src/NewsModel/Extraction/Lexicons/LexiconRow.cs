using System;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;

namespace NewsModel.Extraction;

/// <summary>One data line of a lexicon file, split into its tab-separated fields.</summary>
/// <remarks>
/// A field holding <c>-</c> means "none"; multi-valued fields separate values with <c>|</c>. A row is a view of the
/// reader's buffer: valid only while the reader's map function runs, and never to be kept.
/// </remarks>
internal readonly struct LexiconRow
{
    private readonly LexiconFields _fields;

    public LexiconRow(LexiconFields fields)
    {
        _fields = fields;
    }

    /// <summary>The file the row comes from ("countries.tsv").</summary>
    public string FileName => _fields.FileName;

    /// <summary>1-based line number in the file.</summary>
    public int LineNumber => _fields.LineNumber;

    /// <summary>A required single value.</summary>
    public string Text(int column) => _fields.Text(Required(column));

    /// <summary>A required single value, not made a string: for values read as a kind or a flag and then dropped.</summary>
    public ReadOnlySpan<char> Required(int column)
    {
        if (IsNone(column))
        {
            throw Error(column, "a value is required here, not '-'");
        }

        return _fields[column];
    }

    /// <summary>A single value, or null for <c>-</c>.</summary>
    public string? Optional(int column) => IsNone(column) ? null : _fields.Text(_fields[column]);

    /// <summary>The <c>|</c>-separated values of a field; empty for <c>-</c>.</summary>
    public ImmutableArray<string> List(int column)
    {
        if (IsNone(column))
        {
            return [];
        }

        ReadOnlySpan<char> value = _fields[column];
        string[] parts = new string[value.Count('|') + 1];
        for (int i = 0; i < parts.Length; i++)
        {
            int bar = value.IndexOf('|');
            ReadOnlySpan<char> part = bar < 0 ? value : value[..bar];
            if (part.Length == 0 || part.Trim().Length != part.Length)
            {
                throw Error(column, "a list item is empty or has surrounding white space");
            }

            parts[i] = _fields.Text(part);
            value = bar < 0 ? [] : value[(bar + 1)..];
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(parts);
    }

    /// <summary>A yes/no column written as <c>the</c> (the name takes the article) or <c>-</c>.</summary>
    public bool Article(int column) => _fields[column] switch
    {
        "the" => true,
        "-" => false,
        _ => throw Error(column, "expected 'the' or '-'"),
    };

    /// <summary><c>m</c>, <c>f</c>, <c>n</c> or <c>u</c>.</summary>
    public LexiconGender Gender(int column) => _fields[column] switch
    {
        "m" => LexiconGender.Male,
        "f" => LexiconGender.Female,
        "n" => LexiconGender.Neuter,
        "u" => LexiconGender.Unknown,
        _ => throw Error(column, "expected a gender: m, f, n or u"),
    };

    /// <summary><c>sg</c>, <c>pl</c> or <c>u</c>.</summary>
    public GrammaticalNumber Number(int column) => _fields[column] switch
    {
        "sg" => GrammaticalNumber.Singular,
        "pl" => GrammaticalNumber.Plural,
        "u" => GrammaticalNumber.Unknown,
        _ => throw Error(column, "expected a number: sg, pl or u"),
    };

    /// <summary>A non-negative integer written with ASCII digits.</summary>
    public int Integer(int column)
    {
        if (!int.TryParse(_fields[column], NumberStyles.None, CultureInfo.InvariantCulture, out int value))
        {
            throw Error(column, "expected a whole number");
        }

        return value;
    }

    /// <summary>An exception naming the file, line and column.</summary>
    public InvalidDataException Error(int column, string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{FileName} line {LineNumber}, column {column + 1} ('{_fields[column]}'): {message}."));

    private bool IsNone(int column) => _fields[column] is "-";
}
