namespace NewsModel.Tests.Text;

public partial class NewsTokenizerTests
{
    public static TheoryData<string, string> Quotes => new()
    {
        // Curly quotes by glyph.
        { "“Peace,” he said. ‘Yes’", "OQ:“ W:Peace P:, CQ:” W:he W:said P:. OQ:‘ W:Yes CQ:’" },
        // Straight double quotes by context: after space/start/bracket → open; before space/punctuation/end → close.
        { "He said \"no\" today (\"yes\")", "W:He W:said OQ:\" W:no CQ:\" W:today P:( OQ:\" W:yes CQ:\" P:)" },
        // Between two non-space characters: the open-quotation state decides.
        { "said:\"We won,\"he", "W:said P:: OQ:\" W:We W:won P:, CQ:\" W:he" },
        // Single straight quotes; in-word apostrophes are not quotes.
        { "'This isn't great.' she said", "OQ:' W:This W:isn't W:great P:. CQ:' W:she W:said" },
        // With a single quotation open, s' closes it instead of being a possessive.
        { "'I like cats' he said", "OQ:' W:I W:like W:cats CQ:' W:he W:said" },
        // Archive style: two ASCII apostrophes are one quotation mark; two backticks open.
        { "''We will win,'' said Jones", "OQ:'' W:We W:will W:win P:, CQ:'' W:said W:Jones" },
        { "``Yes,'' she said", "OQ:`` W:Yes P:, CQ:'' W:she W:said" },
        // A doubled apostrophe after s is a quotation mark, never a possessive.
        { "said ''the voters''", "W:said OQ:'' W:the W:voters CQ:''" },
        // German, French and Swiss styles.
        { "„Frieden“ und ‚ja‘", "OQ:„ W:Frieden CQ:“ W:und OQ:‚ W:ja CQ:‘" },
        { "«paix» ‹oui›", "OQ:« W:paix CQ:» OQ:‹ W:oui CQ:›" },
        // A right single quote after a space opens (a misused glyph); after a word it closes.
        { "’Tis great’", "OQ:’ W:Tis W:great CQ:’" },
        // A blank line forgets an open quotation.
        { "\"Unclosed\n\nwas\"here", "OQ:\" W:Unclosed W:was OQ:\" W:here" },
    };

    [Theory]
    [MemberData(nameof(Quotes))]
    public void Tokenize_Quotes_ClassifiedOpeningOrClosing(string text, string expected)
    {
        TokenDump.Dump(text).Should().Be(expected);
    }
}
