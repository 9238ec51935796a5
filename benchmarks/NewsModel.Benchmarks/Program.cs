using BenchmarkDotNet.Running;

namespace NewsModel.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line (BenchmarkSwitcher), e.g. <c>--filter *Tokenizer*</c>.</summary>
internal static class Program
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
