using System;
using System.Collections.Generic;
using NewsModel.Text;

namespace NewsModel.Tests.Text;

public partial class NewsTokenizerTests
{
    // Each row: the text, then the expected tokens as "Code:text" (codes in TokenDump).
    public static TheoryData<string, string> Words => new()
    {
        // Possessives and contractions keep their apostrophe, straight or curly.
        { "Ukraine's president won't go", "W:Ukraine's W:president W:won't W:go" },
        { "Ukraine’s O'Brien", "W:Ukraine’s W:O'Brien" },
        // Plural possessive: the apostrophe after s belongs to the word when no single quotation is open.
        { "the students' union", "W:the W:students' W:union" },
        // Inner hyphens join; a hyphen before a digit joins too.
        { "his son-in-law, a four-year-old", "W:his W:son-in-law P:, W:a W:four-year-old" },
        { "COVID-19 cases", "W:COVID-19 W:cases" },
        // Any script; combining marks and surrogate pairs stay inside the word.
        { "Зеленський заявив", "W:Зеленський W:заявив" },
        { "café naïve e\u0301te", "W:café W:naïve W:e\u0301te" },
        { "北京 𝐀𝐁𝐂 Ελλάδα", "W:北京 W:𝐀𝐁𝐂 W:Ελλάδα" },
        // Soft hyphen and ZWNJ inside a word join it.
        { "Zelen\u00ADsky می\u200Cخواهم", "W:Zelen\u00ADsky W:می\u200Cخواهم" },
        // A trailing hyphen or apostrophe does not join.
        { "pre- and post-war", "W:pre D:- W:and W:post-war" },
    };

    public static TheoryData<string, string> Numbers => new()
    {
        { "1,000 troops and 4.5 percent", "N:1,000 W:troops W:and N:4.5 W:percent" },
        { "a 20-point lead, 1 million, in 2014", "W:a N:20-point W:lead P:, N:1 W:million P:, W:in N:2014" },
        { "$3.5bn or 10% or €100 or £5m", "N:$3.5bn W:or N:10% W:or N:€100 W:or N:£5m" },
        { "on 2025-12-15 at 10:30", "W:on N:2025-12-15 W:at N:10:30" },
        { "the 5th in the '90s and ’08", "W:the N:5th W:in W:the N:'90s W:and N:’08" },
        { "½ of ٣٤٥", "N:½ W:of N:٣٤٥" },
        // A minus before a digit is a dash token; a lone currency sign is a symbol.
        { "-5 degrees, $ sign", "D:- N:5 W:degrees P:, S:$ W:sign" },
    };

    public static TheoryData<string, string> Abbreviations => new()
    {
        { "the U.S. and Dr. Smith", "W:the A:U.S. W:and A:Dr. W:Smith" },
        { "Gen. Mark Milley on Jan. 5", "A:Gen. W:Mark W:Milley W:on A:Jan. N:5" },
        { "A.B. Smith, Ph.D., at 5 a.m.", "A:A.B. W:Smith P:, A:Ph.D. P:, W:at N:5 A:a.m." },
        { "Jonas E. Smith", "W:Jonas A:E. W:Smith" },
        // A possessive after an abbreviation belongs to it.
        { "the U.S.'s allies, 83 e.v.’s and JFK Jr.'s book", "W:the A:U.S.'s W:allies P:, N:83 A:e.v.’s W:and W:JFK A:Jr.'s W:book" },
        // An ordinary word keeps its period apart.
        { "the end. Next", "W:the W:end P:. W:Next" },
        // Two periods are two punctuation tokens; three are an ellipsis.
        { "no.. yes... so…", "W:no P:. P:. W:yes EL:... W:so EL:…" },
    };

    public static TheoryData<string, string> Addresses => new()
    {
        { "pic.twitter.com/yQrn6YupGE", "U:pic.twitter.com/yQrn6YupGE" },
        { "see www.x.com.", "W:see U:www.x.com P:." },
        { "at https://a.b/c?d=e, then", "W:at U:https://a.b/c?d=e P:, W:then" },
        { "(https://en.wikipedia.org/wiki/Foo_(bar))", "P:( U:https://en.wikipedia.org/wiki/Foo_(bar) P:)" },
        { "(see x.com/a)", "P:( W:see U:x.com/a P:)" },
        { "Email Jane.Doe@example.com.", "W:Email E:Jane.Doe@example.com P:." },
        { "Amazon.com rose", "U:Amazon.com W:rose" },
        // Not addresses: no listed top-level domain, or an upper-case one.
        { "end.The said.It", "W:end P:. W:The W:said P:. W:It" },
        // A scheme is letters only: a word glued to an address stays a word.
        { "too.https://t.co/hcd4kQ4VS9", "W:too P:. U:https://t.co/hcd4kQ4VS9" },
        { "@ZelenskyyUa posted #StandWithUkraine #2", "M:@ZelenskyyUa W:posted H:#StandWithUkraine P:# N:2" },
        { "#Україна @", "H:#Україна P:@" },
    };

    public static TheoryData<string, string> PunctuationAndSymbols => new()
    {
        { "war – and — peace -- now", "W:war D:– W:and D:— W:peace D:-- W:now" },
        { "Yes! (No?) [a]; b:", "W:Yes P:! P:( W:No P:? P:) P:[ W:a P:] P:; W:b P::" },
        { "1 + 2 = 3 © ™", "N:1 S:+ N:2 S:= N:3 S:© S:™" },
        // Emoji: skin tone, ZWJ sequence and flags stay whole; a variation selector stays with its symbol.
        { "👍🏽 👨‍👩‍👧 🇺🇦🇬🇧 ❤️ 🏳️‍🌈", "S:👍🏽 S:👨‍👩‍👧 S:🇺🇦 S:🇬🇧 S:❤️ S:🏳️‍🌈" },
        { "#️⃣", "P:#️⃣" },
    };

    public static TheoryData<string, string> Separators => new()
    {
        // NBSP, zero-width space, bidi overrides and BOM are separators, never tokens.
        { "a\u00A0b\u200Bc\u202Ed\uFEFFe", "W:a W:b W:c W:d W:e" },
        { "\u202E\u2066\u200F", "" },
        { "", "" },
        { "  \t\r\n ", "" },
    };

    [Theory]
    [MemberData(nameof(Words))]
    [MemberData(nameof(Numbers))]
    [MemberData(nameof(Abbreviations))]
    [MemberData(nameof(Addresses))]
    [MemberData(nameof(PunctuationAndSymbols))]
    [MemberData(nameof(Separators))]
    public void Tokenize_Table_ProducesExpectedTokens(string text, string expected)
    {
        TokenDump.Dump(text).Should().Be(expected);
    }

    [Fact]
    public void Tokenize_LoneSurrogatesNulPrivateUse_AreOtherOrSkipped()
    {
        // Not in a TheoryData table: xunit would replace lone surrogates when it serializes the rows.
        TokenDump.Dump("a\uD800b \uDC00 \u0000 \uE000").Should().Be("W:a O:\uD800 W:b O:\uDC00 O:\uE000");
    }

    [Fact]
    public void Tokenize_NewsParagraph_ProducesExpectedTokens()
    {
        const string text = "KYIV — Ukraine’s President Volodymyr Zelensky said on Sunday that “peace is possible,” "
            + "adding: \"We won't give up.\" See pic.twitter.com/yQrn6YupGE";
        TokenDump.Dump(text).Should().Be(
            "W:KYIV D:— W:Ukraine’s W:President W:Volodymyr W:Zelensky W:said W:on W:Sunday W:that OQ:“ W:peace "
            + "W:is W:possible P:, CQ:” W:adding P:: OQ:\" W:We W:won't W:give W:up P:. CQ:\" W:See "
            + "U:pic.twitter.com/yQrn6YupGE");
    }

    [Fact]
    public void Tokenize_Enumerator_GetEnumeratorReturnsSamePosition()
    {
        TokenEnumerator e = NewsTokenizer.Tokenize("one two");
        e.MoveNext().Should().BeTrue();
        TokenEnumerator copy = e.GetEnumerator();
        copy.Current.Should().Be(e.Current);
        copy.MoveNext().Should().BeTrue();
        copy.Current.Start.Should().Be(4);
        e.Current.Start.Should().Be(0);
    }

    [Fact]
    public void Tokenize_AfterEnd_KeepsReturningFalse()
    {
        TokenEnumerator e = NewsTokenizer.Tokenize("x");
        e.MoveNext().Should().BeTrue();
        e.MoveNext().Should().BeFalse();
        e.MoveNext().Should().BeFalse();
    }

    [Fact]
    public void Token_Members_DescribeTheRange()
    {
        const string text = "say “hi”";
        List<Token> tokens = TokenDump.Tokens(text);
        Token open = tokens[1];
        open.Kind.Should().Be(TokenKind.OpenQuote);
        open.IsQuote.Should().BeTrue();
        open.End.Should().Be(5);
        open.Span.Should().Be(new TextSpan(4, 1));
        open.Slice(text).ToString().Should().Be("“");
        open.ToString().Should().Be("OpenQuote [4..5)");
        tokens[0].IsQuote.Should().BeFalse();
        default(Token).Kind.Should().Be(TokenKind.None);
    }

    [Fact]
    public void Tokenize_LongText_DoesNotAllocate()
    {
        string text = string.Concat(System.Linq.Enumerable.Repeat("Ukraine’s “peace plan,” said Dr. Smith, costs $3.5bn (see x.com/a). 👍🏽 ", 200));
        int count = CountTokens(text);
        long before = GC.GetAllocatedBytesForCurrentThread();
        count += CountTokens(text);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        allocated.Should().Be(0);
        count.Should().BeGreaterThan(0);
    }

    private static int CountTokens(string text)
    {
        int n = 0;
        foreach (Token token in NewsTokenizer.Tokenize(text))
        {
            n += token.Length > 0 ? 1 : 0;
        }

        return n;
    }
}
