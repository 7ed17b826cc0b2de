using ResolutionCorpus.Data;

namespace ResolutionCorpus;

/// <summary>A string decoded from embedded UTF-8 on first read, then kept.</summary>
internal sealed class LazyString
{
    private readonly Utf8Text _data;
    private string? _value;

    public LazyString(Utf8Text data) => _data = data;

    // A race may decode twice; both results are equal, and either may be kept.
    public string? Value => _value ??= _data.Decode();
}
