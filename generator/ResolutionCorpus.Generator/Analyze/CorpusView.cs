using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ResolutionCorpus.Citations;

namespace ResolutionCorpus.Generator.Analyze;

/// <summary>
/// The resolutions a compilation can see: its own generated classes and those of referenced assemblies,
/// read from the <c>ResolutionShape</c> attribute the generator puts on each resolution class.
/// </summary>
/// <remarks>
/// A citation names its resolution, and the symbol names its class (<c>A/RES/79/284</c> is <c>A_RES_79_284</c>), so a
/// resolution is looked up by that name in the namespaces that hold corpus classes: a build that cites a few
/// resolutions reads a few attributes, not those of the whole record. Every resolution is read only to say what a
/// citation of an unknown one may have meant.
/// </remarks>
internal sealed class CorpusView
{
    public const string ShapeAttributeName = "ResolutionCorpus.Data.ResolutionShapeAttribute";
    private const string RuntimeAssemblyName = "ResolutionCorpus.Runtime";

    private readonly INamedTypeSymbol _shapeAttribute;
    private readonly List<INamespaceSymbol> _namespaces;
    private readonly ConcurrentDictionary<string, ResolutionShape?> _found = new ConcurrentDictionary<string, ResolutionShape?>(StringComparer.Ordinal);
    private readonly Lazy<Dictionary<string, ResolutionShape>> _all;
    private readonly Func<string, ResolutionShape?> _find;

    private CorpusView(INamedTypeSymbol shapeAttribute, List<INamespaceSymbol> namespaces)
    {
        _shapeAttribute = shapeAttribute;
        _namespaces = namespaces;
        _all = new Lazy<Dictionary<string, ResolutionShape>>(ReadAll);
        _find = Find; // one delegate for every lookup
    }

    /// <summary>How many resolutions it sees (reads every one).</summary>
    public int Count => _all.Value.Count;

    public bool TryGet(string symbol, out ResolutionShape shape)
    {
        shape = _found.GetOrAdd(symbol, _find)!;
        return shape is not null;
    }

    /// <summary>The symbol closest to <paramref name="symbol"/> within a few edits, for "did you mean" (reads every resolution).</summary>
    public string? Closest(string symbol) => NearestName.Closest(symbol, _all.Value.Keys.OrderBy(k => k, StringComparer.Ordinal), maxEdits: 3);

    public static CorpusView Read(Compilation compilation, INamedTypeSymbol shapeAttribute)
    {
        var namespaces = new List<INamespaceSymbol>();
        AddNamespaces(compilation.Assembly.GlobalNamespace, namespaces);
        foreach (IAssemblySymbol assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (BuiltAgainstRuntime(assembly))
            {
                AddNamespaces(assembly.GlobalNamespace, namespaces);
            }
        }

        return new CorpusView(shapeAttribute, namespaces);
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

    private static void AddNamespaces(INamespaceSymbol root, List<INamespaceSymbol> namespaces)
    {
        var pending = new Stack<INamespaceSymbol>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            INamespaceSymbol current = pending.Pop();
            namespaces.Add(current);
            foreach (INamespaceSymbol child in current.GetNamespaceMembers())
            {
                pending.Push(child);
            }
        }
    }

    /// <summary>The resolution of <paramref name="symbol"/>: its class, by name, in the first namespace that has it.</summary>
    private ResolutionShape? Find(string symbol)
    {
        if (!DocumentSymbol.TryParse(symbol, out DocumentSymbol parsed))
        {
            return null;
        }

        foreach (INamespaceSymbol space in _namespaces)
        {
            foreach (INamedTypeSymbol type in space.GetTypeMembers(parsed.ClassName))
            {
                if (type.IsStatic && ReadShape(type, _shapeAttribute) is ResolutionShape shape && shape.Symbol == symbol)
                {
                    return shape;
                }
            }
        }

        return null;
    }

    private Dictionary<string, ResolutionShape> ReadAll()
    {
        var all = new Dictionary<string, ResolutionShape>(StringComparer.Ordinal);
        foreach (INamespaceSymbol space in _namespaces)
        {
            foreach (INamedTypeSymbol type in space.GetTypeMembers())
            {
                if (type.IsStatic && ReadShape(type, _shapeAttribute) is ResolutionShape shape && !all.ContainsKey(shape.Symbol))
                {
                    all.Add(shape.Symbol, shape);
                }
            }
        }

        return all;
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
