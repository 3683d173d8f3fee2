using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SqlConn.Benchmarks;

/// <summary>Characters of input per second of the mean, in MB/s (10^6 characters).</summary>
public sealed class ThroughputColumn : IColumn
{
    /// <summary>The size of the benchmark script (the column is computed in BenchmarkDotNet's host process, not where the benchmark ran).</summary>
    private static readonly long Bytes = Workloads.BenchmarkScript.Materialize().Length;

    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Megabytes (10^6 characters) of script parsed per second";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        summary[benchmarkCase]?.ResultStatistics?.Mean is { } nanoseconds
            ? (Bytes / (nanoseconds / 1e9) / 1e6).ToString("F1", System.Globalization.CultureInfo.InvariantCulture)
            : "?";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

/// <summary>
/// The MB/s column, and the runtime settings of the sqlconn process (SqlConn.Cli.csproj: no tiered
/// PGO, no concurrent GC), so that the figures are those of the shipped host.
/// </summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(new ThroughputColumn());
        AddJob(Job.Default.WithGcConcurrent(false).WithEnvironmentVariable("DOTNET_TieredPGO", "0"));
    }
}
