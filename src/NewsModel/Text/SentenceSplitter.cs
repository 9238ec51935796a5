using System;

namespace NewsModel.Text;

/// <summary>Splits news text into sentences.</summary>
/// <remarks>
/// <para>
/// Offsets are UTF-16 code units into the span passed to <see cref="Split"/>. Each sentence span starts and ends on a
/// character that is not white space (<see cref="char.IsWhiteSpace(char)"/>); the sentences come in text order and
/// cover every other character of the text exactly once: the only characters outside all sentences are white space.
/// </para>
/// <para>The rules:</para>
/// <list type="bullet">
/// <item><description>A blank line (two line breaks with only white space between them) or U+2029 always ends a
/// sentence. A single line break does not.</description></item>
/// <item><description>A sentence can end only at <c>.</c>, <c>!</c>, <c>?</c>, <c>…</c> (or <c>‼ ⁇ ⁈ ⁉</c>) followed,
/// after any closing quotation marks and brackets, by white space or the end of the text; the closing marks belong
/// to the sentence they close (<c>… peace.” Next</c>). Full-width <c>。！？</c> always end a sentence.</description></item>
/// <item><description><c>!</c> and <c>?</c> end a sentence unless the next word starts with a lower-case letter
/// (<c>Yahoo! in</c>, <c>“Why?” he asked</c>).</description></item>
/// <item><description>A period after an ordinary word or number ends a sentence unless the next word starts with a
/// lower-case letter (<c>$100.00. It</c>). A period after an abbreviation or initials (a listed abbreviation such as
/// <c>Mr</c>, <c>Gen</c>, <c>Co</c>, <c>Calif</c>; a single letter; <c>U.S</c>, <c>a.m</c>) ends a sentence only
/// when the next word is a capitalised word that usually begins a sentence (<c>The</c>, <c>He</c>, <c>How</c>, …):
/// <c>U.S. Government</c> goes on, <c>U.S. How</c> ends, <c>No. 5</c> and <c>A. B. Smith</c> go on.</description></item>
/// <item><description>Ellipses: three or more periods (spaced <c>. . .</c> or not) or <c>…</c>. After white space or
/// inside square brackets (<c>[...]</c>) an ellipsis marks an omission and ends a sentence only when it has four
/// periods and the next word is capitalised; attached to a word (<c>that...</c>) it ends one when the next word is
/// capitalised. A period attached to a word and followed by a spaced ellipsis (<c>compounds. . . . The</c>) ends the
/// sentence after the period, and the ellipsis begins the next one.</description></item>
/// <item><description>Lists: a sentence that begins with a list marker (<c>1.</c>, <c>1)</c>, <c>1.)</c>, <c>a.</c>,
/// <c>a)</c>, or a bullet such as <c>•</c> or <c>⁃</c>) ends before the next marker of the same list (<c>2.</c>, <c>b.</c>,
/// the same bullet) even without a period; the marker's own period never ends a sentence.</description></item>
/// <item><description>Periods inside numbers, web and e-mail addresses are never followed by white space, so never end
/// a sentence (<c>4.5</c>, <c>Jane.Doe@example.com</c>).</description></item>
/// </list>
/// </remarks>
/// <threadsafety>Static and stateless: safe to call from any thread. Each enumerator is a separate value.</threadsafety>
public static class SentenceSplitter
{
    /// <summary>Starts splitting <paramref name="text"/> into sentences.</summary>
    /// <param name="text">The text; it is read, never copied.</param>
    /// <returns>
    /// An enumerator of <see cref="TextSpan"/> values (one per sentence) for <c>foreach</c>. It allocates nothing,
    /// per call or per sentence.
    /// </returns>
    public static SentenceEnumerator Split(ReadOnlySpan<char> text) => new(text);
}
