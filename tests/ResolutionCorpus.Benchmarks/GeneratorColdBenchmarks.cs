using System.IO;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using YamlDotNet.RepresentationModel;

namespace ResolutionCorpus.Benchmarks;

/// <summary>
/// The whole generator (parse, check, emit every class and the index) from a cold driver, beside a baseline that
/// only parses the same YAML with YamlDotNet's representation model.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(FiveIterations))]
public class GeneratorColdBenchmarks
{
    private AdditionalText[] _texts = [];
    private string[] _yaml = [];
    private CSharpCompilation _compilation = null!;

    /// <summary>How many synthetic resolutions the corpus has, or "real" for the real resolutions' files.</summary>
    [ParamsSource(nameof(CorpusNames))]
    public string Corpus { get; set; } = "10";

    /// <summary>The corpora: synthetic ones of 10 to 5,000 resolutions, and the real ones when their folder is set.</summary>
    public static System.Collections.Generic.IEnumerable<string> CorpusNames => Corpora.Names(10, 100, 1_000, 5_000);

    [GlobalSetup]
    public void Setup()
    {
        var files = Corpora.Files(Corpus);
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
