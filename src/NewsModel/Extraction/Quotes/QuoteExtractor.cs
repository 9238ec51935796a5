using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsModel.Extraction.Quotes;

/// <summary>
/// Finds quotations and reported speech in news text: direct quotations in every mark style, split and
/// continued quotations, partial quotations inside reported speech and indirect statements, each with its
/// cue and the span of the speaker mention the attribution rests on.
/// </summary>
/// <remarks>
/// Stateless and thread-safe (scratch buffers are per thread); linear in the text's length: quotation marks
/// are paired in one pass, every backward or forward look is bounded, and a sentence is analysed for at most
/// <see cref="MaxCuesPerSentence"/> cues. Never throws on any string.
/// </remarks>
internal static class QuoteExtractor
{
    /// <summary>Cues looked at per sentence, so that pathological input stays linear.</summary>
    public const int MaxCuesPerSentence = 32;

    private const int MaxNpTokens = 10;
    private const int MaxAppositionTokens = 30;
    private const int MaxFrameTokens = 24;
    private const int FloatingLead = 12;

    [ThreadStatic]
    private static Scratch? s_scratch;


    /// <summary>Finds the statements of <paramref name="text"/>, paragraph by paragraph, appending them to <paramref name="output"/>.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="paragraphs">The paragraphs, in order; each covers a paragraph's text (spans outside the text are clipped).</param>
    /// <param name="output">Receives the candidates in text order.</param>
    /// <param name="options">Which optional rules run; the default suits news prose.</param>
    public static void Extract(string text, ReadOnlySpan<TextSpan> paragraphs, List<StatementCandidate> output, QuoteExtractorOptions options = default)
    {
        if (text is null || output is null)
        {
            return;
        }

        Scratch w = s_scratch ??= new Scratch();
        w.Reset();
        int previousEnd = 0;
        for (int p = 0; p < paragraphs.Length; p++)
        {
            int start = Math.Clamp(paragraphs[p].Start, previousEnd, text.Length);
            int end = Math.Clamp(paragraphs[p].End, start, text.Length);
            previousEnd = end;
            if (end > start)
            {
                int before = output.Count;
                try
                {
                    ExtractParagraph(text, start, end, p, w, output, options);
                }
                catch (Exception ex) when (ex is ArgumentOutOfRangeException or IndexOutOfRangeException)
                {
                    // a defect must not take the article down: drop this paragraph's statements
                    output.RemoveRange(before, output.Count - before);
                }
            }
        }
    }

    /// <summary>Splits <paramref name="text"/> into paragraphs at line breaks (blank lines or single newlines).</summary>
    public static TextSpan[] LineParagraphs(string text)
    {
        var result = new List<TextSpan>();
        int i = 0;
        while (i < text.Length)
        {
            int nl = text.IndexOf('\n', i);
            int e = nl < 0 ? text.Length : nl;
            int s = i;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            int t = e;
            while (t > s && char.IsWhiteSpace(text[t - 1]))
            {
                t--;
            }

            if (t > s)
            {
                result.Add(TextSpan.FromBounds(s, t));
            }

            i = e + 1;
        }

        return result.ToArray();
    }

    private static void ExtractParagraph(string text, int start, int end, int paragraph, Scratch w, List<StatementCandidate> output, QuoteExtractorOptions options)
    {
        bool opened = QuoteScanner.Scan(text, start, end, w.Tokens, w.Quotes);
        List<QToken> tokens = w.Tokens;
        int n = tokens.Count;
        if (n == 0)
        {
            return;
        }

        MarkParticleCues(text, tokens);
        w.AnyColon = text.AsSpan(start, end - start).Contains(':');
        w.AnyOpen = opened;

        var ctx = new Ctx(text, tokens, w.Quotes, options);
        bool startsWithQuote = tokens[0].Kind == QTokenKind.Open;
        if (!startsWithQuote && paragraph - w.CarryParagraph > 1)
        {
            w.CarryValid = false;
        }

        int s = 0;
        if (WireDateline.TryMatch(text.AsSpan(start, end - start), out _, out int body))
        {
            while (s < n && tokens[s].Start < start + body)
            {
                s++; // "OSLO (Reuters) — The dam could fail, officials said.": the dateline is no part of the content
            }
        }

        Span<QToken> all = CollectionsMarshal.AsSpan(tokens);
        for (int k = s; k < n; k++)
        {
            // most tokens are words not before an opening quotation mark, which end no sentence (IsSentenceEnd's first tests)
            if (all[k].Kind == QTokenKind.Word && (k + 1 >= n || all[k + 1].Kind != QTokenKind.Open))
            {
                continue;
            }

            if (IsSentenceEnd(ctx, k))
            {
                AnalyzeSentence(ctx, s, k + 1, paragraph, w, output);
                s = k + 1;
            }
        }

        if (s < n)
        {
            AnalyzeSentence(ctx, s, n, paragraph, w, output);
        }
    }

    /// <summary>
    /// "pointed out", "shot back", "lashed out", "as she put it:": a verb that reports speech only with its particle becomes
    /// a cue there ("put it" only where the clause ends), and the particle is skipped like an adverb (so that what follows
    /// it is the content).
    /// </summary>
    private static void MarkParticleCues(string text, List<QToken> tokens)
    {
        Span<QToken> all = CollectionsMarshal.AsSpan(tokens); // marking changes tokens, never their number
        for (int k = 0; k + 1 < all.Length; k++)
        {
            if ((all[k].Classes & (WordClass.QuoteCue | WordClass.ParticleCue)) != 0)
            {
                MarkParticleCue(text, tokens, k); // apart: most words are not one, and the loop stays in registers
            }
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void MarkParticleCue(string text, List<QToken> tokens, int k)
    {
        QToken tok = tokens[k];
        if ((tok.Classes & WordClass.QuoteCue) != 0 && tok.Kind == QTokenKind.Word && tok.Quote < 0 && NextToQuotation(text, tokens, k))
        {
            tokens[k] = tok with { Classes = tok.Classes | WordClass.Cue };
            return;
        }

        if ((tok.Classes & WordClass.ParticleCue) == 0 || tok.Kind != QTokenKind.Word || tok.Quote >= 0)
        {
            return;
        }

        QToken next = tokens[k + 1];
        ReadOnlySpan<char> word = text.AsSpan(tok.Start, tok.End - tok.Start);
        if (next.Kind == QTokenKind.Word && next.Quote < 0 && QuoteLexicon.Particle(word) is string particle
            && text.AsSpan(next.Start, next.End - next.Start).Equals(particle, StringComparison.OrdinalIgnoreCase)
            && !(k + 2 < tokens.Count && tokens[k + 2].Kind == QTokenKind.Word && IsTarget(text.AsSpan(tokens[k + 2].Start, tokens[k + 2].End - tokens[k + 2].Start)))
            && (particle != "it" || k + 2 >= tokens.Count || tokens[k + 2].Kind != QTokenKind.Word))
        {
            tokens[k] = tok with { Classes = tok.Classes | WordClass.Cue };
            tokens[k + 1] = next with { Classes = (next.Classes & ~(WordClass.Pronoun | WordClass.ObjectPronoun)) | WordClass.Skip };
        }
    }

    /// <summary>
    /// Whether a <see cref="WordClass.QuoteCue"/> word stands next to a quotation: right after its closing mark ("“…” read
    /// the statement"), after it and a mention of up to four words that the sentence's end or a comma follows ("“…,” the
    /// email read."), or right before its opening mark ("a sign that read “…”", "read: “…”").
    /// </summary>
    private static bool NextToQuotation(string text, List<QToken> tokens, int k)
    {
        QToken next = tokens[k + 1];
        if (next.Kind == QTokenKind.Open
            || (next.Kind == QTokenKind.Punct && text[next.Start] is ':' or ',' && k + 2 < tokens.Count && tokens[k + 2].Kind == QTokenKind.Open))
        {
            return true;
        }

        int b = k - 1;
        if (b >= 0 && tokens[b].Kind == QTokenKind.Punct && text[tokens[b].Start] == ',' && b - 1 >= 0 && tokens[b - 1].Kind == QTokenKind.Close)
        {
            return true;
        }

        if (b >= 0 && tokens[b].Kind == QTokenKind.Close)
        {
            return true;
        }

        if (!(next.Kind == QTokenKind.Punct && text[next.Start] is '.' or ','))
        {
            return false;
        }

        for (int m = b; m >= 0 && m >= k - 5; m--)
        {
            if (tokens[m].Kind == QTokenKind.Close)
            {
                return m < b;
            }

            if (tokens[m].Kind != QTokenKind.Word || tokens[m].Quote >= 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"lashed out at the press", "fired back against …": the particle verb names a target, not what was said.</summary>
    private static bool IsTarget(ReadOnlySpan<char> w) =>
        w.Equals("at", StringComparison.OrdinalIgnoreCase) || w.Equals("against", StringComparison.OrdinalIgnoreCase) || w.Equals("on", StringComparison.OrdinalIgnoreCase);

    // ------------------------------------------------------------------ sentences
    private static bool IsSentenceEnd(Ctx c, int k)
    {
        List<QToken> t = c.Tokens;
        QToken tok = t[k];
        if (k + 1 >= t.Count)
        {
            return false;
        }

        if (tok.Kind == QTokenKind.Punct && tok.Quote < 0)
        {
            char ch = c.Text[tok.Start];
            if (ch is '.' or '!' or '?' or ';')
            {
                return StartsSentence(c, t[k + 1]) || ch == ';';
            }

            return false;
        }

        if (tok.Kind == QTokenKind.Word && tok.Quote < 0 && t[k + 1].Kind == QTokenKind.Open && EndsWithInitialism(c, tok)
            && t[k + 1].End < c.Text.Length && char.IsUpper(c.Text[t[k + 1].End]))
        {
            return true; // "… at a rally in Binghamton, N.Y. “Secretary Clinton …”": the abbreviation's period ends the sentence too
        }

        if (tok.Kind == QTokenKind.Close && k > 0)
        {
            QToken last = t[k - 1];
            if (last.Kind == QTokenKind.Punct && c.Text[last.Start] is '.' or '!' or '?' or '\u2026'
                && StartsSentence(c, t[k + 1]))
            {
                // a line break after the closing mark starts a new paragraph of the writer's: "“…” ¶ Rubio hit back, saying …"
                return c.Text.AsSpan(tok.End, t[k + 1].Start - tok.End).Contains('\n') || !LooksLikeAttribution(c, k + 1);
            }
        }

        return false;
    }

    /// <summary>A dotted initialism that ends in its period ("N.Y.", "S.C.", "D.C.", "U.S."), or a web address that ends a sentence ("MoveOn.org.").</summary>
    private static bool EndsWithInitialism(Ctx c, QToken tok)
    {
        ReadOnlySpan<char> w = c.Span(tok);
        return (w.Length >= 4 && w[^1] == '.' && w[^3] == '.' && char.IsUpper(w[^2]) && char.IsUpper(w[0]))
            || (w.Length >= 6 && w[^1] == '.' && char.IsLower(w[^2]) && w[..^1].LastIndexOf('.') is int dot and > 0 && w.Length - 1 - dot is >= 3 and <= 4); // "MoveOn.org."
    }

    private static bool StartsSentence(Ctx c, QToken next) =>
        next.Kind == QTokenKind.Open
        || (next.Kind == QTokenKind.Word && (char.IsUpper(c.Text[next.Start]) || char.IsDigit(c.Text[next.Start])));

    /// <summary>
    /// "“…?” Smith asked." / "“…?” Miller, a retired worker, said." / "“…?” Obama asked Republican politicians." — a
    /// mention, then a cue and the clause's end (or, after a verb of telling, its addressee).
    /// </summary>
    private static bool LooksLikeAttribution(Ctx c, int k)
    {
        List<QToken> t = c.Tokens;
        for (int j = k; j < t.Count && j < k + 20; j++)
        {
            QToken tok = t[j];
            if (tok.Quote >= 0 || tok.Kind is QTokenKind.Open or QTokenKind.Close)
            {
                return false;
            }

            if (tok.Kind == QTokenKind.Punct)
            {
                if (c.Text[tok.Start] is '.' or ';' or ':' or '?' or '!')
                {
                    return false;
                }

                continue;
            }

            if ((tok.Classes & WordClass.Cue) != 0 && (tok.Classes & WordClass.Gerund) == 0)
            {
                if (j == k)
                {
                    // "“…,” said Smith." — but not "“…” Asked if it had appeared …, Trump replied": a participle clause
                    return j + 1 < t.Count && t[j + 1].Kind == QTokenKind.Word
                        && !(IsUpper(c, tok) && ((t[j + 1].Classes & (WordClass.Preposition | WordClass.Conjunction)) != 0 || Is(c, t[j + 1], "whether")
                            || Is(c, t[j + 1], "why") || Is(c, t[j + 1], "how") || Is(c, t[j + 1], "what")));
                }

                if ((tok.Classes & WordClass.TellCue) != 0 && j - k <= 4 && j + 1 < t.Count && t[j + 1].Kind == QTokenKind.Word)
                {
                    return true; // "“…?” Obama asked Republican politicians.", "“…?” Trump told Britain’s ITV": the addressee follows
                }

                int a = j + 1;
                while (a < t.Count && a < j + 4 && IsAdverb(c, t[a]))
                {
                    a++;
                }

                if (a >= t.Count)
                {
                    return true;
                }

                QToken after = t[a];
                if (after.Kind == QTokenKind.Punct && c.Text[after.Start] == ',' && a + 1 < t.Count && t[a + 1].Kind == QTokenKind.Word && t[a + 1].Quote < 0
                    && (t[a + 1].Classes & WordClass.Gerund) == 0 && !IsUpper(c, t[a + 1]) && SaysThatLater(c, a + 1))
                {
                    return false; // "“…” He said, twice, that he was going …": a sentence with content of its own
                }

                return (after.Kind == QTokenKind.Punct && c.Text[after.Start] is '.' or ',' or ';')
                    || (after.Classes & (WordClass.Time | WordClass.Preposition | WordClass.ObjectPronoun)) != 0;
            }
        }

        return false;
    }

    /// <summary>Whether "that" follows within four words of <paramref name="from"/>, before any quotation mark or sentence end.</summary>
    private static bool SaysThatLater(Ctx c, int from)
    {
        List<QToken> t = c.Tokens;
        for (int k = from; k < t.Count && k < from + 5; k++)
        {
            if (t[k].Quote >= 0 || t[k].Kind is QTokenKind.Open or QTokenKind.Close || (t[k].Kind == QTokenKind.Punct && c.Text[t[k].Start] is '.' or '!' or '?'))
            {
                return false;
            }

            if (Is(c, t[k], "that"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A cue word used as a verb: lower-case ("States", "Says" in a headline are not) and not after a determiner ("the report").</summary>
    private static bool IsCueUse(Ctx c, int s, int k, bool headline = false)
    {
        QToken tok = c.Tokens[k];
        if (char.IsUpper(c.Text[tok.Start]) && (k != s || k + 1 >= c.Tokens.Count || !IsUpper(c, c.Tokens[k + 1]))
            && !(headline && k > s && c.Tokens[k - 1].Kind == QTokenKind.Word && c.Tokens[k - 1].Quote < 0 && (c.Tokens[k - 1].Classes & WordClass.Determiner) == 0
                && (!IsNounForm(c, tok) || string.Equals(QuoteLexicon.Lemma(c.Span(tok)), "say", StringComparison.Ordinal))))
        {
            return false; // but a headline in title case: "Clinton Says Russians Hacked DNC"
        }

        if (k + 1 < c.Tokens.Count && c.Tokens[k + 1].Kind == QTokenKind.Word && IsCue(c, c.Tokens[k + 1].Classes)
            && (c.Tokens[k + 1].Classes & WordClass.Gerund) == 0 && !IsUpper(c, c.Tokens[k + 1]) && IsNounForm(c, tok))
        {
            return false; // "the congressional report said" (but "told state delegates": "told" is no noun)
        }

        if ((tok.Classes & WordClass.QuoteCue) != 0)
        {
            return true; // made a cue only next to a quotation: "“…,” the email read."
        }

        if ((Is(c, tok, "state") || Is(c, tok, "states")) && k + 1 < c.Tokens.Count)
        {
            // "member states for …", "state Sen. Black", "caucus state like Iowa" are nouns; the verb introduces what it
            // states: "the document states that …", "states: “…”", "“…,” the document states."
            QToken next = c.Tokens[k + 1];
            return Is(c, next, "that") || next.Kind == QTokenKind.Open || next.Quote >= 0
                || (next.Kind == QTokenKind.Punct && c.Text[next.Start] is ':' or ',' or '.');
        }

        if (k + 1 < c.Tokens.Count && c.Tokens[k + 1].Kind == QTokenKind.Word && (c.Tokens[k + 1].Classes & WordClass.Title) != 0 && !IsUpper(c, c.Tokens[k + 1])
            && c.Tokens[k + 1].Quote < 0 && IsNounForm(c, tok))
        {
            return false; // "Clinton press secretary Brian Fallon said": a noun before a title
        }

        if (k + 1 < c.Tokens.Count && Is(c, c.Tokens[k + 1], "to") && string.Equals(QuoteLexicon.Lemma(c.Span(tok)), "continue", StringComparison.Ordinal))
        {
            return false; // "continues to build his lead"
        }

        if (k - 1 >= s)
        {
            QToken prev = c.Tokens[k - 1];
            if (prev.Kind == QTokenKind.Word && ((prev.Classes & WordClass.Determiner) != 0 || IsPossessive(c, prev))
                && !(prev.Quote < 0 && (prev.Classes & WordClass.Quantity) != 0 && !IsNounForm(c, tok) && (tok.Classes & WordClass.Gerund) == 0
                    && !Is(c, tok, "told") && QuantitySubject(c, s, k - 1)))
            {
                return false; // but "Some said …", "One in three said …": a quantity is the subject
            }

            if (prev.Kind == QTokenKind.Word && prev.Quote < 0 && IsUpper(c, prev) && k - 2 >= s && c.Tokens[k - 2].Kind == QTokenKind.Word
                && (c.Tokens[k - 2].Classes & WordClass.Determiner) != 0 && !IsUpper(c, c.Tokens[k - 2]) && IsNounForm(c, tok)
                && !(IsPluralName(c.Span(prev)) && c.Span(tok).Equals(QuoteLexicon.Lemma(c.Span(tok)), StringComparison.OrdinalIgnoreCase) && ClauseFollows(c, k + 1)))
            {
                return false; // "posted a Twitter comment", "the White House statement"
            }

            if (prev.Kind == QTokenKind.Word && prev.Quote < 0 && (prev.Classes & WordClass.Cue) != 0 && (prev.Classes & WordClass.Gerund) == 0 && IsNounForm(c, tok))
            {
                return false; // "told state delegates", "cited report findings": the object of the cue before it
            }

            if (prev.Kind == QTokenKind.Word && prev.Quote < 0 && IsNounForm(c, tok) && !IsUpper(c, prev) && !IsAdverb(c, prev)
                && (prev.Classes & (WordClass.Pronoun | WordClass.ObjectPronoun | WordClass.Role | WordClass.Title | WordClass.Quantity | WordClass.Skip | WordClass.Stop | WordClass.Conjunction | WordClass.Preposition | WordClass.Relative)) == 0
                && !c.Span(prev).EndsWith("s", StringComparison.Ordinal) && (IsAdjectiveForm(c.Span(prev)) || !ClauseFollows(c, k + 1)))
            {
                return false; // "a failed state", "a private email", "the celebrity press": the noun of a noun phrase
            }

            if (IsQuantity(c, prev) && (char.IsDigit(c.Text[prev.Start]) || (prev.Classes & WordClass.Number) != 0)
                && !string.Equals(QuoteLexicon.Lemma(c.Span(tok)), "say", StringComparison.Ordinal))
            {
                return false; // after a number a cue word is a noun or an adjective: "40 states", "1,200 emails", "eight reported incidents"
            }
        }

        return true;
    }

    /// <summary>
    /// A preposition or subordinator that opens a circumstance of the saying, not what was said: "while", "during", "with",
    /// "after", "of" ….
    /// </summary>
    private static bool StartsCircumstance(Ctx c, int j)
    {
        QToken x = c.Tokens[j];
        if (x.Kind != QTokenKind.Word || x.Quote >= 0 || Is(c, x, "that"))
        {
            return false;
        }

        return (x.Classes & WordClass.Preposition) != 0 || Is(c, x, "while") || Is(c, x, "when") || Is(c, x, "because") || Is(c, x, "although")
            || Is(c, x, "though") || Is(c, x, "until") || Is(c, x, "once") || Is(c, x, "if");
    }

    /// <summary>A capitalised plural that can be a subject before a bare verb: "the Republicans expect", "many Democrats think" (not "Kansas", "Congress").</summary>
    private static bool IsPluralName(ReadOnlySpan<char> w) =>
        w.Length > 4 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i') && char.IsUpper(w[0]);

    /// <summary>A cue in its bare or -s form ("state", "emails", "report"), which may as well be a noun; not "said", "told", "argued", "saying".</summary>
    private static bool IsNounForm(Ctx c, QToken tok)
    {
        ReadOnlySpan<char> w = c.Span(tok);
        string? lemma = QuoteLexicon.Lemma(w);
        if (lemma is null or "say" or "tell" || (tok.Classes & WordClass.Gerund) != 0 || w.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return w.Equals(lemma, StringComparison.OrdinalIgnoreCase)
            || (w.Length == lemma.Length + 1 && w.StartsWith(lemma, StringComparison.OrdinalIgnoreCase))
            || (w.Length == lemma.Length + 2 && w.StartsWith(lemma, StringComparison.OrdinalIgnoreCase) && w.EndsWith("es", StringComparison.OrdinalIgnoreCase))
            || (w.EndsWith("ies", StringComparison.OrdinalIgnoreCase) && lemma.EndsWith('y'));
    }

    /// <summary>A word that ends like an adjective ("failed", "private", "national", "populous", "similar").</summary>
    private static bool IsAdjectiveForm(ReadOnlySpan<char> w) =>
        w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("al", StringComparison.Ordinal) || w.EndsWith("ic", StringComparison.Ordinal)
        || w.EndsWith("ive", StringComparison.Ordinal) || w.EndsWith("ous", StringComparison.Ordinal) || w.EndsWith("ful", StringComparison.Ordinal)
        || w.EndsWith("ary", StringComparison.Ordinal) || w.EndsWith("ble", StringComparison.Ordinal) || w.EndsWith("ate", StringComparison.Ordinal)
        || w.EndsWith("lar", StringComparison.Ordinal); // "similar", "popular", "regular"

    /// <summary>Whether what follows a cue can start what it reports: not a preposition, conjunction, auxiliary or the sentence's end.</summary>
    private static bool ClauseFollows(Ctx c, int j)
    {
        if (j >= c.Tokens.Count)
        {
            return false;
        }

        QToken x = c.Tokens[j];
        if (x.Kind == QTokenKind.Open || x.Quote >= 0)
        {
            return true;
        }

        if (x.Kind == QTokenKind.Punct)
        {
            return c.Text[x.Start] is ':' or ',';
        }

        return Is(c, x, "that") || (x.Classes & (WordClass.Preposition | WordClass.Conjunction | WordClass.Stop)) == 0;
    }

    private static bool IsCue(Ctx c, WordClass cls) => (cls & WordClass.Cue) != 0 || (c.Options.BeliefCues && (cls & WordClass.BeliefCue) != 0);

    // ------------------------------------------------------------------ attributions
    private static void AnalyzeSentence(Ctx c, int s, int e, int paragraph, Scratch w, List<StatementCandidate> output)
    {
        List<QToken> t = c.Tokens;
        w.Sentence++;
        List<Attribution> attrs = w.Attributions;
        attrs.Clear();
        int cues = 0;
        int opened = s;
        bool headline = IsHeadline(c, s, e);
        if (AskedClause(c, s, e, out Attribution asked, out int askedEnd))
        {
            // "Asked whether he would endorse Trump, Ryan said …": the question put to the subject, by someone unnamed
            if (Emit(c, asked.RightStart, askedEnd, asked, ++w.Group, output, out _))
            {
                opened = askedEnd + 1;
            }
        }

        for (int k = opened; k < e && cues < MaxCuesPerSentence; k++)
        {
            QToken tok = t[k];
            if (tok.Kind != QTokenKind.Word || tok.Quote >= 0)
            {
                continue;
            }

            if (!IsCue(c, tok.Classes))
            {
                continue; // most words; "according" is a cue word too (the lexicon lists it, and a test holds that)
            }

            bool according = Is(c, tok, "according") && k + 1 < e && Is(c, t[k + 1], "to");
            if (!according && !IsCueUse(c, s, k, headline))
            {
                continue;
            }

            cues++;
            if (!according && (tok.Classes & WordClass.Cue) == 0 && SpeechBefore(attrs))
            {
                continue; // "Trump said the race is close and he feels he can win": a belief inside reported speech
            }

            if (TryAttribution(c, s, e, k, according, attrs, out Attribution a) && !(a.RightStart >= 0 && a.RightStart < e && NothingReported(c, a)))
            {
                attrs.Add(a);
                if (according)
                {
                    k++;
                }
            }
        }

        if (attrs.Count > 1 && attrs[^1].RightStart < 0 && string.Equals(attrs[^1].Lemma, "according to", StringComparison.Ordinal))
        {
            // "“…,” Sanders said, according to CNN.": the outer source reports the whole sentence
            Attribution outer = attrs[^1];
            attrs.Clear();
            attrs.Add(outer);
        }

        int prevEnd = opened;
        int absorbedUntil = -1;
        bool anyContent = false;
        for (int i = 0; i < attrs.Count; i++)
        {
            Attribution a = attrs[i];
            if (a.CueToken < absorbedUntil)
            {
                continue; // reported inside the previous attribution's content ("said she must act, noting …")
            }

            bool belief = a.CueToken < t.Count && (t[a.CueToken].Classes & WordClass.Cue) == 0 && a.Lemma is not null and not "according to";

            int nextBreak = e;
            for (int j = i + 1; j < attrs.Count; j++)
            {
                if (attrs[j].Breaks)
                {
                    nextBreak = attrs[j].LeftBoundary;
                    break;
                }
            }

            int group = ++w.Group;
            bool emitted = false;
            bool leftPureQuote = false;
            int leftStart = prevEnd;
            if (a.AllowLeft && !a.Parenthetical && i > 0 && a.RightStart < 0 && OnlyRightwardBefore(attrs, i) && a.Speaker is not null && !belief
                && a.Lemma is not (null or ":" or "according to") && EndsAfterCue(c, a.CueEnd, e) && !IsPassive(c, s, a.CueToken))
            {
                // "they are asked to rank their choices, and the group is less likely to be “overrun,” Hoover said": the
                // closing attribution reports the whole sentence, the cues inside it included
                leftStart = s;
            }

            int leftEnd = a.AllowLeft ? a.LeftBoundary : leftStart;
            leftStart = NarrowToQuote(c, leftStart, leftEnd);
            bool hasLeft = leftEnd > leftStart && HasContent(c, leftStart, leftEnd) && !(belief && ContainsQuote(c, leftStart, leftEnd));
            bool hasRight = a.RightStart >= 0 && a.RightStart < nextBreak && HasContent(c, a.RightStart, nextBreak) && !(belief && ContainsQuote(c, a.RightStart, nextBreak));
            if (hasLeft)
            {
                leftPureQuote = IsPureQuote(c, leftStart, leftEnd);
                if (!hasRight || leftPureQuote
                    || (a.Parenthetical && ContainsQuote(c, leftStart, leftEnd) && !(SetsTheScene(c, leftStart) && IsPureQuote(c, a.RightStart, nextBreak))))
                {
                    emitted |= Emit(c, leftStart, leftEnd, a, group, output, out _);
                }
                else if (a.Parenthetical && leftStart == s && a.RightStart - 1 >= a.CueEnd && a.RightStart - a.CueEnd <= 6 && IsPunct(c, t[a.RightStart - 1], ',')
                    && (!IsPureQuote(c, a.RightStart, nextBreak) || !SetsTheScene(c, leftStart)))
                {
                    // "The goal, he said, is a durable cease-fire": the words before the parenthetical cue are a fragment of the same content
                    emitted |= Emit(c, leftStart, leftEnd, a, group, output, out _, minWords: 1);
                }
            }

            if (hasRight && leftPureQuote && StartsCircumstance(c, a.RightStart))
            {
                hasRight = false; // "“…,” Sanders said while campaigning in Iowa", "“…,” she said with a grin": no second content
            }

            if (hasRight)
            {
                int cut = CutRight(c, a.RightStart, nextBreak);
                if (a.Lemma is "call" or "dub" or "label" or "brand" or "deem" or "nickname" && !IsCueParticle(c, a, t[a.RightStart - 1]))
                {
                    cut = EndOfNaming(c, a.RightStart, cut);
                }

                if (a.InRelative)
                {
                    cut = EndOfRelative(c, a.RightStart, cut);
                }

                cut = EndOfIntroducedQuotation(c, a.RightStart, cut);
                if (a.CueToken > s && IsSubordinator(c, t[s]) && !a.AsClause && !HasTopLevelComma(c, s + 1, a.CueToken))
                {
                    cut = EndOfSubordinateClause(c, a.RightStart, cut);
                }

                if (Emit(c, a.RightStart, cut, a, group, output, out _))
                {
                    emitted = true;
                    absorbedUntil = cut;
                }
            }

            if (emitted)
            {
                anyContent = true;
                if (!IsRelative(c, a.Speaker) && !a.Belief && !(a.Lemma is "call" or "dub" or "label" or "brand" or "nickname" && w.CarryValid))
                {
                    w.SetCarry(a, group, paragraph); // but "what he calls the “crooked” process" names a thing and hands on no turn
                }
            }
            else if (!hasLeft && !hasRight && i == attrs.Count - 1 && !anyContent && a.Speaker is not null && !IsRelative(c, a.Speaker) && !a.Belief
                && EndsAfterCue(c, a.CueEnd, e))
            {
                // "Anna Berg said in a statement." / "He told the crowd:" — the quotation follows in the next sentence
                w.SetCarry(a, group, paragraph);
            }

            int consumed = Math.Max(a.CueEnd, hasRight ? nextBreak : a.CueEnd);
            if (a.Breaks || emitted)
            {
                prevEnd = Math.Max(prevEnd, consumed);
            }
        }

        if (!anyContent && w.AnyColon && TryColonAttribution(c, s, e, out Attribution colon))
        {
            int group = ++w.Group;
            if (Emit(c, colon.RightStart, e, colon, group, output, out _))
            {
                anyContent = true;
                w.SetCarry(colon, group, paragraph);
            }
        }

        if (!anyContent && w.AnyOpen && TrySubjectColon(c, s, e, out Attribution sc, out int scOpen))
        {
            int group = ++w.Group;
            if (Emit(c, scOpen, e, sc, group, output, out _))
            {
                anyContent = true;
                w.SetCarry(sc, group, paragraph);
            }
        }

        if (!anyContent && w.AnyColon && w.AnyOpen && TryNameColon(c, s, e, out Attribution nc, out int ncOpen))
        {
            int group = ++w.Group;
            if (Emit(c, ncOpen, e, nc, group, output, out _))
            {
                anyContent = true;
                w.SetCarry(nc, group, paragraph);
            }
        }

        if (!anyContent && c.Options.VerbFallback && w.AnyOpen && TryVerbAttribution(c, s, e, out Attribution va))
        {
            int group = ++w.Group;
            if (Emit(c, va.RightStart, CutRight(c, va.RightStart, e), va, group, output, out _))
            {
                anyContent = true;
            }
        }

        if (!anyContent && w.CarryValid)
        {
            // a floating quotation: the sentence is quotations and punctuation only
            bool onlyQuotes = true;
            bool any = false;
            for (int k = s; k < e; k++)
            {
                QToken tok = t[k];
                if (tok.Quote >= 0)
                {
                    any = true;
                }
                else if (tok.Kind == QTokenKind.Word)
                {
                    onlyQuotes = false;
                }
            }

            if (any && !onlyQuotes && w.CarrySentence == w.Sentence - 1 && w.CarryParagraph == paragraph && FloatingPartial(c, s, e))
            {
                // "“…,” said Tad Devine. “We could win enough delegates …” which votes in June.": the next sentence
                // quotes the same speaker inside words of the writer's own; the whole sentence is the content
                int a = s;
                int b = e;
                while (b > a && t[b - 1].Kind == QTokenKind.Punct && t[b - 1].Quote < 0)
                {
                    b--;
                }

                var content = TextSpan.FromBounds(t[a].Start, t[b - 1].End);
                for (int k = a; k < b; k++)
                {
                    QToken tok = t[k];
                    if (tok.Kind == QTokenKind.Open && tok.Quote >= 0)
                    {
                        QuoteChunk q = c.Quotes[tok.Quote];
                        if (q.InnerEnd > q.InnerStart)
                        {
                            output.Add(new StatementCandidate(StatementKind.Partial, TextSpan.FromBounds(q.InnerStart, q.InnerEnd), content, null, null, w.CarrySpeaker,
                                w.CarryName, SpeakerHint.Continuation, null, w.CarryGroup));
                        }
                    }
                }

                w.CarrySentence = w.Sentence;
            }

            if (any && onlyQuotes && !IsQuotedHeading(c, s, e))
            {
                for (int k = s; k < e; k++)
                {
                    QToken tok = t[k];
                    if (tok.Kind == QTokenKind.Open && tok.Quote >= 0)
                    {
                        QuoteChunk q = c.Quotes[tok.Quote];
                        if (q.InnerEnd > q.InnerStart)
                        {
                            var span = TextSpan.FromBounds(q.InnerStart, q.InnerEnd);
                            output.Add(new StatementCandidate(StatementKind.Direct, span, span, null, null, w.CarrySpeaker,
                                w.CarryName, w.CarrySpeaker is null ? SpeakerHint.None : SpeakerHint.Continuation, null, w.CarryGroup));
                        }
                    }
                }

                w.CarryParagraph = paragraph;
                w.CarrySentence = w.Sentence;
            }
        }
    }

    /// <summary>
    /// A sentence that opens with the question put to its subject: "Asked whether he would run, Ryan said …", "When asked
    /// in May if he would endorse Trump, he …", "Asked by Stephanopoulos to respond, …". The content runs from the question
    /// word ("if", "whether", "why", "to" …; after "about" the topic) to the comma; the speaker is the agent of "by" or unknown.
    /// </summary>
    private static bool AskedClause(Ctx c, int s, int e, out Attribution a, out int end)
    {
        List<QToken> t = c.Tokens;
        a = default;
        end = -1;
        int k = s;
        if (k + 1 < e && t[k].Kind == QTokenKind.Word && t[k].Quote < 0 && (Is(c, t[k], "when") || Is(c, t[k], "if") || Is(c, t[k], "once") || Is(c, t[k], "after")))
        {
            k++;
        }

        if (k >= e || !Is(c, t[k], "asked") || t[k].Quote >= 0)
        {
            return false;
        }

        a.CueToken = k;
        a.CueEnd = k + 1;
        a.Lemma = "ask";
        a.RightStart = -1;
        int j = k + 1;
        if (j + 1 < e && Is(c, t[j], "by") && ParseNpRight(c, j + 1, e, out int bs, out int be, out SpeakerHint bh))
        {
            SetSpeaker(c, ref a, bs, be, bh);
            j = be;
        }

        for (int limit = Math.Min(e, j + 8); j < limit; j++)
        {
            QToken x = t[j];
            if (x.Kind != QTokenKind.Word || x.Quote >= 0)
            {
                return false;
            }

            if (Is(c, x, "about"))
            {
                a.RightStart = j + 1;
                break;
            }

            if (Is(c, x, "if") || Is(c, x, "whether") || Is(c, x, "why") || Is(c, x, "what") || Is(c, x, "how") || Is(c, x, "who")
                || Is(c, x, "whom") || Is(c, x, "which") || Is(c, x, "where") || Is(c, x, "to"))
            {
                a.RightStart = j;
                break;
            }
        }

        if (a.RightStart < 0)
        {
            return false;
        }

        for (int q = a.RightStart + 1; q < e; q++)
        {
            if (t[q].Quote < 0 && t[q].Kind == QTokenKind.Punct && c.Text[t[q].Start] is ',' or ';' or ':' or '\u2014')
            {
                end = q;
                return IsPunct(c, t[q], ',');
            }
        }

        return false;
    }

    /// <summary>
    /// An object of "find", "charge" or "maintain" that reports nothing: "found himself in trouble", "found a receptive audience",
    /// "was charged with assault", "maintains a lead" (but "found that …", "the poll found most voters undecided", "charged that …",
    /// "maintained she …"); a noun
    /// phrase after "continues to" + cue ("continues to report losses", but "continued to insist that …").
    /// </summary>
    private static bool NothingReported(Ctx c, Attribution a)
    {
        List<QToken> t = c.Tokens;
        QToken x = t[a.RightStart];
        if (x.Kind != QTokenKind.Word || x.Quote >= 0)
        {
            return false;
        }

        if (a.CueToken - 2 >= 0 && Is(c, t[a.CueToken - 1], "to") && string.Equals(QuoteLexicon.Lemma(c.Span(t[a.CueToken - 2])), "continue", StringComparison.Ordinal))
        {
            return !Is(c, x, "that") && (x.Classes & WordClass.Pronoun) == 0; // "continues to report losses", but "continued to say he …"
        }

        ReadOnlySpan<char> w = c.Span(x);
        return a.Lemma switch
        {
            "find" => Is(c, x, "a") || Is(c, x, "an") || w.EndsWith("self", StringComparison.OrdinalIgnoreCase) || w.EndsWith("selves", StringComparison.OrdinalIgnoreCase),
            "charge" => Is(c, x, "with"),
            "maintain" => !Is(c, x, "that") && (x.Classes & WordClass.Pronoun) == 0, // "maintains a lead", but "maintained that …"
            _ => false,
        };
    }

    /// <summary>
    /// A paragraph that is one short quotation in single marks ("'A healthy environment.'"): a section heading that
    /// quotes the story, not a quotation continuing the last speaker.
    /// </summary>
    private static bool IsQuotedHeading(Ctx c, int s, int e)
    {
        List<QToken> t = c.Tokens;
        if (s != 0 || e != t.Count || t[s].Kind != QTokenKind.Open || c.Text[t[s].Start] is not ('\'' or '\u2018') || t[s].End - t[s].Start != 1)
        {
            return false;
        }

        int words = 0;
        for (int k = s; k < e; k++)
        {
            words += t[k].Kind == QTokenKind.Word ? 1 : 0;
        }

        return words <= 6;
    }

    /// <summary>
    /// A sentence that quotes without a cue of its own: no verb of saying outside the quotations, and a first quotation
    /// of three words or more that opens the sentence or comes within its first few words.
    /// </summary>
    private static bool FloatingPartial(Ctx c, int s, int e)
    {
        List<QToken> t = c.Tokens;
        for (int k = s; k < e; k++)
        {
            if (t[k].Kind == QTokenKind.Word && t[k].Quote < 0 && IsCue(c, t[k].Classes))
            {
                return false;
            }
        }

        for (int k = s; k < e; k++)
        {
            QToken x = t[k];
            if (x.Kind == QTokenKind.Open && x.Quote >= 0)
            {
                QuoteChunk q = c.Quotes[x.Quote];
                int words = 0;
                int close = q.CloseToken < 0 ? e : Math.Min(q.CloseToken, e);
                for (int m = k + 1; m < close; m++)
                {
                    if (t[m].Kind == QTokenKind.Word)
                    {
                        words++;
                    }
                }

                return k - s <= FloatingLead && words >= 3;
            }
        }

        return false;
    }

    /// <summary>Whether only a short frame ("in a statement", "to reporters on Monday") and the sentence's end follow the cue.</summary>
    private static bool EndsAfterCue(Ctx c, int from, int e)
    {
        List<QToken> t = c.Tokens;
        for (int k = from; k < e; k++)
        {
            QToken x = t[k];
            if (x.Quote >= 0 || x.Kind is QTokenKind.Open or QTokenKind.Close || k - from > 8 || (x.Kind == QTokenKind.Word && (Is(c, x, "that") || IsCue(c, x.Classes))))
            {
                return false;
            }

            if (x.Kind == QTokenKind.Punct && c.Text[x.Start] is not ('.' or ':' or ','))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether every attribution before <paramref name="i"/> has its content after its cue (none takes words on its left).</summary>
    private static bool OnlyRightwardBefore(List<Attribution> attrs, int i)
    {
        for (int j = 0; j < i; j++)
        {
            if (attrs[j].AllowLeft || attrs[j].RightStart < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool SpeechBefore(List<Attribution> attrs)
    {
        foreach (Attribution a in attrs)
        {
            if (a.RightStart >= 0 && !a.Belief)
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryAttribution(Ctx c, int s, int e, int k, bool according, List<Attribution> previous, out Attribution a)
    {
        List<QToken> t = c.Tokens;
        a = default;
        a.CueToken = k;
        a.CueEnd = according ? k + 2 : k + 1;
        a.Lemma = according ? "according to" : QuoteLexicon.Lemma(c.Span(t[k]));
        a.Channel = null;
        a.Belief = !according && (t[k].Classes & WordClass.Cue) == 0;
        bool gerund = (t[k].Classes & WordClass.Gerund) != 0;
        if (according)
        {
            if (!ParseNpRight(c, k + 2, e, out int ns, out int ne, out SpeakerHint hint))
            {
                return false;
            }

            ne = ExtendMentionRight(c, ne, e);
            ne = SourceEnd(c, ne, e);

            SetSpeaker(c, ref a, ns, ne, hint);
            a.CueEnd = ne;
            int before = PrevSignificant(c, s, k);
            bool initial = before < s || (before == s && (t[s].Classes & WordClass.Conjunction) != 0)
                || (before == s + 1 && IsPunct(c, t[before], ',') && (t[s].Classes & WordClass.Conjunction) != 0); // "But, according to the poll, …"
            bool interrupts = !initial && before >= s && IsPunct(c, t[before], ',') && t[before].Quote < 0 && ne + 1 < e && IsPunct(c, t[ne], ',')
                && t[ne + 1].Kind == QTokenKind.Word && t[ne + 1].Quote < 0 && !IsUpper(c, t[ne + 1])
                && (IsBeForm(c, t[ne + 1]) || IsAuxiliary(c, t[ne + 1]) || (IsPastVerb(c, t[ne + 1]) && !IsCue(c, t[ne + 1].Classes) && !Is(c, t[ne + 1], "compared")));
            if (interrupts)
            {
                // "Fundraising, according to the campaign, has surged": the source interrupts its content, before and after
                a.AllowLeft = true;
                a.Parenthetical = true;
                a.LeftBoundary = k;
                a.RightStart = ne + 1;
                a.Breaks = true;
            }
            else if (initial)
            {
                a.AllowLeft = false;
                a.RightStart = ne < e && IsPunct(c, t[ne], ',') ? ne + 1 : ne;
                a.LeftBoundary = k;
                a.Breaks = false;
            }
            else
            {
                a.AllowLeft = true;
                a.LeftBoundary = k;
                a.RightStart = -1;
                a.Breaks = true;
            }

            return true;
        }

        int aux = k - 1 >= s && !IsBeForm(c, t[k - 1]) && IsAdverb(c, t[k - 1]) && t[k - 1].Quote < 0 ? k - 2 : k - 1; // "is already claiming"
        bool progressive = gerund && aux >= s && t[aux].Quote < 0 && IsBeForm(c, t[aux])
            && (IsPlainSpeech(a.Lemma) || (a.Lemma is "call" && k + 1 < e && Is(c, t[k + 1], "for"))); // "Trump is telling a town hall in Salem that …", "is calling for"
        if ((!gerund || progressive) && ParseSubjectLeft(c, s, k, out int ss, out int se, out SpeakerHint sh))
        {
            if (sh != SpeakerHint.Pronoun && NameBeforeApposition(c, s, ss, out int ns2, out int ne2))
            {
                // "Sam Lau, the party's communications director said": the name the unclosed apposition describes
                ss = ns2;
                se = ne2;
                sh = SpeakerHint.Name;
            }

            SetSpeaker(c, ref a, ss, se, sh);
            a.LeftBoundary = ss;
            int before = ss - 1;
            a.InRelative = (sh == SpeakerHint.Pronoun && (t[ss].Classes & WordClass.Relative) != 0 && !Is(c, t[ss], "that"))
                || (before >= s && t[before].Kind == QTokenKind.Word && t[before].Quote < 0 && (Is(c, t[before], "which") || Is(c, t[before], "that") || Is(c, t[before], "whom"))
                    && before - 1 >= s && ((!Is(c, t[before], "that") && IsPunct(c, t[before - 1], ','))
                        || (t[before - 1].Kind == QTokenKind.Word && !IsCue(c, t[before - 1].Classes) && (t[before - 1].Classes & (WordClass.Stop | WordClass.Preposition | WordClass.Conjunction)) == 0)));
            a.Breaks = before >= s && (IsBreakPunct(c, t[before]) || t[before].Kind == QTokenKind.Close
                || ((t[before].Classes & WordClass.Conjunction) != 0 && before - 1 >= s && IsBreakPunct(c, t[before - 1]))
                || Is(c, t[before], "and") || Is(c, t[before], "but"));
            if (string.Equals(a.Lemma, "call", StringComparison.Ordinal) && sh == SpeakerHint.Description && !QuoteAfterObject(c, k + 1, e))
            {
                return false; // "a class called “Perception”"; but "one lawmaker called Trump “the orange prince”" names its object
            }

            a.AllowLeft = before >= s && (IsBreakPunct(c, t[before]) || t[before].Kind == QTokenKind.Close)
                && !(sh == SpeakerHint.Pronoun && (t[ss].Classes & WordClass.Relative) != 0 && !Is(c, t[ss], "that")); // "Petrilli, who thinks": the antecedent is no content
            a.Parenthetical = before >= s && IsPunct(c, t[before], ',') && t[before].Quote < 0;
            if (before >= s && Is(c, t[before], "as") && t[before].Quote < 0 && OpensClause(c, s, before) && CommaAfterCue(c, k + 1, e))
            {
                // "As Comey noted, people involved could still face sanctions": the clause after the comma is what was noted
                a.Parenthetical = true;
                a.AsClause = true;
            }

            int from = k + 1;
            if (IsPassive(c, s, k))
            {
                // "Clinton was asked whether …", "it was widely reported that …": the subject said nothing; the speaker is the agent
                // of "by" ("was told by aides that …") or unknown
                a.Speaker = null;
                a.SpeakerName = null;
                a.Hint = SpeakerHint.None;
                if (from + 1 < e && Is(c, t[from], "by") && t[from].Quote < 0 && ParseNpRight(c, from + 1, e, out int bs, out int be, out SpeakerHint bh))
                {
                    SetSpeaker(c, ref a, bs, be, bh);
                    from = be;
                }
            }

            a.RightStart = RightContentStart(c, from, e, (t[k].Classes & WordClass.TellCue) != 0, ref a);
            return true;
        }

        int prev = PrevSignificant(c, s, k);
        bool afterBreak = (prev >= s && (IsBreakPunct(c, t[prev]) || t[prev].Kind == QTokenKind.Close)) || k == s;
        bool relativeBefore = !gerund && prev >= s && IsPunct(c, t[prev], ',') && t[prev].Quote < 0 && AppositionSubject(c, s, prev, out _, out int ae, out _)
            && ae + 1 < prev && Is(c, t[ae + 1], "who"); // "Obama, who has denounced the attack, reiterated his frustration": no inversion
        if (!gerund && afterBreak && !relativeBefore && ParseNpRight(c, k + 1, e, out int rs, out int re, out SpeakerHint rh)
            && (rh != SpeakerHint.Pronoun || Is(c, t[rs], "he") || Is(c, t[rs], "she") || Is(c, t[rs], "they") || Is(c, t[rs], "we") || Is(c, t[rs], "i"))
            && (re >= e || t[re].Kind != QTokenKind.Word || (t[re].Classes & (WordClass.Time | WordClass.Preposition | WordClass.Relative)) != 0
                || (!IsUpper(c, t[re]) && (IsPastVerb(c, t[re]) || c.Span(t[re]).EndsWith("ing", StringComparison.Ordinal)))))
        {
            // inversion: “…,” said Sen. John Smith.
            re = ExtendMentionRight(c, re, e);
            if (rh == SpeakerHint.Description)
            {
                re = SourceEnd(c, re, e); // "said a person in attendance."
            }

            Invert(c, ref a, k, rs, re, rh, e);
            return true;
        }

        if (!gerund && afterBreak && prev >= s && (t[prev].Kind == QTokenKind.Close || t[prev].Quote >= 0) && LooseNpRight(c, k + 1, e, out int le))
        {
            // “…,” said the printed campaign slate card. — a mention that runs to the sentence's end or an apposition
            Invert(c, ref a, k, k + 1, le, SpeakerHint.Description, e);
            return true;
        }

        if (!gerund && prev >= s && IsPunct(c, t[prev], ',') && t[prev].Quote < 0 && AppositionSubject(c, s, prev, out int ps, out int pe, out SpeakerHint ph))
        {
            // "Barkley, who said he votes Democratic, said one candidate …": the subject, set off by an apposition or a relative clause
            SetSpeaker(c, ref a, ps, pe, ph);
            a.LeftBoundary = k;
            a.AllowLeft = false;
            a.Breaks = true;
            a.RightStart = RightContentStart(c, k + 1, e, (t[k].Classes & WordClass.TellCue) != 0, ref a);
            return a.RightStart >= 0;
        }

        if (gerund && !afterBreak && prev >= s && prev == k - 1 && t[prev].Kind == QTokenKind.Word && t[prev].Quote < 0
            && ParseNpLeft(c, s, prev, out int ws, out int we, out SpeakerHint wh) && we == k && ws - 1 >= s && Is(c, t[ws - 1], "with") && wh != SpeakerHint.Pronoun)
        {
            // "with Donald Trump tweeting that …", "with one of her ads asking, “…”": the noun phrase that "with" opens
            SetSpeaker(c, ref a, ws, we, wh);
            a.LeftBoundary = ws - 1;
            a.AllowLeft = false;
            a.Breaks = true;
            a.RightStart = RightContentStart(c, k + 1, e, (t[k].Classes & WordClass.TellCue) != 0, ref a);
            return a.RightStart >= 0;
        }

        bool conjunction = prev >= s && t[prev].Kind == QTokenKind.Word && (Is(c, t[prev], "and") || Is(c, t[prev], "but"));
        bool linkedGerund = gerund && !afterBreak && prev >= s && t[prev].Kind == QTokenKind.Word && t[prev].Quote < 0 && prev == k - 1
            && (Is(c, t[prev], "by") || Is(c, t[prev], "in") || Is(c, t[prev], "while") || Is(c, t[prev], "when") || Is(c, t[prev], "after") || Is(c, t[prev], "before"))
            && IsPlainSpeech(a.Lemma);
        if ((gerund && afterBreak) || (conjunction && !gerund) || linkedGerund)
        {
            // “…,” Orpo said, adding that …: the speaker of the previous attribution, else the sentence's subject;
            // "Obama punctuated his list by saying “Too many.”": the sentence's subject
            if (previous.Count > 0 && !linkedGerund)
            {
                Attribution p = previous[^1];
                a.Speaker = p.Speaker;
                a.SpeakerName = p.SpeakerName;
                a.Hint = p.Hint;
            }
            else if (FindSubject(c, s, k, out int fs, out int fe, out SpeakerHint fh) && (fh != SpeakerHint.Description || fe - fs <= 4))
            {
                SetSpeaker(c, ref a, fs, fe, fh);
            }
            else
            {
                return false;
            }

            a.LeftBoundary = linkedGerund ? prev : k; // "… the divides have grown, while arguing that …": the link word ends the content before
            a.AllowLeft = false;
            a.Breaks = true;
            a.RightStart = RightContentStart(c, k + 1, e, (t[k].Classes & WordClass.TellCue) != 0, ref a);
            return a.RightStart >= 0;
        }

        return false;
    }

    /// <summary>An inverted attribution: the mention <c>[ns, ne)</c> after the cue at <paramref name="k"/>, the content before the cue (or a quotation after a comma).</summary>
    private static void Invert(Ctx c, ref Attribution a, int k, int ns, int ne, SpeakerHint hint, int e)
    {
        SetSpeaker(c, ref a, ns, ne, hint);
        a.CueEnd = ne;
        a.LeftBoundary = k;
        a.AllowLeft = true;
        a.Breaks = true;
        a.RightStart = QuoteAfterComma(c, ne, e);
    }

    /// <summary>A form of "be": "is", "are", "was", "were", "be", "been", "being".</summary>
    private static bool IsBeForm(Ctx c, QToken x) => x.Kind == QTokenKind.Word
        && (Is(c, x, "was") || Is(c, x, "were") || Is(c, x, "been") || Is(c, x, "is") || Is(c, x, "are") || Is(c, x, "be") || Is(c, x, "being"));

    /// <summary>A verb that reports what was said and nothing else (not praise, blame, belief or a request): "say", "tell", "argue", "warn" ….</summary>
    private static bool IsPlainSpeech(string? lemma) =>
        lemma is "say" or "tell" or "argue" or "claim" or "insist" or "explain" or "note" or "suggest" or "write" or "declare" or "state"
            or "warn" or "promise" or "vow" or "add" or "predict" or "acknowledge" or "announce" or "assert" or "contend" or "stress" or "reply" or "respond"
            or "answer" or "tweet" or "post" or "joke" or "complain" or "admit" or "concede" or "deny" or "confirm" or "reveal" or "recall" or "point"
            or "ask";

    /// <summary>
    /// Whether the cue at <paramref name="k"/> is a passive participle after a form of "be", adverbs allowed between
    /// ("was asked", "has been widely criticized", "is expected"); not "is quoted as saying", whose subject is the speaker.
    /// </summary>
    private static bool IsPassive(Ctx c, int s, int k)
    {
        List<QToken> t = c.Tokens;
        ReadOnlySpan<char> w = c.Span(t[k]);
        if (!(w.EndsWith("ed", StringComparison.Ordinal) || w is "told" or "said" or "seen" or "shown" or "known" or "written" or "heard" or "given" or "thought" or "taught")
            || Is(c, t[k], "quoted"))
        {
            return false;
        }

        int j = k - 1;
        while (j >= s && j > k - 4 && !IsBeForm(c, t[j]) && IsAdverb(c, t[j]))
        {
            j--;
        }

        if (j >= s && t[j].Quote < 0 && t[j].Kind == QTokenKind.Word && j == k - 1 && IsPronounIs(c.Span(t[j])))
        {
            return true; // "It’s called …", "That's known as …"
        }

        return j >= s && t[j].Quote < 0 && IsBeForm(c, t[j]);

        static bool IsPronounIs(ReadOnlySpan<char> w) =>
            w.Length > 2 && w[^1] is 's' or 'S' && w[^2] is '\'' or '\u2019'
            && (w[..^2].Equals("it", StringComparison.OrdinalIgnoreCase) || w[..^2].Equals("that", StringComparison.OrdinalIgnoreCase)
                || w[..^2].Equals("he", StringComparison.OrdinalIgnoreCase) || w[..^2].Equals("she", StringComparison.OrdinalIgnoreCase)
                || w[..^2].Equals("what", StringComparison.OrdinalIgnoreCase) || w[..^2].Equals("there", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Where the source of "according to" ends: the words after its noun phrase up to the next comma, colon, dash,
    /// parenthesis or the sentence's end belong to it ("the RealClearPolitics polling average in New Hampshire", "data
    /// released Friday by state gaming regulators"), when that is at most ten words and no quotation on.
    /// </summary>
    private static int SourceEnd(Ctx c, int ne, int e)
    {
        List<QToken> t = c.Tokens;
        int limit = Math.Min(e, ne + 11);
        for (int k = ne; k < limit; k++)
        {
            QToken x = t[k];
            if (x.Kind == QTokenKind.Punct && x.Quote < 0)
            {
                return k;
            }

            if (x.Kind != QTokenKind.Word || x.Quote >= 0 || Is(c, x, "that") || (x.Classes & WordClass.Relative) != 0
                || (IsCue(c, x.Classes) && (x.Classes & WordClass.Gerund) == 0 && !IsPastVerb(c, x)))
            {
                return ne;
            }
        }

        return limit == e ? e : ne;
    }

    /// <summary>
    /// A name that opens the sentence (after a conjunction at most) and ends at the comma before <paramref name="description"/>:
    /// "Sam Lau, the party's communications director said", where the apposition's closing comma is missing.
    /// </summary>
    private static bool NameBeforeApposition(Ctx c, int s, int description, out int ns, out int ne)
    {
        List<QToken> t = c.Tokens;
        ns = ne = -1;
        int comma = description - 1;
        while (comma > s && description - comma < MaxNpTokens && t[comma].Kind == QTokenKind.Word && t[comma].Quote < 0 && !IsCue(c, t[comma].Classes))
        {
            comma--; // "the chief engineer of the Lund Harbour Authority": the mention may be the apposition's last noun phrase
        }

        if (comma <= s || !IsPunct(c, t[comma], ',') || t[comma].Quote >= 0)
        {
            return false;
        }

        description = comma + 1;

        // the apposition is a described role ("a former aide to …", "the party's chairman", "president of …"), not a bare plural ("officials")
        QToken first = t[description];
        if (first.Kind != QTokenKind.Word || !(Is(c, first, "a") || Is(c, first, "an") || Is(c, first, "the") || IsPossessive(c, first)
            || (!IsUpper(c, first) && (first.Classes & (WordClass.Title | WordClass.Role)) != 0 && !c.Span(first).EndsWith("s", StringComparison.Ordinal))))
        {
            return false;
        }

        // a full name of two words or more: not a sentence adverb ("Still, the poll's authors said")
        int start = t[s].Kind == QTokenKind.Word && (t[s].Classes & WordClass.Conjunction) != 0 ? s + 1 : s;
        if (comma - start < 2)
        {
            return false;
        }

        for (int m = start; m < comma; m++)
        {
            if (!IsUpper(c, t[m]) || t[m].Quote >= 0)
            {
                return false;
            }
        }

        return ParseNpRight(c, start, comma, out ns, out ne, out SpeakerHint hint) && ns == start && ne == comma && hint == SpeakerHint.Name;
    }

    /// <summary>
    /// The sentence's subject when an apposition or a relative clause, set off by commas, stands between it and the cue:
    /// "Six newspapers in New Jersey, including the Asbury Park Press, said …", "Barkley, who said he votes Democratic,
    /// said …". The noun phrase opens the sentence (after a conjunction at most) and ends at a comma; what follows up to
    /// <paramref name="comma"/> (the comma before the cue) holds no quotation, no other punctuation and, unless it is a
    /// relative clause, no cue of its own.
    /// </summary>
    private static bool AppositionSubject(Ctx c, int s, int comma, out int ns, out int ne, out SpeakerHint hint)
    {
        List<QToken> t = c.Tokens;
        int start = s < comma && t[s].Kind == QTokenKind.Word && (t[s].Classes & WordClass.Conjunction) != 0 ? s + 1 : s;
        if (start + 2 < comma && IsOpener(c, t[start]) && IsPunct(c, t[start + 1], ','))
        {
            start += 2; // "Still, Petrilli, who thinks …, called"
        }

        if (!ParseNpRight(c, start, comma, out ns, out ne, out hint) || ns != start || hint == SpeakerHint.Pronoun)
        {
            return false;
        }

        ne = ExtendMentionRight(c, ne, comma);
        if (ne >= comma - 1 || !IsPunct(c, t[ne], ',') || comma - ne > 30)
        {
            return false;
        }

        bool relative = t[ne + 1].Kind == QTokenKind.Word && (t[ne + 1].Classes & WordClass.Relative) != 0;
        for (int m = ne + 1; m < comma; m++)
        {
            QToken x = t[m];
            if (x.Quote >= 0 || x.Kind != QTokenKind.Word && !IsPunct(c, x, ',') && !IsPunct(c, x, '-') && !IsPunct(c, x, '.') && !IsPunct(c, x, '\''))
            {
                return false;
            }

            if (x.Kind == QTokenKind.Word && !relative && IsCue(c, x.Classes))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A sentence opener set off by a comma: "Still", "Meanwhile", "Today", an adverb in -ly ("Hastily").</summary>
    private static bool IsOpener(Ctx c, QToken x)
    {
        if (x.Kind != QTokenKind.Word || x.Quote >= 0)
        {
            return false;
        }

        ReadOnlySpan<char> w = c.Span(x);
        return (w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && (x.Classes & (WordClass.Title | WordClass.Role)) == 0)
            || IsSentenceAdverb(c, x) || Is(c, x, "still") || Is(c, x, "now") || Is(c, x, "today") || Is(c, x, "yesterday") || Is(c, x, "yet")
            || Is(c, x, "indeed") || Is(c, x, "separately") || Is(c, x, "earlier") || Is(c, x, "afterward") || Is(c, x, "afterwards") || Is(c, x, "finally");
    }

    /// <summary>The sentence's subject before <paramref name="limit"/>: the last mention at the start or after a comma that a lower-case verb follows.</summary>
    private static bool FindSubject(Ctx c, int s, int limit, out int ns, out int ne, out SpeakerHint hint)
    {
        List<QToken> t = c.Tokens;
        ns = ne = -1;
        hint = SpeakerHint.None;
        for (int p = s; p < limit && p < s + 40; p++)
        {
            if (t[p].Quote >= 0 || (p > s && !IsPunct(c, t[p - 1], ',') && !(p == s + 1 && (t[s].Classes & WordClass.Conjunction) != 0)))
            {
                continue;
            }

            QToken first = t[p];
            if (first.Kind != QTokenKind.Word || (first.Classes & (WordClass.Preposition | WordClass.Conjunction | WordClass.Stop | WordClass.Time | WordClass.Skip | WordClass.Calendar)) != 0
                || IsAdverb(c, first) || c.Span(first).EndsWith("ing", StringComparison.Ordinal) || char.IsDigit(c.Text[first.Start]))
            {
                continue;
            }

            if (ParseNpRight(c, p, limit, out int a, out int b, out SpeakerHint h) && b < limit)
            {
                int v = b;
                if (IsPunct(c, t[b], ',') && h == SpeakerHint.Name)
                {
                    // "Mitch McConnell, R-Ky., delivered": skip one apposition
                    for (int q = b + 1; q < limit && q < b + 14; q++)
                    {
                        if (t[q].Quote >= 0)
                        {
                            break;
                        }

                        if (IsPunct(c, t[q], ','))
                        {
                            v = q + 1;
                            break;
                        }
                    }
                }

                v = SkipAdverbials(c, v, limit);
                if (v < limit && t[v].Kind == QTokenKind.Word && t[v].Quote < 0 && !IsUpper(c, t[v])
                    && (t[v].Classes & (WordClass.Preposition | WordClass.Conjunction | WordClass.Determiner | WordClass.Time)) == 0)
                {
                    ns = a;
                    ne = b;
                    hint = h;
                }
            }
        }

        return ns >= 0;
    }

    /// <summary>
    /// Past adverbs and time phrases between a subject and its verb: "Trump on Thursday ratcheted up …", "He also spoke
    /// …", "Clinton last week sought …"; at most four words, never an auxiliary ("has", "went").
    /// </summary>
    private static int SkipAdverbials(Ctx c, int v, int limit)
    {
        List<QToken> t = c.Tokens;
        int start = v;
        while (v < limit && v < start + 4 && t[v].Kind == QTokenKind.Word && t[v].Quote < 0)
        {
            QToken x = t[v];
            if ((x.Classes & WordClass.Calendar) != 0
                || (IsAdverb(c, x) && !IsUpper(c, x) && (x.Classes & WordClass.Stop) == 0 && !Is(c, x, "went") && !Is(c, x, "been") && !Is(c, x, "being")))
            {
                v++;
            }
            else if (v + 1 < limit && (t[v + 1].Classes & WordClass.Calendar) != 0 && Is(c, x, "on"))
            {
                v += 2;
            }
            else if (v + 1 < limit && (Is(c, x, "last") || Is(c, x, "this")) && (t[v + 1].Classes & WordClass.Time) != 0 && !IsUpper(c, t[v + 1]))
            {
                v += 2;
            }
            else
            {
                break;
            }
        }

        return v;
    }

    private static int PrevSignificant(Ctx c, int s, int k)
    {
        int j = k - 1;
        int skipped = 0;
        while (j >= s && c.Tokens[j].Kind == QTokenKind.Word && c.Tokens[j].Quote < 0 && skipped < 4)
        {
            QToken x = c.Tokens[j];
            if (IsAdverb(c, x) || (IsSentenceAdverb(c, x) && !IsUpper(c, x) && j > s)) // "Carter however said"
            {
                j--;
                skipped++;
            }
            else if ((x.Classes & WordClass.Time) != 0 && !IsUpper(c, x) && j - 1 >= s && (c.Tokens[j - 1].Classes & WordClass.Calendar) != 0
                     && (Is(c, x, "morning") || Is(c, x, "afternoon") || Is(c, x, "evening") || Is(c, x, "night")))
            {
                j--; // "Spicer on Thursday evening said": the calendar word comes next
            }
            else if ((x.Classes & WordClass.Time) != 0 && !IsUpper(c, x) && j - 2 >= s && (c.Tokens[j - 1].Classes & WordClass.Determiner) != 0
                     && (Is(c, c.Tokens[j - 2], "at") || Is(c, c.Tokens[j - 2], "for") || Is(c, c.Tokens[j - 2], "by") || Is(c, c.Tokens[j - 2], "in")))
            {
                j -= 3; // "Trump at the time said", "he for a while said"
                skipped++;
            }
            else if (Is(c, x, "to") && CatenativeBefore(c, s, j) is int v and >= 0)
            {
                j = v - 1; // "Trump went on to say", "Clinton continued to insist", "Sexton was quick to point out"
                skipped++;
            }
            else if ((x.Classes & WordClass.Calendar) != 0)
            {
                // "Trump on Tuesday said", "Trump Tuesday said"
                j--;
                skipped++;
                if (j >= s && (Is(c, c.Tokens[j], "on") || Is(c, c.Tokens[j], "last") || Is(c, c.Tokens[j], "this")))
                {
                    j--;
                }
            }
            else
            {
                break;
            }
        }

        return j;
    }

    /// <summary>
    /// Where a verb chain that hands its subject on to the infinitive after <paramref name="to"/> starts: "went on", "goes on",
    /// "continued", "is continuing", "was quick"; or -1.
    /// </summary>
    private static int CatenativeBefore(Ctx c, int s, int to)
    {
        List<QToken> t = c.Tokens;
        int v = to - 1;
        if (v < s || t[v].Kind != QTokenKind.Word || t[v].Quote >= 0)
        {
            return -1;
        }

        if (Is(c, t[v], "on") && v - 1 >= s && (Is(c, t[v - 1], "went") || Is(c, t[v - 1], "goes") || Is(c, t[v - 1], "go") || Is(c, t[v - 1], "going")))
        {
            v--;
        }
        else if (Is(c, t[v], "quick") && v - 1 >= s && IsBeForm(c, t[v - 1]))
        {
            return v - 1;
        }
        else if (!string.Equals(QuoteLexicon.Lemma(c.Span(t[v])), "continue", StringComparison.Ordinal))
        {
            return -1;
        }

        return v - 1 >= s && IsBeForm(c, t[v - 1]) ? v - 1 : v; // "is continuing to insist"
    }

    private static void SetSpeaker(Ctx c, ref Attribution a, int ns, int ne, SpeakerHint hint)
    {
        List<QToken> t = c.Tokens;
        a.Speaker = TextSpan.FromBounds(t[ns].Start, t[ne - 1].End);
        a.Hint = hint;
        a.SpeakerName = a.Speaker;
        if (hint == SpeakerHint.Name)
        {
            // the name alone: the capitalised run after the last title word
            int nameStart = ns;
            int nameEnd = ne;
            for (int j = ns; j < ne; j++)
            {
                if (IsPunct(c, t[j], '(') || IsPunct(c, t[j], ','))
                {
                    nameEnd = j;
                    break;
                }
            }

            for (int j = ns; j < nameEnd; j++)
            {
                QToken tok = t[j];
                if ((tok.Classes & (WordClass.Title | WordClass.Determiner)) != 0 || !IsUpper(c, tok) || c.Span(tok).EndsWith("'s", StringComparison.Ordinal)
                    || c.Span(tok).EndsWith("\u2019s", StringComparison.Ordinal) || IsNationality(c.Span(tok)))
                {
                    nameStart = j + 1;
                }
            }

            if (nameStart < nameEnd)
            {
                a.SpeakerName = TextSpan.FromBounds(t[nameStart].Start, t[nameEnd - 1].End);
            }
        }
    }

    private static bool IsNationality(ReadOnlySpan<char> w) =>
        w.EndsWith("ish", StringComparison.Ordinal) || w.EndsWith("ian", StringComparison.Ordinal)
        || w.EndsWith("ese", StringComparison.Ordinal) || w.EndsWith("can", StringComparison.Ordinal);

    /// <summary>The subject of a cue: "Zelensky said", "a spokesman for the company said", "Yuri Ushakov, aide to …, said", "he said".</summary>
    private static bool ParseSubjectLeft(Ctx c, int s, int k, out int ns, out int ne, out SpeakerHint hint)
    {
        List<QToken> t = c.Tokens;
        ns = ne = -1;
        hint = SpeakerHint.None;
        int j = PrevSignificant(c, s, k);
        if (j < s)
        {
            return false;
        }

        QToken tok = t[j];
        if (tok.Kind == QTokenKind.Punct && tok.Quote < 0 && c.Text[tok.Start] == ')')
        {
            // "Rep. Bobby Scott (D-Va.) said": the parenthesis belongs to the mention
            for (int m = j - 1; m >= s && m > j - 8; m--)
            {
                if (IsPunct(c, t[m], '('))
                {
                    if (m == j - 1 || !ParseNpLeft(c, s, m - 1, out ns, out _, out hint) || hint != SpeakerHint.Name)
                    {
                        return false;
                    }

                    ne = j + 1;
                    ns = ExtendToQuote(c, s, ns);
                    return true;
                }
            }

            return false;
        }

        if (tok.Kind == QTokenKind.Punct && tok.Quote < 0 && c.Text[tok.Start] is ',' or '\u2014')
        {
            // apposition: NAME, description, said — the first comma-delimited segment that is a whole noun phrase
            int b = j - 1;
            while (b >= s && b > j - MaxAppositionTokens)
            {
                QToken x = t[b];
                if (x.Quote >= 0 || x.Kind is QTokenKind.Open or QTokenKind.Close
                    || (x.Kind == QTokenKind.Punct && c.Text[x.Start] is ';' or ':' or '?' or '!')
                    || (x.Kind == QTokenKind.Word && IsCue(c, x.Classes) && (x.Classes & WordClass.Gerund) == 0 && IsCueUse(c, s, b)
                        && !(b - 1 >= s && (t[b - 1].Classes & WordClass.Relative) != 0 && !Is(c, t[b - 1], "that")))) // "an oncologist who advised Obama on …, said"
                {
                    break;
                }

                b--;
            }

            int segStart = b + 1;
            for (int p = segStart; p < j; p++)
            {
                if (t[p].Kind == QTokenKind.Punct && c.Text[t[p].Start] is ',' or '\u2014')
                {
                    while (segStart < p - 1 && t[segStart].Kind == QTokenKind.Word && (t[segStart].Classes & (WordClass.Conjunction | WordClass.Skip)) != 0)
                    {
                        segStart++; // "But Sen. Richard Durbin, noting …, said"
                    }

                    if (p > segStart && !(p == segStart + 1 && IsOpener(c, t[segStart])) && ParseMentionLeft(c, segStart, p - 1, out ns, out ne, out hint) && ns == segStart
                        && (hint != SpeakerHint.Description || p - segStart <= 6))
                    {
                        return true;
                    }

                    segStart = p + 1;
                }
            }

            return false;
        }

        if (tok.Kind != QTokenKind.Word || tok.Quote >= 0)
        {
            return false;
        }

        if (!ParseNpLeft(c, s, j, out ns, out ne, out hint))
        {
            return false;
        }

        ns = ExtendToQuote(c, s, ns);
        if (hint != SpeakerHint.Pronoun)
        {
            ns = ExtendToClauseStart(c, s, ns);
        }

        return true;
    }

    /// <summary>
    /// "A strong majority of Democratic primary voters say", "a survey conducted by independent analyst Elena Sadovskaya
    /// found", "Lee Wang of The Intercept asked": the mention runs back to the start of its clause when only the words of
    /// a noun phrase stand between (no verb, adverb, time word, quotation or punctuation, at most eight words; not a
    /// prepositional opener such as "In 2012").
    /// </summary>
    private static int ExtendToClauseStart(Ctx c, int s, int ns)
    {
        List<QToken> t = c.Tokens;
        int start = ns;
        for (int b = ns - 1; b >= s && b >= ns - 8; b--)
        {
            QToken x = t[b];
            if (x.Kind != QTokenKind.Word || x.Quote >= 0)
            {
                if (x.Kind == QTokenKind.Punct && c.Text[x.Start] == '/' )
                {
                    continue;
                }

                start = b + 1;
                break;
            }

            if (IsCue(c, x.Classes) || (x.Classes & (WordClass.Stop | WordClass.Skip | WordClass.Time | WordClass.Calendar | WordClass.Pronoun | WordClass.Relative)) != 0
                || (IsAdverb(c, x) && b > s) || (char.IsDigit(c.Text[x.Start]) && (x.Classes & WordClass.Quantity) == 0 && b == s)
                || ((x.Classes & WordClass.Conjunction) != 0 && b > s && t[b - 1].Kind == QTokenKind.Word && !Is(c, x, "and") && !Is(c, x, "or") && !Is(c, x, "nor"))
                || Is(c, x, "after") || Is(c, x, "before") || Is(c, x, "since") || Is(c, x, "as") || c.Span(x).Contains('\u2019') && !IsPossessive(c, x)
                || (!IsUpper(c, x) && IsPastVerb(c, x) && !(b + 1 < ns && (Is(c, t[b + 1], "by") || Is(c, t[b + 1], "for") || Is(c, t[b + 1], "in") || Is(c, t[b + 1], "on")))))
            {
                return ns; // a verb, a subordinate clause or an adverbial stands before the mention: not one noun phrase
            }

            if (b == s || (b - 1 >= s && t[b - 1].Kind != QTokenKind.Word))
            {
                start = b;
                break;
            }
        }

        if (start >= ns || start < s)
        {
            return ns;
        }

        if (start > s && !(t[start - 1].Kind == QTokenKind.Punct && c.Text[t[start - 1].Start] is ',' or ';' or ':' or '\u2014') && t[start - 1].Kind != QTokenKind.Close)
        {
            return ns;
        }

        QToken first = t[start];
        if ((first.Classes & WordClass.Conjunction) != 0)
        {
            start++;
            first = t[start];
        }

        if (start >= ns || (first.Classes & (WordClass.Preposition | WordClass.Conjunction)) != 0 || c.Span(first).EndsWith("ing", StringComparison.Ordinal))
        {
            return ns;
        }

        return start;
    }

    /// <summary>
    /// A mention after its cue runs on through "of New Mexico", "close to the Clintons", "known as Bob",
    /// "familiar with the matter", up to a comma, a time or place phrase or the sentence's end.
    /// </summary>
    private static int ExtendMentionRight(Ctx c, int ne, int e)
    {
        List<QToken> t = c.Tokens;
        if (ne >= e || t[ne].Kind != QTokenKind.Word || t[ne].Quote >= 0)
        {
            return ne;
        }

        QToken first = t[ne];
        bool opener = Is(c, first, "of") || Is(c, first, "for") || Is(c, first, "from") || Is(c, first, "to") || Is(c, first, "with")
            || Is(c, first, "close") || Is(c, first, "known") || Is(c, first, "familiar") || Is(c, first, "involved") || Is(c, first, "at")
            || ((Is(c, first, "in") || Is(c, first, "as")) && ne - 1 >= 0 && IsPastVerb(c, t[ne - 1]))
            || (Is(c, first, "as") && Is(c, t[ne - 1], "known"));
        if (!opener)
        {
            return ne;
        }

        int k = ne;
        int last = ne - 1;
        while (k < e && k < ne + 10)
        {
            QToken x = t[k];
            if (x.Kind != QTokenKind.Word || x.Quote >= 0 || IsCue(c, x.Classes) || (x.Classes & (WordClass.Relative | WordClass.Calendar | WordClass.Time)) != 0
                || ((x.Classes & WordClass.Preposition) != 0 && k > ne && !Is(c, x, "of") && !Is(c, x, "to") && !Is(c, x, "for") && !Is(c, x, "with") && !Is(c, x, "as")
                    && !(Is(c, x, "in") && IsPastVerb(c, t[k - 1]))))
            {
                break;
            }

            if ((x.Classes & (WordClass.Preposition | WordClass.Determiner | WordClass.Conjunction)) == 0)
            {
                last = k;
            }

            k++;
        }

        return last >= ne ? last + 1 : ne;
    }

    /// <summary>A mention ending at <paramref name="j"/>, with a parenthesis after the name ("Rep. Bobby Scott (D-Va.)").</summary>
    private static bool ParseMentionLeft(Ctx c, int s, int j, out int ns, out int ne, out SpeakerHint hint)
    {
        List<QToken> t = c.Tokens;
        if (IsPunct(c, t[j], ')'))
        {
            for (int m = j - 1; m > s && m > j - 8; m--)
            {
                if (IsPunct(c, t[m], '('))
                {
                    if (ParseNpLeft(c, s, m - 1, out ns, out _, out hint) && hint == SpeakerHint.Name)
                    {
                        ne = j + 1;
                        return true;
                    }

                    break;
                }
            }

            ns = ne = -1;
            hint = SpeakerHint.None;
            return false;
        }

        return ParseNpLeft(c, s, j, out ns, out ne, out hint);
    }

    /// <summary>"“…,” Fight for $15 organizing director Kendall Fells said": a few more words back to the closing mark belong to the mention.</summary>
    private static int ExtendToQuote(Ctx c, int s, int ns)
    {
        List<QToken> t = c.Tokens;
        for (int b = ns - 1; b >= s && b >= ns - 7; b--)
        {
            QToken x = t[b];
            if (x.Kind == QTokenKind.Close)
            {
                return b + 1;
            }

            if (x.Kind == QTokenKind.Punct && c.Text[x.Start] is '$' or '&' or '-')
            {
                continue;
            }

            if (x.Kind != QTokenKind.Word || x.Quote >= 0 || IsCue(c, x.Classes)
                || (x.Classes & (WordClass.Stop | WordClass.Conjunction | WordClass.Pronoun | WordClass.Skip)) != 0)
            {
                return ns;
            }
        }

        return ns;
    }


    /// <summary>
    /// A mention ending at <paramref name="j"/>: a noun phrase ("Sen. John Smith", "a spokesman for the campaign", "he"),
    /// a quantity ("74 percent", "nearly half", "six in 10") or a quantity of a group ("most of them", "a third of voters").
    /// </summary>
    private static bool ParseNpLeft(Ctx c, int s, int j, out int ns, out int ne, out SpeakerHint hint)
    {
        List<QToken> t = c.Tokens;
        if (j >= s && IsQuantity(c, t[j]) && !Is(c, t[j], "one") && !(j + 1 < t.Count && IsPunct(c, t[j + 1], ',')) && QuantityStart(c, s, j, bare: false) is int qs and >= 0 && !(qs - 1 >= s && IsUpper(c, t[qs - 1])))
        {
            ns = qs;
            ne = j + 1;
            hint = SpeakerHint.Description;
            return true;
        }

        if (j >= s && IsQuantity(c, t[j]) && IsBareDeterminer(c, t[j]) && j + 1 < t.Count && t[j + 1].Kind == QTokenKind.Word && IsCue(c, t[j + 1].Classes)
            && QuantitySubject(c, s, j))
        {
            ns = QuantityStart(c, s, j, bare: true); // "Some said", "Many argued"
            ne = j + 1;
            hint = SpeakerHint.Description;
            return true;
        }

        bool np = ParseNpLeftCore(c, s, j, out ns, out ne, out hint);
        if (!np)
        {
            if (j - 1 < s || t[j].Kind != QTokenKind.Word || t[j].Quote >= 0)
            {
                return false;
            }

            if (IsQuantity(c, t[j - 1]) && IsPlainWord(c, t[j]) && !IsUpper(c, t[j]) && c.Span(t[j]).EndsWith("s", StringComparison.Ordinal)
                && QuantityStart(c, s, j - 1, bare: false) is int qn and >= 0 && !(qn - 1 >= s && IsUpper(c, t[qn - 1])))
            {
                ns = qn; // "1,409 teachers", "two dozen residents"
                ne = j + 1;
                hint = SpeakerHint.Description;
                return true;
            }

            if (!Is(c, t[j - 1], "of") || ((t[j].Classes & WordClass.ObjectPronoun) == 0 && (!IsPlainWord(c, t[j]) || IsUpper(c, t[j]))))
            {
                return false;
            }

            ns = j; // "most of them", "a number of farmers": only with the quantity
            ne = j + 1;
        }

        // "a third of voters", "some of the women": the quantity belongs to the mention
        if (ns - 2 >= s && Is(c, t[ns - 1], "of") && IsQuantity(c, t[ns - 2]) && QuantityStart(c, s, ns - 2, bare: true) is int of and >= 0)
        {
            ns = of;
            hint = SpeakerHint.Description;
            return true;
        }

        return np;
    }

    /// <summary>
    /// A bare quantity word that opens its clause and is a subject on its own ("Some said", "Many argued", "One in three
    /// said", "the two said"): not after a preposition, a verb or a noun ("for some", "told many").
    /// </summary>
    private static bool QuantitySubject(Ctx c, int s, int j)
    {
        List<QToken> t = c.Tokens;
        int b = QuantityStart(c, s, j, bare: true);
        if (b < 0)
        {
            return false;
        }

        if (b - 1 < s)
        {
            return true;
        }

        QToken x = t[b - 1];
        return (x.Kind == QTokenKind.Punct && x.Quote < 0 && c.Text[x.Start] is ',' or ';' or ':' or '\u2014' or '(')
            || x.Kind == QTokenKind.Close
            || (x.Kind == QTokenKind.Word && x.Quote < 0 && ((x.Classes & WordClass.Conjunction) != 0 || Is(c, x, "that")));
    }

    /// <summary>A number word, digits (not a year) or a quantity noun ("percent", "half", "majority").</summary>
    private static bool IsQuantity(Ctx c, QToken x)
    {
        if (x.Kind != QTokenKind.Word || x.Quote >= 0)
        {
            return false;
        }

        if ((x.Classes & WordClass.Quantity) != 0)
        {
            return true;
        }

        ReadOnlySpan<char> w = c.Span(x);
        if (char.IsDigit(w[0]))
        {
            return !(w.Length == 4 && (w[0] == '1' || w[0] == '2') && !w.Contains(','));
        }

        int dash = w.IndexOf('-');
        return dash > 0 && (QuoteLexicon.Classify(w[..dash]) & WordClass.Quantity) != 0; // "Seventy-four"
    }

    /// <summary>
    /// Where a quantity phrase ending at <paramref name="j"/> starts ("more than six in 10", "nearly half", "a significant
    /// number"), or -1 when it is not one (a bare "some" or "all" is not a mention unless <paramref name="bare"/>: "some of").
    /// </summary>
    private static int QuantityStart(Ctx c, int s, int j, bool bare)
    {
        List<QToken> t = c.Tokens;
        int k = j;
        bool digitsOrNoun = bare || !IsBareDeterminer(c, t[j]);
        while (k - 1 >= s && j - k < 7)
        {
            QToken y = t[k - 1];
            if (y.Kind != QTokenKind.Word || y.Quote >= 0)
            {
                break;
            }

            if (IsQuantity(c, y))
            {
                digitsOrNoun |= !IsBareDeterminer(c, y);
                k--;
                continue;
            }

            if (Is(c, y, "nearly") || Is(c, y, "almost") || Is(c, y, "about") || Is(c, y, "roughly") || Is(c, y, "around")
                || Is(c, y, "just") || Is(c, y, "only") || Is(c, y, "more") || Is(c, y, "than") || Is(c, y, "fewer")
                || Is(c, y, "less") || Is(c, y, "over") || Is(c, y, "under") || Is(c, y, "a") || Is(c, y, "an") || Is(c, y, "the")
                || Is(c, y, "another") || Is(c, y, "in") || Is(c, y, "of") || Is(c, y, "out") || Is(c, y, "but") && k - 2 >= s && Is(c, t[k - 2], "all"))
            {
                k--;
                continue;
            }

            if (k - 2 >= s && !IsUpper(c, y) && (y.Classes & (WordClass.Stop | WordClass.Preposition | WordClass.Conjunction | WordClass.Pronoun)) == 0
                && (Is(c, t[k - 2], "a") || Is(c, t[k - 2], "the")) && !IsCue(c, y.Classes))
            {
                k -= 2; // "a significant number", "the vast majority"
                break;
            }

            break;
        }

        while (k < j && (Is(c, t[k], "in") || Is(c, t[k], "of") || Is(c, t[k], "out") || Is(c, t[k], "than") || Is(c, t[k], "but")))
        {
            k++;
        }

        return digitsOrNoun ? k : -1;
    }

    private static bool IsBareDeterminer(Ctx c, QToken x) => (x.Classes & (WordClass.Determiner | WordClass.Number)) == WordClass.Determiner;

    private static bool ParseNpLeftCore(Ctx c, int s, int j, out int ns, out int ne, out SpeakerHint hint)
    {
        List<QToken> t = c.Tokens;
        ns = ne = -1;
        hint = SpeakerHint.None;
        if (j < s)
        {
            return false;
        }

        QToken head = t[j];
        if (head.Kind != QTokenKind.Word || head.Quote >= 0)
        {
            return false;
        }

        if ((head.Classes & WordClass.Pronoun) != 0)
        {
            if (Is(c, head, "that") && (j - 1 < s || t[j - 1].Kind != QTokenKind.Word || t[j - 1].Quote >= 0
                || (t[j - 1].Classes & (WordClass.Stop | WordClass.Preposition | WordClass.Conjunction | WordClass.Pronoun | WordClass.Skip)) != 0 || IsCue(c, t[j - 1].Classes)))
            {
                return false;
            }

            ns = j;
            ne = j + 1;
            hint = SpeakerHint.Pronoun;
            return true;
        }

        bool headUpper = IsUpper(c, head);
        if (!headUpper && (head.Classes & (WordClass.Stop | WordClass.Preposition | WordClass.Conjunction | WordClass.Determiner | WordClass.Skip)) != 0)
        {
            return false;
        }

        if (headUpper && (head.Classes & (WordClass.Preposition | WordClass.Conjunction | WordClass.Stop)) != 0)
        {
            return false;
        }

        int start = j;
        bool determiner = false;
        int m = j - 1;
        while (m >= s && j - m < MaxNpTokens)
        {
            QToken x = t[m];
            if (m - 1 >= s && PluralPossessiveMark(c, m))
            {
                start = m - 1; // "Sanders' aides": the possessive of a plural or a name in -s
                m -= 2;
                continue;
            }

            if (x.Kind != QTokenKind.Word || x.Quote >= 0)
            {
                break;
            }

            WordClass cls = x.Classes;
            bool upper = IsUpper(c, x);
            if ((cls & WordClass.Determiner) != 0)
            {
                {
                    start = m;
                    determiner = true;

                    // "a spokesman for the campaign": carry on through of/for/from after a role noun
                    if (m - 2 >= s && t[m - 1].Kind == QTokenKind.Word && (Is(c, t[m - 1], "for") || Is(c, t[m - 1], "of") || Is(c, t[m - 1], "from") || Is(c, t[m - 1], "at") || Is(c, t[m - 1], "with") || Is(c, t[m - 1], "to"))
                        && t[m - 2].Kind == QTokenKind.Word && !IsUpper(c, t[m - 2])
                        && ((t[m - 2].Classes & (WordClass.Role | WordClass.Title)) != 0 || Is(c, t[m - 2], "familiar") || Is(c, t[m - 2], "close")))
                    {
                        m -= 2;
                        if ((Is(c, t[m], "familiar") || Is(c, t[m], "close")) && m - 1 >= s && t[m - 1].Kind == QTokenKind.Word)
                        {
                            m--; // "a source familiar with the investigation"
                        }

                        start = m;
                        determiner = false;
                        continue;
                    }
                }

                break;
            }

            if (upper)
            {
                if ((cls & (WordClass.Preposition | WordClass.Conjunction | WordClass.Stop | WordClass.Calendar)) != 0
                    && !((cls & (WordClass.Preposition | WordClass.Conjunction | WordClass.Calendar | WordClass.Pronoun | WordClass.Determiner)) == 0 && start == m + 1
                        && (m - 1 < s || t[m - 1].Kind != QTokenKind.Word)))
                {
                    break; // but "“…,” Will Doyle said": a given name spelt like a modal, opening the clause
                }

                start = m;
                m--;
                continue;
            }

            if ((cls & (WordClass.Title | WordClass.Role | WordClass.Particle)) != 0 && (cls & (WordClass.Preposition | WordClass.Conjunction | WordClass.Stop)) == 0)
            {
                start = m;
                m--;
                continue;
            }

            if ((Is(c, x, "of") || Is(c, x, "and") || Is(c, x, "for")) && m - 1 >= s && t[m - 1].Kind == QTokenKind.Word && t[m - 1].Quote < 0
                && (IsUpper(c, t[m - 1]) || (t[m - 1].Classes & WordClass.Title) != 0) && (IsUpper(c, t[m + 1]) || (t[m + 1].Classes & WordClass.Title) != 0))
            {
                start = m;
                m--;
                continue;
            }

            if (headUpper && m - 1 >= s && (Is(c, t[m - 1], "a") || Is(c, t[m - 1], "an") || Is(c, t[m - 1], "the")) && IsPlainWord(c, x) && !IsPastVerb(c, x))
            {
                start = m; // "A defensive Obama said"
                m--;
                continue;
            }

            if (IsPossessive(c, x) || (!headUpper && x.Kind == QTokenKind.Word && (cls & (WordClass.Stop | WordClass.Preposition | WordClass.Conjunction | WordClass.Skip | WordClass.Pronoun)) == 0
                && !IsCue(c, cls) && IsLowerAdjectiveLike(c, x) && j - m <= 3))
            {
                start = m;
                m--;
                continue;
            }

            break;
        }

        ns = start;
        ne = j + 1;
        bool anyUpper = false;
        for (int q = ns; q < ne; q++)
        {
            if (IsUpper(c, t[q]) && (t[q].Classes & WordClass.Determiner) == 0)
            {
                anyUpper = true;
            }
        }

        if (headUpper)
        {
            hint = SpeakerHint.Name;
            if ((head.Classes & WordClass.Role) != 0 && !anyUpperBefore(c, ns, j))
            {
                hint = determiner ? SpeakerHint.Description : SpeakerHint.Name;
            }

            return true;
        }

        if (determiner || (head.Classes & (WordClass.Role | WordClass.Title)) != 0 || anyUpper)
        {
            hint = SpeakerHint.Description;
            return true;
        }

        if (ns == j && c.Span(head).EndsWith("s", StringComparison.Ordinal) && head.End - head.Start > 3
            && (j - 1 < s || t[j - 1].Kind != QTokenKind.Word))
        {
            hint = SpeakerHint.Description; // ", respondents said,"
            return true;
        }

        return false;

        static bool anyUpperBefore(Ctx c, int from, int to)
        {
            for (int q = from; q < to; q++)
            {
                if (IsUpper(c, c.Tokens[q]) && (c.Tokens[q].Classes & WordClass.Determiner) == 0)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>A noun phrase starting at <paramref name="j"/>: "Sen. John Smith", "a spokesman for the campaign", "he".</summary>
    private static bool ParseNpRight(Ctx c, int j, int e, out int ns, out int ne, out SpeakerHint hint)
    {
        List<QToken> t = c.Tokens;
        ns = ne = -1;
        hint = SpeakerHint.None;
        if (j >= e || t[j].Kind != QTokenKind.Word || t[j].Quote >= 0)
        {
            return false;
        }

        QToken first = t[j];
        if ((first.Classes & WordClass.Pronoun) != 0 && !Is(c, first, "that") && !Is(c, first, "which") && !Is(c, first, "who"))
        {
            ns = j;
            ne = j + 1;
            hint = SpeakerHint.Pronoun;
            return true;
        }

        int m = j;
        bool determiner = false;
        bool anyUpper = false;
        bool noun = false; // a role word was taken: lower-case words after it are no adjectives ("the company sounded off")
        bool titled = false; // a title word was taken: no verb form may follow it as an adjective
        int lastGood = -1;
        while (m < e && m - j < MaxNpTokens)
        {
            QToken x = t[m];
            if (x.Quote >= 0)
            {
                break;
            }

            if (x.Kind == QTokenKind.Punct)
            {
                if (c.Text[x.Start] == '(' && lastGood == m - 1 && anyUpper)
                {
                    int close = -1;
                    for (int q = m + 1; q < e && q <= m + 6; q++)
                    {
                        if (IsPunct(c, t[q], ')'))
                        {
                            close = q;
                            break;
                        }
                    }

                    if (close > 0)
                    {
                        lastGood = close;
                        m = close + 1;
                        continue;
                    }
                }

                break;
            }

            WordClass cls = x.Classes;
            bool upper = IsUpper(c, x);
            if (m == j && (cls & WordClass.Determiner) != 0)
            {
                determiner = true;
                m++;
                continue;
            }

            if (upper && ((cls & (WordClass.Preposition | WordClass.Conjunction | WordClass.Stop | WordClass.Calendar)) == 0 || IsGivenNameLike(c, m, e)))
            {
                anyUpper = true;
                lastGood = m;
                m++;
                continue;
            }

            if (!upper && (cls & (WordClass.Title | WordClass.Role | WordClass.Particle)) != 0 && (cls & (WordClass.Preposition | WordClass.Conjunction | WordClass.Stop)) == 0)
            {
                lastGood = m;
                noun |= (cls & WordClass.Role) != 0; // "longtime", "former" modify what follows: "his longtime personal physician"
                titled = true;
                m++;
                continue;
            }

            if (!upper && (anyUpper || (m == j && m + 1 < e && (t[m + 1].Classes & (WordClass.Title | WordClass.Role)) != 0))
                && IsPlainWord(c, x) && !IsPastVerb(c, x)
                && (!c.Span(x).EndsWith("ing", StringComparison.Ordinal) || (m + 1 < e && IsUpper(c, t[m + 1]) && t[m + 1].Quote < 0)) // "Oversight ranking Democrat Elijah Cummings"
                && (!c.Span(x).EndsWith("s", StringComparison.Ordinal) || c.Span(x).EndsWith("ss", StringComparison.Ordinal)) && NameFollows(c, m + 1, e)) // "party boss Reince Priebus"
            {
                m++; // "Republican political consultant Chris Russell"
                continue;
            }

            if (!upper && determiner && !noun && m - j <= 3 && IsLowerAdjectiveLike(c, x)
                && !(titled && (IsPastVerb(c, x) || c.Span(x).EndsWith("ing", StringComparison.Ordinal))) // not "The businessman talked"
                && !(IsPastVerb(c, x) && m > j + 1 && (m + 1 >= e || !IsPlainWord(c, t[m + 1]) || IsUpper(c, t[m + 1]))) // not "The departments declined to"
                && (cls & (WordClass.Stop | WordClass.Preposition | WordClass.Conjunction | WordClass.Skip | WordClass.Pronoun)) == 0 && !IsCue(c, cls))
            {
                lastGood = m;
                m++;
                continue;
            }

            if ((Is(c, x, "of") || Is(c, x, "for") || Is(c, x, "from") || Is(c, x, "at")) && lastGood >= 0 && lastGood == m - 1 && m + 1 < e
                && t[m + 1].Kind == QTokenKind.Word && (IsUpper(c, t[m + 1]) || (t[m + 1].Classes & WordClass.Determiner) != 0)
                && (determiner || (t[lastGood].Classes & (WordClass.Title | WordClass.Role)) != 0))
            {
                m++;
                if ((t[m].Classes & WordClass.Determiner) != 0)
                {
                    m++;
                }

                continue;
            }

            break;
        }

        if (lastGood < j)
        {
            return false;
        }

        ns = j;
        ne = lastGood + 1;
        hint = anyUpper && !(determiner && !IsUpper(c, t[lastGood])) ? SpeakerHint.Name : SpeakerHint.Description;
        if (IsUpper(c, t[lastGood]) && (t[lastGood].Classes & WordClass.Role) == 0)
        {
            hint = SpeakerHint.Name;
        }

        return true;
    }

    /// <summary>A short aside set off by commas right before "that" ("among other things, that"): the index of "that", or -1.</summary>
    private static int AsideBeforeThat(Ctx c, int j, int e)
    {
        List<QToken> t = c.Tokens;
        for (int k = j; k < e && k < j + 6; k++)
        {
            QToken x = t[k];
            if (IsPunct(c, x, ',') && x.Quote < 0)
            {
                return k > j && k + 1 < e && Is(c, t[k + 1], "that") ? k + 1 : -1;
            }

            if (x.Kind != QTokenKind.Word || x.Quote >= 0 || IsCue(c, x.Classes) || Is(c, x, "that"))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>A linking adverb set off by commas: "however", "though", "too", "also", "again", "meanwhile", "instead", "nonetheless".</summary>
    private static bool IsSentenceAdverb(Ctx c, QToken x) =>
        x.Kind == QTokenKind.Word && x.Quote < 0
        && (Is(c, x, "however") || Is(c, x, "though") || Is(c, x, "too") || Is(c, x, "also") || Is(c, x, "again") || Is(c, x, "meanwhile")
            || Is(c, x, "instead") || Is(c, x, "nonetheless") || Is(c, x, "nevertheless") || Is(c, x, "moreover") || Is(c, x, "then") || Is(c, x, "later"));

    /// <summary>Whether an object of one to four words ("Trump", "the new law", "it her") follows <paramref name="j"/> and then a quotation.</summary>
    private static bool QuoteAfterObject(Ctx c, int j, int e)
    {
        List<QToken> t = c.Tokens;
        for (int k = j; k < e && k < j + 5; k++)
        {
            if (t[k].Kind == QTokenKind.Open)
            {
                return k > j;
            }

            if (t[k].Kind != QTokenKind.Word || t[k].Quote >= 0 || IsCue(c, t[k].Classes))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A capitalised function word inside a sentence that is followed by a capitalised plain word: a given name ("Will
    /// Doyle", "May Lind", "Say Chan"), not a modal or a month.
    /// </summary>
    private static bool IsGivenNameLike(Ctx c, int m, int e)
    {
        List<QToken> t = c.Tokens;
        if (m + 1 >= e || t[m + 1].Kind != QTokenKind.Word || t[m + 1].Quote >= 0 || !IsUpper(c, t[m + 1])
            || (t[m + 1].Classes & (WordClass.Preposition | WordClass.Conjunction | WordClass.Stop | WordClass.Calendar | WordClass.Pronoun | WordClass.Determiner)) != 0)
        {
            return false;
        }

        return m > 0 && t[m - 1].Kind == QTokenKind.Word && IsCue(c, t[m - 1].Classes);
    }

    /// <summary>
    /// A determiner and up to eight more words with no preposition, conjunction, pronoun or function word among them, ending
    /// at a punctuation mark: "the printed campaign slate card.", "another leading court advocate, …", "the Vox Populi (…)".
    /// </summary>
    private static bool LooseNpRight(Ctx c, int j, int e, out int ne)
    {
        List<QToken> t = c.Tokens;
        ne = -1;
        if (j >= e || t[j].Kind != QTokenKind.Word || t[j].Quote >= 0 || (t[j].Classes & WordClass.Determiner) == 0 || Is(c, t[j], "that") || Is(c, t[j], "this"))
        {
            return false;
        }

        int m = j + 1;
        while (m < e && m < j + 9 && t[m].Kind == QTokenKind.Word && t[m].Quote < 0
               && (t[m].Classes & (WordClass.Preposition | WordClass.Conjunction | WordClass.Stop | WordClass.Relative | WordClass.Pronoun | WordClass.Time)) == 0)
        {
            m++;
        }

        if (m == j + 1 || (m < e && t[m].Kind != QTokenKind.Punct))
        {
            return false;
        }

        ne = m;
        return true;
    }

    /// <summary>Where the reported content begins after a cue: past its object ("told reporters"), time and place phrases, up to "that", a colon or a quotation.</summary>
    /// <summary>
    /// After a cue and its addressee, a run of plain words that opens with a preposition and reaches "that"
    /// ("at a literary festival in Houston last week that"): the index of "that", or -1.
    /// </summary>
    private static int ThatAfterCircumstances(Ctx c, int j, int limit)
    {
        List<QToken> t = c.Tokens;
        if (j >= limit || t[j].Kind != QTokenKind.Word || t[j].Quote >= 0 || (t[j].Classes & WordClass.Preposition) == 0 || Is(c, t[j], "that"))
        {
            return -1;
        }

        for (int k = j + 1; k < limit && k <= j + 12; k++)
        {
            QToken x = t[k];
            if (IsPunct(c, x, ',') && x.Quote < 0 && k + 1 < limit && IsUpper(c, t[k + 1]) && t[k + 1].Quote < 0)
            {
                continue; // "in Salem, New Hampshire on Monday that …"
            }

            if (x.Kind != QTokenKind.Word || x.Quote >= 0 || IsCue(c, x.Classes))
            {
                return -1;
            }

            if (Is(c, x, "that"))
            {
                return k;
            }
        }

        return -1;
    }

    private static int RightContentStart(Ctx c, int j, int e, bool tell, ref Attribution a)
    {
        List<QToken> t = c.Tokens;
        int limit = Math.Min(e, j + MaxFrameTokens);
        int frameStart = j;
        if (tell && j < e && t[j].Kind == QTokenKind.Word && t[j].Quote < 0 && !Is(c, t[j], "that"))
        {
            if ((t[j].Classes & (WordClass.ObjectPronoun | WordClass.Pronoun)) != 0)
            {
                if ((t[j].Classes & WordClass.Pronoun) == 0 || Is(c, t[j], "you"))
                {
                    a.Channel = c.SpanOf(j, j + 1);
                }

                j++;
            }
            else
            {
                int o = j;
                int lastUpper = -1;
                while (o < e && o - j < 6 && t[o].Kind == QTokenKind.Word && t[o].Quote < 0 && !Is(c, t[o], "that")
                       && ((t[o].Classes & (WordClass.Preposition | WordClass.Time | WordClass.Pronoun | WordClass.Conjunction | WordClass.Stop)) == 0
                           || (o == j && (t[o].Classes & WordClass.Determiner) != 0)) && (!IsCue(c, t[o].Classes) || (o > j && IsUpper(c, t[o]))))
                {
                    if (IsUpper(c, t[o]))
                    {
                        lastUpper = o;
                    }

                    o++;
                    if (o < e && t[o].Kind == QTokenKind.Open && SkipTitle(c, o, e) is int after and > 0)
                    {
                        lastUpper = -1;
                        o = after;
                        break;
                    }
                }

                if (o > j)
                {
                    int cs = j;
                    if (lastUpper >= 0)
                    {
                        cs = lastUpper;
                        while (cs - 1 >= j && IsUpper(c, t[cs - 1]))
                        {
                            cs--;
                        }
                    }

                    a.Channel = c.SpanOf(cs, o);
                    j = o;
                }
            }
        }

        if (tell && ThatAfterCircumstances(c, j, limit) is int that and >= 0)
        {
            return that; // "told an audience at a literary festival in Houston last week that …": where and when are no content
        }

        int firstContent = j;
        while (j < limit)
        {
            QToken x = t[j];
            if (x.Kind == QTokenKind.Open)
            {
                return j;
            }

            if (j == firstContent && IsCueParticle(c, a, x) && j + 1 < e && t[j + 1].Kind == QTokenKind.Word && t[j + 1].Quote < 0
                && (t[j + 1].Classes & (WordClass.Time | WordClass.Stop | WordClass.Media)) == 0)
            {
                return j + 1; // "called for all candidates to …", "asked Carson about his ties …": the verb's preposition is no part of it
            }

            if (x.Quote >= 0)
            {
                return j;
            }

            if (x.Kind != QTokenKind.Word)
            {
                char ch = c.Text[x.Start];
                if (ch is ',' or ':' or '\u2014' or '\u2013' or '-')
                {
                    if (ch == ',' && j + 2 < e && IsSentenceAdverb(c, t[j + 1]) && IsPunct(c, t[j + 2], ','))
                    {
                        j += 3; // "said, however, that …"
                        continue;
                    }

                    if (ch == ',' && j == firstContent && AsideBeforeThat(c, j + 1, e) is int asideThat and > 0)
                    {
                        return asideThat; // "said, among other things, that …"
                    }

                    if (ch == ',' && j > firstContent)
                    {
                        int m = j + 1;
                        while (m < e && m < j + 4 && IsUpper(c, t[m]) && t[m].Quote < 0)
                        {
                            m++;
                        }

                        if (m > j + 1 && m + 1 < e && IsPunct(c, t[m], ',') && t[m].Quote < 0 && (Is(c, t[m + 1], "that") || t[m + 1].Kind == QTokenKind.Open))
                        {
                            j = m + 1; // "told supporters in Columbus, Ohio, that …": the place's state is no content
                            continue;
                        }
                    }

                    if (ch == ',' && j > firstContent && j + 1 < e && t[j + 1].Kind == QTokenKind.Open && (t[j - 1].Classes & WordClass.FrameNoun) != 0
                        && t[j - 1].Quote < 0 && TitleAfterWork(c, j + 1, e) is int afterTitle and > 0)
                    {
                        j = afterTitle; // "wrote in her memoir, “Tough Choices.”": the work's title is no content
                        continue;
                    }

                    if (j + 1 < e && t[j + 1].Kind == QTokenKind.Open)
                    {
                        return j + 1;
                    }

                    if (ch == ':')
                    {
                        return j + 1 < e ? j + 1 : -1;
                    }

                    if (j + 1 < e && t[j + 1].Kind == QTokenKind.Word && IsCue(c, t[j + 1].Classes))
                    {
                        return -1;
                    }

                    if (ch == ',' && j + 1 < e && t[j + 1].Kind == QTokenKind.Word && Is(c, t[j + 1], "that"))
                    {
                        return j + 1;
                    }

                    if (QuoteAfterComma(c, j + 1, e) is int openAfter and >= 0)
                    {
                        return openAfter; // "Beck joked, again using a Southern accent, “Amen, brother!”"
                    }

                    if (ch == ',' && a.Parenthetical && j + 1 < e && t[j + 1].Kind == QTokenKind.Word)
                    {
                        return j + 1; // "Now, she said, the Christians and Muslims don't mix much."
                    }

                    return -1;
                }

                return -1;
            }

            WordClass cls = x.Classes;
            if (Is(c, x, "that"))
            {
                return j;
            }

            if (a.InRelative && j == frameStart && IsAuxiliary(c, x))
            {
                return j; // "the plan, which officials said will start in May": the content is the verb phrase
            }

            if (IsAdverb(c, x) && (cls & WordClass.Pronoun) == 0 && !Is(c, x, "this"))
            {
                j++;
                continue;
            }

            if ((cls & WordClass.Time) != 0 && IsUpper(c, x) && (cls & WordClass.Determiner) == 0)
            {
                j++; // "said Tuesday", "boasted Monday night"
                if (j < e && (Is(c, t[j], "morning") || Is(c, t[j], "afternoon") || Is(c, t[j], "evening") || Is(c, t[j], "night")))
                {
                    j++;
                }

                continue;
            }

            if (Is(c, x, "only") && j + 1 < e && Is(c, t[j + 1], "that"))
            {
                return j + 1; // "saying only that …"
            }

            if (!IsUpper(c, x) && (Is(c, x, "last") || Is(c, x, "this") || Is(c, x, "next") || Is(c, x, "past")) && j + 1 < e
                && t[j + 1].Kind == QTokenKind.Word && (t[j + 1].Classes & WordClass.Time) != 0 && (t[j + 1].Classes & WordClass.Determiner) == 0
                && (j + 2 >= e || t[j + 2].Kind != QTokenKind.Word || (t[j + 2].Classes & WordClass.Stop) == 0 || Is(c, t[j + 2], "that")))
            {
                j += 2; // "said last week that …"
                continue;
            }

            if ((cls & WordClass.Preposition) != 0 && !Is(c, x, "like") && !Is(c, x, "about"))
            {
                int prep = j;
                int m = j + 1;
                bool det = false;
                bool media = false;
                bool upper = false;
                while (m < e)
                {
                    if (t[m].Kind == QTokenKind.Open && m > prep + 1 - (det ? 0 : 1) && SkipTitle(c, m, e) is int after and > 0)
                    {
                        upper = true;
                        m = after;
                        continue;
                    }

                    if (t[m].Kind != QTokenKind.Word || t[m].Quote >= 0)
                    {
                        break;
                    }

                    QToken y = t[m];
                    WordClass yc = y.Classes;
                    if (m == prep + 1 && (yc & WordClass.Determiner) != 0 && !Is(c, y, "that"))
                    {
                        det = true;
                        m++;
                        continue;
                    }

                    bool yUpper = IsUpper(c, y);
                    if ((yUpper && ((yc & (WordClass.Pronoun | WordClass.Stop)) == 0 || (yc & WordClass.Calendar) != 0 || Is(c, y, "may"))) || (yc & (WordClass.FrameNoun | WordClass.Media)) != 0
                        || char.IsDigit(c.Text[y.Start]) || IsPossessive(c, y))
                    {
                        media |= (yc & WordClass.Media) != 0;
                        upper |= yUpper;
                        m++;
                        continue;
                    }

                    break;
                }

                if (m == prep + 1 || (det && m == prep + 2))
                {
                    if (QuoteAfterComma(c, prep, e) is int quoted and >= 0)
                    {
                        return quoted;
                    }

                    // "told reporters at the port of Tallinn.": a place phrase that ends the sentence is where, not what.
                    return (tell || a.AllowLeft) && IsPlacePhraseToEnd(c, prep, e) ? -1 : prep;
                }

                if (a.Channel is null && (media || upper) && (Is(c, x, "on") || Is(c, x, "to") || Is(c, x, "with") || Is(c, x, "via")))
                {
                    int cs = prep + 1 + (det ? 1 : 0);
                    a.Channel = c.SpanOf(cs, m);
                }

                j = m;
                continue;
            }

            if ((j > frameStart || MannerBeforeQuote(c, j, e) || ColonBeforeQuote(c, j, e) || Is(c, x, "about") || Is(c, x, "when") || Is(c, x, "late") || Is(c, x, "early") || (cls & WordClass.Time) != 0)
                && !Is(c, x, "that") && QuoteAfterComma(c, j, e) is int open and >= 0)
            {
                return open; // "said in an op-ed piece before a hearing, “…”", "said about the movement, “…”", "told Congress when asked …: “…”"
            }

            return IsCue(c, cls) && (cls & WordClass.Gerund) == 0 ? -1 : j;
        }

        return -1;
    }

    /// <summary>
    /// Whether the words from <paramref name="j"/> to a comma or colon only say how something was said ("wrote back:",
    /// "concluded so eloquently and timelessly,"): adverbs, "back", "so", "and", "again", "then", "simply", at most six.
    /// </summary>
    private static bool MannerBeforeQuote(Ctx c, int j, int e)
    {
        List<QToken> t = c.Tokens;
        for (int k = j; k < e && k < j + 7; k++)
        {
            QToken x = t[k];
            if (x.Kind == QTokenKind.Punct && x.Quote < 0 && c.Text[x.Start] is ',' or ':')
            {
                return k > j;
            }

            if (x.Kind != QTokenKind.Word || x.Quote >= 0
                || !(IsAdverb(c, x) || Is(c, x, "back") || Is(c, x, "so") || Is(c, x, "and") || Is(c, x, "again") || Is(c, x, "then") || Is(c, x, "simply")))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a colon within a few words introduces a quotation that runs to the sentence's end ("took the chance to defend the plan: “…”").</summary>
    private static bool ColonBeforeQuote(Ctx c, int j, int e) =>
        QuoteAfterComma(c, j, e) is int open and > 0 && c.Tokens[open - 1].Kind == QTokenKind.Punct && c.Text[c.Tokens[open - 1].Start] == ':';

    /// <summary>
    /// Whether the words before a parenthetical cue only set the scene of a quotation that follows ("In a short video,
    /// the mayor said, “…”", "On Monday, …"): they open with a preposition (not "as": "As for the tax, he said, “…”"
    /// is the topic of what was said), a time word or a participle ("Asked about it, …"). "An economic downturn, he said, “could be …”" and "If she is
    /// elected, he said, “…”" are a fragment of the content instead.
    /// </summary>
    private static bool SetsTheScene(Ctx c, int start)
    {
        QToken first = c.Tokens[start];
        return first.Kind != QTokenKind.Word
            || ((first.Classes & WordClass.Preposition) != 0 && !Is(c, first, "as"))
            || (first.Classes & (WordClass.Time | WordClass.Calendar)) != 0
            || (IsCue(c, first.Classes) && IsPastVerb(c, first)); // "Asked if she had changed her mind, Berg replied, “…”"
    }

    /// <summary>
    /// A preposition that belongs to the cue verb rather than to what was said: "call for", "call on", "ask about",
    /// "warn of", "caution against", "accuse of", "agree with". Not after "say" ("said about the plan that …"),
    /// where the phrase is a topic that the annotation of reported speech keeps.
    /// </summary>
    private static bool IsCueParticle(Ctx c, Attribution a, QToken x) =>
        x.Kind == QTokenKind.Word && x.Quote < 0 && a.Lemma is not (null or "say" or "according to" or ":")
        && (Is(c, x, "about") || Is(c, x, "for") || Is(c, x, "of") || Is(c, x, "against") || Is(c, x, "on") || (Is(c, x, "with") && a.Lemma is "agree"));

    /// <summary>
    /// Whether the words from <paramref name="prep"/> are a place phrase running to the sentence's end: "at", "in",
    /// "outside" or "near", then at most eight words with no cue, "that" or quotation among them.
    /// </summary>
    private static bool IsPlacePhraseToEnd(Ctx c, int prep, int e)
    {
        List<QToken> t = c.Tokens;
        if (!(Is(c, t[prep], "at") || Is(c, t[prep], "in") || Is(c, t[prep], "outside") || Is(c, t[prep], "near")))
        {
            return false;
        }

        for (int k = prep + 1; k < e; k++)
        {
            QToken x = t[k];
            if (k > prep + 9 || x.Quote >= 0 || x.Kind == QTokenKind.Open)
            {
                return false;
            }

            if (x.Kind != QTokenKind.Word)
            {
                if (c.Text[x.Start] == ',' && x.Quote < 0 && k + 1 < e && IsUpper(c, t[k + 1]))
                {
                    continue; // "in Binghamton, N.Y."
                }

                return c.Text[x.Start] is '.' or '!' or '?' && (k + 1 >= e || t[k + 1].Kind != QTokenKind.Word);
            }

            if (Is(c, x, "that") || IsCue(c, x.Classes))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The opening mark of a quotation that follows a comma or colon within a few words and runs to the sentence's end, or -1.</summary>
    private static int QuoteAfterComma(Ctx c, int j, int e)
    {
        List<QToken> t = c.Tokens;
        for (int k = j; k < e && k < j + 16; k++)
        {
            QToken x = t[k];
            if (x.Quote >= 0)
            {
                return -1;
            }

            if (x.Kind == QTokenKind.Punct)
            {
                char ch = c.Text[x.Start];
                if (ch is ',' or ':' && k + 1 < e && t[k + 1].Kind == QTokenKind.Open)
                {
                    return IsPureQuote(c, k + 1, e) ? k + 1 : -1;
                }

                if (ch is '.' or ';' or '?' or '!' or '(')
                {
                    return -1;
                }
            }
            else if (x.Kind == QTokenKind.Word && IsCue(c, x.Classes) && (x.Classes & WordClass.Gerund) == 0 && !(k > j && (Is(c, t[k - 1], "when") || Is(c, t[k - 1], "to"))))
            {
                return -1; // another attribution; but "when asked about it: “…”" only sets the scene
            }
        }

        return -1;
    }

    /// <summary>"Mr. Smith shot back: ‘That would be good.’" — the last mention followed by a verb before a colon and a closing quotation.</summary>
    private static bool TrySubjectColon(Ctx c, int s, int e, out Attribution a, out int open)
    {
        List<QToken> t = c.Tokens;
        a = default;
        open = -1;
        int colon = -1;
        for (int k = s; k < e && k < s + 40; k++)
        {
            QToken x = t[k];
            if (x.Quote >= 0)
            {
                break;
            }

            if (x.Kind == QTokenKind.Punct && k + 1 < e && t[k + 1].Kind == QTokenKind.Open && IsPureQuote(c, k + 1, e)
                && (c.Text[x.Start] == ':' || (c.Text[x.Start] == ',' && k - 1 > s && IsPastVerb(c, t[k - 1]) && !IsUpper(c, t[k - 1]))))
            {
                colon = k;
                break;
            }
        }

        if (colon < 0)
        {
            return false;
        }

        if (!FindSubject(c, s, colon, out int best, out int bestEnd, out SpeakerHint bestHint))
        {
            return false;
        }

        if (IsPunct(c, t[colon], ',') && bestEnd != colon - 1)
        {
            return false; // "Hillary Clinton cracked, “…”": the verb must follow the mention
        }

        return ColonCue(c, ref a, colon, best, bestEnd, bestHint, out open);
    }

    /// <summary>
    /// "… doesn't surprise Republican pollster Daron Shaw: “…”", "TURNOUT IN IOWA - Michael P. McDonald: “…”": a mention
    /// ending in a name right before a colon that introduces a quotation running to the sentence's end, in a sentence
    /// with no reporting verb.
    /// </summary>
    private static bool TryNameColon(Ctx c, int s, int e, out Attribution a, out int open)
    {
        List<QToken> t = c.Tokens;
        a = default;
        open = -1;
        int colon = -1;
        for (int k = s + 1; k < e; k++)
        {
            QToken x = t[k];
            if (x.Quote >= 0 || x.Kind is QTokenKind.Open or QTokenKind.Close)
            {
                break;
            }

            if (x.Kind == QTokenKind.Punct && c.Text[x.Start] == ':' && k + 1 < e && t[k + 1].Kind == QTokenKind.Open && IsPureQuote(c, k + 1, e))
            {
                colon = k;
                break;
            }
        }

        if (colon < 0 || !IsUpper(c, t[colon - 1]) || !ParseNpLeft(c, s, colon - 1, out int ns, out int ne, out SpeakerHint hint) || hint != SpeakerHint.Name || ne != colon)
        {
            return false;
        }

        return ColonCue(c, ref a, colon, ns, ne, hint, out open);
    }

    /// <summary>A colon as the cue of the mention before it ("Michael P. McDonald: “…”"); the quotation opens after it.</summary>
    private static bool ColonCue(Ctx c, ref Attribution a, int colon, int speakerStart, int speakerEnd, SpeakerHint hint, out int open)
    {
        a.CueToken = colon;
        a.CueEnd = colon + 1;
        a.Lemma = ":";
        SetSpeaker(c, ref a, speakerStart, speakerEnd, hint);
        open = colon + 1;
        return true;
    }

    /// <summary>
    /// "Clinton has increasingly decried the issue of “systemic racism”": a quotation inside a clause with no
    /// reporting verb; the subject is the speaker and the clause after its verb the content (PolNeAR annotates these).
    /// </summary>
    private static bool TryVerbAttribution(Ctx c, int s, int e, out Attribution a)
    {
        List<QToken> t = c.Tokens;
        a = default;
        int firstOpen = -1;
        bool frameWords = false;
        for (int k = s; k < e; k++)
        {
            if (t[k].Kind == QTokenKind.Open && t[k].Quote >= 0 && firstOpen < 0)
            {
                firstOpen = k;
            }
            else if (t[k].Kind == QTokenKind.Word && t[k].Quote < 0)
            {
                frameWords = true;
            }
        }

        if (firstOpen < 0 || !frameWords || !FindSubject(c, s, firstOpen, out int ns, out int ne, out SpeakerHint hint) || hint is SpeakerHint.None or SpeakerHint.Description)
        {
            return false;
        }

        int v = ne;
        while (v < firstOpen && v < ne + 4 && t[v].Kind == QTokenKind.Word && IsAdverb(c, t[v]))
        {
            v++;
        }

        if (v >= firstOpen || t[v].Kind != QTokenKind.Word || IsUpper(c, t[v])
            || (t[v].Classes & (WordClass.Preposition | WordClass.Determiner | WordClass.Conjunction | WordClass.Pronoun | WordClass.Relative)) != 0)
        {
            return false;
        }

        int start = v + 1;
        if (start < firstOpen && t[start].Kind == QTokenKind.Word && (t[start].Classes & WordClass.Preposition) != 0 && !Is(c, t[start], "that"))
        {
            start++;
        }

        if (start > firstOpen)
        {
            return false;
        }

        a.CueToken = v;
        a.CueEnd = v + 1;
        a.Lemma = null;
        SetSpeaker(c, ref a, ns, ne, hint);
        a.RightStart = start;
        return true;
    }

    /// <summary>A short quoted title after a possessive or preposition ("on CNN's “State of the Union”"): the index past its closing mark, or -1.</summary>
    private static int SkipTitle(Ctx c, int open, int e)
    {
        List<QToken> t = c.Tokens;
        int close = ShortQuoteClose(c, open, e, 7);
        if (close < 0 || !IsUpper(c, t[open + 1]))
        {
            return -1;
        }

        QToken last = t[close - 1];
        if (last.Kind == QTokenKind.Punct && c.Text[last.Start] is '.' or ',' or '!' or '?' && (close - open > 4 || c.Text[last.Start] != '.')
            && !(c.Text[last.Start] is '.' or ',' && IsTitleCase(c, open + 1, close - 1)))
        {
            return -1; // but a title in title case keeps the sentence's period or comma inside its marks: on ABC's “This Week With George Stephanopoulos.”
        }

        return close + 1;
    }

    /// <summary>The closing mark of the quotation opened at <paramref name="open"/> when it closes before <paramref name="e"/> within <paramref name="maxTokens"/> tokens, or -1.</summary>
    private static int ShortQuoteClose(Ctx c, int open, int e, int maxTokens)
    {
        QToken o = c.Tokens[open];
        if (o.Quote < 0)
        {
            return -1;
        }

        int close = c.Quotes[o.Quote].CloseToken;
        return close < 0 || close >= e || close - open > maxTokens ? -1 : close;
    }

    /// <summary>
    /// The token after a quoted title that names a work ("her memoir, “Tough Choices.”"): a quotation of at most seven
    /// tokens whose words are all capitalised but for short function words (one capitalised word will do); or -1.
    /// </summary>
    private static int TitleAfterWork(Ctx c, int open, int e)
    {
        List<QToken> t = c.Tokens;
        int close = ShortQuoteClose(c, open, e, 8);
        if (close < 0)
        {
            return -1;
        }

        int lastWord = close - 1;
        while (lastWord > open && t[lastWord].Kind == QTokenKind.Punct && c.Text[t[lastWord].Start] is '.' or ',')
        {
            lastWord--;
        }

        bool single = lastWord == open + 1 && IsUpper(c, t[open + 1]);
        return lastWord > open && (single || IsTitleCase(c, open + 1, lastWord + 1)) ? close + 1 : -1;
    }

    /// <summary>
    /// A sentence in title case, as headlines are written: at least four words, every one capitalised but for short function
    /// words, and no quotation ("Trump’s Son Says The Battle Against Hillary Will Be Unprecedented").
    /// </summary>
    private static bool IsHeadline(Ctx c, int s, int e)
    {
        List<QToken> t = c.Tokens;
        int words = 0;
        for (int k = s; k < e; k++)
        {
            QToken x = t[k];
            if (x.Quote >= 0 || x.Kind is QTokenKind.Open or QTokenKind.Close)
            {
                return false; // a headline quoting its speaker repeats a quotation the article gives
            }

            if (x.Kind != QTokenKind.Word)
            {
                continue;
            }

            ReadOnlySpan<char> w = c.Span(x);
            if (char.IsLetter(w[0]))
            {
                words++;
                if (!char.IsUpper(w[0]) && w.Length > 3)
                {
                    return false;
                }
            }
        }

        return words >= 4;
    }

    /// <summary>Whether the words of <c>[a, b)</c> are at least two, all capitalised but for short function words ("This Week With George Stephanopoulos", "Meet the Press").</summary>
    private static bool IsTitleCase(Ctx c, int a, int b)
    {
        List<QToken> t = c.Tokens;
        int words = 0;
        for (int k = a; k < b; k++)
        {
            QToken x = t[k];
            if (x.Kind != QTokenKind.Word)
            {
                return false;
            }

            words++;
            if (!IsUpper(c, x) && !(k > a && (Is(c, x, "the") || Is(c, x, "of") || Is(c, x, "and") || Is(c, x, "a") || Is(c, x, "in") || Is(c, x, "on") || Is(c, x, "with") || Is(c, x, "for") || Is(c, x, "to"))))
            {
                return false;
            }
        }

        return words >= 2;
    }

    /// <summary>"Marco Rubio: ‘You Don’t Win …’" — a mention, a colon and nothing but quotation.</summary>
    private static bool TryColonAttribution(Ctx c, int s, int e, out Attribution a)
    {
        List<QToken> t = c.Tokens;
        a = default;
        for (int k = s; k < e && k < s + 12; k++)
        {
            QToken x = t[k];
            if (x.Quote >= 0 || x.Kind != QTokenKind.Word && x.Kind != QTokenKind.Punct)
            {
                return false;
            }

            if (x.Kind == QTokenKind.Punct && c.Text[x.Start] == ':')
            {
                if (k > s && ParseNpRight(c, s, k, out int ns, out int ne, out SpeakerHint hint) && ne == k
                    && ((hint != SpeakerHint.Description && IsPureQuote(c, k + 1, e)) || IsLabelLine(c, s, k, e, hint)))
                {
                    a.CueToken = k;
                    a.CueEnd = k + 1;
                    a.Lemma = ":";
                    SetSpeaker(c, ref a, ns, ne, hint);
                    a.RightStart = k + 1;
                    return true;
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A paragraph that is one line "Speaker: what they said", as in headlines ("Graham: Trump's rhetoric destroying
    /// GOP's chance") and interview transcripts ("FALLIN: Well, I think …"): the label (words <paramref name="s"/> to
    /// the colon <paramref name="colon"/>) opens the paragraph, is a name or a short description of at most three
    /// words, and is no editorial label ("Update", "Note", "Photo"); the paragraph is this one sentence, with no quotation.
    /// </summary>
    private static bool IsLabelLine(Ctx c, int s, int colon, int e, SpeakerHint hint)
    {
        List<QToken> t = c.Tokens;
        if (s != 0 || e != t.Count || colon + 2 >= e || hint == SpeakerHint.Pronoun || (hint == SpeakerHint.Description && colon - s > 3))
        {
            return false;
        }

        for (int k = s; k < colon; k++)
        {
            if (t[k].Kind == QTokenKind.Word && (t[k].Classes & (WordClass.Time | WordClass.Calendar)) != 0)
            {
                return false;
            }
        }

        int commas = 0;
        for (int k = colon + 1; k < e; k++)
        {
            commas += IsPunct(c, t[k], ',') || IsPunct(c, t[k], ';') ? 1 : 0;
        }

        return !s_editorialLabels.Contains(c.Span(t[s])) && !(colon == s + 1 && c.Span(t[s]).Length == 1) // not "Q:", "A:"
            && commas < 3 // not a list: "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, …"
            && !ContainsQuote(c, colon + 1, e); // quoted words in a headline are another matter (a quotation of someone else, or irony)
    }

    private static readonly NewsModel.Text.SpanSet s_editorialLabels = new([
        "Update", "UPDATE", "Updated", "Note", "NOTE", "Editor", "Editors", "Correction", "CORRECTION", "Clarification", "Photo", "PHOTO", "Photos",
        "Video", "VIDEO", "Watch", "WATCH", "Read", "READ", "Related", "RELATED", "Source", "Sources", "Caption", "Credit", "Image", "Images",
        "Listen", "Subscribe", "Follow", "Sign", "Contact", "Email", "Disclosure", "Disclaimer", "Advertisement", "Summary", "Background", "Context",
        "Transcript", "Full", "Part", "Chapter", "Step", "Bottom", "Outlook", "Top", "More", "Also", "See", "Plus", "Bonus", "Quote", "Question",
        "The", "A", "An", "Contributing", "Contributors", "Reporting", "Paid", "EMAIL", "Web", "Online", "Tags", "Topics", "Filed", "Posted", "Published",
    ]);

    // ------------------------------------------------------------------ content
    private static bool HasContent(Ctx c, int a, int b)
    {
        for (int k = a; k < b; k++)
        {
            if (c.Tokens[k].Kind == QTokenKind.Word || c.Tokens[k].Quote >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRelative(Ctx c, TextSpan? speaker) =>
        speaker is TextSpan sp && (QuoteLexicon.Classify(c.Text.AsSpan(sp.Start, sp.Length)) & WordClass.Relative) != 0;

    /// <summary>"He fulminated against the plan - ''I love Oreos,'' he said": the left content is the quotation after the dash.</summary>
    private static int NarrowToQuote(Ctx c, int a, int b)
    {
        List<QToken> t = c.Tokens;
        int k = b - 1;
        while (k > a && t[k].Kind == QTokenKind.Punct && t[k].Quote < 0)
        {
            k--;
        }

        if (k <= a || t[k].Kind != QTokenKind.Close || t[k].Quote < 0)
        {
            return a;
        }

        int open = c.Quotes[t[k].Quote].OpenToken;
        if (open - 1 > a && t[open - 1].Kind == QTokenKind.Punct && t[open - 1].Quote < 0 && c.Text[t[open - 1].Start] is '-' or '\u2014' or '\u2013' or ':' or ';' or '(')
        {
            return open;
        }

        return a;
    }

    private static bool ContainsQuote(Ctx c, int a, int b)
    {
        for (int k = a; k < b; k++)
        {
            if (c.Tokens[k].Quote >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"The plan, which officials said will start in May, was …": a relative clause's content ends where the main clause resumes.</summary>
    private static int EndOfRelative(Ctx c, int a, int b)
    {
        List<QToken> t = c.Tokens;
        for (int k = a + 1; k + 1 < b; k++)
        {
            QToken x = t[k];
            if (x.Quote < 0 && x.Kind == QTokenKind.Punct && c.Text[x.Start] is ',' or '\u2014' or '\u2013' or '-')
            {
                QToken y = t[k + 1];
                if (y.Kind == QTokenKind.Word && y.Quote < 0 && !IsUpper(c, y) && (IsAuxiliary(c, y) || IsPastVerb(c, y) || ((y.Classes & WordClass.Cue) != 0 && (y.Classes & WordClass.Gerund) == 0)))
                {
                    return k;
                }
            }
        }

        return b;
    }

    /// <summary>
    /// "called his rival “a total lightweight” on Tuesday, adding …", "a plan he calls “a scam” and …": after a naming
    /// verb the content is the object and its quoted name, so it ends with the quotation (and with a second one joined
    /// by "and", "or" or a comma: "called it “weak” and “disappointing”").
    /// </summary>
    private static int EndOfNaming(Ctx c, int a, int b)
    {
        List<QToken> t = c.Tokens;
        int open = -1;
        for (int k = a; k < b && k < a + MaxNpTokens; k++)
        {
            QToken x = t[k];
            if (x.Kind == QTokenKind.Open && x.Quote >= 0)
            {
                open = k;
                break;
            }

            if (x.Kind != QTokenKind.Word || Is(c, x, "that") || IsCue(c, x.Classes))
            {
                return b; // a clause or punctuation first: not a name given to an object
            }
        }

        while (open >= 0)
        {
            int close = c.Quotes[t[open].Quote].CloseToken;
            if (close < 0 || close + 1 >= b)
            {
                return b;
            }

            int after = close + 1;
            while (after < b && t[after].Kind == QTokenKind.Punct && t[after].Quote < 0 && c.Text[t[after].Start] is '.' or ',')
            {
                after++; // punctuation inside the marks' reach ("“weak,” and") does not end the name
            }

            if (after + 1 < b && t[after].Kind == QTokenKind.Word && (Is(c, t[after], "and") || Is(c, t[after], "or")) && t[after + 1].Kind == QTokenKind.Open)
            {
                open = after + 1;
                continue;
            }

            if (after < b && t[after].Kind == QTokenKind.Open && IsPunct(c, t[after - 1], ','))
            {
                open = after;
                continue;
            }

            // the name ends the content where a comma, a dash, a participle or a new verb phrase follows it; a phrase that
            // completes it stays ("called him “unfit to serve” as president")
            QToken next = t[close + 1];
            bool commaInside = close - 1 > open && IsPunct(c, t[close - 1], ',');
            if (commaInside || (next.Kind == QTokenKind.Punct && c.Text[next.Start] is ',' or '-' or '\u2013' or '\u2014')
                || (next.Kind == QTokenKind.Word && !IsUpper(c, next) && (c.Span(next).EndsWith("ing", StringComparison.Ordinal) || Is(c, next, "and") || Is(c, next, "but"))))
            {
                return close + 1;
            }

            return b;
        }

        return b;
    }

    /// <summary>
    /// Where a quotation introduced by a comma or colon after its cue stops: at its closing mark when the writer's words
    /// go on with a comma, a preposition or a conjunction ("tweeted, “Thank you Indiana!” on Friday afternoon",
    /// "said: “I made a mistake,” but in fact …"). Words that carry the quotation on ("said, “…” to have a discussion") stay.
    /// </summary>
    private static int EndOfIntroducedQuotation(Ctx c, int a, int b)
    {
        List<QToken> t = c.Tokens;
        if (a < 1 || a >= b || t[a].Kind != QTokenKind.Open || t[a].Quote < 0 || !(IsPunct(c, t[a - 1], ',') || IsPunct(c, t[a - 1], ':')))
        {
            return b;
        }

        int close = c.Quotes[t[a].Quote].CloseToken;
        if (close < 0 || close + 1 >= b)
        {
            return b;
        }

        QToken next = t[close + 1];
        bool writers = next.Quote < 0
            && ((next.Kind == QTokenKind.Punct && c.Text[next.Start] == ',')
                || (next.Kind == QTokenKind.Word && (next.Classes & (WordClass.Preposition | WordClass.Conjunction)) != 0
                    && !Is(c, next, "to") && !Is(c, next, "of") && !Is(c, next, "for") && !Is(c, next, "than") && !Is(c, next, "like")));
        return writers ? close + 1 : b;
    }

    /// <summary>A capitalised conjunction that opens a subordinate clause at a sentence's start: "When", "As", "While", "After", "If", "Because" ….</summary>
    /// <summary>Whether the word at <paramref name="j"/> opens its clause: the sentence's first word, or after a break mark or an opening conjunction ("But as …").</summary>
    private static bool OpensClause(Ctx c, int s, int j)
    {
        List<QToken> t = c.Tokens;
        if (j - 1 >= s && t[j - 1].Kind == QTokenKind.Word && t[j - 1].Quote < 0 && (Is(c, t[j - 1], "and") || Is(c, t[j - 1], "but") || Is(c, t[j - 1], "yet") || Is(c, t[j - 1], "so")))
        {
            j--;
        }

        return j == s || IsBreakPunct(c, t[j - 1]);
    }

    /// <summary>A comma after the cue, with at most a time word or two between ("noted Tuesday,"): a clause set off from what it reports.</summary>
    private static bool CommaAfterCue(Ctx c, int j, int e)
    {
        List<QToken> t = c.Tokens;
        for (int q = j; q < e && q <= j + 2; q++)
        {
            QToken x = t[q];
            if (IsPunct(c, x, ',') && x.Quote < 0)
            {
                return q + 1 < e && t[q + 1].Kind == QTokenKind.Word && t[q + 1].Quote < 0;
            }

            if (x.Kind != QTokenKind.Word || x.Quote >= 0 || ((x.Classes & WordClass.Time) == 0 && !IsAdverb(c, x)))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsSubordinator(Ctx c, QToken x) =>
        x.Kind == QTokenKind.Word && x.Quote < 0 && IsUpper(c, x)
        && (Is(c, x, "when") || Is(c, x, "as") || Is(c, x, "while") || Is(c, x, "after") || Is(c, x, "before") || Is(c, x, "although")
            || Is(c, x, "though") || Is(c, x, "if") || Is(c, x, "because") || Is(c, x, "once") || Is(c, x, "since") || Is(c, x, "until") || Is(c, x, "whereas"));

    private static bool HasTopLevelComma(Ctx c, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (c.Tokens[k].Quote < 0 && IsPunct(c, c.Tokens[k], ','))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where content said inside a sentence-opening subordinate clause stops: at the comma that closes the clause before the
    /// main clause ("When Maddow pointed out that Sanders calls it “Medicare for all,” Clinton seized on it" → up to the closing mark).
    /// </summary>
    private static int EndOfSubordinateClause(Ctx c, int a, int b)
    {
        List<QToken> t = c.Tokens;
        for (int k = a + 1; k < b - 1; k++)
        {
            QToken x = t[k];
            if (x.Kind == QTokenKind.Punct && x.Quote < 0 && c.Text[x.Start] == ',' && t[k + 1].Kind == QTokenKind.Word && t[k + 1].Quote < 0)
            {
                return k;
            }

            if (x.Kind == QTokenKind.Close && IsPunct(c, t[k - 1], ',') && t[k + 1].Kind == QTokenKind.Word && t[k + 1].Quote < 0)
            {
                return k + 1;
            }
        }

        return b;
    }

    private static bool IsAuxiliary(Ctx c, QToken x) =>
        x.Kind == QTokenKind.Word && (x.Classes & WordClass.Stop) != 0 && (x.Classes & WordClass.Skip) != 0 && !Is(c, x, "not") && !Is(c, x, "just");

    /// <summary>Where reported content after a cue stops: before "; ", ", but", or "and" + another verb ("and highlighted", "and said").</summary>
    private static int CutRight(Ctx c, int a, int b)
    {
        List<QToken> t = c.Tokens;
        for (int k = a + 2; k < b - 1; k++)
        {
            QToken x = t[k];
            if (x.Quote >= 0)
            {
                continue;
            }

            if (x.Kind != QTokenKind.Word)
            {
                if (x.Kind == QTokenKind.Punct && c.Text[x.Start] == ';')
                {
                    return k;
                }

                continue;
            }

            CutWord word = CutWordOf(c.Span(x));
            if (word == CutWord.Though && IsPunct(c, t[k - 1], ',') && t[k - 1].Quote < 0)
            {
                return k - 1;
            }

            if (word == CutWord.Which && CommaBefore(c, k) is int which and >= 0 && which > a + 2 && IsPlainTail(c, k + 1, b))
            {
                return which; // "… at such legislation, which would give …": the writer's own gloss, to the end, unquoted
            }

            if (word == CutWord.A && CommaBefore(c, k) is int gloss and >= 0 && gloss > a + 2
                && GlossRelative(c, k + 1, b) && IsPlainTail(c, k + 1, b))
            {
                return gloss; // "… exit the EU, a move that could trigger …": an apposition to the whole clause
            }

            if (t[k - 1].Quote < 0 && t[k - 1].Kind == QTokenKind.Punct && c.Text[t[k - 1].Start] is '\u2013' or '\u2014' or '-'
                && (x.Classes & WordClass.Conjunction) != 0 && word is not (CutWord.And or CutWord.Or))
            {
                return k - 1; // "… with Clinton – although …"
            }

            if (word is CutWord.And or CutWord.But)
            {
                QToken y = t[k + 1];
                bool comma = IsPunct(c, t[k - 1], ',');
                if (comma && IsUpper(c, y) && y.Quote < 0 && NewClauseFollows(c, k + 1, b))
                {
                    return k - 1; // "…, and Russian officials have already decried …"
                }

                if (comma && y.Kind == QTokenKind.Word && y.Quote < 0 && (y.Classes & WordClass.Pronoun) != 0 && (y.Classes & WordClass.Relative) == 0
                    && k + 2 < b && t[k + 2].Kind == QTokenKind.Word && !IsUpper(c, t[k + 2]))
                {
                    return k - 1; // "…, and he reiterated …": a new clause with its own subject
                }

                if (y.Kind == QTokenKind.Word && y.Quote < 0 && !IsUpper(c, y) && IsCue(c, y.Classes) && (y.Classes & WordClass.Gerund) != 0)
                {
                    return comma ? k - 1 : k; // "…, but suggesting that …"
                }


                if (y.Kind == QTokenKind.Word && y.Quote < 0 && !IsUpper(c, y)
                    && ((IsCue(c, y.Classes) && (y.Classes & WordClass.Gerund) == 0) || (IsPastVerb(c, y) && (y.Classes & (WordClass.FrameNoun | WordClass.Role | WordClass.Title)) == 0)))
                {
                    return comma ? k - 1 : k;
                }
            }
        }

        return b;
    }

    /// <summary>The words <see cref="CutRight"/> asks about.</summary>
    private enum CutWord
    {
        None,
        Though,
        Which,
        A,
        And,
        Or,
        But,
    }

    /// <summary>Which of <see cref="CutWord"/> a word is (ordinal, ignoring case): its length picks the one or two it may be.</summary>
    private static CutWord CutWordOf(ReadOnlySpan<char> w) => w.Length switch
    {
        1 => w.Equals("a", StringComparison.OrdinalIgnoreCase) ? CutWord.A : CutWord.None,
        2 => w.Equals("an", StringComparison.OrdinalIgnoreCase) ? CutWord.A : w.Equals("or", StringComparison.OrdinalIgnoreCase) ? CutWord.Or : CutWord.None,
        3 => w.Equals("and", StringComparison.OrdinalIgnoreCase) ? CutWord.And : w.Equals("but", StringComparison.OrdinalIgnoreCase) ? CutWord.But : CutWord.None,
        5 => w.Equals("which", StringComparison.OrdinalIgnoreCase) ? CutWord.Which : CutWord.None,
        6 => w.Equals("though", StringComparison.OrdinalIgnoreCase) ? CutWord.Though : CutWord.None,
        8 => w.Equals("although", StringComparison.OrdinalIgnoreCase) ? CutWord.Though : CutWord.None,
        _ => CutWord.None,
    };

    /// <summary>A relative pronoun within four words of <paramref name="from"/> ("a move that …", "an extraordinary indictment that …").</summary>
    private static bool GlossRelative(Ctx c, int from, int to)
    {
        List<QToken> t = c.Tokens;
        for (int k = from; k < to && k < from + 4; k++)
        {
            if (t[k].Kind == QTokenKind.Word && (t[k].Classes & WordClass.Relative) != 0 && k > from)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <c>[from, to)</c> holds no quotation and no comma, dash or parenthesis: one plain clause.</summary>
    private static bool IsPlainTail(Ctx c, int from, int to)
    {
        List<QToken> t = c.Tokens;
        for (int k = from; k < to; k++)
        {
            QToken x = t[k];
            if (x.Quote >= 0 || x.Kind is QTokenKind.Open or QTokenKind.Close || (x.Kind == QTokenKind.Punct && k < to - 1))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The index of a comma right before <paramref name="k"/> (inside or outside a closing mark: ",” which"), or -1.</summary>
    private static int CommaBefore(Ctx c, int k)
    {
        List<QToken> t = c.Tokens;
        if (k - 1 >= 0 && IsPunct(c, t[k - 1], ','))
        {
            return k - 1;
        }

        return k - 2 >= 0 && t[k - 1].Kind == QTokenKind.Close && IsPunct(c, t[k - 2], ',') ? k : -1;
    }

    private static bool IsPlainWord(Ctx c, QToken tok) =>
        tok.Kind == QTokenKind.Word && tok.Quote < 0 && !IsCue(c, tok.Classes)
        && (tok.Classes & (WordClass.Stop | WordClass.Preposition | WordClass.Conjunction | WordClass.Pronoun | WordClass.Skip | WordClass.Determiner | WordClass.Time)) == 0;

    /// <summary>Whether a capitalised word follows within three plain lower-case words.</summary>
    private static bool NameFollows(Ctx c, int j, int e)
    {
        for (int k = j; k < e && k < j + 3; k++)
        {
            QToken x = c.Tokens[k];
            if ((IsUpper(c, x) || (x.Classes & WordClass.Role) != 0) && x.Quote < 0 && x.Kind == QTokenKind.Word)
            {
                return true;
            }

            if (!IsPlainWord(c, x))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A capitalised noun phrase followed within four words by an auxiliary, a past-tense verb or a cue.</summary>
    private static bool NewClauseFollows(Ctx c, int j, int b)
    {
        List<QToken> t = c.Tokens;
        for (int k = j + 1; k < b && k < j + 5; k++)
        {
            QToken x = t[k];
            if (x.Kind != QTokenKind.Word || x.Quote >= 0)
            {
                return false;
            }

            if (!IsUpper(c, x) && ((x.Classes & WordClass.Stop) != 0 || IsPastVerb(c, x) || IsCue(c, x.Classes)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPastVerb(Ctx c, QToken tok)
    {
        ReadOnlySpan<char> w = c.Span(tok);
        return w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal);
    }

    private static bool IsPureQuote(Ctx c, int a, int b)
    {
        bool any = false;
        for (int k = a; k < b; k++)
        {
            QToken x = c.Tokens[k];
            if (x.Quote >= 0)
            {
                any = true;
            }
            else if (x.Kind == QTokenKind.Word)
            {
                return false;
            }
        }

        return any;
    }

    private static bool Emit(Ctx c, int a, int b, Attribution at, int group, List<StatementCandidate> output, out StatementKind kind, int minWords = 2)
    {
        List<QToken> t = c.Tokens;
        kind = StatementKind.Indirect;

        // trim frame punctuation at both ends
        while (a < b && t[a].Kind == QTokenKind.Punct && t[a].Quote < 0)
        {
            a++;
        }

        while (b > a && t[b - 1].Quote < 0 && ((t[b - 1].Kind == QTokenKind.Punct && !EndsWithinContent(c, a, b - 1)) || Is(c, t[b - 1], "and") || Is(c, t[b - 1], "but")))
        {
            b--;
        }

        if (b <= a)
        {
            return false;
        }

        int frameWords = 0;
        int chunks = 0;
        for (int k = a; k < b; k++)
        {
            QToken x = t[k];
            if (x.Quote >= 0)
            {
                if (x.Kind == QTokenKind.Open)
                {
                    chunks++;
                }
            }
            else if (x.Kind == QTokenKind.Word)
            {
                frameWords++;
            }
        }

        TextSpan? cue = c.SpanOf(at.CueToken, at.CueToken + (string.Equals(at.Lemma, "according to", StringComparison.Ordinal) ? 2 : 1));
        TextSpan? channel = at.Channel ?? FrontedChannel(c, at);
        if (chunks == 0)
        {
            if (frameWords < minWords)
            {
                return false;
            }

            var span = TextSpan.FromBounds(t[a].Start, t[b - 1].End);
            output.Add(new StatementCandidate(StatementKind.Indirect, span, span, cue, at.Lemma, at.Speaker, at.SpeakerName, at.Hint, channel, group));
            return true;
        }

        kind = frameWords == 0 ? StatementKind.Direct : StatementKind.Partial;
        var content = TextSpan.FromBounds(t[a].Start, t[b - 1].End);
        bool any = false;
        for (int k = a; k < b; k++)
        {
            QToken x = t[k];
            if (x.Kind == QTokenKind.Open && x.Quote >= 0)
            {
                QuoteChunk q = c.Quotes[x.Quote];
                if (q.InnerEnd <= q.InnerStart)
                {
                    continue;
                }

                var span = TextSpan.FromBounds(q.InnerStart, q.InnerEnd);
                output.Add(new StatementCandidate(kind, span, kind == StatementKind.Direct ? span : content, cue, at.Lemma, at.Speaker, at.SpeakerName, at.Hint, channel, group));
                any = true;
            }
        }

        return any;
    }

    /// <summary>
    /// A closing mark that belongs to the content it ends: a percent sign ("with just 22%") or a parenthesis closing one
    /// the content opened ("women (61 percent)").
    /// </summary>
    private static bool EndsWithinContent(Ctx c, int a, int k)
    {
        char ch = c.Text[c.Tokens[k].Start];
        if (ch == '%')
        {
            return k > a;
        }

        if (ch != ')')
        {
            return false;
        }

        for (int q = k - 1; q >= a; q--)
        {
            if (IsPunct(c, c.Tokens[q], ')'))
            {
                return false;
            }

            if (IsPunct(c, c.Tokens[q], '('))
            {
                return q > a;
            }
        }

        return false;
    }

    // ------------------------------------------------------------------ token helpers
    /// <summary>
    /// The medium named by a phrase that opens the sentence and ends with a comma right before the speaker: "Speaking to
    /// CNN on Sunday, the governor said …", "In an interview with Reuters, Orpo said …", "In a post on X, she wrote …" (the
    /// medium: capitalised or media words after the preposition and an optional "the"). Null when there is none.
    /// </summary>
    private static TextSpan? FrontedChannel(Ctx c, Attribution at)
    {
        List<QToken> t = c.Tokens;
        int first = at.CueToken;
        if (at.Speaker is { } speaker && speaker.Start < t[first].Start)
        {
            while (first > 0 && t[first - 1].Start >= speaker.Start)
            {
                first--;
            }
        }

        int comma = first - 1;
        if (comma < 2 || !IsPunct(c, t[comma], ',') || t[comma].Quote >= 0)
        {
            return null;
        }

        int p = comma - 1;
        while (p > 0 && comma - p < 12 && t[p - 1].Quote < 0 && !(t[p - 1].Kind == QTokenKind.Punct && c.Text[t[p - 1].Start] is '.' or '!' or '?' or ';' or ','))
        {
            p--;
        }

        if (p > 0 && !(t[p - 1].Kind == QTokenKind.Punct && c.Text[t[p - 1].Start] is '.' or '!' or '?'))
        {
            return null; // the phrase must open its sentence
        }

        int k = p;
        if (Is(c, t[k], "speaking") || Is(c, t[k], "talking") || Is(c, t[k], "writing"))
        {
            k++; // "Speaking to CNN", but not "Speaking in Beijing"
            if (k >= comma || !(Is(c, t[k], "to") || Is(c, t[k], "with") || Is(c, t[k], "on")))
            {
                return null;
            }
        }
        else if (Is(c, t[k], "in"))
        {
            k++;
            while (k < comma && k - p < 5 && t[k].Kind == QTokenKind.Word && !IsChannelNoun(c.Span(t[k])) && (t[k].Classes & WordClass.Preposition) == 0)
            {
                k++; // "a", "his", "a 2014", "a subsequent", "a television"
            }

            if (k >= comma || !IsChannelNoun(c.Span(t[k])))
            {
                return null; // "In response to …", "In addition to …"
            }

            k++;
            if (k >= comma || !(Is(c, t[k], "with") || Is(c, t[k], "on") || Is(c, t[k], "to")))
            {
                return null;
            }
        }
        else
        {
            return null;
        }

        k++;
        if (k < comma && Is(c, t[k], "the") && c.Text[t[k].Start] == 't')
        {
            k++; // but "The New York Times" keeps its article
        }

        int from = k;
        int end = -1;
        while (k < comma && t[k].Kind == QTokenKind.Word && (IsUpper(c, t[k]) || (t[k].Classes & WordClass.Media) != 0 || (k > from && char.IsDigit(c.Text[t[k].Start])))
            && (t[k].Classes & WordClass.Calendar) == 0)
        {
            k++;
            if (IsPossessive(c, t[k - 1]) || c.Text[t[k - 1].End - 1] == '\u2019')
            {
                end = t[k - 1].End - (c.Text[t[k - 1].End - 1] == '\u2019' ? 1 : 2); // "Fox News’ Sean Hannity", "the Washington Post's editorial board"
                break;
            }
        }

        if (k == from)
        {
            return null;
        }

        for (int r = k; r < comma; r++)
        {
            // what follows the medium: names, a time, "hosts", "magazine"; any other word makes it something else
            QToken x = t[r];
            if (x.Kind == QTokenKind.Word && !IsUpper(c, x) && !char.IsDigit(c.Text[x.Start]) && (x.Classes & (WordClass.Calendar | WordClass.Time | WordClass.Preposition | WordClass.Determiner)) == 0
                && !IsChannelNoun(c.Span(x)) && !Is(c, x, "and") && !Is(c, x, "hosts") && !Is(c, x, "host") && !Is(c, x, "night") && !Is(c, x, "morning") && !Is(c, x, "evening"))
            {
                return null;
            }
        }

        TextSpan span = c.SpanOf(from, k);
        return end > span.Start ? TextSpan.FromBounds(span.Start, end) : span;
    }

    /// <summary>Nouns for the means of a statement or its outlet.</summary>
    private static readonly string[] s_channelNouns =
    [
        "interview", "interviews", "statement", "post", "tweet", "letter", "op-ed", "email", "e-mail", "message", "video",
        "speech", "appearance", "remarks", "conversation", "call", "briefing", "column", "podcast", "broadcast",
        "magazine", "newspaper", "show", "program", "programme",
    ];

    /// <summary>A noun for the means of a statement or its outlet: "interview", "statement", "post", "magazine" …</summary>
    private static bool IsChannelNoun(ReadOnlySpan<char> word)
    {
        foreach (string noun in s_channelNouns)
        {
            if (word.Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Is(Ctx c, QToken tok, string word) =>
        tok.Kind == QTokenKind.Word && c.Span(tok).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsPunct(Ctx c, QToken tok, char ch) => tok.Kind == QTokenKind.Punct && c.Text[tok.Start] == ch;

    private static bool IsPunct(Ctx c, QToken tok, char ch1, char ch2) => tok.Kind == QTokenKind.Punct && (c.Text[tok.Start] == ch1 || c.Text[tok.Start] == ch2);

    private static bool IsBreakPunct(Ctx c, QToken tok) =>
        tok.Kind == QTokenKind.Punct && tok.Quote < 0 && c.Text[tok.Start] is ',' or ';' or ':' or '\u2014' or '\u2013' or '-' or '(' or ')';

    private static bool IsUpper(Ctx c, QToken tok) => tok.Kind == QTokenKind.Word && char.IsUpper(c.Text[tok.Start]);

    private static bool IsPossessive(Ctx c, QToken tok)
    {
        ReadOnlySpan<char> w = c.Span(tok);
        return w.Length > 2 && (w[^1] == 's' || w[^1] == 'S') && (w[^2] == '\'' || w[^2] == '\u2019');
    }

    /// <summary>An apostrophe right after a word in -s and before a space: the possessive mark of "Sanders' aides", "the voters’ choice".</summary>
    private static bool PluralPossessiveMark(Ctx c, int m)
    {
        List<QToken> t = c.Tokens;
        QToken x = t[m];
        if (x.Kind != QTokenKind.Punct || x.Quote >= 0 || c.Text[x.Start] is not ('\'' or '\u2019') || m < 1 || m + 1 >= t.Count)
        {
            return false;
        }

        QToken w = t[m - 1];
        return w.Kind == QTokenKind.Word && w.Quote < 0 && w.End == x.Start && t[m + 1].Start > x.End && t[m + 1].Kind == QTokenKind.Word
            && (c.Text[w.End - 1] is 's' or 'S');
    }

    private static bool IsLowerAdjectiveLike(Ctx c, QToken tok)
    {
        ReadOnlySpan<char> w = c.Span(tok);
        return w.Length > 1 && char.IsLetterOrDigit(w[0]);
    }

    private static bool IsAdverb(Ctx c, QToken tok)
    {
        if (tok.Kind != QTokenKind.Word)
        {
            return false;
        }

        if ((tok.Classes & WordClass.Skip) != 0)
        {
            return true;
        }

        ReadOnlySpan<char> w = c.Span(tok);
        return w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(w[0])
            && (tok.Classes & (WordClass.Role | WordClass.Title | WordClass.Cue)) == 0;
    }

    private struct Attribution
    {
        public int CueToken;
        public int CueEnd;
        public string? Lemma;
        public TextSpan? Speaker;
        public TextSpan? SpeakerName;
        public SpeakerHint Hint;
        public TextSpan? Channel;
        public int LeftBoundary;
        public bool AllowLeft;
        public int RightStart;
        public bool Breaks;
        public bool Parenthetical;
        public bool Belief;
        public bool InRelative;
        public bool AsClause;
    }

    private readonly struct Ctx(string text, List<QToken> tokens, List<QuoteChunk> quotes, QuoteExtractorOptions options)
    {
        public QuoteExtractorOptions Options { get; } = options;

        public string Text { get; } = text;

        public List<QToken> Tokens { get; } = tokens;

        public List<QuoteChunk> Quotes { get; } = quotes;

        public ReadOnlySpan<char> Span(QToken tok) => Text.AsSpan(tok.Start, tok.End - tok.Start);

        public TextSpan SpanOf(int from, int to) => TextSpan.FromBounds(Tokens[from].Start, Tokens[to - 1].End);
    }

    private sealed class Scratch
    {
        public List<QToken> Tokens { get; } = new(256);

        public List<QuoteChunk> Quotes { get; } = new(16);

        public List<Attribution> Attributions { get; } = new(8);

        /// <summary>Whether the paragraph's text holds a colon: the colon attributions need one.</summary>
        public bool AnyColon { get; set; }

        /// <summary>Whether the paragraph has an opening quotation mark: the attributions of a quotation after a colon or a verb need one.</summary>
        public bool AnyOpen { get; set; }

        public int Group { get; set; }

        public bool CarryValid { get; set; }

        public TextSpan? CarrySpeaker { get; private set; }

        public TextSpan? CarryName { get; private set; }

        public int CarryGroup { get; private set; }

        public int CarryParagraph { get; set; }

        /// <summary>The sentence (counted from the article's start) the carried attribution was last used in.</summary>
        public int CarrySentence { get; set; }

        /// <summary>The number of the sentence being analysed.</summary>
        public int Sentence { get; set; }

        public void Reset()
        {
            Group = 0;
            Sentence = 0;
            CarrySentence = -10;
            CarryValid = false;
            CarrySpeaker = null;
            CarryName = null;
            CarryGroup = 0;
            CarryParagraph = -10;
        }

        public void SetCarry(Attribution a, int group, int paragraph)
        {
            CarryValid = a.Speaker is not null;
            CarrySpeaker = a.Speaker;
            CarryName = a.SpeakerName;
            CarryGroup = group;
            CarryParagraph = paragraph;
            CarrySentence = Sentence;
        }
    }
}
