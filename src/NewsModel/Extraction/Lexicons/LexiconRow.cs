using System;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;

namespace NewsModel.Extraction;

/// <summary>One data line of a lexicon file, split into its tab-separated fields.</summary>
/// <remarks>
/// A field holding <c>-</c> means "none"; multi-valued fields separate values with <c>|</c>. A row is a view of its
/// line: a field becomes a string only when asked for one (<see cref="Text"/>, <see cref="Optional"/>,
/// <see cref="List"/>), so that the fields read as enumerations (<see cref="Field"/>, <see cref="Gender"/>…) allocate
/// nothing. It is valid only while the reader's callback runs.
/// </remarks>
internal readonly struct LexiconRow
{
    private readonly string _line;
    private readonly int[] _bounds; // field i spans [_bounds[2i], _bounds[2i + 1])

    public LexiconRow(string fileName, int lineNumber, string line, int[] bounds)
    {
        FileName = fileName;
        LineNumber = lineNumber;
        _line = line;
        _bounds = bounds;
    }

    /// <summary>The file the row comes from ("countries.tsv").</summary>
    public string FileName { get; }

    /// <summary>1-based line number in the file.</summary>
    public int LineNumber { get; }

    /// <summary>The characters of a field, as written (<c>-</c> included).</summary>
    public ReadOnlySpan<char> Field(int column) => _line.AsSpan(_bounds[2 * column], _bounds[(2 * column) + 1] - _bounds[2 * column]);

    /// <summary>A required single value.</summary>
    public string Text(int column) => Required(column).ToString();

    /// <summary>The characters of a required single value, without making a string of them (a value read as a kind).</summary>
    public ReadOnlySpan<char> Required(int column)
    {
        ReadOnlySpan<char> value = Field(column);
        if (value is "-")
        {
            throw Error(column, "a value is required here, not '-'");
        }

        return value;
    }

    /// <summary>A single value, or null for <c>-</c>.</summary>
    public string? Optional(int column)
    {
        ReadOnlySpan<char> value = Field(column);
        return value is "-" ? null : value.ToString();
    }

    /// <summary>The <c>|</c>-separated values of a field; empty for <c>-</c>.</summary>
    public ImmutableArray<string> List(int column)
    {
        ReadOnlySpan<char> value = Field(column);
        if (value is "-")
        {
            return [];
        }

        string[] parts = new string[value.Count('|') + 1];
        for (int i = 0; i < parts.Length; i++)
        {
            int bar = value.IndexOf('|');
            ReadOnlySpan<char> part = bar < 0 ? value : value[..bar];
            if (part.IsEmpty || char.IsWhiteSpace(part[0]) || char.IsWhiteSpace(part[^1]))
            {
                throw Error(column, "a list item is empty or has surrounding white space");
            }

            parts[i] = part.ToString();
            value = bar < 0 ? [] : value[(bar + 1)..];
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(parts);
    }

    /// <summary>A yes/no column written as <c>the</c> (the name takes the article) or <c>-</c>.</summary>
    public bool Article(int column) => Field(column) switch
    {
        "the" => true,
        "-" => false,
        _ => throw Error(column, "expected 'the' or '-'"),
    };

    /// <summary><c>m</c>, <c>f</c>, <c>n</c> or <c>u</c>.</summary>
    public LexiconGender Gender(int column) => Field(column) switch
    {
        "m" => LexiconGender.Male,
        "f" => LexiconGender.Female,
        "n" => LexiconGender.Neuter,
        "u" => LexiconGender.Unknown,
        _ => throw Error(column, "expected a gender: m, f, n or u"),
    };

    /// <summary><c>sg</c>, <c>pl</c> or <c>u</c>.</summary>
    public GrammaticalNumber Number(int column) => Field(column) switch
    {
        "sg" => GrammaticalNumber.Singular,
        "pl" => GrammaticalNumber.Plural,
        "u" => GrammaticalNumber.Unknown,
        _ => throw Error(column, "expected a number: sg, pl or u"),
    };

    /// <summary>A non-negative integer written with ASCII digits.</summary>
    public int Integer(int column)
    {
        if (!int.TryParse(Field(column), NumberStyles.None, CultureInfo.InvariantCulture, out int value))
        {
            throw Error(column, "expected a whole number");
        }

        return value;
    }

    /// <summary>An exception naming the file, line and column.</summary>
    public InvalidDataException Error(int column, string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{FileName} line {LineNumber}, column {column + 1} ('{Field(column).ToString()}'): {message}."));
}
