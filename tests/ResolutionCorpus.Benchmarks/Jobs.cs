using System;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace ResolutionCorpus.Benchmarks;

/// <summary>
/// BenchmarkDotNet's <c>Monitoring</c> strategy (each operation is long, so no pilot and no unrolling): one process,
/// one warm-up, then the measured iterations. With <c>RESOLUTIONCORPUS_BENCHMARK_QUICK=1</c> one iteration and no
/// warm-up, to check the benchmarks run without waiting for numbers worth keeping.
/// </summary>
public abstract class MonitoringJobs : ManualConfig
{
    protected MonitoringJobs(int iterations)
    {
        bool quick = Environment.GetEnvironmentVariable("RESOLUTIONCORPUS_BENCHMARK_QUICK") == "1";
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(quick ? 0 : 1)
            .WithIterationCount(quick ? 1 : iterations)
            .WithId(quick ? "Quick" : "Monitoring"));
    }
}

/// <summary>Five measured iterations.</summary>
public sealed class FiveIterations() : MonitoringJobs(5);

/// <summary>Ten measured iterations.</summary>
public sealed class TenIterations() : MonitoringJobs(10);

/// <summary>Fifteen measured iterations.</summary>
public sealed class FifteenIterations() : MonitoringJobs(15);
