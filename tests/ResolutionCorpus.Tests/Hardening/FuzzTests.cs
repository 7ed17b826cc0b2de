extern alias gen;

using System;
using System.Globalization;
using System.IO;
using System.Linq;
using gen::ResolutionCorpus.Generator.Diagnose;
using gen::ResolutionCorpus.Generator.Parse;
using Microsoft.CodeAnalysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Tests.Infrastructure;

namespace ResolutionCorpus.Tests.Hardening;

/// <summary>
/// Mutated resolution files never make the generator throw, and every rejected one has a diagnostic inside
/// the file. Seeded and bounded; set <c>RESOLUTIONCORPUS_FUZZ_ITERATIONS</c> for a longer run. An input
/// that ever fails belongs in <c>Hardening/FuzzRegressions/</c>.
/// </summary>
[TestClass]
public sealed class FuzzTests
{
    private const string Path = "/corpus/fuzzed.yaml";

    public TestContext TestContext { get; set; } = null!;

    private static int Iterations =>
        int.TryParse(Environment.GetEnvironmentVariable("RESOLUTIONCORPUS_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 4_000;

    [TestMethod]
    [TestCategory("Long")]
    [Timeout(600_000, CooperativeCancellation = true)]
    public void Mutated_files_are_parsed_or_rejected_with_a_located_diagnostic()
    {
        string[] seeds = [SampleYaml.Full, .. RepositoryFiles.CorpusResolutions().Select(File.ReadAllText)];
        var mutator = new Mutator(seed: 20261123);
        int rejected = 0;
        for (int i = 0; i < Iterations; i++)
        {
            string yaml = mutator.Mutate(seeds[i % seeds.Length]);
            rejected += CheckParse(yaml) ? 0 : 1;

            // The whole generator and the compiler, on a sample of inputs: no exception, and accepted input compiles.
            if (i % 40 == 0)
            {
                CheckGenerator(yaml);
            }
        }

        TestContext.WriteLine($"{Iterations} mutants, {rejected} rejected with located diagnostics.");
        Assert.IsGreaterThan(Iterations / 10, rejected, "the mutations hardly ever broke a file: the fuzzer is not exercising the parser");
    }

    [TestMethod]
    public void Inputs_that_once_failed_still_pass()
    {
        string[] files = Directory.GetFiles(System.IO.Path.Combine(Snapshot.TestFolder, "Hardening", "FuzzRegressions"), "*.yaml");
        Assert.IsNotEmpty(files);
        foreach (string file in files)
        {
            string yaml = File.ReadAllText(file);
            CheckParse(yaml);
            CheckGenerator(yaml);
        }
    }

    /// <returns>Whether the file was accepted.</returns>
    private static bool CheckParse(string yaml)
    {
        ParseResult result;
        try
        {
            result = ResolutionParser.Parse(Path, yaml);
        }
        catch (Exception exception)
        {
            throw new AssertFailedException($"The parser threw on this input:\n{yaml}", exception);
        }

        Assert.IsFalse(result.Diagnostics.Any(d => d.Descriptor.Id == "RC1099"), $"internal error on:\n{yaml}\n{string.Join("\n", result.Diagnostics)}");
        if (result.Resolution is not null)
        {
            return true;
        }

        DiagnosticInfo? error = result.Diagnostics.FirstOrDefault(d => d.IsError);
        Assert.IsNotNull(error, $"rejected without an error:\n{yaml}");
        Assert.AreEqual(Path, error.Location.FilePath);
        Assert.IsLessThanOrEqualTo(yaml.Length, error.Location.Span.End, $"{error} points past the end of:\n{yaml}");
        Assert.IsLessThanOrEqualTo(yaml.Count(c => c == '\n') + 1, error.Location.LineSpan.Start.Line + 1, $"{error} points past the last line");
        return false;
    }

    private static void CheckGenerator(string yaml)
    {
        var (run, output) = Compiler.Run((Path, yaml));
        Assert.IsNull(run.Results[0].Exception, $"the generator threw on:\n{yaml}");
        Assert.IsFalse(run.Diagnostics.Any(d => d.Id is "CS8785" or "AD0001"), string.Join("\n", run.Diagnostics));
        if (run.Results[0].GeneratedSources.Length > 0)
        {
            var errors = Compiler.EmitErrors(output);
            Assert.IsEmpty(errors, $"generated code does not compile for:\n{yaml}\n{string.Join("\n", errors.Take(3))}");
        }
    }
}
