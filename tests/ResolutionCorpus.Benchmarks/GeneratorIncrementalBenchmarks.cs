extern alias gen;

using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Steps = gen::ResolutionCorpus.Generator.ResolutionGenerator.Steps;

namespace ResolutionCorpus.Benchmarks;

/// <summary>One file edited in a 1,000-file corpus, as an editor does on a keystroke, against the cold run.</summary>
[MemoryDiagnoser]
[Config(typeof(TenIterations))]
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
        // Timed without step tracking, as in a build or an editor: tracking records every step's inputs and outputs
        // for every file and costs far more than the edit itself. The proof runs on a tracked driver of its own.
        _warm = Compilations.Driver().AddAdditionalTexts([.. _texts]).RunGenerators(_compilation);
        VerifyOnlyTheEditedFileIsRegenerated();
    }

    [Benchmark(Baseline = true, Description = "Cold run, 1,000 files")]
    public int Cold() => Compilations.Driver().AddAdditionalTexts([.. _texts]).RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    [Benchmark(Description = "One file edited")]
    public int OneEdit() => _warm.ReplaceAdditionalText(_texts[500], _edited).RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    /// <summary>The proof beside the time: only the edited file's steps ran; everything else came from the cache.</summary>
    private void VerifyOnlyTheEditedFileIsRegenerated()
    {
        GeneratorDriver tracked = Compilations.Driver(track: true).AddAdditionalTexts([.. _texts]).RunGenerators(_compilation);
        GeneratorRunResult result = tracked.ReplaceAdditionalText(_texts[500], _edited).RunGenerators(_compilation).GetRunResult().Results.Single();
        var parsed = result.TrackedSteps[Steps.Parsed].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
        var emit = result.TrackedSteps[Steps.EmitInputs].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
        int parsedAgain = parsed.Count(r => r is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);
        int modified = emit.Count(r => r is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);
        int cached = emit.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        var plan = result.TrackedSteps[Steps.Plan].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
        Console.WriteLine($"// Incremental proof: {parsedAgain} file parsed again, {modified} emit input modified, {cached} cached or unchanged, of {emit.Length}; corpus plan {string.Join(",", plan)}.");
        if (parsedAgain != 1 || modified != 1 || cached != Files - 1 || plan.Any(r => r is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New))
        {
            throw new InvalidOperationException($"expected 1 file parsed again, 1 modified and {Files - 1} cached emit inputs and an unchanged plan, got {parsedAgain}, {modified}, {cached} and {string.Join(",", plan)}");
        }
    }
}
