using System;
using System.ComponentModel;

namespace ResolutionCorpus.Data;

/// <summary>
/// Put by the generator on an assembly that is one part of a larger corpus: names the part's index class, so
/// that the entry assembly's <c>Corpus</c> finds and lists the part's resolutions with its own.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
public sealed class CorpusPartAttribute : Attribute
{
    /// <summary>Names a part's index class.</summary>
    /// <param name="index">The generated class with <c>Find</c>, <c>All</c> and <c>Symbols</c>.</param>
    public CorpusPartAttribute(Type index) => Index = index;

    /// <summary>The part's index class.</summary>
    public Type Index { get; }
}
