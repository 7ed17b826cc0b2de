
namespace ResolutionCorpus.Data;

/// <summary>A slice of a <see cref="TextSource"/>: a string not yet decoded.</summary>
internal readonly struct Utf8Text
{
    private readonly TextSource? _source;
    private readonly int _start;
    private readonly int _length;

    internal Utf8Text(TextSource source, int start, int length)
    {
        _source = source;
        _start = start;
        _length = length;
    }

    /// <summary>Whether this slice stands for a value that is absent (the default instance).</summary>
    public bool IsAbsent => _source is null;

    /// <summary>Decodes the slice; <see langword="null"/> when absent.</summary>
    public string? Decode() => _source?.Decode(_start, _length);
}
