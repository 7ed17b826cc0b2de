namespace ResolutionCorpus;

/// <summary>A subject a resolution is classified under, as the publisher's library records it.</summary>
public sealed class Subject
{
    internal Subject(string term, string? thesaurus)
    {
        Term = term;
        Thesaurus = thesaurus;
    }

    /// <summary>The term as the thesaurus writes it: <c>PEACEKEEPING OPERATIONS</c>, <c>UN Operation in Côte d'Ivoire</c>.</summary>
    public string Term { get; }

    /// <summary>The thesaurus or authority list it comes from: <c>UNBIS Thesaurus</c>, <c>DHLAUTH</c>; null when not recorded.</summary>
    public string? Thesaurus { get; }

    /// <inheritdoc/>
    public override string ToString() => Thesaurus is null ? Term : Term + " (" + Thesaurus + ")";
}
