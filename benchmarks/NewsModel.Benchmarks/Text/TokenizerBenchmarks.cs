using System.IO;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using NewsModel.Text;

namespace NewsModel.Benchmarks.Text;

/// <summary>
/// <see cref="NewsTokenizer"/> (the baseline) against Lucene.Net's <c>StandardTokenizer</c> (UAX #29 word breaks,
/// one instance reused) and a source-generated regular expression, on the whole corpus and on one ~5,000-character
/// article. Ratio = mean time / NewsTokenizer's mean time: above 1 means slower than NewsTokenizer.
/// </summary>
[Config(typeof(TextBenchmarkConfig))]
public partial class TokenizerBenchmarks
{
    private string _text = "";
    private StandardTokenizer _lucene = null!;
    private ReusableStringReader _reader = null!;
    private IOffsetAttribute _offsets = null!;

    [Params("Corpus", "Article")]
    public string Input { get; set; } = "Corpus";

    [GlobalSetup]
    public void Setup()
    {
        _text = NewsCorpus.Get(Input);
        _reader = new ReusableStringReader();
        _reader.SetText(_text);
        _lucene = new StandardTokenizer(LuceneVersion.LUCENE_48, _reader);
        _offsets = _lucene.GetAttribute<IOffsetAttribute>();
        _lucene.Reset();
        _lucene.End();
        _lucene.Dispose();
    }

    [GlobalCleanup]
    public void Cleanup() => _lucene.Dispose();

    [Benchmark(Baseline = true, Description = "NewsTokenizer")]
    public int NewsTokenizerTokens()
    {
        int sum = 0;
        foreach (Token token in NewsTokenizer.Tokenize(_text))
        {
            sum += token.Length;
        }

        return sum;
    }

    [Benchmark(Description = "Lucene StandardTokenizer")]
    public int LuceneTokens()
    {
        _reader.SetText(_text);
        _lucene.SetReader(_reader);
        _lucene.Reset();
        int sum = 0;
        while (_lucene.IncrementToken())
        {
            sum += _offsets.EndOffset - _offsets.StartOffset;
        }

        _lucene.End();
        _lucene.Dispose();
        return sum;
    }

    [Benchmark(Description = "GeneratedRegex")]
    public int RegexTokens()
    {
        int sum = 0;
        foreach (ValueMatch match in TokenRegex().EnumerateMatches(_text))
        {
            sum += match.Length;
        }

        return sum;
    }

    /// <summary>A typical regex tokenizer: words with inner hyphens/apostrophes, numbers with separators, else one non-space character.</summary>
    [GeneratedRegex(@"\w+(?:[-'’]\w+)*|\d+(?:[.,]\d+)*|\S", RegexOptions.CultureInvariant)]
    private static partial Regex TokenRegex();

    /// <summary>A <see cref="TextReader"/> over a string that can be pointed at new text without allocating a reader.</summary>
    private sealed class ReusableStringReader : TextReader
    {
        private string _s = "";
        private int _pos;

        public void SetText(string s)
        {
            _s = s;
            _pos = 0;
        }

        public override int Read(char[] buffer, int index, int count)
        {
            int n = System.Math.Min(count, _s.Length - _pos);
            if (n <= 0)
            {
                return 0;
            }

            _s.CopyTo(_pos, buffer, index, n);
            _pos += n;
            return n;
        }

        public override int Read() => _pos < _s.Length ? _s[_pos++] : -1;

        public override int Peek() => _pos < _s.Length ? _s[_pos] : -1;

        protected override void Dispose(bool disposing)
        {
            // Keep the text: the tokenizer disposes its reader after each run, and the next run sets new text.
            base.Dispose(disposing);
        }
    }
}
