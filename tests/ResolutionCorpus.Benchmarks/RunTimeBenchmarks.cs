using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ResolutionCorpus.Citations;
using YamlDotNet.RepresentationModel;

namespace ResolutionCorpus.Benchmarks;

/// <summary>
/// Reading one paragraph from a freshly loaded corpus assembly (500 resolutions), beside an app that embeds the
/// same YAML and parses it when it starts; and lookups in a loaded corpus.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 15)]
public class RunTimeBenchmarks
{
    private const int Resolutions = 500;
    private byte[] _assembly = [];
    private string[] _yaml = [];
    private MethodInfo _find = null!;
    private MethodInfo _resolve = null!;

    [GlobalSetup]
    public void Setup()
    {
        var files = SyntheticCorpus.Files(Resolutions);
        _yaml = [.. files.ConvertAll(f => f.Yaml)];
        _assembly = Compilations.CompileCorpus(files);
        Assembly loaded = new AssemblyLoadContext("warm").LoadFromStream(new MemoryStream(_assembly));
        System.Type corpus = loaded.GetType("ResolutionCorpus.Resolutions.Corpus")!;
        _find = corpus.GetMethod("Find")!;
        _resolve = corpus.GetMethod("Resolve")!;
    }

    [Benchmark(Baseline = true, Description = "Baseline: parse embedded YAML at start-up, read a paragraph")]
    public string ParseAtStartUp()
    {
        var texts = new Dictionary<string, string>();
        foreach (string yaml in _yaml)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            string symbol = ((YamlScalarNode)root.Children[new YamlScalarNode("symbol")]).Value!;
            foreach (YamlMappingNode paragraph in (YamlSequenceNode)root.Children[new YamlScalarNode("operative")])
            {
                texts[symbol + "#" + ((YamlScalarNode)paragraph.Children[new YamlScalarNode("number")]).Value] =
                    ((YamlScalarNode)paragraph.Children[new YamlScalarNode("text")]).Value!;
            }
        }

        return texts["A/RES/70/250#3"];
    }

    [Benchmark(Description = "Typed corpus: load the assembly, read the first paragraph")]
    public string FirstParagraphRead()
    {
        var context = new AssemblyLoadContext("cold", isCollectible: true);
        Assembly assembly = context.LoadFromStream(new MemoryStream(_assembly));
        string text = (string)assembly.GetType("ResolutionCorpus.Resolutions.A_RES_70_250+Operative+P3")!.GetProperty("Text")!.GetValue(null)!;
        context.Unload();
        return text;
    }

    [Benchmark(Description = "Corpus.Find in a loaded corpus")]
    public object? Find() => _find.Invoke(null, ["A/RES/70/250"]);

    [Benchmark(Description = "Corpus.Resolve in a loaded corpus")]
    public object? Resolve() => ((CitationResult)_resolve.Invoke(null, ["resolution 70/250, paragraph 3"])!).Paragraph;
}
