using System;
using System.Collections.Generic;

namespace ResolutionCorpus.Citations;

/// <summary>
/// Every address of a resolution, or of one of its parts, sections or annexes: how many preambular and introductory
/// paragraphs it has, each operative paragraph's number with its points at every depth, and its divisions, each
/// outlined the same way.
/// </summary>
/// <remarks>
/// The one input of <see cref="AddressLookup"/>, which decides whether a citation names something. The generator
/// builds it from a resolution file and writes it, encoded by <see cref="OutlineCodec"/>, into the
/// <c>[ResolutionShape]</c> of the resolution's class, where the analyzer of any referencing compilation reads it;
/// the runtime builds it from a <c>Resolution</c>. Equal when the encoded forms are equal.
/// </remarks>
sealed class AddressOutline : IEquatable<AddressOutline>
{
    private string? _encoded;

    public AddressOutline(
        DivisionKind? kind,
        string name,
        string key,
        int preambular,
        int introductory,
        IReadOnlyList<OutlineParagraph> operative,
        IReadOnlyList<AddressOutline> divisions)
    {
        Kind = kind;
        Name = name;
        Key = key;
        Preambular = preambular;
        Introductory = introductory;
        Operative = operative;
        Divisions = divisions;
    }

    /// <summary>Part, section, annex or quotation; <see langword="null"/> for the resolution itself.</summary>
    public DivisionKind? Kind { get; }

    /// <summary>
    /// How a citation names it: <c>part A</c>, <c>section II</c>, <c>annex</c>, <c>annex 2</c>; empty for the resolution
    /// and for a section printed without a label, whose paragraphs are cited as those of the division around it.
    /// </summary>
    public string Name { get; }

    /// <summary>For a section printed without a label: its position, which names its generated class; otherwise empty.</summary>
    public string Key { get; }

    /// <summary>How many preambular paragraphs it has.</summary>
    public int Preambular { get; }

    /// <summary>How many unnumbered paragraphs it has before its first operative paragraph.</summary>
    public int Introductory { get; }

    /// <summary>Its operative paragraphs (an annex's paragraphs), in order.</summary>
    public IReadOnlyList<OutlineParagraph> Operative { get; }

    /// <summary>Its parts, sections and annexes, in order.</summary>
    public IReadOnlyList<AddressOutline> Divisions { get; }

    /// <summary>The compact form written into <c>[ResolutionShape]</c>.</summary>
    public string Encode() => _encoded ??= OutlineCodec.Encode(this);

    /// <inheritdoc/>
    public bool Equals(AddressOutline? other) => other is not null && string.Equals(Encode(), other.Encode(), StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AddressOutline);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Encode());

    /// <inheritdoc/>
    public override string ToString() => Encode();
}
