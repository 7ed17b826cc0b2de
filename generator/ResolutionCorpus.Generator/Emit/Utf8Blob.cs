using System.Collections.Generic;
using System.Text;

namespace ResolutionCorpus.Generator.Emit;

/// <summary>
/// Collects a resolution's strings into one UTF-8 block, remembering each string's byte range, and then its layout.
/// Equal strings (a phrase used twice) are stored once.
/// </summary>
internal sealed class Utf8Blob
{
    private readonly StringBuilder _text = new StringBuilder();
    private readonly Dictionary<string, (int Start, int Length)> _ranges = new Dictionary<string, (int, int)>(System.StringComparer.Ordinal);
    private int _bytes;

    /// <summary>Adds a string and returns its byte range in the block.</summary>
    public (int Start, int Length) Range(string value)
    {
        if (!_ranges.TryGetValue(value, out (int Start, int Length) range))
        {
            range = (_bytes, Encoding.UTF8.GetByteCount(value));
            _ranges.Add(value, range);
            _text.Append(value);
            _bytes += range.Length;
        }

        return range;
    }

    /// <summary>
    /// The range of a string that opens another (a paragraph's phrase opens its text): taken from the whole
    /// string's bytes, so it is not stored twice.
    /// </summary>
    public (int Start, int Length) Prefix(string whole, string prefix)
    {
        if (prefix.Length == 0 || !whole.StartsWith(prefix, System.StringComparison.Ordinal))
        {
            return Range(prefix);
        }

        (int start, _) = Range(whole);
        return (start, Encoding.UTF8.GetByteCount(prefix));
    }

    /// <summary>Adds ASCII data (a layout) at the end of the block, as it is: no text may follow it.</summary>
    /// <returns>Where it starts.</returns>
    public int AppendAscii(string data)
    {
        int start = _bytes;
        _text.Append(data);
        _bytes += data.Length;
        return start;
    }

    /// <summary>The block as a UTF-8 literal, padded with NUL bytes to its <see cref="DataBlockSize"/>.</summary>
    public string Literal() => CSharpLiteral.Utf8(_text.Append('\0', DataBlockSize.Padded(_bytes) - _bytes).ToString());
}
