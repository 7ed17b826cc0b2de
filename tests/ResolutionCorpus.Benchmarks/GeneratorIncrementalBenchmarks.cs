extern alias gen;

using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Steps = gen::ResolutionCorpus.Generator.ResolutionGenerator.Steps;

namespace ResolutionCorpus.Benchmarks;

/// <summary>One file edited in a 1,000-file corpus, as an editor does on a keystroke, against the cold run.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 10)]
public class GeneratorIncrementalBenchmarks
{
    private const int Files = 1_000;
    private AdditionalText[] _texts = [];
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _edited = null!;

    [GlobalSetup]
    public void Setup()
    {
        var files = SyntheticCorpus.Files(Files);
        _texts = Compilations.Texts(files);
        _compilation = Compilations.Empty();
        _edited = new Compilations.Text(files[500].Path, files[500].Yaml.Replace("Synthetic resolution", "Edited resolution", StringComparison.Ordinal));
        _warm = Compilations.Driver(track: true).AddAdditionalTexts([.. _texts]).RunGenerators(_compilation);
        VerifyOnlyTheEditedFileIsRegenerated();
    }

    [Benchmark(Baseline = true, Description = "Cold run, 1,000 files")]
    public int Cold() => Compilations.Driver().AddAdditionalTexts([.. _texts]).RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    [Benchmark(Description = "One file edited")]
    public int OneEdit() => _warm.ReplaceAdditionalText(_texts[500], _edited).RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    /// <summary>The proof beside the time: only the edited file's steps ran; everything else came from the cache.</summary>
    private void VerifyOnlyTheEditedFileIsRegenerated()
    {
        GeneratorRunResult result = _warm.ReplaceAdditionalText(_texts[500], _edited).RunGenerators(_compilation).GetRunResult().Results.Single();
        var emit = result.TrackedSteps[Steps.EmitInputs].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
        int modified = emit.Count(r => r == IncrementalStepRunReason.Modified);
        int cached = emit.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        Console.WriteLine($"// Incremental proof: {modified} emit input modified, {cached} cached or unchanged, of {emit.Length}.");
        if (modified != 1 || cached != Files - 1)
        {
            throw new InvalidOperationException($"expected 1 modified and {Files - 1} cached emit inputs, got {modified} and {cached}");
        }
    }
}
