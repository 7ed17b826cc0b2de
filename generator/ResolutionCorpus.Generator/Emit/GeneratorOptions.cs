using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics;
using ResolutionCorpus.Generator.Diagnose;
using ResolutionCorpus.Generator.Model;

namespace ResolutionCorpus.Generator.Emit;

/// <summary>Settings read from MSBuild properties (<c>build_property.*</c>).</summary>
/// <param name="Namespace">The namespace of generated classes (<c>ResolutionCorpusNamespace</c>).</param>
/// <param name="Visibility">The visibility of generated classes: <c>public</c> or <c>internal</c> (<c>ResolutionCorpusVisibility</c>).</param>
/// <param name="Part">When this assembly is one part of a larger corpus, which part and whose (<c>ResolutionCorpusPart</c>).</param>
/// <param name="IsEntry">Whether this assembly's <c>Corpus</c> spans the referenced parts of a split corpus (<c>ResolutionCorpusIsEntry</c>).</param>
/// <param name="Problems">The properties set to values the generator cannot use (it uses their defaults instead).</param>
internal sealed record GeneratorOptions(string Namespace, string Visibility, CorpusPart? Part = null, bool IsEntry = false, EquatableArray<DiagnosticInfo> Problems = default)
{
    public const string DefaultNamespace = "ResolutionCorpus.Resolutions";

    public static GeneratorOptions Default { get; } = new GeneratorOptions(DefaultNamespace, "public");

    /// <summary>The class, relative to <see cref="Namespace"/>, that indexes this assembly's resolutions.</summary>
    public string IndexClass => Part is null ? "Corpus" : CorpusPart.Namespace + "." + Part.Name;

    public static GeneratorOptions From(AnalyzerConfigOptions options)
    {
        var problems = new List<DiagnosticInfo>();
        string? Read(string property, System.Func<string, bool> valid, string expected, string fallback)
        {
            if (!options.TryGetValue("build_property." + property, out string? value) || value.Trim().Length == 0)
            {
                return null;
            }

            if (valid(value.Trim()))
            {
                return value.Trim();
            }

            problems.Add(DiagnosticInfo.Create(Diagnostics.InvalidProperty, LocationInfo.None, property, value, expected, fallback));
            return null;
        }

        string ns = Read("ResolutionCorpusNamespace", IsNamespace, "a namespace (identifiers joined by dots)", $"{DefaultNamespace} is used instead") ?? DefaultNamespace;
        string visibility = Read("ResolutionCorpusVisibility", v => v is "public" or "internal", "public or internal", "public is used instead") ?? "public";
        string? partName = Read("ResolutionCorpusPart", IsIdentifier, "a C# identifier", "the project is compiled as a corpus of its own, not as a part");
        CorpusPart? part = partName is null ? null : CorpusPart.Of(partName, options);
        return new GeneratorOptions(ns, visibility, part, part is null && CorpusPart.IsEntry(options), new EquatableArray<DiagnosticInfo>(problems));
    }

    internal static bool IsIdentifier(string part) =>
        Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(part)
        && Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(part) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None;

    private static bool IsNamespace(string value)
    {
        foreach (string part in value.Split('.'))
        {
            if (!IsIdentifier(part))
            {
                return false;
            }
        }

        return true;
    }
}
