using System;
using System.Buffers;
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
#if NET9_0_OR_GREATER
    /// <summary>Every word <see cref="KindOf"/> may answer for, ignoring case: what <see cref="MayContainTrigger"/> searches for.</summary>
    private static readonly SearchValues<string> s_words = SearchValues.Create(Words, StringComparison.OrdinalIgnoreCase);
#endif

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
    /// anywhere a word can (at the start, or after a character that is no letter or digit), in any letter case. A
    /// sentence without one needs no tokenizing at all, and most sentences have none.
    /// </summary>
    /// <remarks>
    /// One vectorized multi-string search over the sentence; a hit inside a word ("said", "toward") moves it on by a
    /// character, so the whole is linear in the sentence's length times the longest word. On .NET 8, which has no
    /// multi-string search, every sentence may.
    /// </remarks>
    public static bool MayContainTrigger(ReadOnlySpan<char> sentence)
    {
#if NET9_0_OR_GREATER
        int offset = 0;
        while (true)
        {
            int hit = sentence[offset..].IndexOfAny(s_words);
            if (hit < 0)
            {
                return false;
            }

            int at = offset + hit;
            if (at == 0 || !char.IsLetterOrDigit(sentence[at - 1]))
            {
                return true;
            }

            offset = at + 1;
        }
#else
        _ = sentence;
        return true;
#endif
    }

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
