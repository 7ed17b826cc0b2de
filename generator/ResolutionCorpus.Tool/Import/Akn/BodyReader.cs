using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ResolutionCorpus.Tool.Import.Model;

namespace ResolutionCorpus.Tool.Import.Akn;

internal sealed partial class AknReader
{
    /// <summary>
    /// Reads a main body in document order: numbered paragraphs, points printed as paragraphs or as lists,
    /// sub-headings and cross-headings that open sections (I, II; A, B), and text that continues the paragraph before.
    /// </summary>
    private sealed partial class BodyReader(AknReader reader, ImportedDivision root)
    {
        private static readonly XNamespace s_ns = Namespace;
        private static readonly Regex s_marker = new(@"\[\^[^\]]+\]");
        private ImportedDivision? _top;
        private ImportedDivision? _sub;
        // The body continues what the preamble may already have opened (paragraphs printed in its last list).
        private ImportedParagraph? _last = root.Operative.LastOrDefault();
        private int? _lastNumber = root.Operative.LastOrDefault()?.Number is string n && int.TryParse(n, out int number) ? number : null;

        // An annex the publisher printed inside the body, under a heading "Annex …": what follows is its text.
        private ImportedAnnex? _annex;

        private static readonly Regex s_annexHeading = new(@"^annex(?:es)?\b", RegexOptions.IgnoreCase);
        private static readonly Regex s_annexNumber = new(@"^annex\s+([IVXL]+|\d{1,2})\b", RegexOptions.IgnoreCase);

        // The Council's closing words: no operative paragraph follows "Decides to remain (actively) seized of the matter."
        private static readonly Regex s_closing = new(@"\bseized of the matter\.$");

        // A rule line ("-----"), printed under the last paragraph.
        private static readonly Regex s_ruleLine = new(@"^[-–—_*\s]+$");

        // The paragraph whose points are printed "A.", "B.", to tell its next point printed as a paragraph from a section.
        private ImportedParagraph? _capitalPoints;

        // Whether the last numbered paragraph closes the resolution, so that what follows it in the body is an annex.
        private bool _closed;

        // A mark that opens an unlabelled list item: the item is a line of the paragraph before it, its mark kept.
        private static readonly Regex s_bullet = new(@"^[–—\-•·▪]$");

        // A section's number alone: "I", "II.", "B".
        private static readonly Regex s_sectionNumber = new(@"^(?:[IVXL]+|[A-Z])\.?$");

        // "Part A. Agenda": a lettered part of a text set out in the body, with its label (a letter, not a numeral: "Part I"
        // of a budget is a heading over its sections 1, 2).
        private static readonly Regex s_partHeading = new(@"^Part ([A-HJKMNO-UWYZ])\.(?:\s|$)");

        // An item numbered within a paragraph's list: "1.1", "4.10".
        private static readonly Regex s_itemNumber = new(@"^\d{1,3}\.\d{1,3}\.?$");

        private ImportedDivision Current => _sub ?? _top ?? root;

        /// <summary>Whether a section is open, so that a preamble printed after this body is that section's.</summary>
        public bool InSection => _top is not null && _annex is null;

        /// <summary>
        /// A preamble printed between two bodies: the preambular paragraphs of the section open. Unnumbered words the
        /// section opened with before it ("We, the Ministers … ,") are printed before it, so they open that preamble.
        /// </summary>
        public void ReadPreamble(XElement preamble)
        {
            ImportedDivision section = Current;
            if (section.Operative.Count > 0 && section.Operative.TrueForAll(p => p.Number is null && p.Points.Count == 0))
            {
                section.Preamble.AddRange(section.Operative);
                reader.Count("preamble", section.Operative.Count);
                Uncount(section.Operative.Count);
                section.Operative.Clear();
                _last = null;
            }

            reader.ReadPreamble(preamble, section);
        }

        /// <summary>
        /// Whether a point is a caption over the table after its paragraph: wholly in bold, the last of its list, with no
        /// points of its own, and the paragraph followed by a table.
        /// </summary>
        private static bool CaptionsTable(XElement point)
        {
            XElement? paragraph = point.Ancestors(s_ns + "paragraph").FirstOrDefault();
            XElement? next = paragraph?.ElementsAfterSelf().FirstOrDefault();
            return !point.ElementsAfterSelf().Any() && !point.Descendants().Any(IsList) && WhollyBold(point)
                && next is not null && (next.Name == s_ns + "table" || next.Elements(s_ns + "table").Any());
        }

        /// <summary>
        /// A text a paragraph sets out whole (<c>&lt;embeddedStructure&gt;</c>: a draft resolution) or quotes
        /// (<c>&lt;quotedStructure&gt;</c>: a paragraph it replaces), outside any note.
        /// </summary>
        private static bool IsSetOut(XElement element) =>
            (element.Name == s_ns + "embeddedStructure" || element.Name == s_ns + "quotedStructure") && !element.Ancestors(s_ns + "authorialNote").Any();

        /// <summary>Whether every word of an element (its notes aside) is in bold: a heading, however it is marked up.</summary>
        private static bool WhollyBold(XElement element)
        {
            List<XText> texts = [.. element.DescendantNodes().OfType<XText>().Where(t => t.Value.Trim().Length > 0 && !t.Ancestors(s_ns + "authorialNote").Any() && !t.Ancestors(s_ns + "num").Any())];
            return texts.Count > 0 && texts.All(t => t.Ancestors(s_ns + "span").Any(span => (string?)span.Attribute("class") == "bold"));
        }

        /// <summary>
        /// An unnumbered paragraph printed wholly in bold ("I", "Strategic heritage plan …"): a heading, as the printed
        /// document shows it, not text of the paragraph before.
        /// </summary>
        public static bool IsHeadingParagraph(XElement element)
        {
            if (element.Name != s_ns + "paragraph" || element.Element(s_ns + "num") is not null || element.Descendants(s_ns + "list").Any())
            {
                return false;
            }

            return WhollyBold(element);
        }

        /// <summary>A heading paragraph that is a section's number alone: <c>I</c>, <c>II.</c>, <c>B</c>.</summary>
        public static bool IsSectionNumber(XElement element) =>
            IsHeadingParagraph(element) && s_sectionNumber.IsMatch(Normalize(element.Value));

        public void Read(IEnumerable<XElement> elements)
        {
            foreach (XElement element in elements)
            {
                if (reader.Ornament(element))
                {
                    continue;
                }

                if (IsQuoted(element))
                {
                    Quote(element);
                    continue;
                }

                if (_closed && _annex is null && element.Name == s_ns + "paragraph" && element.Element(s_ns + "num") is null
                    && reader.JoinParagraphs(element.Descendants(s_ns + "p")) is { } annexHeading && s_annexHeading.IsMatch(annexHeading))
                {
                    // "Annex A: UNAMID benchmarks …" printed as a plain paragraph after the closing one: the annex's heading.
                    Heading(annexHeading);
                    continue;
                }

                if (_closed && _annex is null && Normalize(element.Value) is { Length: > 0 } opening && !s_ruleLine.IsMatch(opening) && !s_annexHeading.IsMatch(opening))
                {
                    // Text after the closing paragraph that no "Annex" heading opens (a designation list, a form): an annex
                    // printed without a heading, not words of the closing paragraph.
                    _annex = new ImportedAnnex();
                    reader._result.Annexes.Add(_annex);
                    reader.Count("annexes in the body without a heading");
                    reader.Warn(element, $"text after the closing paragraph ('… seized of the matter.') is read as an annex printed without a heading: '{Shorten(opening)}'");
                    _last = null;
                }

                string name = element.Name.LocalName;
                switch (name)
                {
                    case "paragraph" or "subheading" or "heading" or "crossHeading" when HeadingInList(element) is string inList:
                        // "Monitoring of the ceasefire" between a mandate's "shall be the following:" and its points (a), (b):
                        // a heading inside the paragraph's list, a line of it, not a section that would take its points away.
                        reader.Count("headings inside a list");
                        Continue(inList);
                        break;
                    case "paragraph" or "subheading" or "heading" or "crossHeading" when _last is not null && TableCaption(element) is string caption:
                        // "A. Pension Administration" over a table: a line of the paragraph the table belongs to
                        // (once, though the publisher may mark it up twice, as a sub-heading and as a paragraph).
                        if (!LastLine().EndsWith(caption, System.StringComparison.Ordinal))
                        {
                            Continue(caption);
                        }

                        break;
                    case "hcontainer" when (string?)element.Attribute("name") == "intro":
                        // Words before paragraph 1, as this tool exports them.
                        Opening(reader.JoinParagraphs(element.Elements(s_ns + "content").Elements())).MarkedIntroductory = true;
                        break;
                    case "paragraph" when element.Element(s_ns + "subheading") is not null || element.Element(s_ns + "heading") is not null:
                        // A section's number in <num> comes before its heading ("A." and "Targeted sanctions").
                        string? sectionNumber = SectionNumber(element);
                        if (sectionNumber is not null)
                        {
                            Heading(sectionNumber);
                        }

                        // Then the paragraph under them, with its number and list: "Financing of …" over "13. Decides … (a) …".
                        var under = new XElement(element);
                        under.Elements().Where(e => e.Name == s_ns + "subheading" || e.Name == s_ns + "heading" || sectionNumber is not null && e.Name == s_ns + "num").Remove();

                        // A label alone beside the heading ("(i)" of "(i) Exemptions"): the start of the heading's line, as printed.
                        string label = under.Elements().ToList() is [XElement only] && only.Name == s_ns + "num" ? Normalize(only.Value) + " " : string.Empty;
                        foreach (XElement heading in element.Elements().Where(e => e.Name == s_ns + "subheading" || e.Name == s_ns + "heading"))
                        {
                            Heading(label + reader.Text(heading));
                            label = string.Empty;
                        }

                        if (under.Elements().Any(e => e.Name != s_ns + "num"))
                        {
                            Paragraph(under);
                        }

                        break;
                    case "paragraph" when IsArticleHeading(element):
                        Heading(Normalize(element.Value));
                        break;
                    case "paragraph" when IsHeadingParagraph(element):
                        Heading(reader.JoinParagraphs(element.Descendants(s_ns + "p")));
                        break;
                    case "paragraph" when element.Element(s_ns + "num") is null && HeadingsOnly(element) is List<string> headings:
                        // A paragraph that only holds sub-headings (the publisher's markup for "I" and "Introduction").
                        headings.ForEach(Heading);
                        break;
                    case "paragraph" when SectionNumber(element) is string number && !NextPoint(number):
                        // "I. Introduction": a section's number and heading, marked up as a paragraph.
                        Heading(number);
                        Heading(reader.JoinParagraphs(element.Elements().Where(e => e.Name != s_ns + "num")));
                        break;
                    case "paragraph":
                        Paragraph(element);
                        break;
                    case "section" or "hcontainer" or "division" or "chapter" or "part" or "title":
                        // Its number (in <num>, or in a <p> of its own) and headings, then its content.
                        foreach (XElement heading in element.Elements().Where(IsHeadingOf))
                        {
                            Heading(reader.Text(heading));
                        }

                        Read(element.Elements().Where(e => !IsHeadingOf(e)));
                        break;
                    case "crossHeading" when (string?)element.Attribute("refersTo") == "#preamble":
                        var preambular = new ImportedParagraph { Text = reader.Text(element) };
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
                    case "point":
                        // A point outside a list (of a text a paragraph quotes): a point of the paragraph before it.
                        LonePoint(element);
                        break;
                    case "content" or "intro" or "wrapUp" or "p" or "blockList" or "table":
                        Continue(element.Name == s_ns + "table" ? reader.TableText(element) : reader.JoinParagraphs(element.Name == s_ns + "p" || element.Name == s_ns + "table" || element.Name == s_ns + "blockList" ? [element] : element.Elements()));
                        break;
                    default:
                        reader.Error(element, $"unexpected <{name}> in the main body");
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
            if (s_annexHeading.IsMatch(text))
            {
                // "Annex to resolution 1526 (2004)", "ANNEX 1 - …": the rest of the body is that annex.
                _annex = new ImportedAnnex { Label = s_annexNumber.Match(text) is { Success: true } m ? m.Groups[1].Value : null, Title = text };
                reader._result.Annexes.Add(_annex);
                reader.Count("annexes in the body");
                _last = null;
                return;
            }

            if (_annex is not null)
            {
                // A heading inside such an annex is a line of its own.
                AddAnnexParagraph(null, text);
                return;
            }

            Match part = s_partHeading.Match(text);
            if (part.Success && (_sub ?? _top) is { } labelled && labelled.Label == part.Groups[1].Value
                && labelled.Heading is null && labelled.Operative.Count == 0 && labelled.Preamble.Count == 0 && labelled.Sections.Count == 0)
            {
                // The heading of the section its letter has just opened, as this tool exports "Part A. Agenda".
                labelled.Heading = text;
                _last = null;
                return;
            }

            if (part.Success)
            {
                // "Part A. Agenda": a lettered part of the text, heading kept whole; its sections (I, II) go inside it.
                _top = new ImportedDivision { Label = part.Groups[1].Value, Heading = text };
                _sub = null;
                root.Sections.Add(_top);
                reader.Count("sections");
                _last = null;
                return;
            }

            string number = text.TrimEnd('.');

            // "I" after sub-section "H" is the next letter, not the numeral one.
            bool nextLetter = _sub?.Label is { Length: 1 } previous && number.Length == 1 && number[0] == previous[0] + 1;
            bool roman = Regex.IsMatch(number, "^[IVXL]+$") && !nextLetter;
            bool letter = Regex.IsMatch(number, "^[A-Z]$") && !roman;
            if ((roman || letter) && Repeats(number, roman))
            {
                // A label printed a second time at one level ("B" twice): the publisher's slip, not a second address.
                // It stays as printed, the first line of an unlabelled section's heading.
                reader.Count("section labels printed twice");
                roman = letter = false;
            }

            if (roman && _top?.Heading is string partHeading && s_partHeading.IsMatch(partHeading))
            {
                _sub = new ImportedDivision { Label = number };
                _top.Sections.Add(_sub);
                reader.Count("sections");
            }
            else if (roman || (letter && (_top is null || _top.Label is null || !Regex.IsMatch(_top.Label, "^[IVXL]+$"))))
            {
                _top = new ImportedDivision { Label = number };
                _sub = null;
                root.Sections.Add(_top);
                reader.Count("sections");
            }
            else if (letter)
            {
                _sub = new ImportedDivision { Label = number };
                _top!.Sections.Add(_sub);
                reader.Count("sections");
            }
            else if ((_sub ?? _top) is ImportedDivision fresh && fresh.Heading is null && fresh.Operative.Count == 0 && fresh.Preamble.Count == 0 && fresh.Sections.Count == 0)
            {
                fresh.Heading = text;
            }
            else if ((_sub ?? _top) is ImportedDivision open && open.Operative.Count == 0 && open.Preamble.Count == 0 && open.Sections.Count == 0)
            {
                open.Heading += "\n" + text;
            }
            else
            {
                var section = new ImportedDivision { Heading = text };
                if (_sub is not null || _top?.Label is string label && Regex.IsMatch(label, "^[IVXL]+$"))
                {
                    // A sub-heading inside a numbered section ("Resolution 75/282 on …" in section II) opens a part of it.
                    _sub = section;
                    _top!.Sections.Add(section);
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
            if (element.Descendants().Where(IsSetOut).ToList() is { Count: > 0 } structures)
            {
                // The paragraph's own words, then each text it sets out or quotes, as a quotation of its own.
                var own = new XElement(element);
                own.Descendants().Where(IsSetOut).Remove();
                Paragraph(own);
                structures.ForEach(reader.ReadEmbedded);
                return;
            }

            string num = Normalize(element.Element(s_ns + "num")?.Value ?? string.Empty);
            XElement? content = element.Element(s_ns + "content");
            List<XElement> parts = [.. element.Elements().Where(e => e.Name != s_ns + "num").SelectMany(e => e.Name == s_ns + "content" ? e.Elements() : [e])];
            List<XElement> list = parts.Where(e => e.Name == s_ns + "list").ToList();
            int listAt = parts.FindIndex(e => e.Name == s_ns + "list");
            string text = reader.JoinParagraphs(parts.Take(listAt < 0 ? parts.Count : listAt));

            // Words printed after the points (an <alinea>: "confirms it will keep … under review;") follow them, and so do
            // points printed after those words.
            List<XElement> after = listAt < 0 ? [] : [.. parts.Skip(listAt).Where(e => e.Name != s_ns + "list")];
            string? label = null;
            int expected = (_lastNumber ?? 0) + 1;
            if (num.Length == 0 && Regex.Match(text, @"^(\d{1,3})(?:\s*\.[\u200E\u200F]?\s*|[\u200E\u200F]\s*|\s+)(?=\S)") is { Success: true } inText && inText.Groups[1].Value == expected.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                // The number printed in the text rather than in <num>: "6.\u200E Reaffirms", "3 Calls upon", "232 .Recognizes".
                num = inText.Groups[1].Value;
                text = text[inText.Length..];
            }
            else if (_lastNumber is null && _last is null && Current.Operative.Count == 0 && list.Count == 0 && Regex.IsMatch(num, "^[a-z]\\.$")
                && s_marker.Replace(text, string.Empty).TrimEnd().EndsWith(','))
            {
                // "a. Recalling …," before paragraph 1: a preambular paragraph, which has no number, printed with a letter
                // of the publisher's list numbering. It is read as preambular; the letter is left out, and said so.
                var lettered = new ImportedParagraph { Text = text, Phrase = PhraseOf(text, ItalicLead(content)) };
                Current.Preamble.Add(lettered);
                reader.Count("preamble");
                reader.Count("preambular paragraphs printed with a letter");
                reader.Warn(element, $"a preambular paragraph is printed with the letter '{num}', which preambular paragraphs do not have: read as preambular, the letter left out: '{Shorten(text)}'");
                return;
            }
            else if (num is "l." or "l" && expected == 1)
            {
                // A "1." read as the letter l.
                num = "1.";
            }

            if (_annex is not null)
            {
                AnnexParagraph(num, text, list);
                return;
            }

            if (IsItem(num))
            {
                // A bullet, or an item numbered within a paragraph's list ("1.1", "4.10" under "the following objectives:"):
                // a line of the paragraph before it, its mark kept.
                reader.Count(s_bullet.IsMatch(num) ? "bullets" : "items numbered within a paragraph");
                Continue(num + " " + text);
                list.ForEach(l => List(l));
                return;
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

            if (!numbered.Success && label is null && num.Length > 0)
            {
                reader.Error(element, $"a paragraph is numbered '{num}', which is neither a paragraph number (1.) nor a point's label ((a)): '{Shorten(text)}'");
            }

            if (numbered.Success)
            {
                var paragraph = new ImportedParagraph { Number = numbered.Groups[1].Value, Text = text };
                _lastNumber = int.Parse(paragraph.Number, System.Globalization.CultureInfo.InvariantCulture);
                _closed = s_closing.IsMatch(s_marker.Replace(text, string.Empty).TrimEnd());
                paragraph.Phrase = PhraseOf(text, ItalicLead(content));
                Current.Operative.Add(paragraph);
                _last = paragraph;
                reader.Count("operative");
            }
            else if (label is not null && _last is null && Current.Operative.Count == 0 && ItemOfPreambular(reader, Current, num.Length > 0 ? num : "(" + label + ")", text))
            {
                // An item of the last preambular paragraph.
            }
            else if (label is not null && _last is not null)
            {
                NotePrinted(num);
                AddPoint(_last, label, text);
            }
            else if (text.Length > 0 && (_last is null ? Current.Operative.Count == 0 : label is null && IsOpening(_last)))
            {
                Opening(text).Phrase = PhraseOf(text, ItalicLead(content));
            }
            else
            {
                Continue(label is null ? text : "(" + label + ") " + text);
            }

            foreach (XElement l in list)
            {
                List(l);
            }

            // Then, in order, the words after the points and any points printed after those words ("(d)" after an <alinea>).
            foreach (XElement next in after)
            {
                if (next.Name == s_ns + "point")
                {
                    LonePoint(next);
                }
                else
                {
                    Continue(reader.JoinParagraphs([next]));
                }
            }
        }

        /// <summary>
        /// The text of a heading (or a paragraph that is only headings) printed inside the list of the numbered paragraph
        /// before it; otherwise <see langword="null"/>. The next element that is not a heading is an item of that list:
        /// a point by its label or a bulleted line, when the paragraph has points or ends with a colon; or an item
        /// numbered within the list ("Overarching objective 1: …" over "1.1", "1.2").
        /// </summary>
        private string? HeadingInList(XElement element)
        {
            if (_annex is not null || _last?.Number is null || HeadingText(element) is not string heading
                || element.ElementsAfterSelf().FirstOrDefault(e => HeadingText(e) is null) is not XElement next || next.Name != s_ns + "paragraph")
            {
                return null;
            }

            string line = LastLine().TrimEnd();
            bool listOpen = _last.Points.Count > 0 || line.EndsWith(':') || IsItem(line.Split(' ')[0]);
            string mark = Normalize(next.Element(s_ns + "num")?.Value ?? string.Empty);
            return s_itemNumber.IsMatch(mark) || listOpen && (PointLabel(next) is not null || s_bullet.IsMatch(mark)) ? heading : null;
        }

        /// <summary>The text of a heading, or of a paragraph that is only headings or wholly bold; otherwise <see langword="null"/>.</summary>
        private string? HeadingText(XElement element) => element.Name.LocalName switch
        {
            "subheading" or "heading" => Normalize(element.Value),
            "crossHeading" when (string?)element.Attribute("refersTo") != "#preamble" => Normalize(element.Value),
            "paragraph" when HeadingsOnly(element) is List<string> headings => string.Join("\n", headings),
            "paragraph" when IsHeadingParagraph(element) => reader.JoinParagraphs(element.Descendants(s_ns + "p")),
            _ => null,
        };

        /// <summary>The point label a paragraph is printed with, in its <c>&lt;num&gt;</c> or at the start of its text (<c>(a)</c>); otherwise <see langword="null"/>.</summary>
        private static string? PointLabel(XElement paragraph)
        {
            string num = Normalize(paragraph.Element(s_ns + "num")?.Value ?? string.Empty);
            return num.Length > 0 ? LabelOf(num)
                : Regex.Match(Normalize(paragraph.Value), @"^\(([a-zA-Z]{1,6}|\d{1,3})\)\s") is { Success: true } printed ? printed.Groups[1].Value.ToLowerInvariant() : null;
        }

        /// <summary>
        /// Whether a mark is that of an unlabelled list item (a dash or bullet) or of an item numbered within a paragraph's
        /// list (<c>1.1</c>, <c>4.10</c>): either is a line of the paragraph, not a paragraph or point of its own.
        /// </summary>
        private static bool IsItem(string mark) => s_bullet.IsMatch(mark) || s_itemNumber.IsMatch(mark);

        /// <summary>
        /// Adds an item printed <c>(b)</c> to the division's last preambular paragraph, when that paragraph opens a list
        /// ("Noting with satisfaction:" then "(a) That …"), and says whether it did. The items of a preambular paragraph are
        /// words of it, run on as a preambular paragraph printed as a cross-heading is read (and exported); or lines of it,
        /// like the items the preamble printed before them ("… found that:" over (i), (ii), then (b) in a body).
        /// </summary>
        internal static bool ItemOfPreambular(AknReader reader, ImportedDivision division, string printed, string text)
        {
            if (division.Preamble.LastOrDefault() is not ImportedParagraph preambular || !OpensList(preambular.Text))
            {
                return false;
            }

            reader.Count("points of a preambular paragraph");
            preambular.Text += (preambular.Text.Contains('\n') ? "\n" : " ") + printed + " " + text;
            return true;
        }

        /// <summary>Whether a text opens a list (ends with a colon) or ends in an item of one (<c>: (a) That …</c>, on the same line or the next).</summary>
        private static bool OpensList(string text)
        {
            string plain = s_marker.Replace(text, string.Empty).TrimEnd();
            return plain.EndsWith(':') || Regex.IsMatch(plain, @"[:;,]\s\([a-z0-9]{1,6}\) [^:]*$");
        }

        /// <summary>Whether a section's label is already taken at the level it would open.</summary>
        private bool Repeats(string label, bool roman)
        {
            bool top = roman || _top is null || _top.Label is null || !Regex.IsMatch(_top.Label, "^[IVXL]+$");
            return (top ? root.Sections : _top!.Sections).Exists(s => s.Label == label);
        }

        /// <summary>The text of a heading, or of a paragraph that is only a heading, that captions the table after it; otherwise <see langword="null"/>.</summary>
        private static string? TableCaption(XElement element)
        {
            string? caption = element.Name.LocalName switch
            {
                "subheading" or "heading" => Normalize(element.Value),
                "crossHeading" when (string?)element.Attribute("refersTo") != "#preamble" => Normalize(element.Value),
                "paragraph" when element.Element(s_ns + "heading") is XElement heading && element.Element(s_ns + "content") is null => Normalize(heading.Value),
                "paragraph" when Regex.IsMatch(Normalize(element.Element(s_ns + "num")?.Value ?? string.Empty), "^[A-Z]\\.$")
                    && element.Element(s_ns + "content")?.Elements().ToList() is [XElement only] && only.Name == s_ns + "p" => Normalize(element.Element(s_ns + "num")!.Value) + " " + Normalize(only.Value),
                _ => null,
            };
            XElement? next = element.ElementsAfterSelf().FirstOrDefault();
            bool beforeTable = next is not null && (next.Name == s_ns + "table" || next.Elements(s_ns + "table").Any() || TableCaption(next) is not null);
            return caption is { Length: > 0 } && beforeTable ? caption : null;
        }

        /// <summary>What text that continues goes to: the last point of the last paragraph, or the paragraph itself.</summary>
        private ImportedParagraph? Target => _last?.Points.LastOrDefault()?.Points.LastOrDefault() ?? _last?.Points.LastOrDefault() ?? _last;

        private string LastLine()
        {
            string text = Target?.Text ?? string.Empty;
            return text[(text.LastIndexOf('\n') + 1)..];
        }

        private static bool IsHeadingOf(XElement element) =>
            element.Name == s_ns + "subheading" || element.Name == s_ns + "heading" || element.Name == s_ns + "num"
            || element.Name == s_ns + "p" && element.Elements().ToList() is [XElement only] && only.Name == s_ns + "num" && Normalize(element.Value) == Normalize(only.Value);

        /// <summary>The number of a section printed as a paragraph's number (<c>I.</c>, <c>B.</c>), or <see langword="null"/>.</summary>
        public static string? SectionNumber(XElement paragraph)
        {
            string num = Normalize(paragraph.Element(s_ns + "num")?.Value ?? string.Empty);
            return s_sectionNumber.IsMatch(num) && !paragraph.Descendants(s_ns + "list").Any() ? num : null;
        }

        /// <summary>
        /// Whether a section's number (<c>B.</c>) is rather the next of the points printed so (<c>A.</c> among a paragraph's
        /// points): a point of that paragraph, printed as a paragraph of its own.
        /// </summary>
        private bool NextPoint(string number) =>
            _last is not null && _capitalPoints == _last && _last.Points.Count > 0 && Regex.IsMatch(number, "^[A-Z]\\.$")
            && _last.Points[^1].Number == char.ToLowerInvariant((char)(number[0] - 1)).ToString();

        /// <summary>Notes a point printed with a capital letter (<c>A.</c>) as a point of the paragraph being read.</summary>
        private void NotePrinted(string printed)
        {
            if (Regex.IsMatch(printed, "^[A-Z]\\.$"))
            {
                _capitalPoints = _last;
            }
        }

        /// <summary>
        /// An unnumbered paragraph the division opens with: its only operative paragraph, or words before paragraph 1
        /// ("Resolves that, for 2021:"); <see cref="Finish"/> tells which.
        /// </summary>
        private ImportedParagraph Opening(string text)
        {
            var paragraph = new ImportedParagraph { Text = text };
            Current.Operative.Add(paragraph);
            _last = paragraph;
            reader.Count("operative");
            reader.Count("unnumbered operative");
            return paragraph;
        }

        /// <summary>Whether the paragraph is one of the unnumbered paragraphs the current division opens with.</summary>
        private bool IsOpening(ImportedParagraph paragraph) =>
            paragraph.Number is null && paragraph.Points.Count == 0 && Current.Operative.Count > 0 && Current.Operative[^1] == paragraph
            && Current.Operative.TrueForAll(p => p.Number is null);

        /// <summary>
        /// Settles the unnumbered paragraphs each division opens with: before numbered paragraphs or sections they are
        /// its introductory words, except, at the start of the body, those ending with a comma, which are preambular
        /// paragraphs the publisher placed in the body ("Having further considered …,"); alone, they are its one
        /// unnumbered operative paragraph.
        /// </summary>
        public void Finish()
        {
            EndQuotation();
            Settle(root);
        }

        private void Settle(ImportedDivision division)
        {
            int unnumbered = division.Operative.TakeWhile(p => p.Number is null).Count();
            if (unnumbered < division.Operative.Count || division.Sections.Count > 0)
            {
                int opening = division.Operative.TakeWhile(p => p.Number is null && p.Points.Count == 0).Count();
                List<ImportedParagraph> words = division.Operative.GetRange(0, opening);
                division.Operative.RemoveRange(0, opening);
                int preambular = division == root ? words.TakeWhile(p => !p.MarkedIntroductory && s_marker.Replace(p.Text, string.Empty).TrimEnd().EndsWith(',')).Count() : 0;
                division.Preamble.AddRange(words.Take(preambular));
                division.Intro.AddRange(words.Skip(preambular));
                Uncount(opening);
                reader.Count("preambular paragraphs in the body", preambular);
                reader.Count("introductory paragraphs", opening - preambular);
            }
            else if (unnumbered > 1 && division.Operative.Take(unnumbered - 1).All(p => p.Points.Count == 0))
            {
                // One unnumbered operative paragraph printed as several: a decision and the text it quotes.
                ImportedParagraph last = division.Operative[^1];
                division.Operative[0].Text = string.Join("\n", division.Operative.Select(p => p.Text));
                division.Operative[0].Points.AddRange(last.Points);
                division.Operative.RemoveRange(1, unnumbered - 1);
                Uncount(unnumbered - 1);
            }

            division.Sections.ForEach(Settle);
        }

        private void Uncount(int paragraphs)
        {
            reader.Count("operative", -paragraphs);
            reader.Count("unnumbered operative", -paragraphs);
        }

        /// <summary>Reads a list's points; those of a <paramref name="nested"/> list are points of the point before it.</summary>
        private void List(XElement list, bool nested = false)
        {
            reader.Count("lists");
            foreach (XElement child in list.Elements())
            {
                if (child.Name == s_ns + "point")
                {
                    // A point numbered "I." or "A." that heads a list of its own ("I. Secure and Stable Environment:" over
                    // (a) … (f)) is a level above those points, wherever the markup nests the next such point.
                    string printed = Normalize(child.Element(s_ns + "num")?.Value ?? string.Empty);
                    bool upper = Regex.IsMatch(printed, @"^(?:[IVXL]+|[A-Z])\.$") && child.ElementsAfterSelf().FirstOrDefault() is XElement sub && IsList(sub);
                    // Inside a list, "3." numbers a point, as "(3)" does.
                    string? label = upper ? printed.TrimEnd('.').ToLowerInvariant() : LabelOf(printed) ?? (Regex.IsMatch(printed, @"^\d{1,3}\.$") ? printed.TrimEnd('.') : null);

                    List<XElement> body = [.. child.Elements().Where(e => e.Name != s_ns + "num").SelectMany(e => e.Name == s_ns + "content" ? e.Elements() : [e])];
                    string text = reader.JoinParagraphs(body.Where(e => !IsList(e)));
                    if (!upper && CaptionsTable(child))
                    {
                        // "A. Pension Administration" in bold over a table: the table's caption, a line of the paragraph, not a point.
                        label = null;
                        reader.Count("headings inside a list");
                    }

                    if (_last is null)
                    {
                        reader.Error(child, "a list stands before any operative paragraph");
                        return;
                    }

                    if (label is null)
                    {
                        // A bullet or an item numbered within the list ("–", "1.1.") is not citable on its own: a line
                        // of the point before it, its mark kept, as in a paragraph.
                        Continue(printed.Length > 0 ? printed + " " + text : text);
                    }
                    else if (nested && _last.Points.Count > 0 && !upper)
                    {
                        reader.Count("points");
                        reader.Count("nested points");
                        _last.Points[^1].Points.Add(new ImportedParagraph { Number = label, Text = text });
                    }
                    else
                    {
                        NotePrinted(printed);
                        AddPoint(_last, label, text);
                    }

                    foreach (XElement inner in body.Where(IsList))
                    {
                        List(inner, nested: true);
                    }
                }
                else if (child.Name == s_ns + "intro" || child.Name == s_ns + "listIntroduction")
                {
                    Continue(reader.JoinParagraphs(child.Elements().Any() ? child.Elements() : [child]));
                }
                else if (IsList(child))
                {
                    List(child, nested: child.Name == s_ns + "sublist");
                }
                else
                {
                    Continue(reader.JoinParagraphs(child.Elements().Any() ? child.Elements() : [child]));
                }
            }
        }

        /// <summary>
        /// A paragraph of an annex printed inside the body, read as attachments are: its printed number or label kept as
        /// its number (<c>3</c>, <c>a</c>); a bullet item is a line of the paragraph before it.
        /// </summary>
        private void AnnexParagraph(string num, string text, List<XElement> lists)
        {
            if (_last is not null && s_bullet.IsMatch(num))
            {
                reader.Count("bullets");
                Continue(num + " " + text);
            }
            else
            {
                string printed = Regex.Replace(num, "[^A-Za-z0-9]", string.Empty);
                AddAnnexParagraph(printed.Length is > 0 and <= 12 ? printed : null, printed.Length is > 0 and <= 12 || num.Length == 0 ? text : num + " " + text);
            }

            lists.ForEach(l => List(l));
        }

        private void AddAnnexParagraph(string? number, string text)
        {
            var paragraph = new ImportedParagraph { Number = number, Text = text };
            _annex!.Paragraphs.Add(paragraph);
            _last = paragraph;
            reader.Count("annex paragraphs");
        }

        /// <summary>A point printed outside any list: read as a list of that one point.</summary>
        private void LonePoint(XElement point) => List(new XElement(s_ns + "list", point));

        /// <summary>A list of points: <c>&lt;list&gt;</c>, or <c>&lt;sublist&gt;</c> for the points of a point.</summary>
        private static bool IsList(XElement element) => element.Name == s_ns + "list" || element.Name == s_ns + "sublist";

        /// <summary>
        /// A point of <paramref name="paragraph"/>, beside the point before it or inside it. Points lettered (a), (b) hold
        /// points numbered (i), (ii): a roman numeral inside, unless it is the next letter ((i) after (h)). Points numbered
        /// (i), (ii) hold points lettered (a), (b): a label inside, unless it is the next numeral ((ii) after (i)). A lettered
        /// point that opens a list holds points numbered (1), (2).
        /// </summary>
        private void AddPoint(ImportedParagraph paragraph, string label, string text)
        {
            reader.Count("points");
            ImportedParagraph? previous = paragraph.Points.LastOrDefault();
            bool nest;
            if (previous is not null && paragraph.Points[0].Number == "i" && Roman(previous.Number!) is int numeral)
            {
                nest = Roman(label) != numeral + 1;
            }
            else
            {
                bool roman = Regex.IsMatch(label, "^[ivxl]+$");
                bool nextLetter = previous is not null && previous.Number!.Length == 1 && label.Length == 1 && label[0] == previous.Number[0] + 1;
                bool firstLetter = label == "a" || label == "i" && previous is null;
                nest = previous is not null && roman && !nextLetter && !firstLetter || previous is not null && previous.Points.Count > 0 && roman && !nextLetter;

                // "A. To assist the parties … by:" holds (1), (2): numbers inside a lettered point that opens a list.
                nest |= previous is not null && Regex.IsMatch(label, "^[0-9]+$") && Regex.IsMatch(previous.Number!, "^[a-z]+$")
                    && (previous.Points.Count > 0 || s_marker.Replace(previous.Text, string.Empty).TrimEnd().EndsWith(':'));
            }

            if (nest)
            {
                reader.Count("nested points");
                previous!.Points.Add(new ImportedParagraph { Number = label, Text = text });
                return;
            }

            paragraph.Points.Add(new ImportedParagraph { Number = label, Text = text });
        }

        /// <summary>The value of a lower-case roman numeral up to 39 (<c>xxxix</c>), or null.</summary>
        private static int? Roman(string label)
        {
            Match m = Regex.Match(label, "^(x{0,3})(ix|iv|v?i{0,3})$");
            if (!m.Success || label.Length == 0)
            {
                return null;
            }

            int units = m.Groups[2].Value switch
            {
                "ix" => 9,
                "iv" => 4,
                string v => (v.StartsWith('v') ? 5 : 0) + v.Count(c => c == 'i'),
            };
            return (m.Groups[1].Length * 10) + units;
        }

        /// <summary>Text that continues the paragraph before it (a wrap-up after points, a table, a second block).</summary>
        private void Continue(string text)
        {
            if (text.Length == 0)
            {
                return;
            }

            ImportedParagraph? target = Target;
            if (target is null && _annex is not null)
            {
                AddAnnexParagraph(null, text);
                return;
            }

            if (target is null)
            {
                var paragraph = new ImportedParagraph { Text = text };
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

        /// <summary>
        /// The label of a point as printed: <c>(a)</c>, <c>a)</c> or <c>a.</c> (the publisher's list numbering), lower case;
        /// otherwise <see langword="null"/>. (<c>3.</c> is a paragraph's number, or a point's inside a list: <see cref="List"/>.)
        /// </summary>
        private static string? LabelOf(string printed)
        {
            Match m = Regex.Match(printed, @"^(?:\(([a-zA-Z]{1,6}|\d{1,3})\)|([a-zA-Z]{1,6}|\d{1,3}(?=\)))[.)])$");
            return m.Success ? (m.Groups[1].Success ? m.Groups[1] : m.Groups[2]).Value.ToLowerInvariant() : null;
        }

        /// <summary>The italic words a paragraph's first <c>&lt;p&gt;</c> opens with: the publisher's mark of its phrase.</summary>
        internal static string ItalicLead(XElement? content)
        {
            XElement? p = content?.Elements(s_ns + "p").FirstOrDefault();
            XElement? span = p?.Elements(s_ns + "span").FirstOrDefault();
            return span is not null && (string?)span.Attribute("class") == "italic" && p!.Nodes().TakeWhile(n => n != span).All(n => n is XText t && t.Value.Trim().Length == 0)
                ? Normalize(span.Value)
                : string.Empty;
        }
    }
}
