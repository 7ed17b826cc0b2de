using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ResolutionCorpus.Tool.Import.Akn;

internal sealed partial class AknReader
{
    /// <summary>
    /// Reads a main body in document order: numbered paragraphs, points printed as paragraphs or as lists,
    /// sub-headings and cross-headings that open sections (I, II; A, B), and text that continues the paragraph before.
    /// </summary>
    private sealed partial class BodyReader(AknReader reader, AknDivision root)
    {
        private static readonly XNamespace s_ns = Namespace;
        private AknDivision? _top;
        private AknDivision? _sub;
        private AknParagraph? _last;
        private int? _lastNumber;

        private AknDivision Current => _sub ?? _top ?? root;

        public void Read(IEnumerable<XElement> elements)
        {
            foreach (XElement element in elements)
            {
                string name = element.Name.LocalName;
                switch (name)
                {
                    case "paragraph" when element.Element(s_ns + "subheading") is not null || element.Element(s_ns + "heading") is not null:
                        foreach (XElement heading in element.Elements().Where(e => e.Name == s_ns + "subheading" || e.Name == s_ns + "heading"))
                        {
                            Heading(Normalize(heading.Value));
                        }

                        Read(element.Elements().Where(e => e.Name != s_ns + "subheading" && e.Name != s_ns + "heading"));
                        break;
                    case "paragraph" when element.Element(s_ns + "num") is null && HeadingsOnly(element) is List<string> headings:
                        // A paragraph that only holds sub-headings (the publisher's markup for "I" and "Introduction").
                        headings.ForEach(Heading);
                        break;
                    case "paragraph":
                        Paragraph(element);
                        break;
                    case "section" or "hcontainer" or "division" or "chapter" or "part":
                        foreach (XElement heading in element.Elements().Where(e => e.Name == s_ns + "subheading" || e.Name == s_ns + "heading" || e.Name == s_ns + "num"))
                        {
                            Heading(Normalize(heading.Value));
                        }

                        Read(element.Elements().Where(e => e.Name != s_ns + "subheading" && e.Name != s_ns + "heading" && e.Name != s_ns + "num"));
                        break;
                    case "crossHeading" when (string?)element.Attribute("refersTo") == "#preamble":
                        var preambular = new AknParagraph { Text = reader.Text(element) };
                        preambular.Phrase = PhraseOf(preambular.Text, Normalize(element.Elements(s_ns + "span").FirstOrDefault()?.Value ?? string.Empty));
                        Current.Preamble.Add(preambular);
                        reader.Count("preamble");
                        reader.Count("cross-headings");
                        break;
                    case "crossHeading" or "subheading" or "heading":
                        Heading(reader.Text(element));
                        reader.Count("cross-headings");
                        break;
                    case "num":
                        Heading(Normalize(element.Value));
                        break;
                    case "container":
                        Read(element.Elements());
                        break;
                    case "content" or "intro" or "wrapUp" or "p" or "blockList" or "table":
                        Continue(element.Name == s_ns + "table" ? reader.TableText(element) : reader.JoinParagraphs(element.Name == s_ns + "p" || element.Name == s_ns + "table" || element.Name == s_ns + "blockList" ? [element] : element.Elements()));
                        break;
                    default:
                        reader.Errors.Add($"unexpected <{name}> in the main body");
                        break;
                }
            }
        }

        private void Heading(string text)
        {
            if (text.Length == 0)
            {
                return;
            }

            reader.Count("headings");
            string number = text.TrimEnd('.');
            bool roman = Regex.IsMatch(number, "^[IVXL]+$");
            bool letter = Regex.IsMatch(number, "^[A-Z]$") && !roman;
            if (roman || (letter && (_top is null || _top.Label is null || !Regex.IsMatch(_top.Label, "^[IVXL]+$"))))
            {
                _top = new AknDivision { Label = number };
                _sub = null;
                root.Sections.Add(_top);
                reader.Count("sections");
            }
            else if (letter)
            {
                _sub = new AknDivision { Label = number };
                _top!.Sections.Add(_sub);
                reader.Count("sections");
            }
            else if ((_sub ?? _top) is AknDivision fresh && fresh.Heading is null && fresh.Operative.Count == 0 && fresh.Preamble.Count == 0 && fresh.Sections.Count == 0)
            {
                fresh.Heading = text;
            }
            else if ((_sub ?? _top) is AknDivision open && open.Operative.Count == 0 && open.Preamble.Count == 0 && open.Sections.Count == 0)
            {
                open.Heading += "\n" + text;
            }
            else
            {
                var section = new AknDivision { Heading = text };
                if (_sub is not null)
                {
                    _top!.Sections.Add(section);
                    _sub = section;
                }
                else
                {
                    root.Sections.Add(section);
                    _top = section;
                }

                reader.Count("sections");
            }

            _last = null;
        }

        private void Paragraph(XElement element)
        {
            string num = Normalize(element.Element(s_ns + "num")?.Value ?? string.Empty);
            XElement? content = element.Element(s_ns + "content");
            List<XElement> parts = [.. element.Elements().Where(e => e.Name != s_ns + "num").SelectMany(e => e.Name == s_ns + "content" ? e.Elements() : [e])];
            List<XElement> list = parts.Where(e => e.Name == s_ns + "list").ToList();
            string text = reader.JoinParagraphs(parts.Where(e => e.Name != s_ns + "list"));
            string? label = null;
            int expected = (_lastNumber ?? 0) + 1;
            if (num.Length == 0 && Regex.Match(text, @"^(\d{1,3})(?:\s*\.[\u200E\u200F]?\s*|[\u200E\u200F]\s*|\s+)(?=\S)") is { Success: true } inText && inText.Groups[1].Value == expected.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                // The number printed in the text rather than in <num>: "6.\u200E Reaffirms", "3 Calls upon", "232 .Recognizes".
                num = inText.Groups[1].Value;
                text = text[inText.Length..];
            }
            else if (num is "l." or "l" && expected == 1)
            {
                // A "1." read as the letter l.
                num = "1.";
            }

            Match numbered = Regex.Match(num, @"^(\d+)\.?$");
            if (!numbered.Success && LabelOf(num) is string fromNum)
            {
                label = fromNum;
            }
            else if (num.Length == 0 && Regex.Match(text, @"^\(([a-zA-Z]{1,6}|\d{1,3})\)\s*") is { Success: true } printed && LabelOf(printed.Groups[0].Value.Trim()) is string fromText)
            {
                label = fromText;
                text = text[printed.Length..];
            }

            if (numbered.Success)
            {
                var paragraph = new AknParagraph { Number = numbered.Groups[1].Value, Text = text };
                _lastNumber = int.Parse(paragraph.Number, System.Globalization.CultureInfo.InvariantCulture);
                paragraph.Phrase = PhraseOf(text, ItalicLead(content));
                Current.Operative.Add(paragraph);
                _last = paragraph;
                reader.Count("operative");
            }
            else if (label is not null && _last is not null)
            {
                AddPoint(_last, label, text);
            }
            else if (_last is null && Current.Operative.Count == 0 && text.Length > 0)
            {
                // An unnumbered paragraph opens the division: a resolution, part or section with one operative paragraph.
                var paragraph = new AknParagraph { Text = text };
                paragraph.Phrase = PhraseOf(text, ItalicLead(content));
                Current.Operative.Add(paragraph);
                _last = paragraph;
                reader.Count("operative");
                reader.Count("unnumbered operative");
            }
            else
            {
                Continue(label is null ? text : "(" + label + ") " + text);
            }

            foreach (XElement l in list)
            {
                List(l);
            }
        }

        private void List(XElement list)
        {
            reader.Count("lists");
            foreach (XElement child in list.Elements())
            {
                if (child.Name == s_ns + "point")
                {
                    string label = LabelOf(Normalize(child.Element(s_ns + "num")?.Value ?? string.Empty)) ?? string.Empty;
                    List<XElement> body = [.. child.Elements().Where(e => e.Name != s_ns + "num").SelectMany(e => e.Name == s_ns + "content" ? e.Elements() : [e])];
                    string text = reader.JoinParagraphs(body.Where(e => e.Name != s_ns + "list"));
                    if (_last is null)
                    {
                        reader.Errors.Add("a list stands before any operative paragraph");
                        return;
                    }

                    AddPoint(_last, label, text);
                    foreach (XElement nested in body.Where(e => e.Name == s_ns + "list"))
                    {
                        List(nested);
                    }
                }
                else if (child.Name == s_ns + "intro" || child.Name == s_ns + "listIntroduction")
                {
                    Continue(reader.JoinParagraphs(child.Elements().Any() ? child.Elements() : [child]));
                }
                else if (child.Name == s_ns + "list")
                {
                    List(child);
                }
                else
                {
                    Continue(reader.JoinParagraphs(child.Elements().Any() ? child.Elements() : [child]));
                }
            }
        }

        private void AddPoint(AknParagraph paragraph, string label, string text)
        {
            reader.Count("points");
            AknParagraph? previous = paragraph.Points.LastOrDefault();
            bool roman = Regex.IsMatch(label, "^[ivxl]+$");
            bool nextLetter = previous is not null && previous.Number!.Length == 1 && label.Length == 1 && label[0] == previous.Number[0] + 1;
            bool firstLetter = label == "a" || label == "i" && previous is null;
            if (previous is not null && roman && !nextLetter && !firstLetter || previous is not null && previous.Points.Count > 0 && roman && !nextLetter)
            {
                reader.Count("nested points");
                previous.Points.Add(new AknParagraph { Number = label, Text = text });
                return;
            }

            paragraph.Points.Add(new AknParagraph { Number = label, Text = text });
        }

        /// <summary>Text that continues the paragraph before it (a wrap-up after points, a table, a second block).</summary>
        private void Continue(string text)
        {
            if (text.Length == 0)
            {
                return;
            }

            AknParagraph? target = _last?.Points.LastOrDefault()?.Points.LastOrDefault() ?? _last?.Points.LastOrDefault() ?? _last;
            if (target is null)
            {
                var paragraph = new AknParagraph { Text = text };
                Current.Operative.Add(paragraph);
                _last = paragraph;
                reader.Count("operative");
                reader.Count("unnumbered operative");
                return;
            }

            reader.Count("continuations");
            target.Text = target.Text.Length == 0 ? text : target.Text + "\n" + text;
        }

        /// <summary>The texts of the sub-headings, when they are all the paragraph holds; otherwise <see langword="null"/>.</summary>
        private static List<string>? HeadingsOnly(XElement paragraph)
        {
            List<XElement> headings = [.. paragraph.Descendants().Where(e => e.Name == s_ns + "subheading" || e.Name == s_ns + "heading")];
            List<string> texts = [.. headings.Select(h => Normalize(h.Value)).Where(t => t.Length > 0)];
            return texts.Count > 0 && Normalize(paragraph.Value).Replace("\n", " ", System.StringComparison.Ordinal) == string.Join(" ", texts) ? texts : null;
        }

        private static string? LabelOf(string printed)
        {
            Match m = Regex.Match(printed, @"^\(?([a-zA-Z]{1,6}|\d{1,3})\)$");
            return m.Success ? m.Groups[1].Value.ToLowerInvariant() : null;
        }

        private static string ItalicLead(XElement? content)
        {
            XElement? p = content?.Elements(s_ns + "p").FirstOrDefault();
            XElement? span = p?.Elements(s_ns + "span").FirstOrDefault();
            return span is not null && (string?)span.Attribute("class") == "italic" && p!.Nodes().TakeWhile(n => n != span).All(n => n is XText t && t.Value.Trim().Length == 0)
                ? Normalize(span.Value)
                : string.Empty;
        }
    }
}
