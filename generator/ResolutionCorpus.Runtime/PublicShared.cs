namespace ResolutionCorpus
{
    // ../Shared declares these without accessibility: internal in the generator, public here.
    public readonly partial struct DocumentSymbol
    {
    }
}

namespace ResolutionCorpus.Citations
{
    public sealed partial class Citation
    {
    }
}
