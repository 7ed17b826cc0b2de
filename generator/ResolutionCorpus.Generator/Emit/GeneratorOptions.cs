using Microsoft.CodeAnalysis.Diagnostics;

namespace ResolutionCorpus.Generator.Emit
{
    /// <summary>Settings read from MSBuild properties (<c>build_property.*</c>).</summary>
    /// <param name="Namespace">The namespace of generated classes (<c>ResolutionCorpusNamespace</c>).</param>
    /// <param name="Visibility">The visibility of generated classes: <c>public</c> or <c>internal</c> (<c>ResolutionCorpusVisibility</c>).</param>
    /// <param name="Part">When this assembly is one part of a larger corpus, which part and whose (<c>ResolutionCorpusPart</c>).</param>
    /// <param name="IsEntry">Whether this assembly's <c>Corpus</c> spans the referenced parts of a split corpus (<c>ResolutionCorpusIsEntry</c>).</param>
    internal sealed record GeneratorOptions(string Namespace, string Visibility, CorpusPart? Part = null, bool IsEntry = false)
    {
        public const string DefaultNamespace = "ResolutionCorpus.Resolutions";

        public static GeneratorOptions Default { get; } = new GeneratorOptions(DefaultNamespace, "public");

        /// <summary>The class, relative to <see cref="Namespace"/>, that indexes this assembly's resolutions.</summary>
        public string IndexClass => Part is null ? "Corpus" : CorpusPart.Namespace + "." + Part.Name;

        public static GeneratorOptions From(AnalyzerConfigOptions options)
        {
            string ns = options.TryGetValue("build_property.ResolutionCorpusNamespace", out string? value) && IsNamespace(value)
                ? value.Trim()
                : DefaultNamespace;
            string visibility = options.TryGetValue("build_property.ResolutionCorpusVisibility", out string? v) && v.Trim() == "internal"
                ? "internal"
                : "public";
            CorpusPart? part = CorpusPart.From(options);
            return new GeneratorOptions(ns, visibility, part, part is null && CorpusPart.IsEntry(options));
        }

        internal static bool IsIdentifier(string part) =>
            Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(part)
            && Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(part) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None;

        private static bool IsNamespace(string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return false;
            }

            foreach (string part in value!.Trim().Split('.'))
            {
                if (!IsIdentifier(part))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
