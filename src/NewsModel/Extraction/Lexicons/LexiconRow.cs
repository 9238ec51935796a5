using System.Collections.Immutable;
using System.Globalization;
using System.IO;

namespace NewsModel.Extraction;

/// <summary>One data line of a lexicon file, split into its tab-separated fields.</summary>
/// <remarks>A field holding <c>-</c> means "none"; multi-valued fields separate values with <c>|</c>.</remarks>
internal readonly struct LexiconRow
{
    private readonly string[] _fields;

    public LexiconRow(string fileName, int lineNumber, string[] fields)
    {
        FileName = fileName;
        LineNumber = lineNumber;
        _fields = fields;
    }

    /// <summary>The file the row comes from ("countries.tsv").</summary>
    public string FileName { get; }

    /// <summary>1-based line number in the file.</summary>
    public int LineNumber { get; }

    /// <summary>A required single value.</summary>
    public string Text(int column)
    {
        string value = _fields[column];
        if (value == "-")
        {
            throw Error(column, "a value is required here, not '-'");
        }

        return value;
    }

    /// <summary>A single value, or null for <c>-</c>.</summary>
    public string? Optional(int column)
    {
        string value = _fields[column];
        return value == "-" ? null : value;
    }

    /// <summary>The <c>|</c>-separated values of a field; empty for <c>-</c>.</summary>
    public ImmutableArray<string> List(int column)
    {
        string value = _fields[column];
        if (value == "-")
        {
            return [];
        }

        string[] parts = value.Split('|');
        foreach (string part in parts)
        {
            if (part.Length == 0 || part.Trim().Length != part.Length)
            {
                throw Error(column, "a list item is empty or has surrounding white space");
            }
        }

        return ImmutableArray.Create(parts);
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
}
