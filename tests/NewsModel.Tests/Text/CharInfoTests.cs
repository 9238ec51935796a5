using NewsModel.Text;

namespace NewsModel.Tests.Text;

public sealed class CharInfoTests
{
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
}
