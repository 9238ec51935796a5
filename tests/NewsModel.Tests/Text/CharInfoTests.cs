using System;
using CsCheck;
using NewsModel.Text;

namespace NewsModel.Tests.Text;

public sealed class CharInfoTests
{
    /// <summary>ASCII letters and digits, their neighbours in the table, separators, and non-ASCII letters, digits and marks.</summary>
    private static readonly Gen<char> s_wordish = Gen.Char["aZz09@[`{/: -'.\u00AD\u00E9\u00C6\u0416\u0661\u0301\u00B2\u3042\u2019\uD83D\uDE00"];

    [Fact]
    public void FastTests_EveryUtf16CodeUnit_AnswerAsTheCharMethods()
    {
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            CharInfo.IsLetterOrDigitChar(c).Should().Be(char.IsLetterOrDigit(c), "U+{0:X4} letter or digit", i);
            CharInfo.IsLetterChar(c).Should().Be(char.IsLetter(c), "U+{0:X4} letter", i);
            CharInfo.IsWhiteSpaceChar(c).Should().Be(char.IsWhiteSpace(c), "U+{0:X4} white space", i);
        }
    }

    [Fact]
    public void EndOfRuns_EveryUtf16CodeUnitAfterARun_StopWhereTheCharMethodsSay()
    {
        for (int i = 0; i <= char.MaxValue; i++)
        {
            // the unit after a run long enough for the vectorized search, then more letters
            string text = "abcdefghijklmnopqrstuvwxyz0123456789" + (char)i + "xyz";
            CharInfo.EndOfLettersOrDigits(text, 0).Should().Be(char.IsLetterOrDigit((char)i) ? text.Length : 36, "U+{0:X4}", i);
            CharInfo.EndOfLetters(text, 26).Should().Be(26, "a digit ends a run of letters");
            CharInfo.EndOfLetters(text, 36).Should().Be(char.IsLetter((char)i) ? text.Length : 36, "U+{0:X4}", i);
        }
    }

    [Fact]
    public void EndOfRuns_EveryUtf16CodeUnitInEveryLaneOfAVector_StopWhereTheCharMethodsSay()
    {
        // runs are tested eight units at a time: the unit goes in each of the eight lanes of the second window, with a
        // run on both sides (only the first failure is asserted, to keep the test fast)
        for (int lane = 0; lane < 8; lane++)
        {
            string mixed = "abcd0123EFGH4567"[..(8 + lane)];
            string letters = "abcdEFGHijklMNOP"[..(8 + lane)];
            for (int i = 0; i <= char.MaxValue; i++)
            {
                char c = (char)i;
                string mixedText = mixed + c + "abc1234567xyz";
                int mixedEnd = char.IsLetterOrDigit(c) ? mixedText.Length : mixed.Length;
                if (CharInfo.EndOfLettersOrDigits(mixedText, 0) != mixedEnd)
                {
                    CharInfo.EndOfLettersOrDigits(mixedText, 0).Should().Be(mixedEnd, "U+{0:X4} in lane {1}", i, lane);
                }

                string lettersText = letters + c + "abcdefghXYZ";
                int lettersEnd = char.IsLetter(c) ? lettersText.Length : letters.Length;
                if (CharInfo.EndOfLetters(lettersText, 0) != lettersEnd)
                {
                    CharInfo.EndOfLetters(lettersText, 0).Should().Be(lettersEnd, "U+{0:X4} in lane {1} (letters)", i, lane);
                }
            }
        }
    }

    [Fact]
    public void EndOfRuns_AnyTextAndStart_AnswerAsACharByCharLoop() =>
        Gen.Select(Gen.String[s_wordish, 0, 80], Gen.Int[0, 80]).Sample((text, start) =>
        {
            start = Math.Min(start, text.Length);
            CharInfo.EndOfLettersOrDigits(text, start).Should().Be(Naive(text, start, char.IsLetterOrDigit));
            CharInfo.EndOfLetters(text, start).Should().Be(Naive(text, start, char.IsLetter));
        }, iter: 5000);

    private static int Naive(string text, int i, Func<char, bool> inRun)
    {
        while (i < text.Length && inRun(text[i]))
        {
            i++;
        }

        return i;
    }
}
