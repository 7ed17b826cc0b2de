using System.Collections.Generic;

namespace ResolutionCorpus.Citations;

/// <summary>A point of a paragraph in an <see cref="AddressOutline"/>: its label and the points inside it.</summary>
sealed class OutlinePoint
{
    public OutlinePoint(string label, IReadOnlyList<OutlinePoint> points)
    {
        Label = label;
        Points = points;
    }

    /// <summary>Its label: <c>a</c>, <c>ii</c>.</summary>
    public string Label { get; }

    /// <summary>The points inside it, in order.</summary>
    public IReadOnlyList<OutlinePoint> Points { get; }
}
