using System;
using System.Collections.Generic;
using System.Linq;
using NewsModel.Extraction.Quotes;

namespace NewsModel.Tests.Extraction.Quotes;

public sealed class QuoteExtractorTests
{
    public static TheoryData<string, string, StatementKind, string> Cases => new()
    {
        // every mark style
        { "“We will win this fight,” Anna Berg said.", "We will win this fight,", StatementKind.Direct, "Anna Berg" },
        { "\"We will win this fight,\" Anna Berg said.", "We will win this fight,", StatementKind.Direct, "Anna Berg" },
        { "''We will win this fight,'' Mr. Berg said.", "We will win this fight,", StatementKind.Direct, "Mr. Berg" },
        { "«We will win this fight», said Anna Berg.", "We will win this fight", StatementKind.Direct, "Anna Berg" },
        { "„We will win this fight“, Anna Berg said.", "We will win this fight", StatementKind.Direct, "Anna Berg" },
        { "Anna Berg: ‘We Will Win This Fight’", "We Will Win This Fight", StatementKind.Direct, "Anna Berg" },
        { "``We will win this fight,'' Anna Berg said.", "We will win this fight,", StatementKind.Direct, "Anna Berg" },

        // cue before the quotation, multi-sentence quotation
        { "Anna Berg said: “The river is rising. We must leave tonight.”", "The river is rising. We must leave tonight.", StatementKind.Direct, "Anna Berg" },
        { "The mayor told the council, “Nobody will be left behind.”", "Nobody will be left behind.", StatementKind.Direct, "The mayor" },

        // apposition, pronoun, description, inversion
        { "“The bridge is safe,” Tom Ellis, chief engineer of the city of Lund, said on Monday.", "The bridge is safe,", StatementKind.Direct, "Tom Ellis" },
        { "“The bridge is safe,” he said.", "The bridge is safe,", StatementKind.Direct, "he" },
        { "“Prices will rise next year,” the company said in a statement.", "Prices will rise next year,", StatementKind.Direct, "the company" },
        { "“Prices will rise next year,” a spokesman said.", "Prices will rise next year,", StatementKind.Direct, "a spokesman" },
        { "“It was a mistake,” said Sen. John Smith.", "It was a mistake,", StatementKind.Direct, "Sen. John Smith" },
        { "“Are you serious?” Smith asked.", "Are you serious?", StatementKind.Direct, "Smith" },
        { "“Why are you still waiting?” Anna Berg asked the city council.", "Why are you still waiting?", StatementKind.Direct, "Anna Berg" },

        // partial quotations inside reported speech
        { "New dams could prevent “another disaster like this one,” Anna Berg told reporters.", "another disaster like this one,", StatementKind.Partial, "Anna Berg" },
        { "Anna Berg said that the town “needs help right now” and is ready to rebuild.", "needs help right now", StatementKind.Partial, "Anna Berg" },

        // indirect reported speech
        { "Anna Berg said the dam would hold through the winter.", "the dam would hold through the winter", StatementKind.Indirect, "Anna Berg" },
        { "The minister warned that the dam could fail within days.", "that the dam could fail within days", StatementKind.Indirect, "The minister" },
        { "The dam could fail within days, officials said.", "The dam could fail within days", StatementKind.Indirect, "officials" },
        // a wire dateline is no part of the content
        { "OSLO (Reuters) \u2014 The dam could fail within days, officials said.", "The dam could fail within days", StatementKind.Indirect, "officials" },
        { "LONG BEACH, Calif. -- The dam could fail within days, officials said.", "The dam could fail within days", StatementKind.Indirect, "officials" },
        { "BERGEN, NORWAY - The dam could fail within days, officials said.", "The dam could fail within days", StatementKind.Indirect, "officials" },
        { "NATO-led forces could leave within days, officials said.", "NATO-led forces could leave within days", StatementKind.Indirect, "officials" },
        { "UN \u2014 and EU \u2014 forces could leave within days, officials said.", "UN \u2014 and EU \u2014 forces could leave within days", StatementKind.Indirect, "officials" },
        { "The dam could fail within days, according to a report from the agency.", "The dam could fail within days", StatementKind.Indirect, "a report from the agency" },
        { "According to the agency, the dam could fail within days.", "the dam could fail within days", StatementKind.Indirect, "the agency" },
        { "Repairs will start on Monday, it said.", "Repairs will start on Monday", StatementKind.Indirect, "it" },
        { "Tom Ellis told the broadcaster NRK that the dam could fail.", "that the dam could fail", StatementKind.Indirect, "Tom Ellis" },
        { "Tom Ellis told an audience at a festival in Lund last week that the dam could fail.", "that the dam could fail", StatementKind.Indirect, "Tom Ellis" },
        { "Over the years, she said, the river has risen twice.", "the river has risen twice", StatementKind.Indirect, "she" },

        // mentions after the cue, colon introductions, relative subjects
        { "“It was a hard winter,” said a person close to the family.", "It was a hard winter,", StatementKind.Direct, "a person close to the family" },
        { "“It was a hard winter,” said Sen. Tom Udall of New Mexico, who lives there.", "It was a hard winter,", StatementKind.Direct, "Sen. Tom Udall of New Mexico" },
        { "Senate leader Mitch Holm, R-Ky., delivered a blunt message: “It is time to stop.”", "It is time to stop.", StatementKind.Direct, "Senate leader Mitch Holm" },
        { "The page was replaced by a message that said, “The item is no longer available.”", "The item is no longer available.", StatementKind.Direct, "that" },
        { "“We are ready,” Rep. Ann Cole (D-Va.), chair of the panel, said.", "We are ready,", StatementKind.Direct, "Rep. Ann Cole (D-Va.)" },

        // an apposition whose closing comma is missing: the name it describes is the speaker
        { "Tom Berg, the chief engineer of the Lund Harbour Authority said that the pier would reopen.", "that the pier would reopen", StatementKind.Indirect, "Tom Berg" },
        { "Anna Lind, director of the Lund Port Authority stated, “The pier is safe.”", "The pier is safe.", StatementKind.Direct, "Anna Lind" },
        { "Still, the chief engineer said that the pier would reopen.", "that the pier would reopen", StatementKind.Indirect, "the chief engineer" },

        // verbs of praise and blame
        { "The mayor hailed the new ferry line as “a lifeline for the islands.”", "a lifeline for the islands.", StatementKind.Partial, "The mayor" },
        { "Anna Berg denounced what she called “a reckless plan.”", "a reckless plan.", StatementKind.Partial, "Anna Berg" },

        // verbs that report speech only with their particle
        { "“The ferry never left the harbour,” the skipper pointed out.", "The ferry never left the harbour,", StatementKind.Direct, "the skipper" },
        { "Anna Berg shot back, “Nobody asked the fishermen.”", "Nobody asked the fishermen.", StatementKind.Direct, "Anna Berg" },
        { "The mayor fired back that the budget had been public for months.", "that the budget had been public for months", StatementKind.Indirect, "The mayor" },
        { "As Anna Berg put it: “The pier is older than the town.”", "The pier is older than the town.", StatementKind.Direct, "Anna Berg" },

        // words of manner or purpose between the cue and a quotation introduced by a comma or colon
        { "A little later Anna Berg wrote back: “The ferry is late again.”", "The ferry is late again.", StatementKind.Direct, "Anna Berg" },
        { "The mayor interjected to say: “Nobody will be left behind.”", "Nobody will be left behind.", StatementKind.Direct, "The mayor" },
        { "He concluded quietly and firmly, “We stay until the work is done.”", "We stay until the work is done.", StatementKind.Direct, "He" },
        { "The skipper defended his crew in a long interview: “They did everything right.”", "They did everything right.", StatementKind.Direct, "The skipper" },

        // content said inside an opening subordinate clause ends where the main clause begins
        { "As Anna Berg said the dam would hold, the engineers packed up.", "the dam would hold", StatementKind.Indirect, "Anna Berg" },

        // inverted mentions that are no simple noun phrase; a given name spelt like a modal
        { "“The pier is safe,” said the printed harbour safety card.", "The pier is safe,", StatementKind.Direct, "the printed harbour safety card" },
        { "“The pier is safe,” said Will Doyle, a harbour engineer.", "The pier is safe,", StatementKind.Direct, "Will Doyle" },
        { "“The pier is safe,” Will Doyle said.", "The pier is safe,", StatementKind.Direct, "Will Doyle" },

        { "According to his longtime personal physician, the mayor is in excellent health.", "the mayor is in excellent health", StatementKind.Indirect, "his longtime personal physician" },
        { "“We are done,” said Harbour ranking Democrat Anna Berg.", "We are done,", StatementKind.Direct, "Harbour ranking Democrat Anna Berg" },
        { "“It is the same attack,” Lund press secretary Tom Ellis said.", "It is the same attack,", StatementKind.Direct, "Lund press secretary Tom Ellis" },
        { "The mayor told The Lund Post she was tired of waiting.", "she was tired of waiting", StatementKind.Indirect, "The mayor" },
        { "The mayor said, however, that the pier would stay closed.", "that the pier would stay closed", StatementKind.Indirect, "The mayor" },
        { "Anna Berg tweeted, “Thank you, Lund!” on Friday afternoon.", "Thank you, Lund!", StatementKind.Direct, "Anna Berg" },

        { "“We have a common enemy,” Tom Ellis told state delegates recently.", "We have a common enemy,", StatementKind.Direct, "Tom Ellis" },
        { "Anna Berg at the time said the pier would reopen.", "the pier would reopen", StatementKind.Indirect, "Anna Berg" },

        { "“It is a yellow light,” said election lawyer Tom Ellis.", "It is a yellow light,", StatementKind.Direct, "election lawyer Tom Ellis" },

        { "“The delay hurts,” said Harbour party boss Anna Berg.", "The delay hurts,", StatementKind.Direct, "Harbour party boss Anna Berg" },

        // a mention ending in a name before a colon, in a sentence with no reporting verb
        { "TURNOUT IS UP AGAIN - Harbour pollster Anna Berg: “Small towns always vote late.”", "Small towns always vote late.", StatementKind.Direct, "Harbour pollster Anna Berg" },

        // the source of "according to" runs to the next punctuation mark
        { "The pier is safe, according to data released Friday by the harbour board.", "The pier is safe", StatementKind.Indirect, "data released Friday by the harbour board" },
        { "According to the latest poll average in Lund, the mayor is ahead.", "the mayor is ahead", StatementKind.Indirect, "the latest poll average in Lund" },

        { "“The pier is safe,” said a harbour engineer in attendance.", "The pier is safe,", StatementKind.Direct, "a harbour engineer in attendance" },

        // "state" is a verb only where it introduces what is stated
        { "The harbour report states that the pier is safe.", "that the pier is safe", StatementKind.Indirect, "The harbour report" },

        // "read" is a cue next to a quotation only
        { "“Friend, let me be blunt,” the email read.", "Friend, let me be blunt,", StatementKind.Direct, "the email" },
        { "“We will not wait,” read the statement, which was signed by Anna Berg.", "We will not wait,", StatementKind.Direct, "the statement" },

        { "The businessman talked about the storm, saying that the pier is safe.", "that the pier is safe", StatementKind.Indirect, "The businessman" },

        { "The mayor ended the meeting by saying that the pier would reopen.", "that the pier would reopen", StatementKind.Indirect, "The mayor" },

        { "Anna Berg is telling a town hall in Lund that the pier is safe.", "that the pier is safe", StatementKind.Indirect, "Anna Berg" },

        { "Anna Berg however said the pier would reopen.", "the pier would reopen", StatementKind.Indirect, "Anna Berg" },
        { "Anna Berg said, among other things, that the pier would reopen.", "that the pier would reopen", StatementKind.Indirect, "Anna Berg" },
        { "Tom Ellis, an engineer who advised the council on the pier, said the pier would reopen.", "the pier would reopen", StatementKind.Indirect, "Tom Ellis" },

        { "“The pier is safe,“ said Anna Berg.", "The pier is safe,", StatementKind.Direct, "Anna Berg" },

        { "Anna Berg posted a Twitter comment of her own, saying, “The pier stays open!”", "The pier stays open!", StatementKind.Direct, "Anna Berg" },

        { "The council was quick to react, with Anna Berg asking, “Who will pay for the pier?”", "Who will pay for the pier?", StatementKind.Direct, "Anna Berg" },

        // a description calling its object by a quoted name
        { "One councillor called the ferry plan “a floating disaster.”", "a floating disaster.", StatementKind.Partial, "One councillor" },

        // a bare quantity opening its clause is the subject of the cue
        { "The ferry was late again. Some said the skipper had overslept.", "the skipper had overslept", StatementKind.Indirect, "Some" },
        { "Of the fishermen asked, one in three said the harbour was too small.", "the harbour was too small", StatementKind.Indirect, "one in three" },

        // a percent sign and a parenthesis the content opened end the content
        { "The mayor leads the race with just 22%, according to a harbour poll.", "The mayor leads the race with just 22%", StatementKind.Indirect, "a harbour poll" },
        { "Anna Berg said the pier was paid for by the fishermen (61 percent).", "the pier was paid for by the fishermen (61 percent)", StatementKind.Indirect, "Anna Berg" },

        // an "according to" source set off by commas inside its content
        { "The ferry plan, according to the harbour board, was a costly failure.", "was a costly failure", StatementKind.Indirect, "the harbour board" },
        { "But, according to the harbour board, most of the boats stayed home.", "most of the boats stayed home", StatementKind.Indirect, "the harbour board" },

        // the possessive of a name in -s belongs to the mention
        { "Tom Ellis' spokesman said the pier would reopen.", "the pier would reopen", StatementKind.Indirect, "Tom Ellis' spokesman" },

        // a sentence opening with the question put to its subject
        { "Asked by a reporter whether the pier would reopen, Anna Berg said it would.", "whether the pier would reopen", StatementKind.Indirect, "a reporter" },

        // "as X noted," reports the clause after the comma
        { "But as the harbour master noted, the pier had never been inspected.", "the pier had never been inspected", StatementKind.Indirect, "the harbour master" },
        { "As Anna Berg said Tuesday, the ferry is older than the town.", "the ferry is older than the town", StatementKind.Indirect, "Anna Berg" },

        // a verb chain hands its subject on to the infinitive cue
        { "The skipper went on to say that the ferry had never sailed on time.", "that the ferry had never sailed on time", StatementKind.Indirect, "The skipper" },
        { "Anna Berg was quick to point out that the pier is older than the town.", "that the pier is older than the town", StatementKind.Indirect, "Anna Berg" },
        { "The harbour board is continuing to insist that the ferry is safe.", "that the ferry is safe", StatementKind.Indirect, "The harbour board" },

        // a relative clause set off by commas before the cue: its antecedent is the subject, not a mention after the cue
        { "Lindqvist, who has denounced the plan, reiterated his doubts about the pier.", "his doubts about the pier", StatementKind.Indirect, "Lindqvist" },

        // a capitalised plural before a bare cue is its subject, not a noun modifier
        { "But the Lundians argue that the pier should stay closed.", "that the pier should stay closed", StatementKind.Indirect, "the Lundians" },

        // a progressive cue with an adverb after its auxiliary; "is calling for"
        { "The harbour board is now admitting that the pier was never safe.", "that the pier was never safe", StatementKind.Indirect, "The harbour board" },
        { "Anna Berg is calling for the pier to be rebuilt.", "the pier to be rebuilt", StatementKind.Indirect, "Anna Berg" },

        // a headline in title case: a capitalised cue still reports
        { "Harbour Master Says The Old Pier Will Never Reopen", "The Old Pier Will Never Reopen", StatementKind.Indirect, "Harbour Master" },

        // a past verb after a plural noun ends the subject's noun phrase
        { "The inspectors declined to name a date, saying the pier needs more work.", "the pier needs more work", StatementKind.Indirect, "The inspectors" },

        // a passive cue: the agent of "by" is the speaker
        { "Tom Ellis was told by Anna Berg that the dam could fail.", "that the dam could fail", StatementKind.Indirect, "Anna Berg" },
    };

    [Fact]
    public void Extract_CueInOpeningSubordinateClause_ContentEndsBeforeTheMainClause()
    {
        const string text = "When the mayor said that the pier is “in good shape,” the council voted to repair it.";
        List<StatementCandidate> found = Run(text);

        StatementCandidate hit = found.Should().ContainSingle().Subject;
        hit.Kind.Should().Be(StatementKind.Partial);
        Text(text, hit.Content).Should().Be("that the pier is “in good shape,”", "the main clause “the council voted …” is the writer's");
    }

    [Fact]
    public void Extract_SentenceQuotingInsideWritersWords_AfterAnAttribution_KeepsTheSpeaker()
    {
        const string text = "Prices rose in May, Anna Berg said. The rise is a “very ambitious internal process.”";
        List<StatementCandidate> found = Run(text);

        StatementCandidate hit = found.Should().ContainSingle(c => c.Kind == StatementKind.Partial, "found: {0}", Describe(text, found)).Subject;
        Text(text, hit.Content).Should().Be("The rise is a “very ambitious internal process.”");
        Text(text, hit.Speaker).Should().Be("Anna Berg");
    }

    [Fact]
    public void Extract_LineBreakAfterQuotation_EndsTheSentenceBeforeAnAttribution()
    {
        // one paragraph for the pipeline (no blank line), but the line break still ends the quotation's sentence
        const string text = "“We open the schools,” said Anna Berg. “We plow the snow.”\nTom Ellis hit back, saying the town was broke.";
        Article article = ArticleParser.Parse(text);

        Statement hit = article.Statements.Should().ContainSingle(s => s.Text == "We plow the snow.").Subject;
        hit.SpeakerSpan.Should().NotBeNull();
        text.Substring(hit.SpeakerSpan!.Value.Start, hit.SpeakerSpan.Value.Length).Should().Be("Anna Berg", "the next line is not an inverted attribution");
    }

    [Fact]
    public void Extract_WebAddressEndingASentence_EndsItBeforeTheNextQuotation()
    {
        const string text = "“It will grow,” said Anna Berg, who runs LundPier.org. “That is going to happen now.”";
        List<StatementCandidate> found = Run(text);

        found.Select(c => Text(text, c.Content)).Should().Equal("It will grow,", "That is going to happen now.");
        found.Select(c => Text(text, c.Speaker)).Should().AllBe("Anna Berg");
    }

    [Fact]
    public void Extract_ClosingAttribution_ReportsTheWholeSentence_CuesInsideIncluded()
    {
        const string text = "Members are asked to rank their choices, and the board is less likely to be “overrun by newcomers,” Anna Berg said.";
        List<StatementCandidate> found = Run(text);

        StatementCandidate outer = found.Should().ContainSingle(c => Text(text, c.Speaker) == "Anna Berg", "found: {0}", Describe(text, found)).Subject;
        Text(text, outer.Content).Should().Be("Members are asked to rank their choices, and the board is less likely to be “overrun by newcomers,”");
    }

    [Fact]
    public void Extract_ShowTitleEndingTheSentence_IsNoQuotation()
    {
        const string text = "“We cannot do it,” Anna Berg said on LTV's “Good Morning Lund.” “There is no money.”";
        List<StatementCandidate> found = Run(text);

        found.Select(c => Text(text, c.Content)).Should().Equal("We cannot do it,", "There is no money.");
        found.Select(c => Text(text, c.Speaker)).Should().AllBe("Anna Berg");
    }

    [Theory]
    [InlineData("The plan failed, Anna Berg wrote in her memoir, “Harbour Days.”", "The plan failed")]
    [InlineData("“Being a mayor is my job,” Anna Berg said in May on the podcast “Here’s the Harbour.”", "Being a mayor is my job,")]
    public void Extract_TitleOfAWorkAfterTheCue_IsNoContent(string text, string said)
    {
        List<StatementCandidate> found = Run(text);

        found.Select(c => Text(text, c.Content)).Should().Equal(said);
    }

    [Fact]
    public void Extract_NamingInsideAQuotation_HandsOnNoTurn()
    {
        const string text = "“Is the council against us?” asked Anna Berg, referring to what she calls the “rigged” vote. “The answer is no.”";
        List<StatementCandidate> found = Run(text);

        StatementCandidate last = found.Should().ContainSingle(c => Text(text, c.Content) == "The answer is no.", "found: {0}", Describe(text, found)).Subject;
        Text(text, last.Speaker).Should().Be("Anna Berg");
    }

    [Fact]
    public void Extract_OpenerAndRelativeClauseBeforeTheCue_GiveTheNamedSpeakerOnly()
    {
        const string text = "Still, Anna Berg, who thinks the council made a mistake, called the new plan “much better” than the old one.";
        List<StatementCandidate> found = Run(text);

        StatementCandidate hit = found.Should().ContainSingle("found: {0}", Describe(text, found)).Subject;
        Text(text, hit.Speaker).Should().Be("Anna Berg");
        Text(text, hit.Content).Should().Be("the new plan “much better” than the old one");
    }

    [Fact]
    public void Extract_ParagraphThatIsAShortSingleQuotedHeading_IsNoContinuation()
    {
        const string text = "“The pier is closed,” Anna Berg said.\n'A healthy harbour.'\nThe ferry still runs.";
        List<StatementCandidate> found = Run(text);

        found.Select(c => Text(text, c.Content)).Should().Equal("The pier is closed,");
    }

    [Fact]
    public void Extract_ParticipleClauseAfterQuotation_IsNoInvertedCue()
    {
        const string text = "On Radio Lund on Monday, she said, “I never promised a bridge.” Asked if she had changed her mind, Berg replied, “Maybe so.”";
        List<StatementCandidate> found = Run(text);

        found.Select(c => Text(text, c.Content)).Should().Equal("I never promised a bridge.", "if she had changed her mind", "Maybe so.");
        found[1].Speaker.Should().BeNull("the question's asker is not named");
    }

    [Theory]
    [InlineData("Anna Berg was asked whether the dam could fail.", "whether the dam could fail")]
    [InlineData("It was widely reported that the dam could fail.", "that the dam could fail")]
    public void Extract_PassiveCueWithoutAgent_HasNoSpeaker(string text, string said)
    {
        List<StatementCandidate> found = Run(text);

        StatementCandidate hit = found.Should().ContainSingle(c => Text(text, c.Span) == said, "found: {0}", Describe(text, found)).Subject;
        hit.Speaker.Should().BeNull("the subject of a passive cue did not say it");
    }

    [Theory]
    [InlineData("When asked in May if the pier would reopen, the mayor said she hoped so.", "if the pier would reopen")]
    [InlineData("Asked about the closed pier, the skipper shrugged.", "the closed pier")]
    public void Extract_OpeningAskedClause_IsAQuestionWithoutSpeaker(string text, string said)
    {
        List<StatementCandidate> found = Run(text);

        StatementCandidate hit = found.Should().ContainSingle(c => Text(text, c.Span) == said, "found: {0}", Describe(text, found)).Subject;
        hit.Speaker.Should().BeNull("the one who asked is not named");
    }

    [Theory]
    [InlineData("“The pier stays shut,” Anna Berg said with a grin.")]
    [InlineData("“The pier stays shut,” Anna Berg told reporters while touring the harbour on Tuesday.")]
    public void Extract_CircumstanceAfterAClosingAttribution_IsNoSecondContent(string text)
    {
        List<StatementCandidate> found = Run(text);

        found.Select(c => Text(text, c.Span)).Should().Equal("The pier stays shut,");
    }

    [Theory]
    [InlineData("Before the vote, the mayor said that, if needed, the pier would reopen.", "that, if needed, the pier would reopen")]
    public void Extract_SubordinateClauseBeforeTheCue_DoesNotCutTheContent(string text, string said)
    {
        List<StatementCandidate> found = Run(text);

        found.Should().Contain(c => Text(text, c.Span) == said, "found: {0}", Describe(text, found));
    }

    [Theory]
    [InlineData("The mayor lashed out at the council over the closed pier.")]
    [InlineData("The mayor read the report on Monday.")]
    [InlineData("The mayor met state Sen. Tom Ellis and officials of member states for the pact.")]
    [InlineData("Harbour towns in caucus states like Iowa vote early.")]
    [InlineData("The skipper pointed to the closed pier.")]
    [InlineData("The skipper put it in the boat.")]
    public void Extract_ParticleVerbWithATargetOrNoParticle_IsNoCue(string text)
    {
        Run(text).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extract_Sentence_FindsStatementAndSpeaker(string text, string said, StatementKind kind, string speaker)
    {
        List<StatementCandidate> found = Run(text);

        StatementCandidate hit = found.Should().ContainSingle(c => Text(text, c.Span) == said, "the statement “{0}” should be found in: {1}", said, Describe(text, found)).Subject;
        hit.Kind.Should().Be(kind);
        Text(text, hit.Speaker).Should().Be(speaker);
    }

    [Fact]
    public void Extract_SplitQuotation_SharesGroupAndSpeaker()
    {
        const string text = "“We will rebuild,” she said, “and we will do it this year.”";
        List<StatementCandidate> found = Run(text);

        found.Should().HaveCount(2);
        found.Select(c => Text(text, c.Span)).Should().Equal("We will rebuild,", "and we will do it this year.");
        found.Select(c => Text(text, c.Speaker)).Should().AllBe("she");
        found[0].Group.Should().Be(found[1].Group);
        found.Should().AllSatisfy(c => c.Kind.Should().Be(StatementKind.Direct));
    }

    [Fact]
    public void Extract_QuotationContinuedIntoNextParagraph_GivesFragmentsOfOneAttribution()
    {
        const string text = "Anna Berg said: “The river is rising fast.\n\n“We must leave tonight.”";
        List<StatementCandidate> found = Run(text);

        found.Select(c => Text(text, c.Span)).Should().Equal("The river is rising fast.", "We must leave tonight.");
        found[1].Group.Should().Be(found[0].Group);
        found[1].Hint.Should().Be(SpeakerHint.Continuation);
        found[1].Speaker.Should().Be(found[0].Speaker, "a continuation carries the earlier mention");
        Text(text, found[1].Speaker).Should().Be("Anna Berg");
    }

    [Fact]
    public void Extract_FloatingQuotation_CarriesPreviousSpeaker()
    {
        const string text = "“The river is rising,” Tom Ellis said. “We must leave tonight.”\n\n“Nobody should stay behind.”";
        List<StatementCandidate> found = Run(text);

        found.Should().HaveCount(3);
        found.Select(c => Text(text, c.Speaker)).Should().AllBe("Tom Ellis");
        found[1].Hint.Should().Be(SpeakerHint.Continuation);
        found[2].Hint.Should().Be(SpeakerHint.Continuation);
        found[2].Cue.Should().BeNull();
    }

    [Fact]
    public void Extract_PartialQuotation_ContentCoversTheReportedClause()
    {
        const string text = "New dams could prevent “another disaster,” Anna Berg told reporters.";
        StatementCandidate c = Run(text).Single();

        c.Kind.Should().Be(StatementKind.Partial);
        Text(text, c.Span).Should().Be("another disaster,");
        Text(text, c.Content).Should().Be("New dams could prevent “another disaster,”");
        Text(text, c.Cue).Should().Be("told");
        c.CueLemma.Should().Be("tell");
        Text(text, c.Channel).Should().Be("reporters");
    }

    [Fact]
    public void Extract_NameWithTitle_GivesNameAlone()
    {
        const string text = "“We are ready,” Finnish Prime Minister Petra Lind said.";
        StatementCandidate c = Run(text).Single();

        Text(text, c.Speaker).Should().Be("Finnish Prime Minister Petra Lind");
        Text(text, c.SpeakerName).Should().Be("Petra Lind");
        c.Hint.Should().Be(SpeakerHint.Name);
    }

    [Fact]
    public void Extract_AppositionNamingAnotherPerson_KeepsTheSpeaker()
    {
        const string text = "Ivo Marin, foreign policy aide to President Vera Holm, said in remarks to state television that “some points are unacceptable.”";
        StatementCandidate c = Run(text).Single();

        Text(text, c.Speaker).Should().Be("Ivo Marin");
        Text(text, c.Span).Should().Be("some points are unacceptable.");
        Text(text, c.Channel).Should().Be("state television");
    }

    [Theory]
    [InlineData("Speaking to CNN on Sunday, the governor said the state was prepared.", "CNN")]
    [InlineData("Talking with the BBC, Vera Holm said the border would stay closed.", "BBC")]
    [InlineData("In an interview with Reuters, Orla Dunn said the border would stay closed.", "Reuters")]
    [InlineData("In an interview with The New York Times, Orla Dunn said the border would stay closed.", "The New York Times")]
    [InlineData("In a television interview on Channel 4 News, Orla Dunn said the border would stay closed.", "Channel 4 News")]
    [InlineData("The talks ended. In a post on X, Orla Dunn wrote that the border would stay closed.", "X")]
    [InlineData("In an interview, Orla Dunn said the border would stay closed.", null)]
    [InlineData("In a letter to voters, Orla Dunn said the border would stay closed.", null)]
    [InlineData("In Oslo on Monday, Orla Dunn said the border would stay closed.", null)]
    [InlineData("Speaking in Oslo, Orla Dunn said the border would stay closed.", null)]
    [InlineData("In response to the Oslo Post, Orla Dunn said the border would stay closed.", null)]
    [InlineData("In a letter to his Senate colleagues released Monday, Orla Dunn said the border would stay closed.", null)]
    [InlineData("In an interview with Fox News’ Sean Hannity on Monday night, Orla Dunn said the border would stay closed.", "Fox News")]
    [InlineData("In an interview with Time magazine, Orla Dunn said the border would stay closed.", "Time")]
    [InlineData("After the vote, speaking to CNN, Orla Dunn said the border would stay closed.", null)]
    public void Extract_PhraseOpeningTheSentence_NamesTheChannel(string text, string? channel)
    {
        StatementCandidate c = Run(text).Single();

        Text(text, c.Channel).Should().Be(channel);
    }

    [Fact]
    public void Extract_GerundAfterQuotation_TakesThePreviousSpeaker()
    {
        const string text = "“This is a serious attempt,” Orla Dunn said, adding that “we do not know the final stance.”";
        List<StatementCandidate> found = Run(text);

        found.Should().HaveCount(2);
        found.Select(c => Text(text, c.Speaker)).Should().AllBe("Orla Dunn");
        found[1].CueLemma.Should().Be("add");
    }

    [Fact]
    public void Extract_ScareQuotesWithoutCue_AreNotStatements()
    {
        const string text = "The so-called “reform package” was debated for hours in the chamber.";
        Run(text).Should().BeEmpty();
    }

    [Fact]
    public void Extract_NoiseInput_DoesNotThrow()
    {
        string[] inputs = ["", "\"", "“", "”", "''", "'", "said", "according to", ", he said.", "“”", "\"\"", "« »", ":", "\n\n\n"];
        foreach (string text in inputs)
        {
            Action act = () => Run(text);
            act.Should().NotThrow();
        }
    }

    [Fact]
    public void Extract_ParagraphsOutsideText_AreClipped()
    {
        const string text = "“Fine,” he said.";
        var output = new List<StatementCandidate>();
        TextSpan[] paragraphs = [new TextSpan(0, 5), new TextSpan(3, 1000), new TextSpan(9000, 3)];

        Action act = () => QuoteExtractor.Extract(text, paragraphs, output);

        act.Should().NotThrow();
        output.Should().NotContain(c => c.Span.End > text.Length || c.Content.End > text.Length);
    }

    internal static List<StatementCandidate> Run(string text)
    {
        var output = new List<StatementCandidate>();
        QuoteExtractor.Extract(text, QuoteExtractor.LineParagraphs(text), output);
        return output;
    }

    internal static string? Text(string text, TextSpan? span) => span is TextSpan s ? text.Substring(s.Start, s.Length) : null;

    private static string Describe(string text, List<StatementCandidate> found) =>
        found.Count == 0 ? "(nothing found)" : string.Join("; ", found.Select(c => $"{c.Kind} [{Text(text, c.Span)}] by [{Text(text, c.Speaker)}]"));
}
