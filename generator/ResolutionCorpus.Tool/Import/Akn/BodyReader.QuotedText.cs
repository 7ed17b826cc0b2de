using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ResolutionCorpus.Tool.Import.Model;

namespace ResolutionCorpus.Tool.Import.Akn;

internal sealed partial class AknReader
{
    /// <summary>
    /// Text a numbered paragraph quotes ("… to read as follows:", then articles with their own numbers and points): lines
    /// of that paragraph, never paragraphs or points of the resolution.
    /// </summary>
    private sealed partial class BodyReader
    {
        // A numbered paragraph whose quoted text ("… to read as follows:", then articles with their own numbers and
        // points) is being read: each element up to the next paragraph or section is a line of it, labels kept.
        private ImportedParagraph? _quoting;

        /// <summary>
        /// Whether the element is text quoted by the numbered paragraph before it. A quotation opens after a paragraph that
        /// ends with a colon, with an unnumbered, unlabelled paragraph ("Article 10"), when what runs from there to the
        /// next paragraph or section cannot be the resolution's own: a number out of sequence ("4." after 14), or a point
        /// label twice (articles 10 and 11, each with points (a), (b)). It ends at the paragraph numbered next or a
        /// section's number.
        /// </summary>
        private bool IsQuoted(XElement element)
        {
            if (_quoting is not null)
            {
                if (!EndsQuotation(element))
                {
                    return true;
                }

                _quoting = null;
                return false;
            }

            if (_annex is not null || _last is not { Number: not null, Points.Count: 0 } || !LastLine().TrimEnd().EndsWith(':')
                || element.Name != s_ns + "paragraph" || element.Element(s_ns + "num") is not null || PointLabel(element) is not null
                || NumberOf(element) is not null || EndsQuotation(element))
            {
                return false;
            }

            List<XElement> run = [element, .. element.ElementsAfterSelf().TakeWhile(e => !EndsQuotation(e))];
            List<string> labels = [.. run.Select(PointLabel).OfType<string>()];
            bool quoted = run.Any(e => NumberOf(e) is int n && n != _lastNumber + 1) || labels.Distinct(System.StringComparer.Ordinal).Count() < labels.Count;
            if (quoted)
            {
                _quoting = _last;
                reader.Count("quoted texts in a paragraph");
            }

            return quoted;
        }

        /// <summary>Whether the element ends quoted text: the paragraph numbered next, or a section's number.</summary>
        private bool EndsQuotation(XElement element) =>
            NumberOf(element) == _lastNumber + 1 || IsSectionNumber(element) || element.Name == s_ns + "paragraph" && SectionNumber(element) is not null
            || HeadingText(element) is string heading && s_sectionNumber.IsMatch(heading);

        /// <summary>The paragraph number an element is printed with, in <c>&lt;num&gt;</c> or at the start of its text (<c>4.</c>); otherwise <see langword="null"/>.</summary>
        private static int? NumberOf(XElement element)
        {
            if (element.Name != s_ns + "paragraph")
            {
                return null;
            }

            string num = Normalize(element.Element(s_ns + "num")?.Value ?? string.Empty);
            Match m = num.Length > 0 ? Regex.Match(num, @"^(\d{1,3})\.?$") : Regex.Match(Normalize(element.Value), @"^(\d{1,3})\s*\.\s");
            return m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        }

        /// <summary>An element's quoted text, line by line, each paragraph's or point's printed number or label kept.</summary>
        private string QuotedText(XElement element)
        {
            var lines = new List<string>();
            foreach (XElement e in element.DescendantsAndSelf().Where(e => !e.Ancestors(s_ns + "authorialNote").Any() && !e.Ancestors(s_ns + "p").Any()))
            {
                if (e.Name == s_ns + "subheading" || e.Name == s_ns + "heading" || e.Name == s_ns + "crossHeading")
                {
                    lines.Add(Normalize(e.Value));
                }
                else if (e.Name == s_ns + "p" || e.Name == s_ns + "table")
                {
                    // The number or label of the paragraph or point this block opens.
                    XElement? owner = e.Parent?.Name == s_ns + "content" ? e.Parent.Parent : e.Parent;
                    bool opens = owner?.Element(s_ns + "num") is not null && owner.Descendants().FirstOrDefault(d => d.Name == s_ns + "p" || d.Name == s_ns + "table") == e;
                    string text = e.Name == s_ns + "table" ? reader.TableText(e) : reader.Text(e);
                    lines.Add(opens ? Normalize(owner!.Element(s_ns + "num")!.Value) + " " + text : text);
                }
            }

            return string.Join("\n", lines.Where(l => l.Trim().Length > 0));
        }
    }
}
