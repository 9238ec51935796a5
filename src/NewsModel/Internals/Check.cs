using System;

namespace NewsModel;

/// <summary>Argument checks shared by the model's constructors (NodaTime's Preconditions, in small).</summary>
internal static class Check
{
    public static void NotBlank(string? value, string parameter)
    {
        ArgumentNullException.ThrowIfNull(value, parameter);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The value cannot be empty or white space.", parameter);
        }
    }

    public static void NotEmpty(string? value, string parameter)
    {
        ArgumentNullException.ThrowIfNull(value, parameter);
        if (value.Length == 0)
        {
            throw new ArgumentException("The value cannot be empty.", parameter);
        }
    }

    public static void Defined<TEnum>(TEnum value, string parameter)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(parameter, value, $"Not a defined {typeof(TEnum).Name}.");
        }
    }

    public static void NoBlankItems(ValueArray<string> items, string parameter)
    {
        foreach (string item in items)
        {
            if (string.IsNullOrWhiteSpace(item))
            {
                throw new ArgumentException("The list cannot hold a null, empty or white-space item.", parameter);
            }
        }
    }

    public static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
