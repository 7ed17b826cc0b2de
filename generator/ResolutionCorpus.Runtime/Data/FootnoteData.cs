
namespace ResolutionCorpus.Data;

/// <summary>What the layout says of one footnote, before any string is decoded.</summary>
internal readonly struct FootnoteData
{
    /// <summary>Creates the data of a footnote.</summary>
    /// <param name="marker">The marker as printed (<c>1</c>, <c>*</c>).</param>
    /// <param name="text">The footnote's exact wording.</param>
    /// <param name="references">The references found in the text, in order.</param>
    public FootnoteData(Utf8Text marker, Utf8Text text, ReferenceData[]? references = null)
    {
        Marker = marker;
        Text = text;
        References = references ?? System.Array.Empty<ReferenceData>();
    }

    /// <summary>The marker.</summary>
    public Utf8Text Marker { get; }

    /// <summary>The wording.</summary>
    public Utf8Text Text { get; }

    /// <summary>References in the text.</summary>
    public ReferenceData[] References { get; }
}
