namespace NewsModel;

/// <summary>What kind of participant an <see cref="Actor"/> is.</summary>
/// <remarks>In JSON the kinds are written in lower case: <c>person</c>, <c>organization</c>, <c>country</c>, <c>place</c>, <c>group</c>.</remarks>
public enum ActorKind
{
    /// <summary>A named or described person ("Volodymyr Zelensky", "a spokesman").</summary>
    Person = 0,

    /// <summary>An organisation: a company, institution, party, broadcaster, alliance ("NATO", "YLE").</summary>
    Organization = 1,

    /// <summary>A country, also when it stands for its government ("Ukraine", "Kyiv" as metonym).</summary>
    Country = 2,

    /// <summary>A place that is not a country: a city, region, building or continent ("Berlin", "Crimea").</summary>
    Place = 3,

    /// <summary>An unnamed or collective group of people ("the US delegation", "European leaders").</summary>
    Group = 4,
}

/// <summary>How a <see cref="Statement"/> reports what was said.</summary>
/// <remarks>In JSON: <c>direct</c>, <c>partial</c>, <c>indirect</c>, <c>post</c>.</remarks>
public enum StatementKind
{
    /// <summary>A quotation standing on its own inside quotation marks: the words as said.</summary>
    Direct = 0,

    /// <summary>Quoted words inside reported speech ("could prevent “another coming of Russian aggression,” Zelensky told reporters").</summary>
    Partial = 1,

    /// <summary>Reported speech without quotation marks ("Zelensky said the roadmap … won't be one that everyone likes").</summary>
    Indirect = 2,

    /// <summary>A social-media post pasted into the article (see <see cref="Embed"/>).</summary>
    Post = 3,
}

/// <summary>How precisely a <see cref="TemporalExpression"/> names its date or period.</summary>
/// <remarks>In JSON: <c>day</c>, <c>week</c>, <c>month</c>, <c>quarter</c>, <c>year</c>, <c>decade</c>, <c>unknown</c>.</remarks>
public enum DatePrecision
{
    /// <summary>The expression could not be resolved ("recently", or a weekday with no anchor): start and end are unset.</summary>
    Unknown = 0,

    /// <summary>A single day ("on Sunday", "December 14, 2025").</summary>
    Day = 1,

    /// <summary>An ISO week, Monday to Sunday ("last week").</summary>
    Week = 2,

    /// <summary>A calendar month ("March 2022", "next month").</summary>
    Month = 3,

    /// <summary>A calendar quarter ("the third quarter").</summary>
    Quarter = 4,

    /// <summary>A calendar year ("in 2014").</summary>
    Year = 5,

    /// <summary>A decade ("the 1990s").</summary>
    Decade = 6,
}

/// <summary>What a relative <see cref="TemporalExpression"/> was resolved against.</summary>
/// <remarks>In JSON: <c>dateline</c>, <c>post</c>, <c>text</c>, <c>none</c>.</remarks>
public enum DateAnchor
{
    /// <summary>Nothing: the expression is absolute ("December 14, 2025") or could not be resolved.</summary>
    None = 0,

    /// <summary>The article's date (its dateline, or the date given in <see cref="ArticleParserOptions.Date"/>).</summary>
    Dateline = 1,

    /// <summary>The date of the embedded post the expression stands in.</summary>
    Post = 2,

    /// <summary>Another date named earlier in the text ("two days later").</summary>
    Text = 3,
}

/// <summary>What kind of material an <see cref="Embed"/> is.</summary>
/// <remarks>In JSON: <c>post</c>.</remarks>
public enum EmbedKind
{
    /// <summary>A social-media post pasted into the article text.</summary>
    Post = 0,
}
