extern alias gen;

using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using gen::ResolutionCorpus.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Tests.Infrastructure;
using Steps = gen::ResolutionCorpus.Generator.ResolutionGenerator.Steps;

namespace ResolutionCorpus.Tests;

/// <summary>Editing one file re-runs only that file's steps; everything else comes from the cache.</summary>
[TestClass]
public sealed class IncrementalTests
{
    private static readonly (string Path, string Yaml)[] s_files =
    [
        ("/corpus/a.yaml", SampleYaml.Minimal("E/RES/2004/33")),
        ("/corpus/b.yaml", SampleYaml.Minimal("E/RES/2004/34")),
        ("/corpus/c.yaml", SampleYaml.Minimal("E/RES/2004/35")),
    ];

    [TestMethod]
    public void Editing_one_file_reruns_only_that_files_steps()
    {
        var texts = s_files.Select(f => new InMemoryAdditionalText(f.Path, f.Yaml)).ToArray();
        CSharpCompilation compilation = Compiler.CreateCompilation();
        GeneratorDriver driver = Compiler.CreateDriver().AddAdditionalTexts([.. texts]).RunGenerators(compilation);

        var edited = new InMemoryAdditionalText("/corpus/b.yaml", s_files[1].Yaml.Replace("remain seized", "stay seized"));
        driver = driver.ReplaceAdditionalText(texts[1], edited).RunGenerators(compilation);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        // Parsing: only b.yaml ran again.
        IncrementalStepRunReason[] parsed = Outputs(result, Steps.Parsed).ToArray();
        Assert.AreEqual(IncrementalStepRunReason.Modified, parsed[1]);
        Assert.IsTrue(parsed[0] is IncrementalStepRunReason.Cached && parsed[2] is IncrementalStepRunReason.Cached, string.Join(", ", parsed));

        // The corpus plan depends only on symbols and class names, which did not change.
        Assert.IsTrue(Outputs(result, Steps.Plan).All(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));

        // Emit inputs: a and c cached, b modified.
        IncrementalStepRunReason[] emit = Outputs(result, Steps.EmitInputs).ToArray();
        Assert.AreEqual(1, emit.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.AreEqual(2, emit.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [TestMethod]
    public void An_edit_that_shifts_lines_in_one_of_many_files_leaves_the_plan_and_every_other_output_cached()
    {
        (string Path, string Yaml)[] many = [.. Enumerable.Range(1, 12).Select(i => ($"/corpus/r{i:D2}.yaml", SampleYaml.Minimal($"E/RES/2004/{i}")))];
        var texts = many.Select(f => new InMemoryAdditionalText(f.Path, f.Yaml)).ToArray();
        CSharpCompilation compilation = Compiler.CreateCompilation();
        GeneratorDriver driver = Compiler.CreateDriver().AddAdditionalTexts([.. texts]).RunGenerators(compilation);

        // Two comment lines at the top move every line of r05.yaml, its symbol's location included.
        var shifted = new InMemoryAdditionalText(many[4].Path, "# reviewed\n# twice\n" + many[4].Yaml);
        driver = driver.ReplaceAdditionalText(texts[4], shifted).RunGenerators(compilation);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        IncrementalStepRunReason[] parsed = Outputs(result, Steps.Parsed).ToArray();
        Assert.AreEqual(IncrementalStepRunReason.Modified, parsed[4]);
        Assert.AreEqual(11, parsed.Count(r => r == IncrementalStepRunReason.Cached), string.Join(", ", parsed));

        // The entries and the plan hold no location: the shifted file's entry is unchanged, and so is the plan.
        Assert.IsTrue(Outputs(result, Steps.Entries).All(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged), string.Join(", ", Outputs(result, Steps.Entries)));
        Assert.IsTrue(Outputs(result, Steps.Plan).All(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged), string.Join(", ", Outputs(result, Steps.Plan)));

        // The checks that need locations ran again, in their own pipeline.
        Assert.AreEqual(1, Outputs(result, Steps.Keys).Count(r => r == IncrementalStepRunReason.Modified));

        // Only the shifted file is emitted again (its model holds its locations); the other eleven come from the cache.
        IncrementalStepRunReason[] emit = Outputs(result, Steps.EmitInputs).ToArray();
        Assert.AreEqual(1, emit.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.AreEqual(11, emit.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [TestMethod]
    public void Running_again_without_changes_caches_every_step()
    {
        var texts = s_files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Yaml)).ToArray();
        CSharpCompilation compilation = Compiler.CreateCompilation();
        GeneratorDriver driver = Compiler.CreateDriver().AddAdditionalTexts([.. texts]).RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.Clone());
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        foreach (string step in new[] { Steps.Parsed, Steps.Resolutions, Steps.Entries, Steps.Plan, Steps.Keys, Steps.CorpusDiagnostics, Steps.EmitInputs })
        {
            Assert.IsTrue(
                Outputs(result, step).All(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged),
                $"step {step} re-ran: {string.Join(", ", Outputs(result, step))}");
        }
    }

    [TestMethod]
    public void The_model_holds_no_compiler_objects()
    {
        var forbidden = new[] { typeof(ISymbol), typeof(SyntaxNode), typeof(Compilation), typeof(Diagnostic), typeof(SemanticModel), typeof(Location) };
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>([typeof(ResolutionModel), typeof(CorpusPlan), typeof(gen::ResolutionCorpus.Generator.Parse.ParseResult)]);
        while (pending.Count > 0)
        {
            Type type = pending.Pop();
            if (!seen.Add(type) || type.IsPrimitive || type == typeof(string))
            {
                continue;
            }

            Assert.IsFalse(forbidden.Any(f => f.IsAssignableFrom(type)), $"{type} is a compiler object");
            foreach (Type argument in type.GetGenericArguments())
            {
                pending.Push(argument);
            }

            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                pending.Push(field.FieldType.IsArray ? field.FieldType.GetElementType()! : field.FieldType);
            }
        }

        Assert.Contains(typeof(gen::ResolutionCorpus.Generator.Diagnose.LocationInfo), seen, "the walk reached the nested model types");
    }

    private static IEnumerable<IncrementalStepRunReason> Outputs(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);
}
