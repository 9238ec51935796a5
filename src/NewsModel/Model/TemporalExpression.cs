using System;
using NodaTime;

namespace NewsModel;

/// <summary>
/// An expression in the text that names a calendar date or period ("on Sunday", "December 14, 2025", "in 2014"),
/// with the dates it resolves to.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Start"/> and <see cref="End"/> are inclusive ISO calendar dates: "in 2014" is 2014-01-01 to
/// 2014-12-31 with <see cref="DatePrecision.Year"/>. Relative expressions resolve against the article's date (its
/// dateline), except inside an embedded post, whose own date anchors them; <see cref="Anchor"/> says which was
/// used. An expression with no anchor to resolve against (or a vague one such as "recently") keeps its text with
/// <see cref="DatePrecision.Unknown"/> and null dates: dates are never guessed from the clock.
/// </para>
/// <para>Durations ("five hours") are not temporal expressions in this sense.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record TemporalExpression
{
    /// <summary>Creates a temporal expression.</summary>
    /// <param name="span">Where the expression stands in the article text (UTF-16 offsets).</param>
    /// <param name="text">The expression as written ("on Sunday").</param>
    /// <param name="start">The first day of the period, or null when unresolved.</param>
    /// <param name="end">The last day of the period (inclusive), or null when unresolved.</param>
    /// <param name="precision">How precisely the period is named.</param>
    /// <param name="anchor">What a relative expression was resolved against.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="text"/> is empty; only one of <paramref name="start"/> and <paramref name="end"/> is set; the dates are
    /// set while <paramref name="precision"/> is <see cref="DatePrecision.Unknown"/> or unset while it is not.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>, or an enum value is undefined.</exception>
    public TemporalExpression(TextSpan span, string text, LocalDate? start, LocalDate? end, DatePrecision precision, DateAnchor anchor)
    {
        Check.NotEmpty(text, nameof(text));
        Check.Defined(precision, nameof(precision));
        Check.Defined(anchor, nameof(anchor));
        if (start.HasValue != end.HasValue)
        {
            throw new ArgumentException("Start and end are either both set or both null.", nameof(end));
        }

        if (start.HasValue == (precision == DatePrecision.Unknown))
        {
            throw new ArgumentException("Dates are set exactly when the precision is not Unknown.", nameof(precision));
        }

        if (start > end)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, "The end cannot be before the start.");
        }

        Span = span;
        Text = text;
        Start = start;
        End = end;
        Precision = precision;
        Anchor = anchor;
    }

    /// <summary>Where the expression stands in <see cref="Article.Text"/>.</summary>
    public TextSpan Span { get; }

    /// <summary>The expression as written.</summary>
    public string Text { get; }

    /// <summary>The first day of the period named, or null when unresolved.</summary>
    public LocalDate? Start { get; }

    /// <summary>The last day of the period named (inclusive), or null when unresolved.</summary>
    public LocalDate? End { get; }

    /// <summary>How precisely the period is named.</summary>
    public DatePrecision Precision { get; }

    /// <summary>What the expression was resolved against.</summary>
    public DateAnchor Anchor { get; }
}
