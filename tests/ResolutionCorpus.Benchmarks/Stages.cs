extern alias gen;

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using YamlDotNet.RepresentationModel;
using GeneratorOptions = gen::ResolutionCorpus.Generator.Emit.GeneratorOptions;
using ParseResult = gen::ResolutionCorpus.Generator.Parse.ParseResult;
using ResolutionEmitter = gen::ResolutionCorpus.Generator.Emit.ResolutionEmitter;
using ResolutionParser = gen::ResolutionCorpus.Generator.Parse.ResolutionParser;

namespace ResolutionCorpus.Benchmarks;

/// <summary>Stopwatch timings of the generator's stages apart, to see where a cold run's time goes.</summary>
internal static class Stages
{
    public static void Run(List<(string Path, string Yaml)> files, int repeat)
    {
        Console.WriteLine($"# {files.Count} files, {files.Sum(f => (long)f.Yaml.Length)} characters of YAML; round 0 is a warm-up");
        CSharpCompilation compilation = Compilations.Empty();
        AdditionalText[] texts = Compilations.Texts(files);
        ParseResult[] parsed = [];
        string[] emitted = [];
        for (int round = 0; round <= repeat; round++)
        {
            s_round = round;
            Time("baseline: YamlDotNet YamlStream.Load", () =>
            {
                foreach (var f in files)
                {
                    new YamlStream().Load(new StringReader(f.Yaml));
                }
            });
            Time("YamlDotNet parser events only", () =>
            {
                foreach (var f in files)
                {
                    var parser = new YamlDotNet.Core.Parser(new StringReader(f.Yaml));
                    while (parser.MoveNext())
                    {
                    }
                }
            });
            Time("YamlTreeReader.Read", () =>
            {
                foreach (var f in files)
                {
                    gen::ResolutionCorpus.Generator.Parse.YamlTreeReader.Read(f.Path, f.Yaml, [], default);
                }
            });
            string[] plain = [.. parsed.SelectMany(p => p.Resolution!.Preamble.Concat(p.Resolution!.Operative)).Select(p => p.Text.Plain)];
            Time("ReferenceExtractor.Find, every paragraph", () =>
            {
                foreach (string text in plain)
                {
                    gen::ResolutionCorpus.Generator.Extract.ReferenceExtractor.Find(text, gen::ResolutionCorpus.UnBody.GeneralAssembly);
                }
            });
            Time("ResolutionParser.Parse: tree, checks, references", () => parsed = [.. files.Select(f => ResolutionParser.Parse(f.Path, f.Yaml))]);
            Time("ResolutionEmitter.Emit", () => emitted = [.. parsed.Select(p => ResolutionEmitter.Emit(p.Resolution!, GeneratorOptions.Default))]);
            Time("compiler: parse the emitted C#", () =>
            {
                foreach (string source in emitted)
                {
                    CSharpSyntaxTree.ParseText(source, Compilations.ParseOptions);
                }
            });
            Time("compiler: parse it, doc comments skipped", () =>
            {
                foreach (string source in emitted)
                {
                    CSharpSyntaxTree.ParseText(source, Compilations.ParseOptions.WithDocumentationMode(DocumentationMode.None));
                }
            });
            Time("generator driver, full pipeline", () => Compilations.Driver().AddAdditionalTexts([.. texts]).RunGenerators(compilation).GetRunResult());
            foreach (bool track in new[] { false, true })
            {
                GeneratorDriver warm = Compilations.Driver(track).AddAdditionalTexts([.. texts]).RunGenerators(compilation);
                AdditionalText edited = new Compilations.Text(texts[files.Count / 2].Path, files[files.Count / 2].Yaml.Replace("Synthetic resolution", "Edited resolution", StringComparison.Ordinal));
                Time(track ? "one file edited, steps tracked" : "one file edited", () => warm.ReplaceAdditionalText(texts[files.Count / 2], edited).RunGenerators(compilation).GetRunResult());
                Time(track ? "one file edited, steps tracked, no result" : "one file edited, no result", () => warm.ReplaceAdditionalText(texts[files.Count / 2], edited).RunGenerators(compilation));
            }

            Console.WriteLine($"{round}\temitted characters of C#\t{emitted.Sum(e => (long)e.Length)}\t0");
        }
    }

    private static int s_round;

    private static void Time(string what, Action action)
    {
        GC.Collect();
        long allocated = GC.GetTotalAllocatedBytes(true);
        var watch = Stopwatch.StartNew();
        action();
        watch.Stop();
        Console.WriteLine(FormattableString.Invariant($"{s_round}\t{what}\t{watch.Elapsed.TotalMilliseconds:F1}\t{GC.GetTotalAllocatedBytes(true) - allocated}"));
    }
}
