using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using ResolutionCorpus.Generator.Model;

namespace ResolutionCorpus.Generator.Analyze;

/// <summary>
/// The parts of a split corpus that a compilation references: assemblies marked <c>[assembly: CorpusPart(typeof(…))]</c>,
/// whose index classes the compilation's <c>Corpus</c> spans.
/// </summary>
internal static class CorpusParts
{
    private const string AttributeName = "ResolutionCorpus.Data.CorpusPartAttribute";

    /// <summary>The fully qualified names of the referenced parts' index classes, in ordinal order.</summary>
    public static EquatableArray<string> Read(Compilation compilation)
    {
        var parts = new List<string>();
        foreach (IAssemblySymbol assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (!CorpusView.BuiltAgainstRuntime(assembly))
            {
                continue;
            }

            foreach (AttributeData attribute in assembly.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() == AttributeName
                    && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is INamedTypeSymbol index
                    && index.DeclaredAccessibility == Accessibility.Public)
                {
                    parts.Add(index.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
                }
            }
        }

        parts.Sort(System.StringComparer.Ordinal);
        return new EquatableArray<string>(parts.ToArray());
    }
}
