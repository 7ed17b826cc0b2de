using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ResolutionCorpus.Generator.Emit;

/// <summary>
/// Writes the integers and text slices of a <c>LayoutFormat</c> layout, each text added to the resolution's UTF-8
/// block; the runtime's <c>LayoutReader</c> reads them back in the same order.
/// </summary>
internal sealed class LayoutWriter
{
    private readonly List<byte> _bytes = new List<byte>();
    private readonly Utf8Blob _blob;

    public LayoutWriter(Utf8Blob blob) => _blob = blob;

    /// <summary>An unsigned LEB128 integer.</summary>
    public void Int(int value)
    {
        uint rest = (uint)value;
        while (rest >= 0x80)
        {
            _bytes.Add((byte)(rest | 0x80));
            rest >>= 7;
        }

        _bytes.Add((byte)rest);
    }

    /// <summary>A text: its start and length in the UTF-8 block.</summary>
    public void Text(string value) => Range(_blob.Range(value));

    /// <summary>The text that opens another (a paragraph's phrase), sliced from the whole one's bytes.</summary>
    public void Prefix(string whole, string prefix) => Range(_blob.Prefix(whole, prefix));

    /// <summary>A text that may be absent.</summary>
    public void OptionalText(string? value)
    {
        if (value is null)
        {
            Int(0);
            return;
        }

        (int start, int length) = _blob.Range(value);
        Int(length + 1);
        Int(start);
    }

    /// <summary>A list of texts: its count, then each.</summary>
    public void Texts(IReadOnlyCollection<string> values)
    {
        Int(values.Count);
        foreach (string value in values)
        {
            Text(value);
        }
    }

    /// <summary>A date that may be absent.</summary>
    public void OptionalDate(Model.CalendarDate? date)
    {
        Int(date?.Year ?? 0);
        if (date is Model.CalendarDate day)
        {
            Int(day.Month);
            Int(day.Day);
        }
    }

    /// <summary>
    /// The layout as a C# expression of a <c>ReadOnlySpan&lt;byte&gt;</c>, which the compiler keeps as data, padded with
    /// zero bytes to its <see cref="DataBlockSize"/>.
    /// </summary>
    public string Literal()
    {
        int padded = DataBlockSize.Padded(_bytes.Count);
        var literal = new StringBuilder("new byte[] { ", (padded * 4) + 16);
        for (int i = 0; i < padded; i++)
        {
            literal.Append(i < _bytes.Count ? _bytes[i].ToString(CultureInfo.InvariantCulture) : "0").Append(i == padded - 1 ? " " : ", ");
        }

        return literal.Append('}').ToString();
    }

    private void Range((int Start, int Length) range)
    {
        Int(range.Start);
        Int(range.Length);
    }
}
