using System;

namespace NewsModel.Text;

/// <summary>Splits news text into words, numbers, abbreviations, web addresses, quotation marks, punctuation and symbols.</summary>
/// <remarks>
/// <para>
/// Offsets are UTF-16 code units into the span passed to <see cref="Tokenize"/>. Tokens come in text order, never
/// overlap, never contain white space and never split a surrogate pair. Every character is inside a token except
/// separators: white space (including NBSP and the other Unicode spaces), control characters and invisible format
/// characters (zero-width space, BOM, bidi marks, embeddings and isolates such as U+202E). No input throws:
/// lone surrogates and NUL are handled like any other character.
/// </para>
/// <para>The rules, in the order they are tried at each token start:</para>
/// <list type="number">
/// <item><description><b>Words</b> start with a letter or combining mark in any script (surrogate pairs included) and go
/// on over letters, marks and digits. Inside a word, a hyphen (<c>-</c>, U+2010) or a soft hyphen, ZWNJ, ZWJ or word
/// joiner followed by a letter, mark or digit joins (<c>son-in-law</c>, <c>COVID-19</c>); an apostrophe (<c>'</c> or
/// U+2019 <c>’</c>) followed by a letter joins (<c>won't</c>, <c>O'Brien</c>, <c>Ukraine’s</c>); <c>.</c>, <c>,</c>,
/// <c>:</c> or <c>/</c> between two digits joins. A run of CJK ideographs is one word (no dictionary segmentation).
/// Plural possessives: an apostrophe right after a word ending in <c>s</c> or <c>S</c>, not followed by a letter, digit
/// or second apostrophe, belongs to the word (<c>students'</c>) unless a single quotation is open, in which case it closes
/// it.</description></item>
/// <item><description><b>Web addresses and e-mail</b> are tried when a word starting with an ASCII letter stops at
/// <c>.</c>, <c>@</c>, <c>:</c>, <c>_</c>, <c>+</c>, <c>%</c> or <c>/</c>: <c>local@domain.tld</c> is an
/// <see cref="TokenKind.Email"/>; <c>scheme://…</c> (a scheme of ASCII letters), <c>www.</c> plus two labels, or <c>name.tld</c> with a listed
/// lower-case top-level domain (<c>com</c>, <c>org</c>, <c>gov</c>, <c>uk</c>, <c>ly</c>, …) followed by an optional
/// port, path, query or fragment is a <see cref="TokenKind.Url"/>. An address ends at white space or a quotation mark;
/// trailing <c>. , ; : ! ? *</c> and unbalanced closing brackets are left out (<c>(see x.com/a_(b))</c> keeps
/// <c>x.com/a_(b)</c>).</description></item>
/// <item><description><b>Abbreviations</b>: a one-letter word followed by a period is an initial, and further
/// <c>letter.</c> pairs join it (<c>A.</c>, <c>U.S.</c>, <c>a.m.</c>, <c>e.g.</c>); a listed abbreviation followed by a
/// period (titles, months, days, company words, US states: <c>Dr.</c>, <c>Gen.</c>, <c>Jan.</c>, <c>Co.</c>,
/// <c>Calif.</c>) is one token, also followed by <c>letter.</c> pairs (<c>Ph.D.</c>); a possessive <c>'s</c> or <c>’s</c> right after
/// the period belongs to it (<c>U.S.'s</c>). Whether such a period also ends a
/// sentence is for <see cref="SentenceSplitter"/> to decide.</description></item>
/// <item><description><b>Numbers</b> start with a digit (any script, or <c>½</c>-like numbers) and go on like words
/// (<c>1,000</c>, <c>4.5</c>, <c>2025-12-15</c>, <c>20-point</c>, <c>5th</c>, <c>3.5bn</c>), then take one trailing
/// <c>%</c>, <c>‰</c> or <c>‱</c> (<c>10%</c>). A currency sign directly before a digit belongs to the number
/// (<c>$3.5bn</c>, <c>€100</c>). An apostrophe (<c>'</c>, <c>‘</c>, <c>’</c>) directly before exactly two digits is an
/// elided century (<c>'90s</c>, <c>’08</c>). White space always separates: <c>1 million</c> is two tokens.</description></item>
/// <item><description><b>Quotation marks</b> are tokens of their own, <see cref="TokenKind.OpenQuote"/> or
/// <see cref="TokenKind.CloseQuote"/>: <c>“ „ ‘ ‚ « ‹ ``</c> open (but <c>“</c> and <c>‘</c> close a quotation opened
/// by <c>„</c> and <c>‚</c>); <c>” » ›</c> close; <c>’</c> opens after white space, an opening bracket or quote or a
/// dash, and closes elsewhere. A straight <c>"</c>, <c>'</c> or the archive-style pair <c>''</c> (one token) opens after
/// the start of the text, white space, an opening bracket or quote or a dash; otherwise it closes before the end of the
/// text, white space or punctuation other than an opening bracket; otherwise it closes if a quotation of the same kind
/// (double or single) is open and opens if not. A blank line forgets open quotations.</description></item>
/// <item><description><b>Handles and hashtags</b>: <c>@</c> followed by ASCII letters, digits or <c>_</c> is a
/// <see cref="TokenKind.Mention"/>; <c>#</c> followed by a letter or <c>_</c> is a <see cref="TokenKind.Hashtag"/> over
/// letters, marks, digits and <c>_</c> (<c>#2</c> is punctuation and a number).</description></item>
/// <item><description><b>Dashes and ellipses</b>: a run of the same dash character (<c>-</c>, <c>--</c>, <c>–</c>,
/// <c>—</c>) is one <see cref="TokenKind.Dash"/>; three or more periods or a run of <c>…</c> is one
/// <see cref="TokenKind.Ellipsis"/> (two periods are two punctuation tokens).</description></item>
/// <item><description><b>Symbols and emoji</b>: a symbol goes on over combining marks and variation selectors,
/// skin-tone modifiers, tag characters and ZWJ + symbol (<c>👨‍👩‍👧</c>, <c>👍🏽</c>, <c>🏳️‍🌈</c>); two regional
/// indicators make one flag (<c>🇺🇦</c>). Any other punctuation character is one <see cref="TokenKind.Punctuation"/>;
/// anything else is <see cref="TokenKind.Other"/>.</description></item>
/// </list>
/// <para>Combining marks directly after any token belong to it.</para>
/// </remarks>
/// <threadsafety>Static and stateless: safe to call from any thread. Each enumerator is a separate value.</threadsafety>
public static class NewsTokenizer
{
    /// <summary>Starts tokenizing <paramref name="text"/>.</summary>
    /// <param name="text">The text; it is read, never copied.</param>
    /// <returns>
    /// An enumerator of <see cref="Token"/> values for <c>foreach</c>. It allocates nothing, per call or per token.
    /// </returns>
    /// <example>
    /// <code>
    /// foreach (Token token in NewsTokenizer.Tokenize("Ukraine's “peace plan”"))
    /// {
    ///     Console.WriteLine($"{token.Kind} {token.Slice(text)}");   // Word Ukraine's, OpenQuote “, Word peace, …
    /// }
    /// </code>
    /// </example>
    public static TokenEnumerator Tokenize(ReadOnlySpan<char> text) => new(text);
}
