
namespace ResolutionCorpus.Data;

/// <summary>What the layout says of a subject term, filled by property.</summary>
internal sealed class SubjectData
{
    /// <summary>The term.</summary>
    public Utf8Text Term { get; set; }

    /// <summary>Its thesaurus.</summary>
    public Utf8Text Thesaurus { get; set; }
}
