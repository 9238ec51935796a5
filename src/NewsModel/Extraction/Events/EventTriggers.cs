using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsModel.Extraction.Events;

/// <summary>
/// The words that name events (triggers) and the kind each names, decided from the word and its neighbours:
/// "met with" is a meeting where "met the target" is not, "Russian strikes" is an attack where "a general strike" is
/// a protest. Words arrive lower-cased (ASCII); lookups allocate nothing.
/// </summary>
internal static class EventTriggers
{
    /// <summary>For each pair of first letters (index (first - 'a') * 26 + second - 'a'), the <see cref="Words"/> that begin with it.</summary>
    private static readonly string[]?[] s_byFirstTwo = ByFirstTwo();

    /// <summary>A bit for each run of three first letters of <see cref="Words"/> (index ((first * 26) + second) * 26 + third): most words are turned away by it.</summary>
    private static readonly ulong[] s_firstThree = FirstThree();

    /// <summary>
    /// Every word <see cref="KindOf"/> may answer for (lower case). A word added to <see cref="KindOf"/> must be added
    /// here too; the tests check the two against each other.
    /// </summary>
    internal static string[] Words =>
    [
        "meeting", "meetings", "talks", "negotiations", "consultations", "met", "meet", "meets", "summit", "summits",
        "visit", "visits", "visited", "visiting", "agreement", "agreements", "accord", "accords", "treaty", "pact", "deal",
        "ceasefire", "cease-fire", "truce", "armistice", "protest", "protests", "protested", "demonstration",
        "demonstrations", "rally", "rallies", "sanction", "sanctions", "sanctioned", "embargo", "threatened", "arrest",
        "arrests", "arrested", "detained", "attack", "attacks", "attacked", "airstrike", "airstrikes", "air-strike",
        "bombing", "bombings", "shelling", "bombardment", "strike", "strikes", "annexation", "annexed", "annex",
        "annexing", "war", "wars", "invasion", "invaded", "invade", "election", "elections", "referendum", "runoff",
        "appointed", "appointment", "nominated", "resigned", "resignation", "aid",
    ];

    /// <summary>
    /// Whether <paramref name="sentence"/> may hold a trigger: false only when none of <see cref="Words"/> begins
    /// anywhere a word can (at the start, or after a character that is no ASCII letter or digit), in any ASCII letter
    /// case.
    /// A sentence without one needs no tokenizing at all, and most sentences have none.
    /// </summary>
    /// <remarks>
    /// One vectorized pass over the characters: at each place a word can begin, its first three letters are looked up in a
    /// bitmap (most words stop there), and its first two select the few listed words that begin with them, compared
    /// ignoring ASCII case (every listed word has three letters or more). Linear in the sentence's length times the longest
    /// listed word; allocates nothing. Where 256-bit vectors are fast, a register of sixteen places also turns away those
    /// not followed by two more letters (the short words: "a", "of", "to"), before any of them is looked at alone.
    /// </remarks>
    public static bool MayContainTrigger(ReadOnlySpan<char> sentence)
    {
        if (sentence.Length < 3)
        {
            return false;
        }

        ulong[] firstThree = s_firstThree;
        ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(sentence));
        if (IsAsciiLetter(start) && MayBegin(firstThree, sentence, 0) && BeginsWithTrigger(sentence, 0))
        {
            return true;
        }

        int i = 1;
        if (Vector256.IsHardwareAccelerated)
        {
            // sixteen places at a time in one register: three ASCII letters after a character that is no ASCII letter
            // or digit (every listed word has three letters or more, so shorter words are turned away here)
            for (; i + 18 <= sentence.Length; i += 16)
            {
                uint starts = WordStarts256(ref start, i);
                while (starts != 0)
                {
                    // three ASCII letters, read without bounds checks: the loop's bound keeps them inside the sentence
                    int at = i + BitOperations.TrailingZeroCount(starts);
                    uint three = (((((uint)Unsafe.Add(ref start, at) | 0x20) - 'a') * 26) + (((uint)Unsafe.Add(ref start, at + 1) | 0x20) - 'a')) * 26
                        + (((uint)Unsafe.Add(ref start, at + 2) | 0x20) - 'a');
                    if ((firstThree[three >> 6] & (1UL << (int)three)) != 0 && BeginsWithTrigger(sentence, at))
                    {
                        return true;
                    }

                    starts &= starts - 1;
                }
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            // sixteen places at a time: an ASCII letter after a character that is no ASCII letter or digit
            for (; i + 16 <= sentence.Length; i += 16)
            {
                uint starts = WordStarts(ref start, i) | (WordStarts(ref start, i + 8) << 8);
                while (starts != 0)
                {
                    int at = i + BitOperations.TrailingZeroCount(starts);
                    if (MayBegin(firstThree, sentence, at) && BeginsWithTrigger(sentence, at))
                    {
                        return true;
                    }

                    starts &= starts - 1;
                }
            }
        }

        for (; i < sentence.Length; i++)
        {
            ushort before = Unsafe.Add(ref start, i - 1);
            if (IsAsciiLetter(Unsafe.Add(ref start, i)) && !IsAsciiLetter(before) && (uint)(before - '0') >= 10
                && MayBegin(firstThree, sentence, i) && BeginsWithTrigger(sentence, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A bit for each of the eight characters from <paramref name="i"/> on (<paramref name="i"/> at least 1) that is an
    /// ASCII letter after a character that is no ASCII letter or digit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint WordStarts(ref ushort start, int i)
    {
        Vector128<ushort> a = Vector128.Create((ushort)'a');
        Vector128<ushort> caseBit = Vector128.Create((ushort)0x20);
        Vector128<ushort> letters = Vector128.Create((ushort)26);
        Vector128<ushort> here = Vector128.LoadUnsafe(ref start, (nuint)i);
        Vector128<ushort> before = Vector128.LoadUnsafe(ref start, (nuint)(i - 1));
        Vector128<ushort> letter = Vector128.LessThan((here | caseBit) - a, letters);
        Vector128<ushort> wordBefore = Vector128.LessThan((before | caseBit) - a, letters) | Vector128.LessThan(before - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10));
        Vector128<ushort> starts = Vector128.AndNot(letter, wordBefore);

        // the lanes are all ones or all zeros: narrowed to bytes, the byte mask has a bit per lane in the low half
        return Vector128.Narrow(starts, starts).ExtractMostSignificantBits() & 0xFF;
    }

    /// <summary>
    /// A bit for each of the sixteen characters from <paramref name="i"/> on (<paramref name="i"/> at least 1, and at
    /// least 18 characters from <paramref name="i"/> - 1 readable) that begins three ASCII letters after a character that
    /// is no ASCII letter or digit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint WordStarts256(ref ushort start, int i)
    {
        Vector256<ushort> a = Vector256.Create((ushort)'a');
        Vector256<ushort> caseBit = Vector256.Create((ushort)0x20);
        Vector256<ushort> letters = Vector256.Create((ushort)26);
        Vector256<ushort> before = Vector256.LoadUnsafe(ref start, (nuint)(i - 1));
        Vector256<ushort> here = Vector256.LoadUnsafe(ref start, (nuint)i);
        Vector256<ushort> second = Vector256.LoadUnsafe(ref start, (nuint)(i + 1));
        Vector256<ushort> third = Vector256.LoadUnsafe(ref start, (nuint)(i + 2));
        Vector256<ushort> threeLetters = Vector256.LessThan((here | caseBit) - a, letters)
            & Vector256.LessThan((second | caseBit) - a, letters)
            & Vector256.LessThan((third | caseBit) - a, letters);
        Vector256<ushort> wordBefore = Vector256.LessThan((before | caseBit) - a, letters) | Vector256.LessThan(before - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10));
        return Vector256.AndNot(threeLetters, wordBefore).ExtractMostSignificantBits();
    }

    /// <summary>An ASCII letter, either case: <c>(x | 0x20) - 'a'</c> is below 26 for those only.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiLetter(ushort c) => (uint)((c | 0x20) - 'a') < 26;

    /// <summary>Whether three ASCII letters at <paramref name="at"/> begin one of <see cref="Words"/> (the bitmap test alone).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayBegin(ulong[] firstThree, ReadOnlySpan<char> sentence, int at)
    {
        if (at + 2 >= sentence.Length)
        {
            return false;
        }

        uint first = (uint)((sentence[at] | 0x20) - 'a');
        uint second = (uint)((sentence[at + 1] | 0x20) - 'a');
        uint third = (uint)((sentence[at + 2] | 0x20) - 'a');
        uint three = (((first * 26) + second) * 26) + third;
        return first < 26 && second < 26 && third < 26 && (firstThree[three >> 6] & (1UL << (int)three)) != 0;
    }

    /// <summary>Whether one of <see cref="Words"/> begins at <paramref name="at"/> (ignoring ASCII case).</summary>
    private static bool BeginsWithTrigger(ReadOnlySpan<char> sentence, int at)
    {
        uint first = (uint)((sentence[at] | 0x20) - 'a');
        uint second = (uint)((sentence[at + 1] | 0x20) - 'a');
        if (s_byFirstTwo[(first * 26) + second] is not { } words)
        {
            return false;
        }

        foreach (string word in words)
        {
            if (StartsWithIgnoringAsciiCase(sentence[at..], word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> begins with <paramref name="word"/> (lower-case letters and hyphens), ignoring ASCII case.</summary>
    private static bool StartsWithIgnoringAsciiCase(ReadOnlySpan<char> text, string word)
    {
        if (text.Length < word.Length)
        {
            return false;
        }

        for (int k = 0; k < word.Length; k++)
        {
            // a superset of the ASCII case folding: a few non-letters fold onto letters or '-', which only lets more through
            if ((text[k] | 0x20) != word[k])
            {
                return false;
            }
        }

        return true;
    }

    private static ulong[] FirstThree()
    {
        ulong[] bits = new ulong[((26 * 26 * 26) + 63) / 64];
        foreach (string word in Words)
        {
            int index = (((((word[0] - 'a') * 26) + word[1] - 'a') * 26) + word[2]) - 'a';
            bits[index >> 6] |= 1UL << index;
        }

        return bits;
    }

    private static string[]?[] ByFirstTwo()
    {
        var table = new List<string>?[26 * 26];
        foreach (string word in Words)
        {
            int index = ((word[0] - 'a') * 26) + word[1] - 'a';
            (table[index] ??= []).Add(word);
        }

        return Array.ConvertAll(table, list => list?.ToArray());
    }

    /// <summary>
    /// Whether <paramref name="word"/> may be one of <see cref="Words"/>: false when it is shorter than three characters or
    /// its first three are not, ignoring ASCII case, the first three of a listed word. <see cref="KindOf"/> answers null
    /// for every word this turns away, and most words are turned away.
    /// </summary>
    public static bool MayBeTrigger(ReadOnlySpan<char> word) => MayBegin(s_firstThree, word, 0);

    /// <summary>The kind a word names in its context, or null when it names no event.</summary>
    /// <param name="word">The word, lower case.</param>
    /// <param name="previous">The word before it in the sentence, lower case, or empty.</param>
    /// <param name="next">The word after it in the sentence, lower case, or empty.</param>
    /// <param name="nextIsName">Whether the word after it is capitalised ("met Trump").</param>
    public static string? KindOf(ReadOnlySpan<char> word, ReadOnlySpan<char> previous, ReadOnlySpan<char> next, bool nextIsName = false) => word switch
    {
        "meeting" or "meetings" => previous is "the" && next is "of" ? null : EventKinds.Meeting,
        "talks" or "negotiations" or "consultations" => EventKinds.Meeting,
        "met" or "meet" or "meets" => nextIsName || next is "with" or "at" or "in" or "on" or "behind" or "privately" or "separately" or "face-to-face" ? EventKinds.Meeting : null,
        "summit" or "summits" => EventKinds.Summit,
        "visit" or "visits" or "visited" or "visiting" => EventKinds.Visit,
        "agreement" or "agreements" or "accord" or "accords" or "treaty" or "pact" => EventKinds.Agreement,
        "deal" => next is "with" ? null : EventKinds.Agreement,
        "ceasefire" or "cease-fire" or "truce" or "armistice" => EventKinds.Ceasefire,
        "protest" or "protests" or "protested" or "demonstration" or "demonstrations" or "rally" or "rallies" => EventKinds.Protest,
        "sanction" or "sanctions" or "sanctioned" or "embargo" => EventKinds.Sanction,
        "threatened" => EventKinds.Threat,
        "arrest" or "arrests" or "arrested" or "detained" => EventKinds.Arrest,
        "attack" or "attacks" or "attacked" or "airstrike" or "airstrikes" or "air-strike" or "bombing" or "bombings" or "shelling" or "bombardment" => EventKinds.Attack,
        "strike" or "strikes" => StrikeKind(previous, next),
        "annexation" or "annexed" or "annex" or "annexing" => EventKinds.Annexation,
        "war" or "wars" or "invasion" or "invaded" or "invade" => EventKinds.War,
        "election" or "elections" or "referendum" or "runoff" => EventKinds.Election,
        "appointed" or "appointment" or "nominated" or "resigned" or "resignation" => EventKinds.Appointment,
        "aid" => previous is "to" || next is "to" ? null : EventKinds.Aid,
        _ => null,
    };

    /// <summary>"strike" is military after a demonym or a weapon ("Russian strikes", "drone strike"), industrial after workers.</summary>
    private static string? StrikeKind(ReadOnlySpan<char> previous, ReadOnlySpan<char> next)
    {
        if (previous is "air" or "drone" or "missile" or "military" or "russian" or "israeli" or "ukrainian" or "american" or "u.s." or "us" or "rocket" or "artillery" or "retaliatory" or "pre-emptive" or "deadly" or "massive"
            || next is "on" or "against")
        {
            return EventKinds.Attack;
        }

        return previous is "general" or "national" or "workers" or "union" or "hunger" || next is "action" ? EventKinds.Protest : null;
    }

    /// <summary>Lower-cases ASCII letters of <paramref name="word"/> into <paramref name="buffer"/>; false when too long.</summary>
    public static bool TryLower(ReadOnlySpan<char> word, Span<char> buffer, out int length)
    {
        length = 0;
        if (word.Length > buffer.Length)
        {
            return false;
        }

        int i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            // 8 at a time (the stage lowers whole sentences): the same mapping as the loop below.
            Vector128<ushort> a = Vector128.Create((ushort)'A');
            Vector128<ushort> letters = Vector128.Create((ushort)26);
            Vector128<ushort> caseBit = Vector128.Create((ushort)0x20);
            Vector128<ushort> curly = Vector128.Create((ushort)'’');
            Vector128<ushort> straight = Vector128.Create((ushort)'\'');
            ReadOnlySpan<ushort> source = MemoryMarshal.Cast<char, ushort>(word);
            Span<ushort> destination = MemoryMarshal.Cast<char, ushort>(buffer);
            for (; i + 8 <= word.Length; i += 8)
            {
                Vector128<ushort> v = Vector128.Create(source.Slice(i, 8));
                Vector128<ushort> lowered = v | (Vector128.LessThan(v - a, letters) & caseBit);
                Vector128.ConditionalSelect(Vector128.Equals(v, curly), straight, lowered).CopyTo(destination.Slice(i, 8));
            }
        }

        for (; i < word.Length; i++)
        {
            char c = word[i];
            buffer[i] = c == '’' ? '\'' : char.IsAsciiLetterUpper(c) ? (char)(c + 32) : c;
        }

        length = word.Length;
        return true;
    }
}
