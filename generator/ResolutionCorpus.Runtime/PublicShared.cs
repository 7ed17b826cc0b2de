namespace ResolutionCorpus
{
    // ../Shared declares this without accessibility: internal in the generator, public here.
    public readonly partial struct DocumentSymbol
    {
    }
}
