using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ResolutionCorpus.Citations;

namespace ResolutionCorpus.Generator.Analyze;

/// <summary>
/// The resolutions a compilation can see: its own generated classes and those of referenced assemblies,
/// read from the <c>ResolutionShape</c> attribute the generator puts on each resolution class.
/// </summary>
internal sealed class CorpusView
{
    public const string ShapeAttributeName = "ResolutionCorpus.Data.ResolutionShapeAttribute";
    private const string RuntimeAssemblyName = "ResolutionCorpus.Runtime";

    private readonly Dictionary<string, ResolutionShape> _resolutions = new Dictionary<string, ResolutionShape>(StringComparer.Ordinal);

    private CorpusView()
    {
    }

    public int Count => _resolutions.Count;

    public bool TryGet(string symbol, out ResolutionShape shape) => _resolutions.TryGetValue(symbol, out shape!);

    /// <summary>The symbol closest to <paramref name="symbol"/> within a few edits, for "did you mean".</summary>
    public string? Closest(string symbol) => NearestName.Closest(symbol, _resolutions.Keys.OrderBy(k => k, StringComparer.Ordinal), maxEdits: 3);

    public static CorpusView Read(Compilation compilation, INamedTypeSymbol shapeAttribute)
    {
        var view = new CorpusView();
        view.ReadAssembly(compilation.Assembly, shapeAttribute);
        foreach (IAssemblySymbol assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (BuiltAgainstRuntime(assembly))
            {
                view.ReadAssembly(assembly, shapeAttribute);
            }
        }

        return view;
    }

    /// <summary>
    /// Whether an assembly references the runtime: only such an assembly can hold generated resolutions, so the
    /// framework's two hundred assemblies are skipped without reading their attributes.
    /// </summary>
    public static bool BuiltAgainstRuntime(IAssemblySymbol assembly)
    {
        foreach (IModuleSymbol module in assembly.Modules)
        {
            foreach (AssemblyIdentity identity in module.ReferencedAssemblies)
            {
                if (identity.Name == RuntimeAssemblyName)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void ReadAssembly(IAssemblySymbol assembly, INamedTypeSymbol shapeAttribute)
    {
        var namespaces = new Stack<INamespaceSymbol>();
        namespaces.Push(assembly.GlobalNamespace);
        while (namespaces.Count > 0)
        {
            INamespaceSymbol current = namespaces.Pop();
            foreach (INamespaceSymbol child in current.GetNamespaceMembers())
            {
                namespaces.Push(child);
            }

            foreach (INamedTypeSymbol type in current.GetTypeMembers())
            {
                if (type.IsStatic && ReadShape(type, shapeAttribute) is ResolutionShape shape && !_resolutions.ContainsKey(shape.Symbol))
                {
                    _resolutions.Add(shape.Symbol, shape);
                }
            }
        }
    }

    private static ResolutionShape? ReadShape(INamedTypeSymbol type, INamedTypeSymbol shapeAttribute)
    {
        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, shapeAttribute)
                && attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[0].Value is string symbol
                && attribute.ConstructorArguments[1].Value is string outline)
            {
                return new ResolutionShape(symbol, type, outline);
            }
        }

        return null;
    }
}
