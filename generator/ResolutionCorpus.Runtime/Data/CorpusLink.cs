using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace ResolutionCorpus.Data
{
    /// <summary>
    /// How a resolution reaches the rest of its corpus: to resolve the references in its texts, and to find the
    /// paragraphs that cite it. Generated <c>Corpus</c> classes make one.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class CorpusLink
    {
        /// <summary>Links to a corpus through its lookup and its list of resolutions.</summary>
        public CorpusLink(Func<string, Resolution?> find, Func<IReadOnlyList<Resolution>> all)
        {
            Find = find;
            All = all;
        }

        /// <summary>Finds a resolution of the corpus by symbol.</summary>
        public Func<string, Resolution?> Find { get; }

        /// <summary>Every resolution of the corpus.</summary>
        public Func<IReadOnlyList<Resolution>> All { get; }
    }
}
