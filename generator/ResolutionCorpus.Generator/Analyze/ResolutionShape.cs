using System;
using Microsoft.CodeAnalysis;
using ResolutionCorpus.Citations;

namespace ResolutionCorpus.Generator.Analyze;

/// <summary>What a build-time citation check needs to know of one resolution: its class and its addresses.</summary>
internal sealed class ResolutionShape
{
    private readonly Lazy<AddressOutline?> _outline;

    public ResolutionShape(string symbol, INamedTypeSymbol type, string outline)
    {
        Symbol = symbol;
        Type = type;

        // Decoded on the first citation of this resolution: a compilation that sees the whole record cites few of them.
        _outline = new Lazy<AddressOutline?>(() => OutlineCodec.Decode(outline));
    }

    public string Symbol { get; }

    /// <summary>The generated class, for the code fix's typed constant.</summary>
    public INamedTypeSymbol Type { get; }

    /// <summary>Its addresses; <see langword="null"/> when the attribute's outline cannot be read (nothing is then checked).</summary>
    public AddressOutline? Outline => _outline.Value;
}
