using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ResolutionCorpus.Tool.Import.Model;

namespace ResolutionCorpus.Tool.Import.Akn;

internal sealed partial class AknReader
{
    /// <summary>
    /// Text a numbered paragraph quotes ("… to read as follows:", then articles with their own numbers and points): a
    /// quotation of its own, with its own numbering, never paragraphs or points of the resolution.
    /// </summary>
    private sealed partial class BodyReader
    {
        // An article's heading in quoted text: "Article 10", "Article 9, new paragraph 4:".
        private static readonly Regex s_article = new(@"^Article \d{1,3}[A-Za-z]?(?:,[^.;]{0,60})?:?$");

        // Reads the quoted text being read (up to the next paragraph or section) into a quotation of its own.
        private BodyReader? _quotation;

        // Whether this reader reads quoted text, where a line "Article 10" is an article's heading.
        private bool _readsQuotation;

        /// <summary>
        /// Whether the element is text quoted by the numbered paragraph before it. A quotation opens after a paragraph that
        /// ends with a colon, with an unnumbered, unlabelled paragraph ("Article 10"), when what runs from there to the
        /// next paragraph or section cannot be the resolution's own: a number out of sequence ("4." after 14), or a point
        /// label twice (articles 10 and 11, each with points (a), (b)). It ends at the paragraph numbered next or a
        /// section's number.
        /// </summary>
        private bool IsQuoted(XElement element)
        {
            if (_quotation is not null)
            {
                if (!EndsQuotation(element))
                {
                    return true;
                }

                EndQuotation();
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
                var quotation = new ImportedDivision();
                reader._result.Quotations.Add(quotation);
                reader.Count("quotations");
                reader.Count("quoted texts in a paragraph");
                _quotation = new BodyReader(reader, quotation) { _readsQuotation = true };
            }

            return quoted;
        }

        /// <summary>Reads one element of the quoted text into its quotation.</summary>
        private void Quote(XElement element) => _quotation!.Read([element]);

        /// <summary>Ends the quoted text being read, if any: the quotation's unnumbered paragraphs are settled.</summary>
        private void EndQuotation()
        {
            _quotation?.Finish();
            _quotation = null;
        }

        /// <summary>An article's heading, alone in an unnumbered paragraph of quoted text: "Article 10".</summary>
        private bool IsArticleHeading(XElement element) =>
            _readsQuotation && element.Name == s_ns + "paragraph" && element.Element(s_ns + "num") is null && !element.Descendants(s_ns + "list").Any()
            && s_article.IsMatch(Normalize(element.Value));

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
    }
}
