using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ResolutionCorpus.Generator.Model;

namespace ResolutionCorpus.Tool.Export;

internal static partial class AknExporter
{
    /// <summary>Writes paragraphs, points and sections, with footnote markers as authorial notes.</summary>
    /// <param name="note">The text of the note a marker stands for, asked for each marker as it is written, in order.</param>
    private sealed class BodyWriter(System.Func<string, string> note)
    {
        private static readonly Regex s_marker = new(@"\[\^([^\]\s]+)\]");

        /// <summary>The preamble, opening with <paramref name="formula"/> ("The General Assembly,"); null when it has neither.</summary>
        public XElement? Preamble(EquatableArray<ParagraphModel> preamble, string scope, string? formula) =>
            preamble.Count == 0 && formula is null ? null : new XElement(s_akn + "preamble",
                formula is null ? null : new XElement(s_akn + "formula", new XAttribute("name", "enactingFormula"), new XElement(s_akn + "p", Inline(formula))),
                preamble.Select((p, i) => new XElement(s_akn + "container",
                    new XAttribute("name", p.Phrase),
                    new XAttribute("eId", Within(scope, "rec_" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))),
                    Blocks(p.Text.Markup, phrase: null))));

        public XElement MainBody(EquatableArray<ParagraphModel> intro, EquatableArray<ParagraphModel> operative, IReadOnlyList<DivisionModel> sections, string scope) =>
            new(s_akn + "mainBody", Intro(intro, scope), Paragraphs(operative, scope), sections.Select(s => Section(s, scope)));

        /// <summary>The unnumbered words before paragraph 1, each an <c>hcontainer</c> named <c>intro</c>.</summary>
        private IEnumerable<XElement> Intro(EquatableArray<ParagraphModel> intro, string scope) =>
            intro.Select(p => new XElement(s_akn + "hcontainer", new XAttribute("name", "intro"),
                new XAttribute("eId", Within(scope, ParagraphAddress.IntroductoryId(p.Number))),
                new XElement(s_akn + "content", Blocks(p.Text.Markup, phrase: null))));

        public XElement AnnexBody(DivisionModel annex) =>
            new(s_akn + "mainBody", annex.Paragraphs.Select((p, i) =>
            {
                string[] lines = p.Text.Markup.Split('\n');
                string id = Within(annex.Segment, "para_" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (p.Text.Markup.Contains('\t') && p.SubParagraphs.Count == 0)
                {
                    // A table of the annex: a row per line, a cell per tab-separated text.
                    return new XElement(s_akn + "table", lines.Select(l => new XElement(s_akn + "tr", l.Split('\t').Select(cell => new XElement(s_akn + "td", Inline(cell))))));
                }

                var content = new XElement(s_akn + "p", Inline(lines[0]));
                if (lines.Length > 1)
                {
                    // Lines after the first were rows of a table inside the paragraph.
                    content.Add(new XElement(s_akn + "table", lines.Skip(1).Select(l => new XElement(s_akn + "tr", new XElement(s_akn + "td", Inline(l))))));
                }

                return new XElement(s_akn + "paragraph",
                    new XAttribute("eId", id),
                    string.IsNullOrEmpty(p.PrintedNumber) ? null : new XElement(s_akn + "num", p.PrintedNumber + "."),
                    new XElement(s_akn + "content", content),
                    Points(p.SubParagraphs, id));
            }));

        private IEnumerable<XElement> Paragraphs(EquatableArray<ParagraphModel> paragraphs, string scope) =>
            paragraphs.Select(p =>
            {
                string id = Within(scope, ParagraphAddress.OperativeId(p.Number));
                return new XElement(s_akn + "paragraph", new XAttribute("eId", id),
                    p.PrintedNumber == string.Empty ? null : new XElement(s_akn + "num", p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "."),
                    new XElement(s_akn + "content", Blocks(p.Text.Markup, p.Phrase)),
                    Points(p.SubParagraphs, id));
            });

        private XElement? Points(EquatableArray<ParagraphModel> points, string parentId) =>
            points.Count == 0 ? null : new XElement(s_akn + "list", new XAttribute("eId", parentId + "__list_1"),
                points.Select(point =>
                {
                    string id = ParagraphAddress.PointId(parentId, point.Label!);
                    return new XElement(s_akn + "point", new XAttribute("eId", id),
                        new XElement(s_akn + "num", "(" + point.Label + ")"),
                        new XElement(s_akn + "content", Blocks(point.Text.Markup, phrase: null)),
                        Points(point.SubParagraphs, id));
                }));

        private XElement Section(DivisionModel section, string scope)
        {
            string id = Within(scope, section.Segment);
            return new XElement(s_akn + "hcontainer", new XAttribute("name", "section"), new XAttribute("eId", id),
                section.Label.Length == 0 ? null : new XElement(s_akn + "num", section.Label),
                section.Heading?.Markup.Split('\n').Select(h => new XElement(s_akn + "heading", Inline(h))),
                section.Preamble.Select(p => new XElement(s_akn + "crossHeading", new XAttribute("refersTo", "#preamble"), Inline(p.Text.Markup, p.Phrase))),
                Intro(section.Intro, id),
                Paragraphs(section.Paragraphs, id),
                section.Sections.Select(s => Section(s, id)));
        }

        /// <summary>A text's lines as blocks: a paragraph per line, and a table for lines whose cells are separated by tabs.</summary>
        private IEnumerable<XElement> Blocks(string markedText, string? phrase)
        {
            string[] lines = markedText.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].Contains('\t'))
                {
                    var table = new XElement(s_akn + "table");
                    for (; i < lines.Length && lines[i].Contains('\t'); i++)
                    {
                        table.Add(new XElement(s_akn + "tr", lines[i].Split('\t').Select(cell => new XElement(s_akn + "td", Inline(cell)))));
                    }

                    i--;
                    yield return table;
                }
                else
                {
                    yield return new XElement(s_akn + "p", Inline(lines[i], i == 0 ? phrase : null));
                }
            }
        }

        /// <summary>One line of text: the opening phrase in italics, footnote markers as authorial notes.</summary>
        public IEnumerable<XNode> Inline(string line, string? phrase = null)
        {
            int at = 0;
            if (!string.IsNullOrEmpty(phrase) && line.StartsWith(phrase, System.StringComparison.Ordinal))
            {
                yield return new XElement(s_akn + "span", new XAttribute("class", "italic"), phrase);
                at = phrase!.Length;
            }

            for (Match m = s_marker.Match(line, at); m.Success; m = m.NextMatch())
            {
                if (m.Index > at)
                {
                    yield return new XText(line.Substring(at, m.Index - at));
                }

                string marker = m.Groups[1].Value;
                yield return new XElement(s_akn + "authorialNote",
                    new XAttribute("marker", marker), new XAttribute("placement", "bottom"), new XAttribute("eId", "authorialNote_" + Regex.Replace(marker, "[^A-Za-z0-9]", "x")),
                    new XElement(s_akn + "p", note(marker)));
                at = m.Index + m.Length;
            }

            if (at < line.Length)
            {
                yield return new XText(line.Substring(at));
            }
        }

        private static string Within(string scope, string id) => scope.Length == 0 ? id : scope + "__" + id;
    }
}
