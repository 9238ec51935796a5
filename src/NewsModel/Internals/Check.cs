using System;
using System.Runtime.CompilerServices;

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

    /// <remarks>
    /// The model's constructors call this for every item they build (tens of thousands per megabyte of text), so the
    /// values 0-63 are tested against a mask made once per enum type; <see cref="Enum.IsDefined{TEnum}(TEnum)"/>, which
    /// looks the type's values up on every call, decides the others. The result is the same.
    /// </remarks>
    public static void Defined<TEnum>(TEnum value, string parameter)
        where TEnum : struct, Enum
    {
        if (!DefinedValues<TEnum>.Contains(value))
        {
            throw new ArgumentOutOfRangeException(parameter, value, $"Not a defined {typeof(TEnum).Name}.");
        }
    }

    /// <summary>The defined values 0-63 of <typeparamref name="TEnum"/>, as a mask.</summary>
    private static class DefinedValues<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly ulong s_mask = Build();

        public static bool Contains(TEnum value)
        {
            ulong bits = Bits(value);
            return bits < 64 ? ((s_mask >> (int)bits) & 1) != 0 : Enum.IsDefined(value);
        }

        private static ulong Build()
        {
            ulong mask = 0;
            foreach (TEnum defined in Enum.GetValues<TEnum>())
            {
                ulong bits = Bits(defined);
                if (bits < 64)
                {
                    mask |= 1UL << (int)bits;
                }
            }

            return mask;
        }

        /// <summary>The value's bits, zero-extended: a negative value of a signed enum comes out at 128 or more, outside the mask.</summary>
        private static ulong Bits(TEnum value) => Unsafe.SizeOf<TEnum>() switch
        {
            1 => Unsafe.As<TEnum, byte>(ref value),
            2 => Unsafe.As<TEnum, ushort>(ref value),
            4 => Unsafe.As<TEnum, uint>(ref value),
            _ => Unsafe.As<TEnum, ulong>(ref value),
        };
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
