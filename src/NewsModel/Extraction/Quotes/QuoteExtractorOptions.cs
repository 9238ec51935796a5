namespace NewsModel.Extraction.Quotes;

/// <summary>Optional rules of <see cref="QuoteExtractor"/> (all off by default).</summary>
/// <param name="BeliefCues">Belief and finding cues ("believe", "think", "show", "found") start indirect statements
/// (PolNeAR annotates them; they are not speech).</param>
/// <param name="VerbFallback">A quotation inside a clause with no reporting verb is attributed to the clause's subject
/// ("Clinton has decried the issue of “systemic racism”").</param>
internal readonly record struct QuoteExtractorOptions(bool BeliefCues = false, bool VerbFallback = false);
