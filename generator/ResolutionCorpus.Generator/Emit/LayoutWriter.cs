using System.Collections.Generic;
using System.Text;

using ResolutionCorpus.Data;

namespace ResolutionCorpus.Generator.Emit;

/// <summary>
/// Writes the integers and text slices of a <c>LayoutFormat</c> layout, each text added to the resolution's UTF-8
/// block, and then the layout itself after them; the runtime's <c>LayoutReader</c> reads them back in the same order.
/// </summary>
internal sealed class LayoutWriter
{
    private readonly StringBuilder _digits = new StringBuilder();
    private readonly Utf8Blob _blob;

    public LayoutWriter(Utf8Blob blob) => _blob = blob;

    /// <summary>An unsigned integer in <c>LayoutFormat</c>'s base-32 digits, the most significant first.</summary>
    public void Int(int value)
    {
        uint rest = (uint)value;
        // Seven digits hold any 32-bit value; the bound also keeps the shift below 32, where C# would wrap it.
        int count = 1;
        while (count < 7 && rest >> (5 * count) != 0)
        {
            count++;
        }

        for (int shift = 5 * (count - 1); shift > 0; shift -= 5)
        {
            _digits.Append((char)(LayoutFormat.MoreDigit + ((rest >> shift) & 31)));
        }

        _digits.Append((char)(LayoutFormat.LastDigit + (rest & 31)));
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

    /// <summary>Adds the layout to the resolution's block, after every text in it.</summary>
    /// <returns>Where the layout starts in the block.</returns>
    public int AppendToBlock() => _blob.AppendAscii(_digits.ToString());

    private void Range((int Start, int Length) range)
    {
        Int(range.Start);
        Int(range.Length);
    }
}
