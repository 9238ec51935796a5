using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NewsModel.Fuzz;

namespace NewsModel.Tests.Reliability;

/// <summary>
/// Replays the fuzz regression corpus, FuzzCorpus/{parse,json}/ (hand-written seeds and every input a fuzzing
/// campaign found to crash or hang; fuzz/README.md), through the harness's own target code: each input gives a
/// result or the documented exception (caught by the target), the result survives a JSON round trip, and the call
/// finishes. A hang is caught by cancelling the wait after a generous bound, not by timing the call.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static readonly TimeSpan s_bound = TimeSpan.FromSeconds(30);

    private static string CorpusFolder(string target) => Path.Combine(AppContext.BaseDirectory, "Reliability", "FuzzCorpus", target);

    private static TheoryData<string> Inputs(string target)
    {
        TheoryData<string> data = [];
        foreach (string file in Directory.EnumerateFiles(CorpusFolder(target)).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }

        return data;
    }

    public static TheoryData<string> ParseInputs() => Inputs("parse");

    public static TheoryData<string> JsonInputs() => Inputs("json");

    private static async Task Replay(string target, string file)
    {
        byte[] input = await File.ReadAllBytesAsync(Path.Combine(CorpusFolder(target), file));
        using CancellationTokenSource bound = new(s_bound);
        Task run = Task.Run(() => FuzzTargets.Run(target, input), CancellationToken.None);
        try
        {
            await run.WaitAsync(bound.Token);
        }
        catch (OperationCanceledException) when (bound.IsCancellationRequested)
        {
            Assert.Fail($"{target}/{file} did not finish within {s_bound.TotalSeconds} s: a hang.");
        }
    }

    [Theory]
    [MemberData(nameof(ParseInputs))]
    public Task Parse_FuzzCorpusInput_ReturnsArticleOrThrowsNewsParseException(string file) => Replay("parse", file);

    [Theory]
    [MemberData(nameof(JsonInputs))]
    public Task Deserialize_FuzzCorpusInput_ReturnsArticleOrThrowsNewsJsonException(string file) => Replay("json", file);

    [Theory]
    [InlineData("parse")]
    [InlineData("json")]
    public void FuzzCorpus_EachTarget_HasSeeds(string target)
    {
        Directory.EnumerateFiles(CorpusFolder(target), "seed-*").Should().NotBeEmpty("the corpus is copied to the test output");
    }

    [Fact]
    public void DecodeText_Wtf8_KeepsLoneSurrogatesAndReplacesInvalidBytes()
    {
        byte[] input = [(byte)'a', 0xED, 0xA0, 0x80, 0xFF, 0xE2, 0x80, 0x9C, 0xED, 0xBF];
        FuzzTargets.DecodeText(input).Should().Be("a\uD800\uFFFD\u201C\uFFFD\uFFFD");
    }
}
