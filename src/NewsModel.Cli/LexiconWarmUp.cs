using System;
using System.Threading.Tasks;
using NewsModel.Extraction;
using NewsModel.Extraction.Actors;
using NewsModel.Extraction.Dates;
using NewsModel.Extraction.Quotes;

namespace NewsModel.Cli;

/// <summary>
/// Loads the lexicons, and the tables built from them, on several cores before the first article needs them:
/// otherwise the first article loads them lazily on one thread while the others wait.
/// </summary>
/// <remarks>
/// <para>
/// The work goes in two rounds of independent pieces, the longest first, so that the cores finish together: the
/// lexicons, then what is built from them (the named entities joined and the actors' word facts, one chain; the lookups
/// that ignore case; the quotations' and the dates' word lists). A short article then loads whatever is left. Every
/// piece goes through the lazy, thread-safe initialisation the parser itself uses, so nothing is built twice and a
/// damaged lexicon fails the run here, as it would at the first article.
/// </para>
/// <para>
/// No collection is forced afterwards. One used to be, to clear the loading's garbage from among the tables before
/// several threads allocate at once; since the CLI runs with concurrent collection that pause (about 13 ms: it
/// compacts the 7 MB of tables) is no longer repaid (measured on 2 cores, PolNeAR train x4, NativeAOT: 2.5% less
/// time without it, and the same peak memory).
/// </para>
/// </remarks>
internal static class LexiconWarmUp
{
    /// <summary>Loads every table with up to <paramref name="threads"/> cores (this thread among them).</summary>
    /// <remarks>Cheap once done: every piece is loaded once per process, and later calls find it there.</remarks>
    public static void Load(int threads)
    {
        ParallelOptions options = new() { MaxDegreeOfParallelism = Math.Max(1, threads) };

        // the lexicons themselves, the largest first
        Parallel.Invoke(
            options,
            static () => _ = Lexicons.Organizations,
            static () => _ = Lexicons.GivenNames,
            static () => _ = Lexicons.Places,
            static () => _ = Lexicons.NonEntityWords,
            static () => _ = Lexicons.People,
            static () =>
            {
                _ = Lexicons.Countries;
                _ = Lexicons.Demonyms;
                _ = Lexicons.CountriesByCode;
            },
            static () => _ = Lexicons.Titles,
            static () =>
            {
                _ = Lexicons.Metonyms;
                _ = Lexicons.TitleModifiers;
                _ = Lexicons.CompanySuffixes;
                _ = Lexicons.OrgKeywords;
                _ = Lexicons.SurnameParticles;
                _ = Lexicons.PersonDescriptions;
                _ = Lexicons.Pronouns;
                _ = Lexicons.Groups;
                _ = Lexicons.SocialPlatforms;
                _ = Lexicons.PlaceAdjectives;
            });

        // what is built from them: the named entities joined, then the actors' word facts (one chain, the longest);
        // beside it the lookups that ignore case (headlines), and the quotations' and the dates' word lists
        Parallel.Invoke(
            options,
            static () =>
            {
                Lexicons.LoadAll();
                ActorRecognizer.LoadTables();
            },
            static () => Lexicons.Places.LoadIgnoreCase(),
            static () => Lexicons.Organizations.LoadIgnoreCase(),
            static () =>
            {
                Lexicons.Countries.LoadIgnoreCase();
                Lexicons.Titles.LoadIgnoreCase();
                Lexicons.NonEntityWords.LoadIgnoreCase();
                Lexicons.OrgKeywords.LoadIgnoreCase();
                Lexicons.PersonDescriptions.LoadIgnoreCase();
            },
            static () =>
            {
                _ = QuoteLexicon.Classify("said");
                _ = DateLexicon.Classify("monday");
            });

        // the rest (the smaller tables of every stage), through a short article
        _ = ArticleParser.Parse("Paris (AP) -- \u201cTalks will go on,\u201d French President Emmanuel Macron told reporters on Monday.");
    }
}
