using Microsoft.CodeAnalysis;
using ResolutionCorpus.Generator.Model;

namespace ResolutionCorpus.Generator.Analyze;

/// <summary>What a build-time citation check needs to know of one resolution.</summary>
internal sealed class ResolutionShape
{
    public ResolutionShape(string symbol, INamedTypeSymbol type, int preambular, int introductory, int operative, PointLabels points, bool hasDivisions)
    {
        HasDivisions = hasDivisions;
        Symbol = symbol;
        Type = type;
        Preambular = preambular;
        Introductory = introductory;
        Operative = operative;
        Points = points;
    }

    public string Symbol { get; }

    /// <summary>The generated class, for the code fix's typed constant.</summary>
    public INamedTypeSymbol Type { get; }

    public int Preambular { get; }

    public int Introductory { get; }

    public int Operative { get; }

    public PointLabels Points { get; }

    /// <summary>Whether it has parts, sections or annexes, whose paragraphs the checks leave to run time.</summary>
    public bool HasDivisions { get; }
}
