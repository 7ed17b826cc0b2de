using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;
using ResolutionCorpus.Citations;
using YamlDotNet.RepresentationModel;

namespace ResolutionCorpus.Benchmarks;

/// <summary>
/// In one process: reading one paragraph from a corpus assembly (1,000 synthetic resolutions) loaded from its file
/// into a fresh load context, beside parsing the same YAML as an app that embeds it would at start-up; and lookups
/// in a loaded corpus. The fresh-process measure of the same is <see cref="StartupApps"/>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(FifteenIterations))]
public class RunTimeBenchmarks
{
    public const int Resolutions = StartupApps.Resolutions;
    private string _assembly = string.Empty;
    private string[] _yaml = [];
    private MethodInfo _find = null!;
    private MethodInfo _resolve = null!;

    [GlobalSetup]
    public void Setup()
    {
        var files = SyntheticCorpus.Files(Resolutions);
        _yaml = [.. files.ConvertAll(f => f.Yaml)];
        _assembly = Path.Combine(Path.GetTempPath(), $"ResolutionCorpus.Benchmarks.{Environment.ProcessId}.Corpus.dll");
        File.WriteAllBytes(_assembly, Compilations.CompileCorpus(files));
        Assembly loaded = new AssemblyLoadContext("warm").LoadFromAssemblyPath(_assembly);
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

    [Benchmark(Description = "Typed corpus: load the assembly from its file, read the first paragraph")]
    public string FirstParagraphRead()
    {
        var context = new AssemblyLoadContext("cold", isCollectible: true);
        Assembly assembly = context.LoadFromAssemblyPath(_assembly);
        string text = (string)assembly.GetType("ResolutionCorpus.Resolutions.A_RES_70_250+Operative+P3")!.GetProperty("Text")!.GetValue(null)!;
        context.Unload();
        return text;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        try
        {
            File.Delete(_assembly);
        }
        catch (IOException)
        {
            // Still mapped by a load context that has not been collected yet; the temporary folder keeps it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    [Benchmark(Description = "Corpus.Find in a loaded corpus")]
    public object? Find() => _find.Invoke(null, ["A/RES/70/250"]);

    [Benchmark(Description = "Corpus.Resolve in a loaded corpus")]
    public object? Resolve() => ((CitationResult)_resolve.Invoke(null, ["resolution 70/250, paragraph 3"])!).Paragraph;
}
