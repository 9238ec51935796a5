namespace NewsModel.Text;

/// <summary>What a <see cref="Token"/> produced by <see cref="NewsTokenizer"/> is.</summary>
/// <remarks>
/// The rules that decide each kind are listed on <see cref="NewsTokenizer"/>; the examples here show the result.
/// White space, control characters and invisible format characters (zero-width space, bidi marks, BOM)
/// never become tokens.
/// </remarks>
public enum TokenKind
{
    /// <summary>Never produced by the tokenizer: the kind of <c>default(Token)</c>.</summary>
    None = 0,

    /// <summary>
    /// A word in any script, with inner hyphens and apostrophes: <c>Зеленський</c>, <c>naïve</c>, <c>Ukraine's</c>,
    /// <c>Ukraine’s</c>, <c>won't</c>, <c>O'Brien</c>, <c>son-in-law</c>, <c>COVID-19</c>, <c>students'</c>, <c>北京</c>.
    /// </summary>
    Word,

    /// <summary>
    /// A number, with its separators, unit or suffix letters, a leading currency sign and a trailing percent sign:
    /// <c>1,000</c>, <c>4.5</c>, <c>2014</c>, <c>2025-12-15</c>, <c>20-point</c>, <c>5th</c>, <c>$3.5bn</c>, <c>10%</c>, <c>'90s</c>.
    /// </summary>
    Number,

    /// <summary>
    /// An abbreviation or initials with their periods: <c>U.S.</c>, <c>a.m.</c>, <c>A.</c>, <c>Dr.</c>, <c>Gen.</c>, <c>Jan.</c>,
    /// <c>Ph.D.</c>. A single letter followed by a period is always taken as an initial.
    /// </summary>
    Abbreviation,

    /// <summary>A web address, with or without a scheme: <c>https://a.b/c?d=e</c>, <c>www.x.com</c>, <c>pic.twitter.com/yQrn6YupGE</c>.</summary>
    Url,

    /// <summary>An e-mail address: <c>jane.doe@example.com</c>.</summary>
    Email,

    /// <summary>A social-media handle: <c>@ZelenskyyUa</c>.</summary>
    Mention,

    /// <summary>A hashtag: <c>#StandWithUkraine</c>.</summary>
    Hashtag,

    /// <summary>A quotation mark that opens a quotation: <c>“</c>, <c>‘</c>, <c>„</c>, <c>«</c>, <c>``</c>, or <c>"</c>, <c>'</c>, <c>''</c> by context.</summary>
    OpenQuote,

    /// <summary>A quotation mark that closes a quotation: <c>”</c>, <c>’</c>, <c>»</c>, or <c>"</c>, <c>'</c>, <c>''</c> by context.</summary>
    CloseQuote,

    /// <summary>A dash: <c>–</c>, <c>—</c>, a run of hyphens such as <c>--</c>, or a lone <c>-</c>.</summary>
    Dash,

    /// <summary>An ellipsis: <c>…</c> or three or more periods <c>...</c>.</summary>
    Ellipsis,

    /// <summary>Any other punctuation character, one per token: <c>.</c>, <c>,</c>, <c>!</c>, <c>(</c>, <c>:</c>.</summary>
    Punctuation,

    /// <summary>
    /// A symbol or emoji: <c>+</c>, <c>©</c>, <c>€</c> (not before a digit), <c>👍🏽</c> (with its skin-tone modifier),
    /// <c>👨‍👩‍👧</c> (a ZWJ sequence, whole), <c>🇺🇦</c> (a flag: a pair of regional indicators).
    /// </summary>
    Symbol,

    /// <summary>Anything else: private-use and unassigned characters, lone surrogates.</summary>
    Other,
}
