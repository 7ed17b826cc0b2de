using System.IO;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using YamlDotNet.RepresentationModel;

namespace ResolutionCorpus.Benchmarks;

/// <summary>
/// The whole generator (parse, check, emit every class and the index) from a cold driver, beside a baseline that
/// only parses the same YAML with YamlDotNet's representation model.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class GeneratorColdBenchmarks
{
    private AdditionalText[] _texts = [];
    private string[] _yaml = [];
    private CSharpCompilation _compilation = null!;

    /// <summary>How many resolutions the corpus has.</summary>
    [Params(10, 100, 1_000, 5_000)]
    public int Resolutions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var files = SyntheticCorpus.Files(Resolutions);
        _texts = Compilations.Texts(files);
        _yaml = [.. files.ConvertAll(f => f.Yaml)];
        _compilation = Compilations.Empty();
    }

    [Benchmark(Baseline = true, Description = "YamlDotNet parse only")]
    public int ParseOnly()
    {
        int nodes = 0;
        foreach (string yaml in _yaml)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            nodes += stream.Documents.Count;
        }

        return nodes;
    }

    [Benchmark(Description = "Generator, full pipeline")]
    public int Generate() =>
        Compilations.Driver().AddAdditionalTexts([.. _texts]).RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;
}
