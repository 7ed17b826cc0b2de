using Microsoft.CodeAnalysis.Diagnostics;

namespace ResolutionCorpus.Generator.Emit
{
    /// <summary>Settings read from MSBuild properties (<c>build_property.*</c>).</summary>
    /// <param name="Namespace">The namespace of generated classes (<c>ResolutionCorpusNamespace</c>).</param>
    /// <param name="Visibility">The visibility of generated classes: <c>public</c> or <c>internal</c> (<c>ResolutionCorpusVisibility</c>).</param>
    internal sealed record GeneratorOptions(string Namespace, string Visibility)
    {
        public const string DefaultNamespace = "ResolutionCorpus.Resolutions";

        public static GeneratorOptions Default { get; } = new GeneratorOptions(DefaultNamespace, "public");

        public static GeneratorOptions From(AnalyzerConfigOptions options)
        {
            string ns = options.TryGetValue("build_property.ResolutionCorpusNamespace", out string? value) && IsNamespace(value)
                ? value.Trim()
                : DefaultNamespace;
            string visibility = options.TryGetValue("build_property.ResolutionCorpusVisibility", out string? v) && v.Trim() == "internal"
                ? "internal"
                : "public";
            return new GeneratorOptions(ns, visibility);
        }

        private static bool IsNamespace(string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return false;
            }

            foreach (string part in value!.Trim().Split('.'))
            {
                if (!Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(part)
                    || Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(part) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
