using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace ResolutionCorpus.Generator.Model;

/// <summary>
/// A text as its file writes it, each footnote marker as <c>[^2]</c> where the printed marker stood, together with
/// what is emitted from it: the plain text and the markers' positions. The markers are found once, when the file is
/// read; everything after works on the values.
/// </summary>
internal sealed class MarkedText : IEquatable<MarkedText>
{
    private static readonly Regex s_marker = new Regex(@"\[\^(?<marker>[^\]\s\[]{1,16})\]", RegexOptions.CultureInvariant);

    private MarkedText(string markup, string plain, EquatableArray<FootnoteMarker> markers)
    {
        Markup = markup;
        Plain = plain;
        Markers = markers;
    }

    /// <summary>The text as written, with its <c>[^n]</c> markers.</summary>
    public string Markup { get; }

    /// <summary>The wording without markers.</summary>
    public string Plain { get; }

    /// <summary>The markers, in order, each positioned in <see cref="Plain"/>.</summary>
    public EquatableArray<FootnoteMarker> Markers { get; }

    /// <summary>Finds the markers in <paramref name="markup"/>.</summary>
    public static MarkedText Parse(string markup)
    {
        var plain = new StringBuilder(markup.Length);
        var markers = new List<FootnoteMarker>();
        int written = 0;
        foreach (Match match in s_marker.Matches(markup))
        {
            plain.Append(markup, written, match.Index - written);
            markers.Add(new FootnoteMarker(match.Groups["marker"].Value, plain.Length));
            written = match.Index + match.Length;
        }

        plain.Append(markup, written, markup.Length - written);
        return new MarkedText(markup, plain.ToString(), new EquatableArray<FootnoteMarker>(markers));
    }

    // The plain text and the markers follow from the markup, so the markup alone decides equality.
    public bool Equals(MarkedText? other) => other is not null && string.Equals(Markup, other.Markup, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as MarkedText);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Markup);

    public override string ToString() => Markup;
}
