namespace NewsModel;

/// <summary>Why <see cref="ArticleParser"/> could not parse a text: a stable id for each error, fit for tests and logs.</summary>
public enum NewsParseErrorCode
{
    /// <summary>The text holds nothing but white space.</summary>
    EmptyText = 1,

    /// <summary>The text is longer than <see cref="ArticleParserOptions.MaxTextLength"/>.</summary>
    TextTooLong = 2,

    /// <summary>The <c>date</c> header does not hold a valid ISO date (<c>date 2025-13-45</c>).</summary>
    InvalidDateline = 3,
}
