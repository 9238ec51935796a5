using System.Collections.Generic;
using System.Linq;
using NewsModel.Extraction.Quotes;


namespace NewsModel.Tests.Extraction.Quotes;

/// <summary>Indirect reported speech: split contents, quantities as speakers, nested and relative attributions.</summary>
public sealed class QuoteExtractorReportedSpeechTests
{
    private static List<StatementCandidate> Run(string text) => QuoteExtractorTests.Run(text);

    private static string? Text(string text, TextSpan? span) => QuoteExtractorTests.Text(text, span);

    [Fact]
    public void Extract_ParentheticalCue_SplitsTheContentIntoTwoFragments()
    {
        const string text = "The main worry, the engineer said, is the old pumping station by the harbour.";
        List<StatementCandidate> found = Run(text);

        found.Select(c => Text(text, c.Span)).Should().Equal("The main worry", "is the old pumping station by the harbour");
        found.Select(c => Text(text, c.Speaker)).Should().AllBe("the engineer");
        found.Should().AllSatisfy(c => c.Kind.Should().Be(StatementKind.Indirect));
        found[0].Group.Should().Be(found[1].Group);
    }

    [Fact]
    public void Extract_ParentheticalCue_KeepsASingleWordFragment()
    {
        const string text = "Otherwise, she said, the farmers would sell their land within a year.";
        List<StatementCandidate> found = Run(text);

        found.Select(c => Text(text, c.Span)).Should().Equal("Otherwise", "the farmers would sell their land within a year");
    }

    [Fact]
    public void Extract_SceneSettingBeforeACueAndQuotation_IsNotAFragment()
    {
        const string text = "In a short video, the mayor said, “We will open the shelters tonight.”";
        List<StatementCandidate> found = Run(text);

        found.Select(c => Text(text, c.Span)).Should().Equal("We will open the shelters tonight.");
    }

    [Theory]
    [InlineData("A long winter, the mayor said, “could be a good time to repair the pier.”", "A long winter")]
    [InlineData("If the ferry stops, she said, “the island will be cut off.”", "If the ferry stops")]
    [InlineData("As for the new bridge, he said, “nobody has asked us.”", "As for the new bridge")]
    public void Extract_ContentBeforeACueAndQuotation_IsAFragmentOfIt(string text, string fragment)
    {
        List<StatementCandidate> found = Run(text);

        found.Select(c => Text(text, c.Content)).Should().HaveCount(2).And.Contain(fragment);
        found[0].Group.Should().Be(found[1].Group);
    }

    [Fact]
    public void Extract_CommaBeforeTheSubjectOnly_IsNotParenthetical()
    {
        const string text = "On Monday, the mayor said that the shelters would open.";
        List<StatementCandidate> found = Run(text);

        found.Select(c => Text(text, c.Span)).Should().Equal("that the shelters would open");
    }

    [Theory]
    [InlineData("Harbour master Ana Lind called for all ferries to stay in port until noon.", "all ferries to stay in port until noon")]
    [InlineData("Union leader Tom Berg called on the council to reopen the night buses.", "the council to reopen the night buses")]
    [InlineData("A reporter asked the mayor about the cost of the new bridge.", "the cost of the new bridge")]
    [InlineData("The engineers warned of cracks in the old sea wall.", "cracks in the old sea wall")]
    [InlineData("The inspector cautioned against opening the pier before spring.", "opening the pier before spring")]
    public void Extract_PrepositionOfTheCueVerb_IsNoPartOfTheContent(string text, string content)
    {
        StatementCandidate hit = Run(text).Should().ContainSingle().Subject;

        Text(text, hit.Content).Should().Be(content);
    }

    [Fact]
    public void Extract_PrepositionAfterSaid_StaysInTheContent()
    {
        const string text = "The mayor said about the bridge that it would open in May.";
        StatementCandidate hit = Run(text).Should().ContainSingle().Subject;

        Text(text, hit.Content).Should().StartWith("about the bridge");
    }

    [Theory]
    [InlineData("The mayor said about the ferry plan, “We will not give up the harbour.”")]
    [InlineData("The mayor said late on Monday, “We will not give up the harbour.”")]
    [InlineData("The mayor said when asked about the plan: “We will not give up the harbour.”")]
    public void Extract_TopicOrTimeThenQuotation_IsTheQuotation(string text)
    {
        StatementCandidate hit = Run(text).Should().ContainSingle().Subject;

        Text(text, hit.Content).Should().Be("We will not give up the harbour.");
        hit.Kind.Should().Be(StatementKind.Direct);
    }

    [Theory]
    [InlineData("Barkley, who said he usually votes Green, said one candidate he likes is the mayor of Turku.", "Barkley", "one candidate he likes is the mayor of Turku")]
    [InlineData("Three local newspapers, including the Harbour Gazette, said the mayor should resign.", "Three local newspapers", "the mayor should resign")]
    [InlineData("Ana Lind, a ferry captain for twenty years, said the new pier was too short.", "Ana Lind", "the new pier was too short")]
    public void Extract_SubjectSetOffByAnAppositionOrRelativeClause_IsTheSpeaker(string text, string speaker, string content)
    {
        StatementCandidate hit = Run(text).Should().ContainSingle(c => Text(text, c.Content) == content).Subject;

        Text(text, hit.Speaker ?? hit.SpeakerName).Should().Be(speaker);
    }

    [Theory]
    [InlineData("Lind: Ferry fares must fall before the summer", "Lind", "Ferry fares must fall before the summer")]
    [InlineData("HOLT: Well, I think the whole harbour needs to work together.", "HOLT", "Well, I think the whole harbour needs to work together")]
    public void Extract_SpeakerLabelLine_IsAStatement(string text, string speaker, string content)
    {
        StatementCandidate hit = Run(text).Should().ContainSingle().Subject;

        Text(text, hit.Content).Should().Be(content);
        Text(text, hit.Speaker ?? hit.SpeakerName).Should().Be(speaker);
        hit.Kind.Should().Be(StatementKind.Indirect);
    }

    [Theory]
    [InlineData("Update: The ferry leaves at noon.")]
    [InlineData("Contributing: Ana Lind and Tom Berg.")]
    [InlineData("The Latest: Ferries stay in port.")]
    [InlineData("Q: Will the ferries run tomorrow?")]
    [InlineData("Turku: Ana Lind, Tom Berg, Eva Holm, Jan Ek.")]
    [InlineData("Lind: Ferry fares must fall. She said so twice.")]
    public void Extract_EditorialLabelsAndLists_AreNoStatements(string text)
    {
        Run(text).Where(c => c.Cue is { } cue && Text(text, cue) == ":").Should().BeEmpty();
    }

    [Theory]
    [InlineData("In the new survey, 64 percent said the tram line should be extended.", "64 percent")]
    [InlineData("Nearly half said they would move if rents kept rising.", "Nearly half")]
    [InlineData("More than six in 10 said they had never visited the museum.", "More than six in 10")]
    [InlineData("Most of them said they would vote again next spring.", "Most of them")]
    [InlineData("Some of the nurses said the new shifts were too long.", "Some of the nurses")]
    [InlineData("A large number of farmers said the subsidy came too late.", "A large number of farmers")]
    [InlineData("Before the vote, 212 teachers said they backed the strike.", "212 teachers")]
    public void Extract_QuantityAsSpeaker_IsTheMention(string text, string speaker)
    {
        StatementCandidate hit = Run(text).Should().ContainSingle().Subject;

        Text(text, hit.Speaker).Should().Be(speaker);
        hit.Kind.Should().Be(StatementKind.Indirect);
    }

    [Theory]
    [InlineData("Voters in 40 states reported problems with the machines, and six states delayed the count.")]
    [InlineData("The ministry released 1,200 emails from the archive last week.")]
    [InlineData("There were only eight reported incidents in the district this year.")]
    public void Extract_CueWordAfterANumber_IsANoun(string text)
    {
        Run(text).Should().NotContain(c => Text(text, c.Speaker) == "six" || Text(text, c.Speaker) == "1,200" || Text(text, c.Speaker) == "only eight");
    }

    [Fact]
    public void Extract_AgeInApposition_IsNotTheSpeaker()
    {
        const string text = "Lena Ostrova, 60, a retired teacher, said the school had been closed for weeks.";
        StatementCandidate hit = Run(text).Should().ContainSingle().Subject;

        Text(text, hit.Speaker).Should().Be("Lena Ostrova");
    }

    [Fact]
    public void Extract_BeliefCue_WithTheOption_IsAnIndirectStatement()
    {
        const string text = "Most economists believe that the harbour tax will be repealed.";
        StatementCandidate hit = RunWith(text, new QuoteExtractorOptions(BeliefCues: true)).Should().ContainSingle().Subject;

        Text(text, hit.Span).Should().Be("that the harbour tax will be repealed");
        Text(text, hit.Speaker).Should().Be("Most economists");
        Run(text).Should().BeEmpty("belief cues are off by default");
    }

    [Fact]
    public void Extract_BeliefInsideReportedSpeech_DoesNotCutTheContent()
    {
        const string text = "The mayor said the bridge is safe and she feels the repairs can wait.";
        StatementCandidate hit = RunWith(text, new QuoteExtractorOptions(BeliefCues: true)).Should().ContainSingle().Subject;

        Text(text, hit.Span).Should().Be("the bridge is safe and she feels the repairs can wait");
        Text(text, hit.Speaker).Should().Be("The mayor");
    }

    [Fact]
    public void Extract_BeliefCue_DoesNotBecomeTheSpeakerOfAFloatingQuotation()
    {
        const string text = "“We will reopen in May,” Dana Holt said. She thinks the crowds will return.\n“People miss the place.”";
        List<StatementCandidate> found = RunWith(text, new QuoteExtractorOptions(BeliefCues: true));

        found.Should().Contain(c => Text(text, c.Span) == "People miss the place." && Text(text, c.Speaker) == "Dana Holt");
    }

    [Theory]
    [InlineData("The region is now a failed state and a haven for smugglers.")]
    [InlineData("She used a private email while travelling abroad.")]
    [InlineData("He lost every other swing state except Ohio.")]
    [InlineData("The company continues to report losses in its shipping arm.")]
    public void Extract_CueWordAsANoun_IsNotACue(string text)
    {
        RunWith(text, new QuoteExtractorOptions(BeliefCues: true)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("After the storm, the skipper found himself in a quiet harbour.")]
    [InlineData("But in Lund, the mayor found a patient audience for her plan.")]
    [InlineData("Last week, a fisherman was charged with assault after the harbour brawl.")]
    [InlineData("The mayor, who has maintained a large lead in the polls, visited the harbour.")]
    public void Extract_FindChargeOrMaintainWithAnObjectThatReportsNothing_IsNoStatement(string text)
    {
        RunWith(text, new QuoteExtractorOptions(BeliefCues: true)).Should().BeEmpty();
    }

    [Fact]
    public void Extract_LowerCaseNounSubject_StillReports()
    {
        const string text = "The new ad claims that the senator never voted for the budget.";
        StatementCandidate hit = Run(text).Should().ContainSingle().Subject;

        Text(text, hit.Speaker).Should().Be("The new ad");
    }

    private static List<StatementCandidate> RunWith(string text, QuoteExtractorOptions options)
    {
        var output = new List<StatementCandidate>();
        QuoteExtractor.Extract(text, QuoteExtractor.LineParagraphs(text), output, options);
        return output;
    }

    [Theory]
    [InlineData("Council spokesman Ivo Lind on Thursday evening said the ferry would run again.", "Council spokesman Ivo Lind", "the ferry would run again")]
    [InlineData("The senator said last week that the tunnel was unsafe.", "The senator", "that the tunnel was unsafe")]
    [InlineData("She said this week is crucial for the talks.", "She", "this week is crucial for the talks")]
    public void Extract_TimePhrasesAroundTheCue_AreNotPartOfSpeakerOrContent(string text, string speaker, string content)
    {
        StatementCandidate hit = Run(text).Should().ContainSingle().Subject;

        Text(text, hit.Speaker).Should().Be(speaker);
        Text(text, hit.Span).Should().Be(content);
    }

    [Theory]
    [InlineData("The levy, which officials said will start in May, was approved on Friday.", "officials", "will start in May")]
    [InlineData("The mill's order book, which the owner says includes 40 new clients, is growing.", "the owner", "includes 40 new clients")]
    [InlineData("Mr. Varga, who said last month that the port was too small, signed the contract.", "who", "that the port was too small")]
    [InlineData("It was a harvest that she said beat every forecast.", "she", "beat every forecast")]
    public void Extract_AttributionInARelativeClause_EndsWithTheClause(string text, string speaker, string content)
    {
        StatementCandidate hit = Run(text).Should().ContainSingle().Subject;

        Text(text, hit.Speaker).Should().Be(speaker);
        Text(text, hit.Span).Should().Be(content);
    }

    [Theory]
    [InlineData("Tom Ellis called the plan “a disaster,” blaming the council for the delay.", "the plan “a disaster,”")]
    [InlineData("Anna Berg called the ferry “slow” and “unsafe” - a view the council shares.", "the ferry “slow” and “unsafe”")]
    [InlineData("Captain Lars Holm called the new pier “a gift to the island” in a letter to the council.", "the new pier “a gift to the island” in a letter to the council")]
    public void Extract_NamingVerb_ContentEndsWithTheQuotedName(string text, string content)
    {
        List<StatementCandidate> found = Run(text).Where(c => c.Cue != null && Text(text, c.Cue) == "called").ToList();

        found.Should().NotBeEmpty();
        found.Should().AllSatisfy(c => Text(text, c.Content).Should().Be(content));
    }

    [Fact]
    public void Extract_QuotationAfterAnInitialism_StartsANewSentence()
    {
        const string text = "“The pier is closed,” Anna Berg said at the harbour in Lund, N.Y. “Nobody may use it until spring.”";
        List<StatementCandidate> found = Run(text);

        found.Select(c => Text(text, c.Span)).Should().Equal("The pier is closed,", "Nobody may use it until spring.");
        found.Select(c => Text(text, c.Speaker)).Should().AllBe("Anna Berg");
    }

    [Fact]
    public void Extract_QuotationInTheNextSentenceWithoutCue_ContinuesTheSpeakerAsPartial()
    {
        const string text = "“The pier is closed,” said Anna Berg, the harbour master. “We will rebuild it before the summer” and reopen the ferry line.";
        List<StatementCandidate> found = Run(text);

        found.Should().HaveCount(2);
        StatementCandidate next = found[1];
        next.Kind.Should().Be(StatementKind.Partial);
        Text(text, next.Content).Should().Be("“We will rebuild it before the summer” and reopen the ferry line");
        Text(text, next.Speaker).Should().Be("Anna Berg");
        next.Group.Should().Be(found[0].Group);
    }

    [Fact]
    public void Extract_QuotationTwoSentencesAfterTheCue_IsNotContinued()
    {
        const string text = "“The pier is closed,” said Anna Berg. The ferry still runs. Its owners have built “a lifeline for the island” with two old boats.";
        Run(text).Should().ContainSingle();
    }

    [Fact]
    public void Extract_PlacePhraseAfterTheCueOfAQuotation_IsNoContent()
    {
        const string text = "“The pier is closed,” Anna Berg said at the harbour in Lund.";

        Run(text).Select(c => Text(text, c.Span)).Should().Equal("The pier is closed,");
    }

    [Theory]
    [InlineData("Anna Berg on Thursday stepped up her attacks on the council, saying it had ignored the fishermen.", "Anna Berg", "it had ignored the fishermen")]
    [InlineData("She also spoke about the new pier, saying it would be finished by June.", "She", "it would be finished by June")]
    [InlineData("Tom Ellis closed his campaign office, telling volunteers in Lund, Skane, that he would run again.", "Tom Ellis", "that he would run again")]
    [InlineData("The company sounded off on the levy, saying it was too costly.", "The company", "it was too costly")]
    [InlineData("The former mayor sounded off on the levy, saying it was too costly.", "The former mayor", "it was too costly")]
    public void Extract_ParticipleAfterAMainClause_TakesItsSubject(string text, string speaker, string content)
    {
        StatementCandidate hit = Run(text).Should().ContainSingle().Subject;

        Text(text, hit.Speaker).Should().Be(speaker);
        Text(text, hit.Content).Should().Be(content);
    }

    [Theory]
    [InlineData("Lee Berg of the Lund Gazette asked the mayor whether the pier would reopen.", "Lee Berg of the Lund Gazette")]
    [InlineData("A study drafted for the Lund harbour board says the pier is too short.", "A study drafted for the Lund harbour board")]
    [InlineData("Boos rang out when Anna Berg said the pier would stay closed.", "Anna Berg")]
    [InlineData("In 2019 the harbour board said the pier would stay closed.", "the harbour board")]
    public void Extract_SubjectNounPhrase_RunsBackToItsClauseStart(string text, string speaker)
    {
        StatementCandidate hit = Run(text).Should().ContainSingle().Subject;

        Text(text, hit.Speaker).Should().Be(speaker);
    }

    [Theory]
    [InlineData("Anna Berg said she would back the plan, which the council approved in May.", "she would back the plan")]
    [InlineData("Tom Ellis said the ferry would stop in March, a move that could cut off the island.", "the ferry would stop in March")]
    [InlineData("Anna Berg said the pier, which opened in 1990, needs repairs.", "the pier, which opened in 1990, needs repairs")]
    [InlineData("Anna Berg said she would back the plan, which she called “long overdue.”", "she would back the plan, which she called “long overdue.”")]
    public void Extract_WritersGlossAtTheEnd_IsNoPartOfTheContent(string text, string content)
    {
        StatementCandidate hit = Run(text).Should().ContainSingle(c => c.Cue != null && Text(text, c.Cue) == "said").Subject;

        Text(text, hit.Content).Should().Be(content);
    }

    [Theory]
    [InlineData("Anna Berg said in a statement. “The pier will reopen in May.”")]
    [InlineData("Anna Berg told the crowd:\n“The pier will reopen in May.”")]
    public void Extract_QuotationAfterACueWithoutContent_TakesItsSpeaker(string text)
    {
        StatementCandidate hit = Run(text).Should().ContainSingle().Subject;

        Text(text, hit.Span).Should().Be("The pier will reopen in May.");
        Text(text, hit.Speaker).Should().Be("Anna Berg");
    }

    [Fact]
    public void Parse_SplitQuotation_LaterFragmentsContinueTheFirst()
    {
        Article article = ArticleParser.Parse("“We are ready,” Anna Berg told reporters in Tallinn. “The money is there. We need a timetable.”\n\nOther news.");
        article.Statements.Should().HaveCount(2);
        article.Statements[0].ContinuesId.Should().BeNull();
        article.Statements[1].ContinuesId.Should().Be(article.Statements[0].Id);
        article.Statements[1].SpeakerId.Should().Be(article.Statements[0].SpeakerId);
    }

    [Theory]
    [InlineData("Anna Berg told reporters at the port of Tallinn.")]
    [InlineData("Anna Berg spoke to reporters in the capital.")]
    public void Parse_TellWithAPlacePhraseOnly_IsNoStatement(string text)
    {
        ArticleParser.Parse(text).Statements.Should().BeEmpty("where something was said is not what was said");
    }

    [Fact]
    public void Parse_SpeakerSpan_LeavesOutAPartyAndStateLabel()
    {
        const string text = "“We are ready,” Rep. Ann Cole (D-Va.), chair of the panel, said.";
        Article article = ArticleParser.Parse(text);
        Statement statement = article.Statements.Should().ContainSingle().Subject;
        article.Slice(statement.SpeakerSpan!.Value).ToString().Should().Be("Rep. Ann Cole");
        article.Actors.Single(a => a.Id == statement.SpeakerId).Name.Should().Be("Ann Cole");
    }

    [Theory]
    [InlineData("Rep. Ann Cole (D-Va.)", "Rep. Ann Cole")]
    [InlineData("the port authority  (LPA)", "the port authority")]
    [InlineData("Ann Cole", "Ann Cole")]
    [InlineData("(D-Va.)", "(D-Va.)")]
    [InlineData("Cole(D)", "Cole(D)")]
    [InlineData("A (B) C", "A (B) C")]
    [InlineData("a (b)", "a")]
    [InlineData("()", "()")]
    public void WithoutParenthetical_CutsOnlyAClosingParentheticalAfterASpace(string mention, string expected)
    {
        string text = "<" + mention + ">";
        TextSpan span = NewsModel.Parsing.Stages.StatementStage.WithoutParenthetical(text, new TextSpan(1, mention.Length));
        text.Substring(span.Start, span.Length).Should().Be(expected);
    }
}
