using System.Collections.Generic;
using System.Text;

namespace ResolutionCorpus.Generator.Emit
{
    /// <summary>
    /// Collects a resolution's strings into one UTF-8 block, remembering each string's byte range. Equal
    /// strings (a phrase used twice) are stored once.
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

        /// <summary>Adds a string and returns the C# expression of its slice: <c>t[120, 35]</c>.</summary>
        public string Slice(string value) => Expression(Range(value));

        /// <summary>
        /// The slice of a string that opens another (a paragraph's phrase opens its text): taken from the whole
        /// string's bytes, so it is not stored twice.
        /// </summary>
        public string Prefix(string whole, string prefix)
        {
            if (prefix.Length == 0 || !whole.StartsWith(prefix, System.StringComparison.Ordinal))
            {
                return Slice(prefix);
            }

            (int start, _) = Range(whole);
            return Expression((start, Encoding.UTF8.GetByteCount(prefix)));
        }

        private static string Expression((int Start, int Length) range) =>
            "t[" + range.Start.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", "
                + range.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

        /// <summary>A slice, or <c>default</c> for an absent value.</summary>
        public string OptionalSlice(string? value) => value is null ? "default" : Slice(value);

        /// <summary>The block as a UTF-8 literal.</summary>
        public string Literal() => CSharpLiteral.Utf8(_text.ToString());
    }
}
