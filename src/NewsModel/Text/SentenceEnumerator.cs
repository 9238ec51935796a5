using System;
using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NewsModel.Text;

/// <summary>Walks the sentences of a text, one <see cref="TextSpan"/> per <see cref="MoveNext"/>; returned by <see cref="SentenceSplitter.Split"/>.</summary>
/// <remarks>
/// A <c>ref struct</c> over the text: it cannot be boxed or stored on the heap, and it allocates nothing. Spans are
/// UTF-16 code-unit offsets into the split text, without the white space around the sentence. See
/// <see cref="SentenceSplitter"/> for the rules.
/// </remarks>
/// <threadsafety>A value on the stack of one thread; not shared.</threadsafety>
public ref struct SentenceEnumerator
{
    private static readonly SearchValues<char> s_candidates =
        SearchValues.Create(".!?\n\u2026\u2028\u2029\u203C\u2047\u2048\u2049\u3002\uFF01\uFF1F\uFF61");

    /// <summary>The ASCII ones of <see cref="s_candidates"/>: a set of ASCII characters only is searched fast in any text.</summary>
    private static readonly SearchValues<char> s_asciiCandidates = SearchValues.Create(".!?\n");

    private readonly ReadOnlySpan<char> _text;
    private int _position;
    private TextSpan _current;

    internal SentenceEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        _current = default;
    }

    /// <summary>The sentence found by the last successful <see cref="MoveNext"/>.</summary>
    public readonly TextSpan Current => _current;

    /// <summary>Returns this enumerator, so that <c>foreach</c> can be used on the result of <see cref="SentenceSplitter.Split"/>.</summary>
    /// <returns>A copy of this enumerator, at the same position.</returns>
    public readonly SentenceEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next sentence.</summary>
    /// <returns><see langword="true"/> when <see cref="Current"/> holds a new sentence; <see langword="false"/> at the end of the text.</returns>
    public bool MoveNext()
    {
        ReadOnlySpan<char> s = _text;
        int i = _position;
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }

        if (i >= s.Length)
        {
            _position = s.Length;
            return false;
        }

        int start = i;
        ListMarker marker = ListMarker.Parse(s, start);
        FindEnd(s, start, marker.Found ? marker.End : start, out int end, out int next);
        if (marker.Found)
        {
            int m = marker.FindNext(s, end);
            if (m >= 0)
            {
                end = TrimEnd(s, start, m);
                next = m;
            }
        }

        _current = new TextSpan(start, end - start);
        _position = next;
        return true;
    }

    /// <summary>
    /// <c>s.IndexOfAny(s_candidates)</c>, faster on news text: a set with non-ASCII characters is searched a character
    /// at a time wherever the text is not ASCII (curly quotes, dashes), so the ASCII candidates are searched first,
    /// then the others (all in U+2026..U+FF61, above the quotes and dashes) only before the first ASCII one.
    /// </summary>
    private static int IndexOfCandidate(ReadOnlySpan<char> s)
    {
        int ascii = s.IndexOfAny(s_asciiCandidates);
        ReadOnlySpan<char> before = ascii < 0 ? s : s[..ascii];
        int from = 0;
        while (true)
        {
            int k = IndexOfAtLeast(before[from..], '\u2026');
            if (k < 0)
            {
                return ascii;
            }

            k += from;
            if (s_candidates.Contains(before[k]))
            {
                return k;
            }

            from = k + 1;
        }
    }

    /// <summary>
    /// The first character at or above <paramref name="min"/>, or -1: 8 at a time with SSE2. (Not
    /// <c>IndexOfAnyInRange</c>, whose generic code allocates on every call until the JIT optimizes it.)
    /// </summary>
    private static int IndexOfAtLeast(ReadOnlySpan<char> s, char min)
    {
        int i = 0;
        if (Sse2.IsSupported)
        {
            // unsigned c >= min as a signed comparison: both flipped at the sign bit, then c > min - 1
            Vector128<short> signBit = Vector128.Create(short.MinValue);
            Vector128<short> limit = Vector128.Create((short)((min - 1) ^ 0x8000));
            for (; i + 8 <= s.Length; i += 8)
            {
                Vector128<short> v = Vector128.Create(MemoryMarshal.Cast<char, short>(s.Slice(i, 8))) ^ signBit;
                int mask = Sse2.MoveMask(Sse2.CompareGreaterThan(v, limit).AsByte());
                if (mask != 0)
                {
                    return i + (BitOperations.TrailingZeroCount(mask) / 2);
                }
            }
        }

        for (; i < s.Length; i++)
        {
            if (s[i] >= min)
            {
                return i;
            }
        }

        return -1;
    }

    private static void FindEnd(ReadOnlySpan<char> s, int start, int from, out int end, out int next)
    {
        int p = from;
        while (true)
        {
            int found = IndexOfCandidate(s[p..]);
            if (found < 0)
            {
                end = TrimEnd(s, start, s.Length);
                next = s.Length;
                return;
            }

            p += found;
            char c = s[p];
            switch (c)
            {
                case '\n' or '\u2028':
                    if (IsBlankLineAfter(s, p))
                    {
                        end = TrimEnd(s, start, p);
                        next = p + 1;
                        return;
                    }

                    p++;
                    continue;
                case '\u2029':
                    end = TrimEnd(s, start, p);
                    next = p + 1;
                    return;
                case '\u3002' or '\uFF01' or '\uFF1F' or '\uFF61':
                    end = SkipClosers(s, p + 1);
                    next = end;
                    return;
            }

            int boundary = Decide(s, start, p, out int resume);
            if (boundary >= 0)
            {
                end = boundary;
                next = boundary;
                return;
            }

            p = resume;
        }
    }

    /// <summary>
    /// Decides whether the terminator cluster starting at <paramref name="p"/> ends the sentence; returns the end
    /// offset of the sentence, or -1 with <paramref name="resume"/> set to where scanning goes on.
    /// </summary>
    private static int Decide(ReadOnlySpan<char> s, int start, int p, out int resume)
    {
        int j = p;
        int dots = 0;
        bool strong = false;
        bool spaced = false;
        while (j < s.Length)
        {
            char c = s[j];
            if (c == '.')
            {
                dots++;
            }
            else if (c == '\u2026')
            {
                dots += 3;
            }
            else if (c is '!' or '?' or '\u203C' or '\u2047' or '\u2048' or '\u2049')
            {
                strong = true;
            }
            else if (c == ' ' && j > p && s[j - 1] == '.' && j + 1 < s.Length && s[j + 1] == '.')
            {
                spaced = true;
            }
            else
            {
                break;
            }

            j++;
        }

        resume = j;
        int r = SkipClosers(s, j);
        if (r < s.Length && !char.IsWhiteSpace(s[r]))
        {
            return -1;
        }

        int n = r;
        int lineBreaks = 0;
        while (n < s.Length && char.IsWhiteSpace(s[n]))
        {
            if (s[n] is '\n' or '\u2028')
            {
                lineBreaks++;
            }
            else if (s[n] == '\u2029')
            {
                lineBreaks += 2;
            }

            n++;
        }

        if (n >= s.Length || lineBreaks >= 2)
        {
            return r;
        }

        char next = s[n];
        if (strong)
        {
            return char.IsLower(next) ? -1 : r;
        }

        bool attached = p > 0 && !char.IsWhiteSpace(s[p - 1]);
        if (dots >= 2 || spaced)
        {
            if (p > 0 && s[p - 1] == '[')
            {
                return -1;
            }

            if (attached && spaced && s[p + 1] == ' ')
            {
                // "word. . . . Next": the period ends the sentence, the ellipsis begins the next one.
                return char.IsUpper(next) ? p + 1 : -1;
            }

            if (!attached && dots < 4)
            {
                return -1;
            }

            return char.IsUpper(next) ? r : -1;
        }

        ReadOnlySpan<char> word = WordBefore(s, start, p);
        if (!word.IsEmpty && IsAbbreviationOrInitials(word))
        {
            return StartsSentence(s, n) ? r : -1;
        }

        return char.IsLower(next) ? -1 : r;
    }

    /// <summary>The word before the period at <paramref name="p"/>, without opening brackets and quotes.</summary>
    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> s, int start, int p)
    {
        int k = p;
        while (k > start && !char.IsWhiteSpace(s[k - 1]))
        {
            k--;
        }

        while (k < p && s[k] is '(' or '[' or '{' or '"' or '\'' or '\u201C' or '\u2018' or '\u00AB' or '\u201E')
        {
            k++;
        }

        return s[k..p];
    }

    /// <summary>A listed abbreviation or a single letter, followed by any number of <c>.letter</c> pairs: <c>Dr</c>, <c>E</c>, <c>U.S</c>, <c>Ph.D</c>.</summary>
    internal static bool IsAbbreviationOrInitials(ReadOnlySpan<char> word)
    {
        int dot = word.IndexOf('.');
        ReadOnlySpan<char> head = dot < 0 ? word : word[..dot];
        bool headOk = head.Length == 1 ? CharInfo.IsLetterChar(head[0]) : WordLists.IsAbbreviation(head);
        if (!headOk)
        {
            return false;
        }

        for (int i = head.Length; i < word.Length; i += 2)
        {
            if (word[i] != '.' || i + 1 >= word.Length || !CharInfo.IsLetterChar(word[i + 1]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the word at <paramref name="n"/> usually begins a sentence (and is not an initial).</summary>
    private static bool StartsSentence(ReadOnlySpan<char> s, int n)
    {
        int k = n;
        while (k < s.Length && CharInfo.IsLetterChar(s[k]))
        {
            k++;
        }

        if (k == n || (k - n == 1 && k < s.Length && s[k] == '.'))
        {
            return false;
        }

        return WordLists.IsSentenceStarter(s[n..k]);
    }

    private static int SkipClosers(ReadOnlySpan<char> s, int j)
    {
        while (j < s.Length && s[j] is '"' or '\'' or ')' or ']' or '}' or '\u201D' or '\u2019' or '\u00BB' or '\u203A')
        {
            j++;
        }

        return j;
    }

    private static bool IsBlankLineAfter(ReadOnlySpan<char> s, int p)
    {
        for (int j = p + 1; j < s.Length && char.IsWhiteSpace(s[j]); j++)
        {
            if (s[j] is '\n' or '\u2028' or '\u2029')
            {
                return true;
            }
        }

        return false;
    }

    internal static int TrimEnd(ReadOnlySpan<char> s, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(s[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>A list marker at the start of a sentence: a bullet, an enumerator (<c>1.</c>, <c>1)</c>, <c>1.)</c>, <c>a.</c>, <c>a)</c>), or a bullet and an enumerator.</summary>
    private readonly struct ListMarker
    {
        private readonly char _bullet;
        private readonly int _value;      // number, or letter code; -1 when there is no enumerator
        private readonly bool _letter;
        private readonly int _suffix;     // 1 for "." or ")", 2 for ".)"
        private readonly char _suffixChar;

        private ListMarker(int end, char bullet, int value, bool letter, int suffix, char suffixChar)
        {
            End = end;
            _bullet = bullet;
            _value = value;
            _letter = letter;
            _suffix = suffix;
            _suffixChar = suffixChar;
        }

        internal bool Found => End > 0;

        internal int End { get; }

        internal static ListMarker Parse(ReadOnlySpan<char> s, int start)
        {
            int i = start;
            char bullet = '\0';
            if (IsBullet(s[i]))
            {
                bullet = s[i];
                i++;
                while (i < s.Length && s[i] is ' ' or '\t' or '\u00A0')
                {
                    i++;
                }
            }

            int j = i;
            int value = 0;
            while (j < s.Length && j - i < 3 && char.IsAsciiDigit(s[j]))
            {
                value = (value * 10) + (s[j] - '0');
                j++;
            }

            bool letter = false;
            if (j == i || (j < s.Length && char.IsAsciiDigit(s[j])))
            {
                value = -1;
                if (i < s.Length && char.IsAsciiLetterLower(s[i]))
                {
                    value = s[i];
                    letter = true;
                    j = i + 1;
                }
            }

            if (value >= 0 && j < s.Length && s[j] is '.' or ')')
            {
                int suffix = s[j] == '.' && j + 1 < s.Length && s[j + 1] == ')' ? 2 : 1;
                int end = j + suffix;
                if (end == s.Length || char.IsWhiteSpace(s[end]))
                {
                    return new ListMarker(end, bullet, value, letter, suffix, s[j]);
                }
            }

            return bullet != '\0' ? new ListMarker(start + 1, bullet, -1, false, 0, '\0') : default;
        }

        /// <summary>The offset of the next marker of the same list before <paramref name="limit"/>, or -1.</summary>
        internal int FindNext(ReadOnlySpan<char> s, int limit)
        {
            for (int m = End + 1; m < limit; m++)
            {
                if (!char.IsWhiteSpace(s[m - 1]))
                {
                    continue;
                }

                if (_bullet != '\0')
                {
                    if (s[m] == _bullet)
                    {
                        return m;
                    }

                    continue;
                }

                if (IsNextEnumerator(s, m))
                {
                    return m;
                }
            }

            return -1;
        }

        private bool IsNextEnumerator(ReadOnlySpan<char> s, int m)
        {
            int j = m;
            if (_letter)
            {
                if (s[j] != _value + 1)
                {
                    return false;
                }

                j++;
            }
            else
            {
                int value = 0;
                while (j < s.Length && j - m < 3 && char.IsAsciiDigit(s[j]))
                {
                    value = (value * 10) + (s[j] - '0');
                    j++;
                }

                if (j == m || value != _value + 1)
                {
                    return false;
                }
            }

            if (j >= s.Length || s[j] != _suffixChar || (_suffix == 2 && (j + 1 >= s.Length || s[j + 1] != ')')))
            {
                return false;
            }

            int end = j + _suffix;
            return end == s.Length || char.IsWhiteSpace(s[end]);
        }

        private static bool IsBullet(char c) =>
            c is '\u2022' or '\u2043' or '\u25E6' or '\u25AA' or '\u2023' or '\u25CF' or '\u25A0' or '\u25CB' or '\u2219';
    }
}
