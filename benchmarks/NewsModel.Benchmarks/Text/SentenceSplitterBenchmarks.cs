using BenchmarkDotNet.Attributes;
using NewsModel.Text;

namespace NewsModel.Benchmarks.Text;

/// <summary><see cref="SentenceSplitter"/> on the whole corpus and on one ~5,000-character article.</summary>
[Config(typeof(TextBenchmarkConfig))]
public class SentenceSplitterBenchmarks
{
    private string _text = "";

    [Params("Corpus", "Article")]
    public string Input { get; set; } = "Corpus";

    [GlobalSetup]
    public void Setup() => _text = NewsCorpus.Get(Input);

    [Benchmark(Baseline = true, Description = "SentenceSplitter")]
    public int Sentences()
    {
        int sum = 0;
        foreach (TextSpan sentence in SentenceSplitter.Split(_text))
        {
            sum += sentence.Length;
        }

        return sum;
    }
}
