using System;
using System.ComponentModel;

namespace ResolutionCorpus.Data;

/// <summary>
/// Put by the generator on every resolution class: every address the resolution has, so that citations can be checked
/// at build time in this assembly and in every assembly that references it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ResolutionShapeAttribute : Attribute
{
    /// <summary>Describes a resolution.</summary>
    /// <param name="symbol">The canonical symbol.</param>
    /// <param name="outline">
    /// Its paragraphs, points and divisions in the generator's compact form:
    /// <c>p3;o1-4,5(a,b(i,ii)),6-9[section I|o1-3][annex|o1-20]</c>.
    /// </param>
    public ResolutionShapeAttribute(string symbol, string outline)
    {
        Symbol = symbol;
        Outline = outline;
    }

    /// <summary>The canonical symbol.</summary>
    public string Symbol { get; }

    /// <summary>Its paragraphs, points and divisions, in the generator's compact form.</summary>
    public string Outline { get; }
}
