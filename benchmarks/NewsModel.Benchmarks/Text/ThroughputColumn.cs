using System;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsModel.Benchmarks.Text;

/// <summary>Throughput in MB/s of UTF-16 text (2 bytes per char, 1 MB = 10^6 bytes), from the mean time per operation.</summary>
/// <param name="charsOf">How many UTF-16 characters one operation of a benchmark case reads.</param>
internal sealed class Utf16ThroughputColumn(Func<BenchmarkCase, long> charsOf) : IColumn
{
    public string Id => nameof(Utf16ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "UTF-16 megabytes (10^6 bytes, 2 per char) of input processed per second, from the mean";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        BenchmarkReport? report = summary[benchmarkCase];
        if (report?.ResultStatistics is null)
        {
            return "-";
        }

        double bytes = charsOf(benchmarkCase) * 2.0;
        double seconds = report.ResultStatistics.Mean / 1e9;
        return (bytes / seconds / 1e6).ToString("N0", CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

/// <summary>A short job (the machine is shared), memory diagnoser, MB/s column, GitHub markdown.</summary>
internal sealed class TextBenchmarkConfig : ManualConfig
{
    public TextBenchmarkConfig()
    {
        AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithLaunchCount(1));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new Utf16ThroughputColumn(static c => NewsCorpus.Get((string)c.Parameters["Input"]).Length));
        AddExporter(MarkdownExporter.GitHub);
        HideColumns(Column.Error, Column.StdDev, Column.RatioSD, Column.Gen0, Column.Gen1, Column.Gen2);
    }
}
