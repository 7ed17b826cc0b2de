using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ResolutionCorpus.Tool.Import.Model;

namespace ResolutionCorpus.Tool.Import.Akn;

/// <summary>
/// Reads an Akoma Ntoso for the United Nations (AKN4UN) resolution: cover page and FRBR metadata, preface,
/// preamble, main body (numbered paragraphs, points, sections, cross-headings), parts of a document collection,
/// attachments, conclusions and authorial notes.
/// </summary>
internal sealed partial class AknReader
{
    public const string Namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static readonly XNamespace s_akn = Namespace;

    // "Annex", "Annex I", "ANNEX 2", "Annex A – Items subject to …": a heading that names an annex, with its label and title.
    // "(a) " at the start of a paragraph's text: a point printed as a paragraph.
    private static readonly Regex s_printedPoint = new(@"^\(([a-z]{1,4})\) ", RegexOptions.None);

    private static readonly List<string> s_romanNumerals = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"];

    private static readonly Regex s_annexHeading = new(@"^annex(?:\s+(?<label>[IVXLC]{1,6}|[A-Z]|\d{1,2}))?(?:\s*[–—:.-]\s*(?<title>\S.*))?$", RegexOptions.IgnoreCase);

    // "A", "II": a section's label printed alone, which no title is.
    private static readonly Regex s_bareLabel = new(@"^(?:[A-Z]|[IVXLC]{1,6})\.?$", RegexOptions.None);

    // An ornament printed between parts of the text: "*", "* * *".
    private static readonly Regex s_ornament = new(@"^\*(?: ?\*)*$");

    private readonly ImportedResolution _result = new();
    private readonly List<(string Marker, string Text)> _notes = [];

    // Whether white space stood before the footnote marker just written, to keep it between the words around it.
    private bool _spaceBeforeMarker;

    /// <summary>What the reader found to say: errors that make the document unimportable, and warnings, each with its reason and line.</summary>
    public List<AknProblem> Problems { get; } = [];

    /// <summary>Whether an error was found.</summary>
    public bool Failed => Problems.Exists(p => p.IsError);

    /// <summary>Records an error at <paramref name="at"/> (the whole file when null): the document is not imported.</summary>
    internal void Error(XObject? at, string message) => Problems.Add(AknProblem.At(at, message, isError: true));

    /// <summary>Records a warning at <paramref name="at"/>: the document is imported, and the report says what was read how.</summary>
    internal void Warn(XObject? at, string message) => Problems.Add(AknProblem.At(at, message, isError: false));

    public static bool IsAkn(string text)
    {
        int start = text.IndexOf('<');
        return start >= 0 && text.AsSpan(start, Math.Min(text.Length - start, 4000)).IndexOf("akomaNtoso".AsSpan(), StringComparison.Ordinal) >= 0
            && text.Contains(Namespace, StringComparison.Ordinal);
    }

    public ImportedResolution? Read(XDocument document)
    {
        XElement? root = document.Root;
        if (root is null || root.Name != s_akn + "akomaNtoso")
        {
            Error(root, "the root element is not an Akoma Ntoso <akomaNtoso>");
            return null;
        }

        XElement? top = root.Elements().FirstOrDefault();
        if (top is null)
        {
            Error(root, "the document is empty");
            return null;
        }

        // The corpus holds the English texts; another language's copy of the same resolution is refused as such.
        XElement? expressed = root.Descendants(s_akn + "FRBRExpression").Elements(s_akn + "FRBRlanguage").FirstOrDefault();
        string? language = (string?)expressed?.Attribute("language");
        if (language is not null && language != "eng")
        {
            Error(expressed, $"the document is the {LanguageName(language)} text (FRBRlanguage '{language}'); the corpus holds the English texts: import the English copy");
            return null;
        }

        AknMetaReader.Read(root, _result);
        if (_result.Symbol.Length > 0 && !DocumentSymbol.TryParse(_result.Symbol, out _))
        {
            Error(null, $"'{_result.Symbol}' is not the symbol of a resolution (A/RES/…, S/RES/… (year), E/RES/…, A/HRC/RES/…): only resolutions are imported");
            return null;
        }

        if (top.Name == s_akn + "documentCollection")
        {
            Count("parts");
            XElement? preface = top.Element(s_akn + "preface");
            if (preface is not null)
            {
                ReadPreface(preface, _result.Main, part: false);
            }

            // A part's own components are texts it sets out (read with the part), not parts.
            foreach (XElement statement in root.Descendants(s_akn + "component").Elements(s_akn + "statement").Where(s => !s.Ancestors(s_akn + "statement").Any()))
            {
                var part = new ImportedDivision();
                ReadStatement(statement, part, isPart: true);
                _result.Parts.Add(part);
                Count("parts.count");
            }

            _result.Meeting ??= _result.Parts.Select(p => p.Meeting).LastOrDefault(m => m is not null);
        }
        else
        {
            ReadStatement(top, _result.Main, isPart: false);
            _result.Meeting = _result.Main.Meeting ?? _result.Meeting;
            _result.Main.Meeting = null;
            _result.Main.Adopted = null;
        }

        if (_result.Symbol.Length == 0)
        {
            Error(null, "no document symbol: neither the cover page's <docNumber refersTo=\"#symbol\"> nor the FRBR work IRI gives one");
        }

        if (_result.Adopted is null)
        {
            Error(null, "no adoption date: neither <FRBRdate name=\"adoption\"> nor the conclusions give one");
        }


        // A marker stands for one note, however often it is printed; one printed for several notes ("*" on the heading
        // of each annex, each page its own note) is a footnote per note, which its markers name in turn.
        var several = _notes.GroupBy(n => n.Marker, StringComparer.Ordinal).Where(g => g.Select(n => n.Text).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string marker, string text) in _notes)
        {
            if (several.Contains(marker) || written.Add(marker))
            {
                _result.Footnotes.Add(new ImportedFootnote(marker, text));
            }
        }

        return Failed ? null : _result;
    }

    private void ReadStatement(XElement statement, ImportedDivision division, bool isPart)
    {
        if (statement.Element(s_akn + "preface") is XElement preface)
        {
            ReadPreface(preface, division, isPart);
        }

        // One reader for all the statement's bodies: some files print each section as a preamble and a body of its
        // own, alternating ("I" and its heading end one body, the next preamble is section I's). A body between two
        // preambles without a section's number holds preambular paragraphs (and sub-headings of the preamble).
        BodyReader? body = null;
        foreach (XElement child in statement.Elements())
        {
            if (child.Name == s_akn + "preamble" && body is { InSection: true })
            {
                body.ReadPreamble(child);
            }
            else if (child.Name == s_akn + "preamble")
            {
                ReadPreamble(child, division);
            }
            else if (child.Name == s_akn + "mainBody" && child.ElementsAfterSelf(s_akn + "preamble").Any()
                && !child.Elements().Any(e => BodyReader.IsSectionNumber(e) || e.Name == s_akn + "paragraph" && BodyReader.SectionNumber(e) is not null))
            {
                // A body between two preambles holds preambular paragraphs the publisher split off.
                foreach (XElement paragraph in child.Elements().Where(e => !Ornament(e)))
                {
                    string printed = Normalize(paragraph.Element(s_akn + "num")?.Value ?? string.Empty);
                    if (Regex.IsMatch(printed, @"^\(([a-z]{1,6}|\d{1,3})\)$")
                        && BodyReader.ItemOfPreambular(this, division, printed, JoinParagraphs(paragraph.Elements(s_akn + "content").Elements())))
                    {
                        continue;
                    }

                    division.Preamble.Add(Preambular(new XElement(s_akn + "container", paragraph.Descendants(s_akn + "p").Where(p => !p.Ancestors(s_akn + "authorialNote").Any()))));
                }
            }
            else if (child.Name == s_akn + "mainBody")
            {
                body ??= new BodyReader(this, division);
                body.Read(child.Elements());
            }
        }

        body?.Finish();

        // A draft resolution the statement recommends, printed after it as a component of its own.
        foreach (XElement quoted in statement.Elements(s_akn + "components").Elements(s_akn + "component").Elements(s_akn + "statement"))
        {
            var quotation = new ImportedDivision { Heading = quoted.Elements(s_akn + "preamble").Elements(s_akn + "formula").Select(Text).FirstOrDefault(t => t.Length > 0) };
            _result.Quotations.Add(quotation);
            Count("quotations");
            ReadStatement(quoted, quotation, isPart: false);
        }

        if (statement.Element(s_akn + "conclusions") is XElement conclusions)
        {
            // The meeting as <inline name="adoptionMeeting"> or, in later files, <location refersTo="#adoptionMeeting">.
            string? meeting = conclusions.Descendants().FirstOrDefault(i =>
                (i.Name == s_akn + "inline" && (string?)i.Attribute("name") == "adoptionMeeting")
                || (i.Name == s_akn + "location" && (string?)i.Attribute("refersTo") == "#adoptionMeeting"))?.Value;
            division.Meeting = meeting is null ? null : Normalize(meeting);
            division.Adopted = conclusions.Descendants(s_akn + "docDate").Select(d => IsoDate((string?)d.Attribute("date"))).FirstOrDefault(d => d is not null);
        }

        foreach (XElement attachment in statement.Elements(s_akn + "attachments").Elements(s_akn + "attachment"))
        {
            ReadAttachment(attachment);
        }
    }

    internal void ReadPreamble(XElement preamble, ImportedDivision division)
    {
        foreach (XElement child in preamble.Elements())
        {
            if (Ornament(child))
            {
                continue;
            }

            if (child.Name == s_akn + "container" && child.Elements(s_akn + "blockList").FirstOrDefault(b => b.Elements(s_akn + "item").Any(IsNumberedItem)) is XElement list)
            {
                PreambleEndingInParagraphs(child, list, division);
            }
            else if (child.Name == s_akn + "container")
            {
                division.Preamble.Add(Preambular(child));
            }
            else if (child.Name == s_akn + "p" || child.Name == s_akn + "blockList")
            {
                // A preambular paragraph the publisher left outside a container.
                division.Preamble.Add(Preambular(new XElement(s_akn + "container", child)));
            }
            else if (child.Name == s_akn + "block")
            {
                // A sub-heading among the preambular paragraphs ("Somalia"): kept, in its place, as a paragraph of its own.
                division.Preamble.Add(new ImportedParagraph { Text = Text(child) });
                Count("preamble");
                Count("preamble headings");
            }
            else if (child.Name != s_akn + "formula")
            {
                Error(child, $"unexpected <{child.Name.LocalName}> in the preamble");
            }
        }
    }

    /// <summary>
    /// A text set out whole inside a paragraph (<c>&lt;embeddedStructure&gt;</c>: "Recommends … the adoption of the
    /// following draft resolution:"), or quoted in it (<c>&lt;quotedStructure&gt;</c>: "paragraph 11 … shall be replaced
    /// by the following:"): a quotation with its own formula, preamble and numbered paragraphs, as printed.
    /// </summary>
    internal void ReadEmbedded(XElement structure)
    {
        var quotation = new ImportedDivision();
        _result.Quotations.Add(quotation);
        Count("quotations");
        BodyReader? body = null;
        foreach (XElement child in structure.Elements())
        {
            if (child.Name == s_akn + "container" && (string?)child.Attribute("name") == "formula" && quotation.Heading is null && quotation.Preamble.Count == 0)
            {
                quotation.Heading = JoinParagraphs(child.Elements());
            }
            else if (child.Name == s_akn + "container" && body is null)
            {
                quotation.Preamble.Add(Preambular(child));
            }
            else if (body is null && child.Name == s_akn + "paragraph" && child.Element(s_akn + "num") is null && child.ElementsAfterSelf(s_akn + "container").Any())
            {
                // An unnumbered paragraph among the preambular paragraphs is one of them.
                XElement? content = child.Element(s_akn + "content");
                quotation.Preamble.Add(Preambular(new XElement(s_akn + "container", new XAttribute("name", BodyReader.ItalicLead(content)), content?.Elements() ?? child.Elements())));
            }
            else
            {
                body ??= new BodyReader(this, quotation);
                body.Read([child]);
            }
        }

        body?.Finish();
    }

    private void ReadPreface(XElement preface, ImportedDivision division, bool part)
    {
        string? title = preface.Descendants(s_akn + "docTitle").Select(t => Normalize(t.Value)).FirstOrDefault(t => t.Length > 0);
        string all = Normalize(string.Join(" ", preface.Elements(s_akn + "p").Select(WithoutNotes))).Replace('\n', ' ');

        // A note on the document itself, printed after its symbol: "75/245. United Nations common system B¹".
        foreach (XElement note in preface.Descendants(s_akn + "authorialNote"))
        {
            _result.Notes.Add(string.Join(" ", note.Elements().Select(Text).Where(t => t.Length > 0)));
            Count("document notes");
        }

        if (part)
        {
            Match m = Regex.Match(all, @"^([A-Z])(?:\s*(?<=[A-Z]|\s)(?=[A-Z][a-z]|\s)(.*))?$");
            division.Label = m.Success ? m.Groups[1].Value : null;
            division.Heading = title ?? (m.Success && m.Groups[2].Success ? m.Groups[2].Value : null);
            if (division.Label is null)
            {
                Error(preface, $"a part's preface does not start with its letter: '{Shorten(all)}'");
            }

            return;
        }

        title ??= Regex.Replace(all, @"^\d+/\d+\s*[A-Z]?(?:-[A-Z])?\.\s*", string.Empty);
        if (title.Length > 0 && _result.Title is null)
        {
            _result.Title = title;
        }
    }

    private static string WithoutNotes(XElement element) =>
        string.Concat(element.DescendantNodes().OfType<XText>().Where(t => !t.Ancestors(s_akn + "authorialNote").Any()).Select(t => t.Value));

    /// <summary>An item numbered as an operative paragraph is (<c>1.</c>).</summary>
    private static bool IsNumberedItem(XElement item) => Regex.IsMatch(Normalize(item.Element(s_akn + "num")?.Value ?? string.Empty), @"^\d+\.$");

    /// <summary>
    /// The last preambular paragraph with the first operative paragraphs printed as its list ("Reaffirming …:" then
    /// "1. Decides …"), as the publisher sometimes marks them up: the words up to the numbered items stay the preambular
    /// paragraph, and from the first numbered item on they are the operative paragraphs the body continues.
    /// </summary>
    private void PreambleEndingInParagraphs(XElement container, XElement list, ImportedDivision division)
    {
        List<XElement> items = [.. list.Elements(s_akn + "item")];
        int first = items.FindIndex(i => IsNumberedItem(i));
        IEnumerable<XElement> before = container.Elements().TakeWhile(e => e != list)
            .Concat(list.Elements(s_akn + "listIntroduction"))
            .Concat(items.Take(first));
        var preambular = new ImportedParagraph { Text = string.Join("\n", before.Select(Text).Where(t => t.Length > 0)) };
        preambular.Phrase = PhraseOf(preambular.Text, Normalize((string?)container.Attribute("name") ?? string.Empty));
        division.Preamble.Add(preambular);
        Count("preamble");
        foreach (XElement item in items.Skip(first))
        {
            string text = JoinParagraphs(item.Elements().Where(e => e.Name != s_akn + "num"));
            var paragraph = new ImportedParagraph { Number = Normalize(item.Element(s_akn + "num")?.Value ?? string.Empty).TrimEnd('.'), Text = text };
            paragraph.Phrase = PhraseOf(text, BodyReader.ItalicLead(item));
            division.Operative.Add(paragraph);
            Count("operative");
            Count("operative paragraphs in the preamble");
        }
    }

    private ImportedParagraph Preambular(XElement container)
    {
        var paragraph = new ImportedParagraph
        {
            Text = JoinParagraphs(container.Elements().Where(e => e.Name == s_akn + "p" || e.Name == s_akn + "blockList" || e.Name == s_akn + "table")),
        };
        string name = Normalize((string?)container.Attribute("name") ?? string.Empty);
        paragraph.Phrase = PhraseOf(paragraph.Text, name);
        Count("preamble");
        return paragraph;
    }

    private void ReadAttachment(XElement attachment)
    {
        Count("annexes");
        var annex = new ImportedAnnex();
        XElement doc = attachment.Elements().FirstOrDefault() ?? attachment;
        if (doc.Element(s_akn + "preface") is XElement preface)
        {
            // The label and title as this tool exports them: <docNumber>Annex I</docNumber> <docTitle>…</docTitle>.
            string number = Normalize(preface.Descendants(s_akn + "docNumber").FirstOrDefault()?.Value ?? string.Empty);
            annex.Label = Regex.Match(number, @"^Annex\s+(\S+)$") is { Success: true } label ? label.Groups[1].Value : null;
            annex.Title = preface.Descendants(s_akn + "docTitle").Select(Text).FirstOrDefault(t => t.Length > 0);
        }

        // Paragraphs, tables that stand outside a paragraph, and headings, in document order; a point's under its paragraph.
        var opened = new AnnexContainers();
        foreach (XElement block in doc.Descendants().Where(e => !e.Ancestors(s_akn + "authorialNote").Any() && !e.Ancestors(s_akn + "table").Any()
            && !e.Ancestors(s_akn + "p").Any() && !e.Ancestors(s_akn + "preface").Any() && !e.Ancestors(s_akn + "meta").Any()))
        {
            if (block.Name == s_akn + "p" && Ornament(block))
            {
                continue;
            }

            if (block.Name == s_akn + "p" && annex.Paragraphs.Count == 0 && annex.Title is null
                && block.Ancestors(s_akn + "paragraph").FirstOrDefault() is XElement unnumbered && BodyReader.IsHeadingParagraph(unnumbered)
                && !block.Descendants(s_akn + "authorialNote").Any())
            {
                // "Annex", then the annex's title, printed as bold paragraphs before any other: its heading, not its text.
                // One that carries a note stays a paragraph, where its marker can stand.
                AddAnnexHeading(annex, opened, block, Text(block));
            }
            else if (block.Name == s_akn + "p" && NextAnnexHeading(annex, block))
            {
                // "Annex II" printed as a bold paragraph after the paragraphs of annex I: one attachment printing two
                // annexes, as with a heading.
                _result.Annexes.Add(annex);
                annex = new ImportedAnnex();
                opened = new AnnexContainers();
                Count("annexes");
                AddAnnexHeading(annex, opened, block, Text(block));
            }
            else if (block.Name == s_akn + "p")
            {
                AddAnnexText(annex, opened, block, Text(block));
            }
            else if (block.Name == s_akn + "table")
            {
                AddAnnexText(annex, opened, block, TableText(block));
            }
            else if (block.Name == s_akn + "subheading" || block.Name == s_akn + "heading" || block.Name == s_akn + "crossHeading")
            {
                string heading = Text(block);
                if (s_annexHeading.Match(heading) is { Success: true } named && named.Groups["label"].Success
                    && (annex.Paragraphs.Count > 0 || (annex.Label is not null && annex.Label != named.Groups["label"].Value)))
                {
                    // "Annex II" after the paragraphs of annex I: one attachment printing two annexes.
                    _result.Annexes.Add(annex);
                    annex = new ImportedAnnex();
                    opened = new AnnexContainers();
                    Count("annexes");
                }

                AddAnnexHeading(annex, opened, block, heading);
            }
        }

        _result.Annexes.Add(annex);
    }

    /// <summary>
    /// True for a paragraph wholly in bold, after the annex's own paragraphs, that names the next annex in order:
    /// "Annex II" in annex I, "Annex B" in annex A.
    /// </summary>
    private static bool NextAnnexHeading(ImportedAnnex annex, XElement p) =>
        annex.Paragraphs.Count > 0 && annex.Label is not null
        && p.Ancestors(s_akn + "paragraph").FirstOrDefault() is XElement paragraph && BodyReader.IsHeadingParagraph(paragraph)
        && s_annexHeading.Match(Normalize(p.Value)) is { Success: true } named && !named.Groups["title"].Success
        && named.Groups["label"].Value == NextLabel(annex.Label);

    /// <summary>The label after <paramref name="label"/>: II after I, B after A, 3 after 2.</summary>
    private static string? NextLabel(string label) =>
        int.TryParse(label, NumberStyles.None, CultureInfo.InvariantCulture, out int number) ? (number + 1).ToString(CultureInfo.InvariantCulture)
        : label.Length == 1 && char.IsAsciiLetterUpper(label[0]) && label[0] is not ('I' or 'V' or 'X') ? ((char)(label[0] + 1)).ToString()
        : RomanNumerals.Parse(label) is int roman ? RomanNumerals.Format(roman + 1)
        : null;

    /// <summary>
    /// A heading of an annex: "Annex I" names it, with its label and any title printed after a dash or colon; the first
    /// other heading before any paragraph is its title, unless it is a section's label alone ("A"); any other heading is
    /// a line of its own among its paragraphs.
    /// </summary>
    private void AddAnnexHeading(ImportedAnnex annex, AnnexContainers opened, XElement element, string heading)
    {
        if (heading.Length == 0)
        {
            return;
        }

        Count("annex headings");
        if (annex.Paragraphs.Count == 0 && annex.Title is null && s_annexHeading.Match(heading) is { Success: true } named)
        {
            annex.Label = named.Groups["label"].Success ? named.Groups["label"].Value : annex.Label;
            annex.Title = named.Groups["title"].Success ? named.Groups["title"].Value : null;
        }
        else if (annex.Paragraphs.Count == 0 && annex.Title is null && !s_bareLabel.IsMatch(heading))
        {
            annex.Title = heading;
        }
        else
        {
            AddAnnexText(annex, opened, element, heading);
        }
    }

    /// <summary>
    /// Adds a block of an annex: a paragraph, or a point under the paragraph or point it belongs to. Nesting never
    /// reorders: a block that returns to a container after its points begins a paragraph of its own, as printed.
    /// </summary>
    /// <param name="annex">The annex being read.</param>
    /// <param name="opened">The containers (<c>paragraph</c>, <c>point</c>) a later point may nest under, and the last one opened.</param>
    /// <param name="element">The block: a <c>&lt;p&gt;</c> or a table.</param>
    /// <param name="text">Its text.</param>
    private void AddAnnexText(ImportedAnnex annex, AnnexContainers opened, XElement element, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        XElement? container = element.Ancestors().FirstOrDefault(a => a.Name == s_akn + "point" || a.Name == s_akn + "paragraph");
        string printed = Normalize(container?.Element(s_akn + "num")?.Value ?? string.Empty);
        bool first = container is null || !opened.Paragraphs.ContainsKey(container);
        if (container?.Name == s_akn + "point")
        {
            if (!first && container == opened.Last)
            {
                // A point printed in several blocks, nothing printed between them: one point, its blocks on lines of their own.
                opened.Paragraphs[container].Text += "\n" + text;
                return;
            }

            ImportedParagraph? parent = container.Ancestors().Where(opened.Paragraphs.ContainsKey).Select(a => opened.Paragraphs[a]).FirstOrDefault();
            if (first && AnnexPointLabel(printed) is string label && parent is not null)
            {
                var point = new ImportedParagraph { Number = label, Text = text };
                parent.Points.Add(point);
                opened.Paragraphs[container] = point;
                opened.Last = container;
                Count("annex points");
                return;
            }

            // A point without a paragraph to belong to, or with a label no point can have: a paragraph, its label kept as printed.
            text = first && printed.Length > 0 ? printed + " " + text : text;
        }

        // "(a) The inclusive participation …" printed as a paragraph of its own after paragraph 8, or "(iii)" in its <num>
        // over text (not over a heading; "a." numbers a paragraph): a point of paragraph 8, when its label comes next in
        // order there (a roman one under the lettered point before it).
        bool ownParagraph = first && container?.Name == s_akn + "paragraph";
        (string Label, string Text)? lonePoint = !ownParagraph ? null
            : printed.Length == 0 ? (s_printedPoint.Match(text) is { Success: true } m ? (m.Groups[1].Value, text[m.Length..]) : null)
            : element.Name == s_akn + "p" && printed.EndsWith(')') && AnnexPointLabel(printed) is string printedLabel ? (printedLabel, text) : null;
        if (lonePoint is var (pointLabel, pointText) && ContinuedList(annex, opened, pointLabel) is ImportedParagraph owner)
        {
            var point = new ImportedParagraph { Number = pointLabel, Text = pointText };
            owner.Points.Add(point);
            opened.Paragraphs.Clear();
            opened.Paragraphs[container!] = point;
            opened.Last = container;
            Count("annex points printed as paragraphs");
            return;
        }

        string digits = Regex.Replace(printed, @"[^A-Za-z0-9]", string.Empty);
        string? number = ownParagraph && digits.Length is > 0 and <= 12 ? digits : null;
        var paragraph = new ImportedParagraph { Number = number, Text = text };
        annex.Paragraphs.Add(paragraph);
        opened.Paragraphs.Clear();
        opened.Heading = ownParagraph && printed.Length == 0 && BodyReader.IsHeadingParagraph(container!) ? paragraph : null;
        if (container is not null)
        {
            opened.Paragraphs[container] = paragraph;
        }

        opened.Last = container;
        Count("annex paragraphs");
    }

    /// <summary>
    /// The paragraph or point whose list a point labelled <paramref name="label"/>, printed as a paragraph of its own,
    /// continues (see <see cref="PointOwner"/>): that of the numbered paragraph just before it, or of the one before a
    /// heading printed inside its list ("43. To preserve …:", "Multilateral trading system …", "(a) We resolve …").
    /// Such a heading is moved into the list as a line of the text printed before it, as a heading inside an operative
    /// paragraph's list is. Null when the point continues no list.
    /// </summary>
    private static ImportedParagraph? ContinuedList(ImportedAnnex annex, AnnexContainers opened, string label)
    {
        bool afterHeading = annex.Paragraphs.Count > 1 && annex.Paragraphs[^1] == opened.Heading && opened.Heading.Points.Count == 0;
        if (annex.Paragraphs.Count == 0 || annex.Paragraphs[afterHeading ? ^2 : ^1] is not { Number: not null } numbered
            || afterHeading && numbered.Points.Count == 0 && !numbered.Text.TrimEnd().EndsWith(':')
            || PointOwner(numbered, label) is not ImportedParagraph owner)
        {
            return null;
        }

        if (afterHeading)
        {
            ImportedParagraph last = numbered;
            while (last.Points.Count > 0)
            {
                last = last.Points[^1];
            }

            last.Text += "\n" + annex.Paragraphs[^1].Text;
            annex.Paragraphs.RemoveAt(annex.Paragraphs.Count - 1);
        }

        return owner;
    }

    /// <summary>The containers of an annex that a later point may nest under, and the one opened last.</summary>
    private sealed class AnnexContainers
    {
        public Dictionary<XElement, ImportedParagraph> Paragraphs { get; } = [];

        public XElement? Last { get; set; }

        /// <summary>The last paragraph added, when it is a heading (an unnumbered paragraph in bold) that a list may hold.</summary>
        public ImportedParagraph? Heading { get; set; }
    }

    /// <summary>
    /// Which of <paramref name="paragraph"/> or its last point a point labelled <paramref name="label"/> continues: the
    /// paragraph when the label is the next letter of its points (<c>a</c> first), the last lettered point when it is the
    /// next roman numeral of that point's points (<c>i</c> first); null when it continues neither.
    /// </summary>
    private static ImportedParagraph? PointOwner(ImportedParagraph paragraph, string label)
    {
        ImportedParagraph? last = paragraph.Points.Count > 0 ? paragraph.Points[^1] : null;
        if (last?.Number is string lettered && s_romanNumerals.IndexOf(label) == last.Points.Count && !NextLetter(lettered, label))
        {
            return last;
        }

        return label.Length == 1 && (last?.Number is string previous ? NextLetter(previous, label) : label == "a") ? paragraph : null;
    }

    private static bool NextLetter(string previous, string label) =>
        previous.Length == 1 && label.Length == 1 && label[0] == previous[0] + 1;

    /// <summary>The label of an annex's point as printed <c>(a)</c>, <c>a)</c> or <c>a.</c>: <c>a</c>; null for anything else.</summary>
    private static string? AnnexPointLabel(string printed) =>
        Regex.Match(printed, @"^\(?([a-z]{1,6}|\d{1,3})[.)]$") is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>A <c>YYYY-MM-DD</c> date, or null for anything else (the publisher's placeholders included).</summary>
    internal static DateOnly? IsoDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date) && date.Year > 1900 ? date : null;

    /// <summary>
    /// Whether an element is an ornament between parts of the text ("*", "* * *", a centred <c>&lt;decoration&gt;</c>):
    /// print, not wording. It is left out, counted, and said so at its line.
    /// </summary>
    internal bool Ornament(XElement element)
    {
        string text = Normalize(element.Value).Replace('\n', ' ');
        if (!s_ornament.IsMatch(text) || element.Descendants(s_akn + "authorialNote").Any())
        {
            return false;
        }

        Count("ornaments left out");
        Warn(element, $"'{text}' is an ornament between parts of the text, not wording: left out");
        return true;
    }

    internal void Count(string feature, int by = 1) => _result.Features[feature] = _result.Features.GetValueOrDefault(feature) + by;

    /// <summary>The paragraphs' texts joined by a line break.</summary>
    internal string JoinParagraphs(IEnumerable<XElement> elements) =>
        string.Join("\n", elements.Select(e => e.Name == s_akn + "table" ? TableText(e) : Text(e)).Where(t => t.Length > 0));

    /// <summary>The text of a <c>&lt;p&gt;</c> (or any inline container), authorial notes as <c>[^marker]</c>, whitespace normalized.</summary>
    internal string Text(XElement element)
    {
        var builder = new StringBuilder();
        _spaceBeforeMarker = false;
        Append(element, builder);
        return Normalize(builder.ToString());
    }

    private void Append(XElement element, StringBuilder builder)
    {
        foreach (XNode node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    if (_spaceBeforeMarker && text.Value.Length > 0 && !char.IsWhiteSpace(text.Value[0]))
                    {
                        // "1994, <note/>in which": the space stays between the words, after the marker.
                        builder.Append(' ');
                    }

                    _spaceBeforeMarker = false;
                    builder.Append(text.Value.Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' '));
                    break;
                case XElement note when note.Name == s_akn + "authorialNote":
                    string marker = Normalize((string?)note.Attribute("marker") ?? string.Empty);
                    string noteText = string.Join(" ", note.Elements().Select(Text).Where(t => t.Length > 0));
                    if (marker.Length == 0 || marker.Any(c => c is '[' or ']' || char.IsWhiteSpace(c)))
                    {
                        Error(note, $"an authorial note has no usable marker: '{Shorten(noteText)}'");
                        break;
                    }

                    _notes.Add((marker, noteText));
                    Count("notes");
                    int length = builder.Length;
                    TrimEnd(builder);
                    _spaceBeforeMarker |= builder.Length < length;
                    builder.Append("[^").Append(marker).Append(']');
                    break;
                case XElement table when table.Name == s_akn + "table":
                    builder.Append('\n').Append(TableText(table)).Append('\n');
                    break;
                case XElement eol when eol.Name == s_akn + "eol" || eol.Name == s_akn + "br":
                    builder.Append(' ');
                    break;
                case XElement block when IsBlock(block) && !AfterLabel(block) && builder.ToString().Trim().Length > 0:
                    // A paragraph or point inside another's text (the points of a text a paragraph quotes) starts a line.
                    TrimEnd(builder);
                    builder.Append('\n');
                    Append(block, builder);
                    break;
                case XElement num when num.Name == s_akn + "num":
                    Append(num, builder);
                    builder.Append(' ');
                    break;
                case XElement child:
                    Append(child, builder);
                    break;
            }
        }
    }

    /// <summary>An element that holds a paragraph, a point or a list of them, not words within a line.</summary>
    private static bool IsBlock(XElement element) =>
        element.Name.LocalName is "p" or "point" or "item" or "paragraph" or "subparagraph" or "list" or "blockList" or "intro" or "listIntroduction" or "wrapUp";

    /// <summary>Whether a block follows its label (<c>&lt;num&gt;a.&lt;/num&gt;&lt;content&gt;&lt;p&gt;</c>): the label and its text share a line.</summary>
    private static bool AfterLabel(XElement block)
    {
        XElement? before = block.ElementsBeforeSelf().LastOrDefault();
        if (before is null && block.Parent is XElement parent && parent.Name == s_akn + "content")
        {
            before = parent.ElementsBeforeSelf().LastOrDefault();
        }

        return before?.Name == s_akn + "num";
    }

    internal string TableText(XElement table)
    {
        Count("tables");
        var rows = new List<string>();
        foreach (XElement row in table.Descendants(s_akn + "tr"))
        {
            // A row with no text in any cell is layout, not a line of the table.
            string line = string.Join("\t", row.Elements().Select(cell => JoinCell(cell)));
            if (line.Trim('\t').Length > 0)
            {
                rows.Add(line);
            }
        }

        return string.Join("\n", rows);
    }

    private string JoinCell(XElement cell)
    {
        var builder = new StringBuilder();
        Append(cell, builder);
        return Normalize(builder.ToString().Replace('\n', ' ').Replace('\t', ' '));
    }

    private static void TrimEnd(StringBuilder builder)
    {
        while (builder.Length > 0 && builder[^1] is ' ' or '\n' or '\r' or '\t')
        {
            builder.Length--;
        }
    }

    /// <summary>The opening phrase: the publisher's name for it, when the text starts with it.</summary>
    internal static string PhraseOf(string text, string name) =>
        name.Length > 0 && text.StartsWith(name, StringComparison.Ordinal) && (text.Length == name.Length || !char.IsLetter(text[name.Length])) ? name : string.Empty;

    /// <summary>Collapses runs of spaces, tabs and line breaks within a line to one space; keeps line breaks between lines.</summary>
    internal static string Normalize(string text)
    {
        string[] lines = text.Replace("\r\n", "\n").Split('\n');
        return string.Join("\n", lines.Select(l => Regex.Replace(l, @"[ \t\r]+", " ").Trim()).Where(l => l.Length > 0));
    }

    private static string LanguageName(string code) => code switch
    {
        "fra" => "French",
        "spa" => "Spanish",
        "rus" => "Russian",
        "ara" => "Arabic",
        "zho" or "chi" => "Chinese",
        _ => "'" + code + "'",
    };

    internal static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
