using System.ComponentModel;

namespace ResolutionCorpus.Data
{
    /// <summary>What generated code knows of a subject term, filled by property.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class SubjectData
    {
        /// <summary>The term.</summary>
        public Utf8Text Term { get; set; }

        /// <summary>Its thesaurus.</summary>
        public Utf8Text Thesaurus { get; set; }
    }
}
