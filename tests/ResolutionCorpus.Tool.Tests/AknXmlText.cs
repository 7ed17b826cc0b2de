using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ResolutionCorpus.Tool.Import.Akn;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>The text of an AKN4UN document as the tests compare it, read independently of the importer.</summary>
internal static class AknXmlText
{
    private static readonly XNamespace s_akn = AknReader.Namespace;

    /// <summary>
    /// Every <c>&lt;p&gt;</c> of the body, preamble and attachments whose text is wording (not cover page, notes, tables or
    /// ornaments), with its printed label removed.
    /// </summary>
    public static IEnumerable<string> Paragraphs(XDocument xml)
    {
        HashSet<XElement> headings = AnnexHeadingParagraphs(xml);
        return xml.Descendants(s_akn + "p").Where(p => Counted(p) && !p.Ancestors().Any(headings.Contains))
            .Select(p => Regex.Replace(PlainText(p), @"^\(([a-zA-Z]{1,6}|\d{1,3})\)\s*", string.Empty))
            .Select(t => Regex.Replace(t, PrintedNumber, string.Empty))
            .Where(t => t.Length > 0 && !IsOrnament(t));
    }

    /// <summary>An ornament printed between parts of the text ("*", "* * *"): print, not wording.</summary>
    public static bool IsOrnament(string text) => Regex.IsMatch(text, @"^\*(?: ?\*)*$");

    /// <summary>
    /// The headings printed in the annexes (attachments), outside their paragraphs' text or as the bold paragraphs that
    /// open an annex, white space collapsed.
    /// </summary>
    public static IEnumerable<string> AnnexHeadings(XDocument xml) =>
        Headings(xml.Descendants(s_akn + "attachment")).Concat(AnnexHeadingParagraphs(xml).Select(PlainText));

    /// <summary>
    /// The paragraphs, wholly bold and without notes, that open an annex before any other text: "Annex", "Annex I",
    /// then its title (not a section's label alone, "A"); and, later in an attachment that prints two annexes, "Annex II"
    /// alone and the title after it. They print the annex's heading, which the file holds as the annex's label and title.
    /// </summary>
    public static HashSet<XElement> AnnexHeadingParagraphs(XDocument xml)
    {
        var headings = new HashSet<XElement>();
        foreach (XElement attachment in xml.Descendants(s_akn + "attachment"))
        {
            bool titled = attachment.Descendants(s_akn + "docTitle").Any(t => t.Value.Trim().Length > 0);
            bool opening = true;
            foreach (XElement paragraph in attachment.Descendants(s_akn + "paragraph").Where(p => !p.Ancestors(s_akn + "authorialNote").Any()))
            {
                string text = PlainText(paragraph);
                bool heading = IsBoldOnly(paragraph) && !paragraph.Descendants(s_akn + "authorialNote").Any() && paragraph.Descendants(s_akn + "p").Count() == 1;
                if (!opening)
                {
                    // A later annex of the same attachment: "Annex II" alone, its title after it.
                    opening = heading && Regex.IsMatch(text, @"^annex\s+(?:[IVXLC]{1,6}|[A-Z]|\d{1,2})$", RegexOptions.IgnoreCase);
                    titled = false;
                    if (opening)
                    {
                        headings.Add(paragraph);
                    }

                    continue;
                }

                opening = false;
                if (!heading)
                {
                    continue;
                }

                if (Regex.Match(text, @"^annex(?:\s+(?:[IVXLC]{1,6}|[A-Z]|\d{1,2}))?(?<title>\s*[–—:.-]\s*\S.*)?$", RegexOptions.IgnoreCase) is { Success: true } named)
                {
                    headings.Add(paragraph);
                    titled = named.Groups["title"].Success;
                    opening = true;
                    continue;
                }

                if (!titled && !Regex.IsMatch(text, @"^(?:[A-Z]|[IVXLC]{1,6})\.?$"))
                {
                    headings.Add(paragraph);
                }
            }
        }

        return headings;
    }

    /// <summary>The headings printed in the given elements, outside their paragraphs' text, white space collapsed.</summary>
    public static IEnumerable<string> Headings(IEnumerable<XElement> scope) =>
        scope.Descendants()
            .Where(e => (e.Name == s_akn + "subheading" || e.Name == s_akn + "heading" || e.Name == s_akn + "crossHeading")
                && !e.Ancestors().Any(a => a.Name == s_akn + "p" || a.Name == s_akn + "authorialNote" || a.Name == s_akn + "preface" || a.Name == s_akn + "coverPage" || a.Name == s_akn + "meta" || a.Name == s_akn + "table"))
            .Select(e => Regex.Replace(AknReader.Normalize(PlainText(e)), @"[ \t\r\n]+", " ").Trim())
            .Where(t => t.Length > 0);

    /// <summary>A paragraph number printed at the start of the text instead of in <c>&lt;num&gt;</c>: <c>6.</c>, <c>3 </c>, <c>232 .</c>.</summary>
    public const string PrintedNumber = @"^\d{1,3}(?:\s*\.[\u200E\u200F]?\s*|[\u200E\u200F]\s*|\s+)(?=[A-Z])";

    /// <summary>Whether a body paragraph is numbered: in its <c>&lt;num&gt;</c> (<c>1.</c>, or <c>l.</c> misread), or at the start of its text.</summary>
    public static bool IsNumbered(XElement paragraph) =>
        paragraph.Element(s_akn + "num") is XElement num
            ? Regex.IsMatch(AknReader.Normalize(num.Value), @"^\d+\.?$") || Regex.IsMatch(AknReader.Normalize(num.Value), @"^l\.?$") && !IsLetteredPreambular(paragraph)
            : paragraph.Element(s_akn + "content")?.Elements(s_akn + "p").FirstOrDefault() is XElement p && Regex.IsMatch(PlainText(p), PrintedNumber);

    /// <summary>
    /// A paragraph printed with a list letter (<c>a.</c>), ending with a comma, before any numbered paragraph: a
    /// preambular paragraph, which has no number (<c>l.</c> among them is the letter, not a misread 1).
    /// </summary>
    public static bool IsLetteredPreambular(XElement paragraph) =>
        paragraph.Element(s_akn + "num") is XElement num && Regex.IsMatch(AknReader.Normalize(num.Value), @"^[a-z]\.$")
        && !paragraph.Descendants(s_akn + "list").Any() && PlainText(paragraph).EndsWith(',')
        && !paragraph.ElementsBeforeSelf(s_akn + "paragraph").Any(IsNumbered);

    /// <summary>
    /// The points of a main body that print a label such as <c>(a)</c>: <c>&lt;point&gt;</c> elements (<c>a.</c> too), and
    /// paragraphs with the label in <c>&lt;num&gt;</c> (<c>i)</c>, <c>a.</c> too) or at the start of their text. (A bullet
    /// without a label is not a citable point.)
    /// </summary>
    public static int Points(XElement body, Func<XElement, bool> counted) =>
        body.Descendants(s_akn + "point").Where(counted).Count(p => p.Element(s_akn + "num") is XElement num && (Regex.IsMatch(AknReader.Normalize(num.Value), PointLabelInNum) && !IsBoldHeading(p) || HeadsList(p, num)))
        + body.Descendants(s_akn + "paragraph").Where(counted).Where(p => !UnderPreambular(p) && !IsLabelledHeading(p)).Count(p => p.Element(s_akn + "num") is XElement num
            ? Regex.IsMatch(AknReader.Normalize(num.Value), LabelInNum) || Regex.IsMatch(AknReader.Normalize(num.Value), @"^[a-z]{1,6}\.$") && !IsLetteredPreambular(p) && !IsNumbered(p)
                || IsNextCapitalPoint(p)
            : p.Element(s_akn + "content")?.Elements(s_akn + "p").FirstOrDefault() is XElement first && Regex.IsMatch(PlainText(first), PrintedLabel + @"\s"));

    /// <summary>
    /// The first of the XML's texts that is not found in order: each is looked for in the resolution's own texts after the
    /// one before, else in its quotations' after the last found there (a text set out whole is held apart, in a quotation
    /// of its own); null when every text is placed.
    /// </summary>
    public static string? FirstUnplaced(IEnumerable<string> xmlTexts, string own, string quoted)
    {
        int at = 0, quotedAt = 0;
        foreach (string text in xmlTexts)
        {
            int found = own.IndexOf(text, at, StringComparison.Ordinal);
            int foundQuoted = found < 0 ? quoted.IndexOf(text, quotedAt, StringComparison.Ordinal) : -1;
            if (found >= 0)
            {
                at = found + text.Length;
            }
            else if (foundQuoted >= 0)
            {
                quotedAt = foundQuoted + text.Length;
            }
            else
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>A paragraph that holds only a label and a heading (<c>(i)</c> and "Exemptions"): a heading, not a point.</summary>
    private static bool IsLabelledHeading(XElement paragraph) =>
        paragraph.Elements().Any(e => e.Name == s_akn + "subheading" || e.Name == s_akn + "heading")
        && paragraph.Elements().All(e => e.Name == s_akn + "subheading" || e.Name == s_akn + "heading" || e.Name == s_akn + "num");

    /// <summary>
    /// Whether a paragraph numbered <c>B.</c> is the next point of a numbered paragraph before it whose points are printed
    /// <c>A.</c> (its last such point the letter before), with no other numbered paragraph between: not a section.
    /// </summary>
    public static bool IsNextCapitalPoint(XElement paragraph)
    {
        if (paragraph.Element(s_akn + "num") is not XElement num || !Regex.IsMatch(AknReader.Normalize(num.Value), @"^[A-Z]\.$"))
        {
            return false;
        }

        string before = ((char)(AknReader.Normalize(num.Value)[0] - 1)).ToString() + ".";
        foreach (XElement sibling in paragraph.ElementsBeforeSelf(s_akn + "paragraph").Reverse())
        {
            if (IsNumbered(sibling))
            {
                return sibling.Descendants(s_akn + "point").Where(p => !IsBoldHeading(p)).Elements(s_akn + "num").LastOrDefault(n => Regex.IsMatch(AknReader.Normalize(n.Value), @"^[A-Z]\.$")) is XElement last
                    && AknReader.Normalize(last.Value) == before;
            }

            if (sibling.Element(s_akn + "num") is XElement other && Regex.IsMatch(AknReader.Normalize(other.Value), @"^[A-Z]\.$"))
            {
                return AknReader.Normalize(other.Value) == before && IsNextCapitalPoint(sibling);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a labelled paragraph follows a preambular paragraph printed as a cross-heading ("Noting with satisfaction:"),
    /// with only other such paragraphs between, or opens a body after a preamble whose last paragraph holds a list of such
    /// items: its
    /// label is an item of that preambular paragraph, not a point of an operative one.
    /// </summary>
    private static bool UnderPreambular(XElement paragraph)
    {
        if (paragraph.Element(s_akn + "num") is not XElement own || !Regex.IsMatch(AknReader.Normalize(own.Value), PrintedLabel + "$"))
        {
            return false;
        }

        XElement? before = paragraph.ElementsBeforeSelf().Reverse().SkipWhile(e => e.Name == s_akn + "paragraph" && e.Element(s_akn + "num") is XElement num
            && Regex.IsMatch(AknReader.Normalize(num.Value), PrintedLabel + "$")).FirstOrDefault();
        if (before is null)
        {
            // At the start of a body printed after a preamble whose last paragraph holds a list of labelled items (not
            // operative paragraphs 1., 2.): more of its items.
            return paragraph.Parent is XElement body && body.Name == s_akn + "mainBody" && body.ElementsBeforeSelf().LastOrDefault() is XElement preamble
                && preamble.Name == s_akn + "preamble" && preamble.Elements().LastOrDefault()?.Descendants(s_akn + "item").LastOrDefault()?.Element(s_akn + "num") is XElement item
                && Regex.IsMatch(AknReader.Normalize(item.Value), PrintedLabel + "$");
        }

        return before.Name == s_akn + "crossHeading" && (string?)before.Attribute("refersTo") == "#preamble";
    }

    /// <summary>
    /// The preambular paragraphs of a body printed between two preambles: all of its paragraphs, unless it holds a
    /// section's number printed as a heading (a paragraph wholly in bold: "I", or numbered as a section: "B."); then the
    /// unnumbered paragraphs after its last heading, which open the next preamble.
    /// </summary>
    public static int PreambularInBody(XElement body)
    {
        List<XElement> paragraphs = [.. body.Elements(s_akn + "paragraph").Where(p => !IsOrnament(PlainText(p)))];
        bool opensSection = paragraphs.Any(p => IsBoldOnly(p) && Regex.IsMatch(PlainText(p), @"^(?:[IVXL]+|[A-Z])\.?$") || HasSectionNumber(p));
        int lastHeading = paragraphs.FindLastIndex(p => IsBoldOnly(p) || HasSectionNumber(p));
        return !opensSection ? paragraphs.Count(p => !UnderPreambular(p)) : paragraphs.Skip(lastHeading + 1).TakeWhile(p => !IsNumbered(p)).Count();
    }

    /// <summary>A paragraph numbered as a section is (<c>&lt;num&gt;B.&lt;/num&gt;</c>), with no list: a section's number and heading.</summary>
    private static bool HasSectionNumber(XElement paragraph) =>
        paragraph.Element(s_akn + "num") is XElement num && Regex.IsMatch(AknReader.Normalize(num.Value), @"^(?:[IVXL]+|[A-Z])\.?$") && !paragraph.Descendants(s_akn + "list").Any();

    /// <summary>
    /// A point whose every word (its label aside) is in bold, the last of its list, with no points of its own, over a table
    /// after its paragraph: the table's caption.
    /// </summary>
    private static bool IsBoldHeading(XElement point)
    {
        XElement? next = point.Ancestors(s_akn + "paragraph").FirstOrDefault()?.ElementsAfterSelf().FirstOrDefault();
        return !point.ElementsAfterSelf().Any() && !point.Descendants(s_akn + "list").Any() && !point.Descendants(s_akn + "sublist").Any()
            && next is not null && (next.Name == s_akn + "table" || next.Elements(s_akn + "table").Any())
            && AllBold(point, t => !t.Ancestors(s_akn + "num").Any());
    }

    /// <summary>An unnumbered paragraph whose every word is in bold: a heading.</summary>
    public static bool IsBoldOnly(XElement paragraph)
    {
        if (paragraph.Element(s_akn + "num") is not null)
        {
            return false;
        }

        return AllBold(paragraph, _ => true);
    }

    /// <summary>Whether every word of an element that <paramref name="counts"/> (its notes aside) is in a bold span.</summary>
    private static bool AllBold(XElement element, Func<XText, bool> counts)
    {
        List<XText> texts = [.. element.DescendantNodes().OfType<XText>().Where(t => t.Value.Trim().Length > 0 && !t.Ancestors(s_akn + "authorialNote").Any() && counts(t))];
        return texts.Count > 0 && texts.All(t => t.Ancestors(s_akn + "span").Any(s => (string?)s.Attribute("class") == "bold"));
    }

    /// <summary>
    /// The element that opens an annex printed inside a main body: a heading "Annex …" ("Annex to resolution 1526 (2004)"),
    /// or whatever follows the Council's closing paragraph ("Decides to remain seized of the matter.") other than a rule
    /// line; or null.
    /// </summary>
    public static XElement? AnnexInBody(IEnumerable<XElement> bodies)
    {
        XElement? heading = bodies.SelectMany(b => b.Descendants())
            .FirstOrDefault(e => (e.Name == s_akn + "subheading" || e.Name == s_akn + "heading" || e.Name == s_akn + "crossHeading")
                && Regex.IsMatch(AknReader.Normalize(e.Value), @"^annex(?:es)?\b", RegexOptions.IgnoreCase));
        XElement? afterClosing = bodies.SelectMany(b => b.Elements()
                .SkipWhile(e => !(e.Name == s_akn + "paragraph" && IsNumbered(e) && Regex.IsMatch(PlainText(e), @"\bseized of the matter\.$")))
                .Skip(1))
            .FirstOrDefault(e => !Regex.IsMatch(PlainText(e), @"^[-–—_*\s]*$"));
        return heading is null ? afterClosing : afterClosing is null || heading.IsBefore(afterClosing) ? heading : afterClosing;
    }

    /// <summary>A point's printed label: <c>(a)</c>, <c>(ii)</c>, <c>(3)</c>.</summary>
    private const string PrintedLabel = @"^\(([a-zA-Z]{1,6}|\d{1,3})\)";

    /// <summary>A point numbered <c>I.</c> or <c>A.</c> followed by a list of its own points: a point a level above them.</summary>
    private static bool HeadsList(XElement point, XElement num) =>
        Regex.IsMatch(AknReader.Normalize(num.Value), @"^(?:[IVXL]+|[A-Z])\.$")
        && point.ElementsAfterSelf().FirstOrDefault() is XElement next && (next.Name == s_akn + "list" || next.Name == s_akn + "sublist");

    /// <summary>A point's label in its <c>&lt;num&gt;</c>, where the opening parenthesis may be left out: <c>(a)</c>, <c>i)</c>.</summary>
    private const string LabelInNum = @"^\(?([a-zA-Z]{1,6}|\d{1,3})\)$";

    /// <summary>A list point's label in its <c>&lt;num&gt;</c>: as in a paragraph, or in list numbering, <c>a.</c>, <c>ii.</c>, <c>3.</c>.</summary>
    private const string PointLabelInNum = @"^(?:\(?([a-zA-Z]{1,6}|\d{1,3})\)|([a-zA-Z]{1,6}|\d{1,3})\.)$";

    /// <summary>
    /// Whether a <c>&lt;p&gt;</c> is wording of its own: not in the cover page, preface, formula, conclusions, notes,
    /// tables or metadata, and not inside another <c>&lt;p&gt;</c>, except through a text it sets out whole
    /// (<c>&lt;embeddedStructure&gt;</c>) or quotes (<c>&lt;quotedStructure&gt;</c>), whose paragraphs are wording of their own.
    /// </summary>
    public static bool Counted(XElement p) =>
        !p.Ancestors().Any(a => a.Name == s_akn + "coverPage" || a.Name == s_akn + "preface" || a.Name == s_akn + "formula"
            || a.Name == s_akn + "conclusions" || a.Name == s_akn + "authorialNote" || a.Name == s_akn + "table" || a.Name == s_akn + "meta")
        && !p.Ancestors().TakeWhile(a => a.Name != s_akn + "embeddedStructure" && a.Name != s_akn + "quotedStructure").Any(a => a.Name == s_akn + "p");

    /// <summary>A <c>&lt;p&gt;</c>'s text without its notes and the texts it sets out whole, white space collapsed.</summary>
    public static string PlainText(XElement p)
    {
        var builder = new StringBuilder();
        void Walk(XElement e)
        {
            foreach (XNode node in e.Nodes())
            {
                if (node is XText t)
                {
                    builder.Append(t.Value);
                }
                else if (node is XElement child && child.Name != s_akn + "authorialNote" && child.Name != s_akn + "embeddedStructure" && child.Name != s_akn + "quotedStructure")
                {
                    if (child.Name == s_akn + "table")
                    {
                        return;
                    }

                    // A line break, or a paragraph, point or label inside the text (a text it quotes), parts words.
                    builder.Append(child.Name.LocalName is "eol" or "p" or "point" or "item" or "paragraph" or "list" or "num" ? " " : string.Empty);
                    Walk(child);
                }
            }
        }

        Walk(p);
        return Regex.Replace(builder.ToString(), @"[ \t\r\n]+", " ").Trim();
    }
}
