using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ResolutionCorpus.Citations;

/// <summary>
/// Writes and reads an <see cref="AddressOutline"/> as one short string, the form a <c>[ResolutionShape]</c> carries:
/// <c>p3;i1;o1-4,5(a,b(i,ii)),6-9[section I|o1-3][#2|o10][annex|o1-20]</c>.
/// </summary>
/// <remarks>
/// <c>p</c> and <c>i</c> count preambular and introductory paragraphs; <c>o</c> lists operative paragraphs, consecutive
/// numbers without points as a range, points in parentheses at any depth; each division follows in brackets, its
/// citation name (or <c>#</c> and its position, for a section printed without a label) before the bar. A label or name
/// holding one of the characters the form uses has it escaped as <c>%</c> and four hex digits.
/// </remarks>
static class OutlineCodec
{
    private const string Reserved = "%,;()[]|#-";

    /// <summary>The compact form of <paramref name="outline"/>.</summary>
    public static string Encode(AddressOutline outline)
    {
        var text = new StringBuilder();
        Write(outline, text);
        return text.ToString();
    }

    /// <summary>Reads the compact form; <see langword="null"/> when it is not one, so a damaged attribute checks less, never fails.</summary>
    public static AddressOutline? Decode(string encoded)
    {
        var reader = new Reader(encoded);
        AddressOutline? outline = reader.Node(null, string.Empty, string.Empty);
        return outline is not null && reader.AtEnd ? outline : null;
    }

    private static void Write(AddressOutline outline, StringBuilder text)
    {
        var fields = new List<string>();
        if (outline.Preambular > 0)
        {
            fields.Add("p" + Format(outline.Preambular));
        }

        if (outline.Introductory > 0)
        {
            fields.Add("i" + Format(outline.Introductory));
        }

        if (outline.Operative.Count > 0)
        {
            fields.Add("o" + Paragraphs(outline.Operative));
        }

        text.Append(string.Join(";", fields));
        foreach (AddressOutline division in outline.Divisions)
        {
            text.Append('[').Append(division.Name.Length == 0 ? "#" + Escape(division.Key) : Escape(division.Name)).Append('|');
            Write(division, text);
            text.Append(']');
        }
    }

    private static string Paragraphs(IReadOnlyList<OutlineParagraph> paragraphs)
    {
        var items = new List<string>();
        for (int i = 0; i < paragraphs.Count; i++)
        {
            OutlineParagraph paragraph = paragraphs[i];
            if (paragraph.Points.Count > 0)
            {
                items.Add(Format(paragraph.Number) + "(" + Points(paragraph.Points) + ")");
                continue;
            }

            // A run of consecutive numbers without points is written as its ends.
            int last = i;
            while (last + 1 < paragraphs.Count && paragraphs[last + 1].Points.Count == 0 && paragraphs[last + 1].Number == paragraphs[last].Number + 1)
            {
                last++;
            }

            items.Add(last == i ? Format(paragraph.Number) : Format(paragraph.Number) + "-" + Format(paragraphs[last].Number));
            i = last;
        }

        return string.Join(",", items);
    }

    private static string Points(IReadOnlyList<OutlinePoint> points)
    {
        var items = new string[points.Count];
        for (int i = 0; i < points.Count; i++)
        {
            items[i] = Escape(points[i].Label) + (points[i].Points.Count == 0 ? string.Empty : "(" + Points(points[i].Points) + ")");
        }

        return string.Join(",", items);
    }

    private static string Escape(string value)
    {
        if (value.IndexOfAny(Reserved.ToCharArray()) < 0)
        {
            return value;
        }

        var escaped = new StringBuilder(value.Length + 8);
        foreach (char c in value)
        {
            escaped.Append(Reserved.IndexOf(c) >= 0 ? "%" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString());
        }

        return escaped.ToString();
    }

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A recursive-descent reader of the compact form.</summary>
    private sealed class Reader
    {
        private readonly string _text;
        private int _position;

        public Reader(string text) => _text = text;

        public bool AtEnd => _position == _text.Length;

        private char Next => _position < _text.Length ? _text[_position] : '\0';

        public AddressOutline? Node(DivisionKind? kind, string name, string key)
        {
            int preambular = 0;
            int introductory = 0;
            var operative = new List<OutlineParagraph>();
            while (Next is 'p' or 'i' or 'o')
            {
                char field = _text[_position++];
                if (field == 'o')
                {
                    if (!ReadParagraphs(operative))
                    {
                        return null;
                    }
                }
                else if (Number() is int count)
                {
                    preambular = field == 'p' ? count : preambular;
                    introductory = field == 'i' ? count : introductory;
                }
                else
                {
                    return null;
                }

                if (Next == ';')
                {
                    _position++;
                }
            }

            var divisions = new List<AddressOutline>();
            while (Next == '[')
            {
                _position++;
                bool unnamed = Next == '#';
                if (unnamed)
                {
                    _position++;
                }

                string header = Unescape(Until('|'));
                if (Next != '|')
                {
                    return null;
                }

                _position++;
                DivisionKind? divisionKind = unnamed ? DivisionKind.Section : KindOf(header);
                AddressOutline? division = divisionKind is null ? null : Node(divisionKind, unnamed ? string.Empty : header, unnamed ? header : string.Empty);
                if (division is null || Next != ']')
                {
                    return null;
                }

                _position++;
                divisions.Add(division);
            }

            return new AddressOutline(kind, name, key, preambular, introductory, operative, divisions);
        }

        private bool ReadParagraphs(List<OutlineParagraph> paragraphs)
        {
            while (true)
            {
                if (Number() is not int number)
                {
                    return false;
                }

                if (Next == '-')
                {
                    _position++;
                    if (Number() is not int last || last < number)
                    {
                        return false;
                    }

                    for (int n = number; n <= last; n++)
                    {
                        paragraphs.Add(new OutlineParagraph(n, Array.Empty<OutlinePoint>()));
                    }
                }
                else if (Next == '(')
                {
                    if (ReadPoints() is not OutlinePoint[] points)
                    {
                        return false;
                    }

                    paragraphs.Add(new OutlineParagraph(number, points));
                }
                else
                {
                    paragraphs.Add(new OutlineParagraph(number, Array.Empty<OutlinePoint>()));
                }

                if (Next != ',')
                {
                    return true;
                }

                _position++;
            }
        }

        /// <summary>Reads <c>(a,b(i,ii))</c>.</summary>
        private OutlinePoint[]? ReadPoints()
        {
            _position++;
            var points = new List<OutlinePoint>();
            while (true)
            {
                string label = Unescape(UntilAny(",()"));
                if (label.Length == 0)
                {
                    return null;
                }

                OutlinePoint[] inner = Array.Empty<OutlinePoint>();
                if (Next == '(')
                {
                    OutlinePoint[]? read = ReadPoints();
                    if (read is null)
                    {
                        return null;
                    }

                    inner = read;
                }

                points.Add(new OutlinePoint(label, inner));
                if (Next == ',')
                {
                    _position++;
                    continue;
                }

                if (Next != ')')
                {
                    return null;
                }

                _position++;
                return points.ToArray();
            }
        }

        private int? Number()
        {
            int start = _position;
            while (Next is >= '0' and <= '9')
            {
                _position++;
            }

            return _position > start && _position - start < 10
                ? int.Parse(_text.Substring(start, _position - start), NumberStyles.None, CultureInfo.InvariantCulture)
                : null;
        }

        private string Until(char end) => UntilAny(end.ToString());

        private string UntilAny(string ends)
        {
            int start = _position;
            while (_position < _text.Length && ends.IndexOf(_text[_position]) < 0 && _text[_position] is not ('[' or ']'))
            {
                _position++;
            }

            return _text.Substring(start, _position - start);
        }

        private static string Unescape(string value)
        {
            if (value.IndexOf('%') < 0)
            {
                return value;
            }

            var text = new StringBuilder(value.Length);
            for (int i = 0; i < value.Length; i++)
            {
                if (value[i] == '%' && i + 4 < value.Length && int.TryParse(value.Substring(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code))
                {
                    text.Append((char)code);
                    i += 4;
                }
                else
                {
                    text.Append(value[i]);
                }
            }

            return text.ToString();
        }

        private static DivisionKind? KindOf(string name)
        {
            string first = name.Split(' ')[0];
            return first switch
            {
                "part" => DivisionKind.Part,
                "section" => DivisionKind.Section,
                "annex" => DivisionKind.Annex,
                "quotation" => DivisionKind.Quotation,
                _ => null,
            };
        }
    }
}
