using NodaTime;

namespace NewsModel.Extraction.Dates;

/// <summary>
/// A stretch of the article text (an embedded social post) whose own date anchors the relative expressions
/// inside it: "since yesterday" in a post dated 2025-12-14 is 2025-12-13, with <see cref="DateAnchor.Post"/>.
/// </summary>
/// <param name="Span">The region, in UTF-16 code units of the article text.</param>
/// <param name="Date">The region's own date.</param>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
internal readonly record struct DateRegion(TextSpan Span, LocalDate Date);
