using System;
using System.Diagnostics;
using System.Globalization;

namespace NewsModel.Text;

/// <summary>One token found by <see cref="NewsTokenizer"/>: its kind and where it lies in the text.</summary>
/// <remarks>
/// <para>
/// <see cref="Start"/> and <see cref="Length"/> are counted in UTF-16 code units (the indices of the
/// <see cref="ReadOnlySpan{T}"/> that was tokenized), end-exclusive. A token never contains white space and always
/// has a positive length; a surrogate pair is never split.
/// </para>
/// <para>A token does not keep the text: use <see cref="Slice"/> with the text it came from.</para>
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{Kind} [{Start}..{End})")]
public readonly record struct Token
{
    internal Token(TokenKind kind, int start, int length)
    {
        Kind = kind;
        Start = start;
        Length = length;
    }

    /// <summary>What the token is.</summary>
    public TokenKind Kind { get; }

    /// <summary>The offset of the token's first UTF-16 code unit, zero-based.</summary>
    public int Start { get; }

    /// <summary>The number of UTF-16 code units the token covers (at least one).</summary>
    public int Length { get; }

    /// <summary>The offset just past the token's last code unit (<c>Start + Length</c>).</summary>
    public int End => Start + Length;

    /// <summary>Whether the token is a quotation mark (<see cref="TokenKind.OpenQuote"/> or <see cref="TokenKind.CloseQuote"/>).</summary>
    public bool IsQuote => Kind is TokenKind.OpenQuote or TokenKind.CloseQuote;

    /// <summary>The range the token covers, as a <see cref="TextSpan"/>.</summary>
    public TextSpan Span => new(Start, Length);

    /// <summary>The characters of the token in <paramref name="text"/> (no copy).</summary>
    /// <param name="text">The text the token was found in.</param>
    /// <returns>A view of <paramref name="text"/> from <see cref="Start"/> for <see cref="Length"/> code units.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The token does not fit in <paramref name="text"/>.</exception>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text) => text.Slice(Start, Length);

    /// <summary>Formats the token as <c>Kind [start..end)</c>, culture-invariant.</summary>
    /// <returns>For example <c>Word [0..7)</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind} [{Start}..{End})");
}
