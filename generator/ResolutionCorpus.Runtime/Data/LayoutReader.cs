using System;

namespace ResolutionCorpus.Data;

/// <summary>Reads the integers and text slices of a <see cref="LayoutFormat"/> layout, in order.</summary>
internal ref struct LayoutReader
{
    private readonly ReadOnlySpan<byte> _layout;
    private readonly TextSource _text;
    private int _position;

    public LayoutReader(ReadOnlySpan<byte> layout, TextSource text)
    {
        _layout = layout;
        _text = text;
        _position = 0;
        Leb128 = layout.Length > 0 && layout[0] < LayoutFormat.MoreDigit;
    }

    /// <summary>Whether the layout's integers are LEB128 (version 1) rather than digits: its first byte tells.</summary>
    public bool Leb128 { get; }

    /// <summary>Whether every byte has been read, but for the zero bytes that pad the layout to its size.</summary>
    public readonly bool AtEnd
    {
        get
        {
            foreach (byte padding in _layout.Slice(_position))
            {
                if (padding != 0)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>An unsigned integer, in the layout's digits (see <see cref="LayoutFormat"/>) or LEB128.</summary>
    public int Int() => Leb128 ? Leb128Int() : DigitsInt();

    private int DigitsInt()
    {
        int value = 0;
        for (int digits = 0; digits < 7; digits++)
        {
            if (_position >= _layout.Length)
            {
                throw Corrupt("it ends inside a number");
            }

            int next = _layout[_position++];
            if (next is >= LayoutFormat.LastDigit and < LayoutFormat.LastDigit + 32)
            {
                return (value << 5) | (next - LayoutFormat.LastDigit);
            }

            if (next is < LayoutFormat.MoreDigit or >= LayoutFormat.MoreDigit + 32)
            {
                throw Corrupt($"it holds the byte {next}, which is not a digit");
            }

            value = (value << 5) | (next - LayoutFormat.MoreDigit);
        }

        throw Corrupt("a number is longer than seven digits");
    }

    private int Leb128Int()
    {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7)
        {
            if (_position >= _layout.Length)
            {
                throw Corrupt("it ends inside a number");
            }

            byte next = _layout[_position++];
            value |= (next & 0x7F) << shift;
            if (next < 0x80)
            {
                return value;
            }
        }

        throw Corrupt("a number is longer than five bytes");
    }

    /// <summary>A text: its start and length in the resolution's UTF-8 block.</summary>
    public Utf8Text Text()
    {
        int start = Int();
        return _text[start, Int()];
    }

    /// <summary>A text that may be absent (<c>default</c>).</summary>
    public Utf8Text OptionalText()
    {
        int lengthPlusOne = Int();
        return lengthPlusOne == 0 ? default : _text[Int(), lengthPlusOne - 1];
    }

    /// <summary>A text decoded now: a short string every reader of its owner needs.</summary>
    public string String() => Text().Decode() ?? string.Empty;

    /// <summary>A date, or <see langword="null"/>.</summary>
    public DateTime? OptionalDate()
    {
        int year = Int();
        return year == 0 ? null : new DateTime(year, Int(), Int());
    }

    /// <summary>A list of texts, or <see langword="null"/> when it is empty.</summary>
    public Utf8Text[]? Texts()
    {
        int count = Int();
        if (count == 0)
        {
            return null;
        }

        var texts = new Utf8Text[count];
        for (int i = 0; i < count; i++)
        {
            texts[i] = Text();
        }

        return texts;
    }

    /// <summary>The error for a layout this reader cannot read.</summary>
    public static InvalidOperationException Corrupt(string why) =>
        new InvalidOperationException("A generated resolution's layout cannot be read: " + why + ". Rebuild the corpus with the ResolutionCorpus.Generator of the same version as ResolutionCorpus.Runtime.");
}
