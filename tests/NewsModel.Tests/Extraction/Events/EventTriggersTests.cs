using System.Linq;

using CsCheck;
using NewsModel.Extraction.Events;
using NewsModel.Text;

namespace NewsModel.Tests.Extraction.Events;

public sealed class EventTriggersTests
{
    /// <summary>The mapping <see cref="EventTriggers.TryLower"/> applies, one character at a time.</summary>
    private static char Lower(char c) => c == '\u2019' ? '\'' : c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;

    [Fact]
    public void TryLower_AnyText_LowersAsciiLettersAndStraightensCurlyApostrophes()
    {
        Gen.OneOf(Gen.String[Gen.Char["AZaz@[`{’‘'ÄÖé \u2018\u2019\u0041\u005A\uFF21"], 0, 70], Gen.String[0, 70]).Sample(
            text =>
            {
                char[] buffer = new char[text.Length + 3];
                EventTriggers.TryLower(text, buffer, out int length).Should().BeTrue();
                length.Should().Be(text.Length);
                for (int i = 0; i < text.Length; i++)
                {
                    buffer[i].Should().Be(Lower(text[i]), "at {0} of \"{1}\"", i, text);
                }
            },
            iter: 2000);
    }

    /// <summary>Neighbours that make each context-dependent trigger fire: "met Trump", "met with", "air strike", "the meeting".</summary>
    private static readonly (string Previous, string Next, bool NextIsName)[] s_contexts =
        [("", "", false), ("", "", true), ("", "with", false), ("air", "on", false), ("general", "action", false), ("a", "the", false)];

    [Fact]
    public void Words_AreExactlyTheWordsKindOfAnswersFor()
    {
        foreach (string word in EventTriggers.Words)
        {
            s_contexts.Should().Contain(c => EventTriggers.KindOf(word, c.Previous, c.Next, c.NextIsName) != null, "\"{0}\" is listed", word);
        }

        // the forms next to the listed ones, which KindOf must not answer for unlisted
        string[] near = ["meets", "meted", "visitor", "warn", "ward", "aide", "aids", "strikers", "striking", "rallied", "annexes", "deals", "dealt", "pacts", "truces", "elected", "resigns", "appoints", "attacker", "protester", "treaties", "embargoes", "invades", "threatens", "runoffs", "wartime"];
        foreach (string word in near.Where(w => !EventTriggers.Words.Contains(w)))
        {
            s_contexts.Should().NotContain(c => EventTriggers.KindOf(word, c.Previous, c.Next, c.NextIsName) != null, "\"{0}\" is not listed", word);
        }
    }

    [Fact]
    public void MayBeTrigger_EveryWordKindOfAnswersFor_IsTrue_AndMostOtherWordsAreTurnedAway()
    {
        foreach (string word in EventTriggers.Words)
        {
            EventTriggers.MayBeTrigger(word).Should().BeTrue("\"{0}\" is listed", word);
            EventTriggers.MayBeTrigger(word.ToUpperInvariant()).Should().BeTrue("\"{0}\" is listed, in any ASCII case", word);
        }

        // any word KindOf answers for in some context passes: random words built from the listed ones' letters
        Gen.OneOf(Gen.OneOfConst(EventTriggers.Words), Gen.String[Gen.Char["acdeghilmnoprstvwy-"], 0, 9]).Sample(
            word =>
            {
                if (s_contexts.Any(c => EventTriggers.KindOf(word, c.Previous, c.Next, c.NextIsName) != null))
                {
                    EventTriggers.MayBeTrigger(word).Should().BeTrue("\"{0}\" names an event", word);
                }
            },
            iter: 5000);

        foreach (string word in new[] { "", "a", "of", "to", "ai", "wa", "the", "said", "president", "monday", "1990", "warm"[..2] })
        {
            EventTriggers.MayBeTrigger(word).Should().BeFalse("\"{0}\" begins no listed word", word);
        }
    }

    [Fact]
    public void MayContainTrigger_AnySentenceWithATrigger_IsTrue()
    {
        // sentences of trigger words, their near misses, letters, digits, punctuation and case changes: every one in
        // which the stage's own tokenizing finds a trigger must pass the filter
        Gen<string> piece = Gen.OneOf(
            Gen.OneOfConst(EventTriggers.Words),
            Gen.OneOfConst("said", "toward", "warn", "Aid", "WAR", "Met", "MEETING", "air-strike", "cease-Fire", "x", "1", "US$", "Summit’s"),
            Gen.String[Gen.Char["abcmetwarIdS -.,'’\"“”()0123456789\n"], 0, 6]);
        Gen.Select(piece.Array[0, 12], Gen.Int[0, 2], (words, joiner) => string.Join(joiner == 0 ? " " : joiner == 1 ? "" : "-", words)).Sample(
            sentence =>
            {
                string lowered = new(sentence.Select(Lower).ToArray());
                bool trigger = false;
                foreach (Token token in NewsTokenizer.Tokenize(sentence))
                {
                    string word = lowered.Substring(token.Start, token.Length);
                    trigger |= token.Kind is TokenKind.Word or TokenKind.Abbreviation && s_contexts.Any(c => EventTriggers.KindOf(word, c.Previous, c.Next, c.NextIsName) != null);
                }

                if (trigger)
                {
                    EventTriggers.MayContainTrigger(sentence).Should().BeTrue("\"{0}\" has a trigger", sentence);
                }
            },
            iter: 5000);
    }

    [Fact]
    public void MayContainTrigger_TriggerAtEveryPlace_IsFoundOnlyWhereAWordBegins()
    {
        // every offset, so that the word lands in every lane of the vector loops and in the scalar tail after them
        for (int offset = 0; offset <= 48; offset++)
        {
            foreach (int tail in new[] { 0, 1, 2, 17, 40 })
            {
                string after = new(' ', tail);
                EventTriggers.MayContainTrigger(new string(' ', offset) + "war" + after).Should().BeTrue("\"war\" at {0}, {1} after", offset, tail);
                EventTriggers.MayContainTrigger(new string('.', offset) + "Summit" + after).Should().BeTrue("\"Summit\" at {0}, {1} after", offset, tail);
                if (offset > 0)
                {
                    // inside a word, or after a digit: no word begins there
                    EventTriggers.MayContainTrigger(new string('x', offset) + "war" + after).Should().BeFalse("\"war\" inside a word at {0}", offset);
                    EventTriggers.MayContainTrigger(new string('7', offset) + "war" + after).Should().BeFalse("\"war\" after a digit at {0}", offset);
                }

                // a word of two letters is too short, even where it begins a word
                EventTriggers.MayContainTrigger(new string(' ', offset) + "wa" + after).Should().BeFalse("\"wa\" at {0}", offset);
            }
        }
    }

    [Theory]
    [InlineData("Officials said the plan was toward the end of its software review.", false)]
    [InlineData("The leaders MET on Sunday.", true)]
    [InlineData("(Airstrikes) continued.", true)]
    [InlineData("", false)]
    public void MayContainTrigger_Sentences(string sentence, bool expected) =>
        EventTriggers.MayContainTrigger(sentence).Should().Be(expected);

    [Fact]
    public void TryLower_WordLongerThanTheBuffer_IsFalse() =>
        EventTriggers.TryLower("Summit", new char[5], out _).Should().BeFalse();
}
