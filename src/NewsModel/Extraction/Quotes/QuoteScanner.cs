using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

using NewsModel.Text;

namespace NewsModel.Extraction.Quotes;

/// <summary>Kinds of <see cref="QToken"/>.</summary>
internal enum QTokenKind : byte
{
    Word,
    Punct,
    Open,
    Close,
}

/// <summary>One token of a paragraph: a word, a punctuation mark or a paired quotation mark.</summary>
/// <param name="Start">Offset of the first code unit.</param>
/// <param name="End">Offset past the last code unit.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Quote">Index of the quotation chunk it belongs to (its marks included), or -1 outside quotations.</param>
/// <param name="Classes">The word's classes from <see cref="QuoteLexicon"/>.</param>
internal record struct QToken(int Start, int End, QTokenKind Kind, int Quote, WordClass Classes);

/// <summary>A quotation: its marks' token indices (close -1 when the paragraph ends first) and its inner text.</summary>
internal record struct QuoteChunk(int OpenToken, int CloseToken, int InnerStart, int InnerEnd);

/// <summary>
/// Splits a paragraph into tokens and pairs quotation marks in one left-to-right pass (linear time:
/// an unmatched mark never causes a rescan).
/// </summary>
internal static class QuoteScanner
{
    private static readonly string[] s_abbreviations =
    [
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof", "rev", "adm",
        "atty", "supt", "cmdr", "st", "jr", "sr", "inc", "co", "corp", "ltd", "vs", "jan", "feb", "aug", "sept",
        "sep", "oct", "nov", "dec", "mt", "ft", "no", "messrs", "gens", "reps", "sens", "govs", "pres", "sec",
        "dept", "est", "approx", "fig", "vol", "rd", "ave", "blvd",
    ];

    private static readonly SpanSet s_abbreviationSet = new(s_abbreviations);

    /// <summary>Tokenizes <c>text[start..end)</c> into <paramref name="tokens"/> and <paramref name="quotes"/> (both cleared first).</summary>
    /// <returns>Whether an opening quotation mark was found; false means that no token is <see cref="QTokenKind.Open"/>.</returns>
    public static bool Scan(string text, int start, int end, List<QToken> tokens, List<QuoteChunk> quotes)
    {
        bool opened = false; // set at every Open token made, kept when one is made punctuation again (true is only "maybe")
        tokens.Clear();
        quotes.Clear();
        int openTok = -1;        // open double quotation: token index
        char openChar = '\0';
        int singleTok = -1;      // open single quotation (only outside double ones)
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (CharInfo.IsWhiteSpaceChar(c))
            {
                i++;
                continue;
            }

            if (CharInfo.IsLetterOrDigitChar(c))
            {
                int j = CharInfo.EndOfLettersOrDigits(text.AsSpan(0, end), i + 1);
                if (j < end && text[j] != ' ')
                {
                    j = ScanWord(text, i, end); // a word may go on past this character
                }
                tokens.Add(new QToken(i, j, QTokenKind.Word, -1, QuoteLexicon.Classify(text, i, j - i)));
                i = j < end && text[j] == ' ' ? j + 1 : j; // the space after most words, without a turn of the loop
                continue;
            }

            int len = 1;
            bool dbl = false;       // a double mark (straight or archive style ''/``)
            bool nestedSingle = openTok >= 0 && c == '\'' && i + 2 < end && text[i + 1] == '\'' && text[i + 2] == '\'';
            if (!nestedSingle && (c == '\'' || c == '`') && i + 1 < end && text[i + 1] == c)
            {
                len = 2;
                dbl = true;
            }

            if (nestedSingle)
            {
                // ''…'What did he mean?''' — a single mark closing inside the double quotation, then the closing ''
                tokens.Add(new QToken(i, i + 1, QTokenKind.Punct, -1, WordClass.None));
                i++;
                continue;
            }

            bool left = LeftFlanking(text, start, end, i, len);
            bool right = RightFlanking(text, start, end, i, len);
            QTokenKind kind = QTokenKind.Punct;
            if (dbl && c == '`')
            {
                kind = openTok < 0 ? QTokenKind.Open : QTokenKind.Punct;
            }
            else if (c == '"' || dbl)
            {
                if (openTok >= 0)
                {
                    kind = QTokenKind.Close;
                }
                else if (left || !right)
                {
                    kind = QTokenKind.Open;
                }
            }
            else if (c is '\u201C' or '\u201E' or '\u00AB')
            {
                if (openTok < 0)
                {
                    kind = QTokenKind.Open;
                }
                else if (c == '\u201C' && openChar == '\u201E')
                {
                    kind = QTokenKind.Close;
                }
                else if (c == '\u201C' && right && !left && tokens.Count > openTok + 1)
                {
                    kind = QTokenKind.Close; // a closing mark typed as an opening one: “… here,“ said Jim Clyburn
                }
                else if (c == '\u201C' && left && !right && tokens.Count > openTok + 1)
                {
                    // an opening mark inside an open quotation whose closing mark is missing: close and reopen
                    CloseQuote(tokens, quotes, openTok, tokens.Count, text);
                    openTok = -1;
                    kind = QTokenKind.Open;
                }
            }
            else if (c is '\u201D' or '\u00BB')
            {
                if (openTok >= 0)
                {
                    kind = QTokenKind.Close;
                }
            }
            else if (openTok < 0 && c is '\u2018' or '\u2019' or '\'')
            {
                if (singleTok < 0)
                {
                    if (left && !right && i + 1 < end && char.IsLetterOrDigit(text[i + 1]) && c != '\u2019')
                    {
                        singleTok = tokens.Count;
                        tokens.Add(new QToken(i, i + 1, QTokenKind.Punct, -1, WordClass.None));
                        i++;
                        continue;
                    }
                }
                else if (right && !left && (i + 1 >= end || !char.IsLetterOrDigit(text[i + 1])) && c != '\u2018'
                         && tokens.Count > singleTok + 1 && !EndsWithS(text, i))
                {
                    tokens[singleTok] = tokens[singleTok] with { Kind = QTokenKind.Open };
                    opened = true;
                    tokens.Add(new QToken(i, i + 1, QTokenKind.Close, -1, WordClass.None));
                    Pair(tokens, quotes, singleTok, tokens.Count - 1, text);
                    singleTok = -1;
                    i++;
                    continue;
                }
            }

            if (kind == QTokenKind.Open && singleTok >= 0)
            {
                singleTok = -1; // a double mark inside a would-be single quotation: it was an apostrophe
            }

            tokens.Add(new QToken(i, i + len, kind, -1, WordClass.None));
            if (kind == QTokenKind.Open)
            {
                opened = true;
                openTok = tokens.Count - 1;
                openChar = c;
            }
            else if (kind == QTokenKind.Close)
            {
                if (tokens.Count - 1 == openTok + 1)
                {
                    // an empty pair ("" or ''): not a quotation
                    tokens[openTok] = tokens[openTok] with { Kind = QTokenKind.Punct };
                    tokens[^1] = tokens[^1] with { Kind = QTokenKind.Punct };
                }
                else
                {
                    Pair(tokens, quotes, openTok, tokens.Count - 1, text);
                }

                openTok = -1;
            }

            i += len;
        }

        if (openTok >= 0)
        {
            if (openTok == tokens.Count - 1)
            {
                tokens[openTok] = tokens[openTok] with { Kind = QTokenKind.Punct };
            }
            else
            {
                CloseQuote(tokens, quotes, openTok, tokens.Count, text);
            }
        }

        return opened;
    }

    private static bool EndsWithS(string text, int i) => i > 0 && (text[i - 1] == 's' || text[i - 1] == 'S')
        && (i + 1 >= text.Length || text[i + 1] == ' ');

    private static void Pair(List<QToken> tokens, List<QuoteChunk> quotes, int open, int close, string text)
    {
        int q = quotes.Count;
        for (int k = open; k <= close; k++)
        {
            tokens[k] = tokens[k] with { Quote = q };
        }

        quotes.Add(Trim(text, new QuoteChunk(open, close, tokens[open].End, tokens[close].Start)));
    }

    /// <summary>Ends an open quotation before token <paramref name="endToken"/> without a closing mark.</summary>
    private static void CloseQuote(List<QToken> tokens, List<QuoteChunk> quotes, int open, int endToken, string text)
    {
        int q = quotes.Count;
        for (int k = open; k < endToken; k++)
        {
            tokens[k] = tokens[k] with { Quote = q };
        }

        quotes.Add(Trim(text, new QuoteChunk(open, -1, tokens[open].End, tokens[endToken - 1].End)));
    }

    private static QuoteChunk Trim(string text, QuoteChunk chunk)
    {
        int s = chunk.InnerStart;
        int e = chunk.InnerEnd;
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        return chunk with { InnerStart = s, InnerEnd = e };
    }

    private static bool LeftFlanking(string text, int start, int end, int i, int len)
    {
        bool atStart = i == start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/' or ':';
        return atStart && i + len < end && !char.IsWhiteSpace(text[i + len]);
    }

    private static bool RightFlanking(string text, int start, int end, int i, int len)
    {
        bool before = i > start && !char.IsWhiteSpace(text[i - 1]);
        return before && (i + len >= end || char.IsWhiteSpace(text[i + len]) || char.IsPunctuation(text[i + len]));
    }

    /// <summary>"George W. Bush": a capital letter and period between a capitalised word and a capitalised word; not "on X. The".</summary>
    private static bool IsInitial(string text, int i, int dot, int end)
    {
        int n = dot + 1;
        while (n < end && text[n] == ' ')
        {
            n++;
        }

        if (n >= end || !char.IsUpper(text[n]))
        {
            return false;
        }

        int p = i - 1;
        while (p >= 0 && text[p] == ' ')
        {
            p--;
        }

        if (p < 0 || text[p] == '\n')
        {
            return true;
        }

        int w = p;
        while (w > 0 && char.IsLetter(text[w - 1]))
        {
            w--;
        }

        // "on X. The …": a letter after a preposition is a name, not an initial
        ReadOnlySpan<char> prev = text.AsSpan(w, p - w + 1);
        return !(prev.Equals("on", StringComparison.Ordinal) || prev.Equals("in", StringComparison.Ordinal) || prev.Equals("at", StringComparison.Ordinal)
            || prev.Equals("via", StringComparison.Ordinal) || prev.Equals("to", StringComparison.Ordinal) || prev.Equals("from", StringComparison.Ordinal)
            || prev.Equals("of", StringComparison.Ordinal) || prev.Equals("and", StringComparison.Ordinal));
    }

    private static int ScanWord(string text, int i, int end)
    {
        int j = i + 1;
        ReadOnlySpan<char> paragraph = text.AsSpan(0, end);
        while (j < end)
        {
            j = CharInfo.EndOfLettersOrDigits(paragraph, j);
            if (j >= end)
            {
                break;
            }

            char c = text[j];
            if (c == ' ')
            {
                break; // most words end here
            }

            if (c == '\u00AD')
            {
                j++;
            }
            else if ((c == '\'' || c == '\u2019') && j + 1 < end && char.IsLetter(text[j + 1]) && text[j - 1] != '\'')
            {
                j++;
            }
            else if ((c == '-' || c == '.' || c == '&') && j + 1 < end && char.IsLetterOrDigit(text[j + 1]))
            {
                j++;
            }
            else if (c == ',' && j + 1 < end && char.IsDigit(text[j + 1]) && char.IsDigit(text[j - 1]))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        if (j < end && text[j] == '.')
        {
            ReadOnlySpan<char> w = text.AsSpan(i, j - i);
            bool abbreviation = (w.Length == 1 && char.IsUpper(w[0]) && IsInitial(text, i, j, end)) || w.Contains('.');
            if (!abbreviation && w.Length <= s_abbreviationSet.MaxLength)
            {
                abbreviation = IsAbbreviation(w);
            }

            if (abbreviation)
            {
                j++;
            }
        }

        return j;
    }

    /// <summary>
    /// Whether a word before a full stop is a known abbreviation, ignoring case. Apart from <see cref="ScanWord"/> so
    /// that the scan of every word runs without this method's stack buffer.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsAbbreviation(ReadOnlySpan<char> w)
    {
        if (Ascii.IsValid(w))
        {
            // an ASCII word: lower-cased, one set lookup (the same answer as the comparisons below)
            Span<char> lower = stackalloc char[w.Length];
            Ascii.ToLower(w, lower, out _);
            return s_abbreviationSet.Contains(lower);
        }

        foreach (string a in s_abbreviations)
        {
            if (w.Equals(a, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
