using ResolutionCorpus.Data;

namespace ResolutionCorpus;

/// <summary>A footnote of a resolution.</summary>
public sealed class Footnote
{
    private readonly LazyString _marker;
    private readonly LazyString _text;
    private readonly ReferenceData[] _references;
    private Reference[]? _resolvedReferences;

    internal Footnote(Resolution resolution, FootnoteData data)
    {
        Resolution = resolution;
        _marker = new LazyString(data.Marker);
        _text = new LazyString(data.Text);
        _references = data.References;
    }

    /// <summary>The resolution the footnote belongs to.</summary>
    public Resolution Resolution { get; }

    /// <summary>The marker as printed, e.g. <c>2</c>.</summary>
    public string Marker => _marker.Value ?? string.Empty;

    /// <summary>The footnote's exact wording.</summary>
    public string Text => _text.Value ?? string.Empty;

    /// <summary>The resolutions and documents the footnote cites, in order; "Ibid." is resolved to what the footnote before it cited.</summary>
    public System.Collections.Generic.IReadOnlyList<Reference> References => _resolvedReferences ??= Reference.Create(_references, Resolution.Corpus);

    /// <summary>The marker and the text: <c>2 Resolution 70/1.</c></summary>
    public override string ToString() => Marker + " " + Text;
}
