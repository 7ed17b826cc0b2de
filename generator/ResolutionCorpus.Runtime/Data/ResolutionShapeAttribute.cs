using System;
using System.ComponentModel;

namespace ResolutionCorpus.Data;

/// <summary>
/// Put by the generator on every resolution class: what paragraphs the resolution has, so that citations can
/// be checked at build time in this assembly and in every assembly that references it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ResolutionShapeAttribute : Attribute
{
    /// <summary>Describes a resolution.</summary>
    /// <param name="symbol">The canonical symbol.</param>
    /// <param name="preambularParagraphs">How many preambular paragraphs it has.</param>
    /// <param name="operativeParagraphs">How many operative paragraphs it has (numbered 1 to that count).</param>
    /// <param name="subParagraphs">The sub-paragraph labels of each operative paragraph that has them: <c>5:a,b,c;7:a,b</c>.</param>
    public ResolutionShapeAttribute(string symbol, int preambularParagraphs, int operativeParagraphs, string subParagraphs)
    {
        Symbol = symbol;
        PreambularParagraphs = preambularParagraphs;
        OperativeParagraphs = operativeParagraphs;
        SubParagraphs = subParagraphs;
    }

    /// <summary>The canonical symbol.</summary>
    public string Symbol { get; }

    /// <summary>How many preambular paragraphs the resolution has.</summary>
    public int PreambularParagraphs { get; }

    /// <summary>How many operative paragraphs the resolution has.</summary>
    public int OperativeParagraphs { get; }

    /// <summary>The sub-paragraph labels by operative paragraph: <c>5:a,b,c;7:a,b</c>.</summary>
    public string SubParagraphs { get; }

    /// <summary>How many introductory paragraphs (unnumbered, before paragraph 1) the resolution has.</summary>
    public int IntroductoryParagraphs { get; set; }

    /// <summary>Whether the resolution has parts, sections or annexes; citations of their paragraphs are checked at run time.</summary>
    public bool HasDivisions { get; set; }
}
