using CsCheck;
using NewsModel.Extraction.Events;

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

    [Fact]
    public void TryLower_WordLongerThanTheBuffer_IsFalse() =>
        EventTriggers.TryLower("Summit", new char[5], out _).Should().BeFalse();
}
