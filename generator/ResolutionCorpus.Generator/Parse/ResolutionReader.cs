using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ResolutionCorpus.Generator.Diagnose;
using ResolutionCorpus.Generator.Extract;
using ResolutionCorpus.Generator.Model;

namespace ResolutionCorpus.Generator.Parse;

/// <summary>
/// Maps a YAML tree onto the resolution schema (version 1), checking every rule that one file can break.
/// </summary>
internal sealed partial class ResolutionReader
{
    private static readonly string[] s_resolutionFields =
    {
        "schema", "symbol", "body", "session", "title", "adopted", "meeting", "agendaItem", "draft", "source",
        "notes", "metadata", "preamble", "intro", "operative", "sections", "parts", "quotations", "annexes", "footnotes",
    };

    private static readonly string[] s_preambularFields = { "phrase", "text" };
    private static readonly string[] s_operativeFields = { "number", "phrase", "text", "subparagraphs" };
    private static readonly string[] s_subParagraphFields = { "label", "text", "subparagraphs" };
    private static readonly string[] s_nestedSubParagraphFields = { "label", "text" };
    private static readonly string[] s_footnoteFields = { "marker", "text" };
    private static readonly Regex s_date = new Regex(@"^(\d{4})-(\d{2})-(\d{2})$", RegexOptions.CultureInvariant);
    private static readonly Regex s_label = new Regex(@"^[a-z0-9]{1,8}$", RegexOptions.CultureInvariant);
    private static readonly Regex s_marker = new Regex(@"^[^\]\[\s]{1,16}$", RegexOptions.CultureInvariant);

    /// <summary>More paragraphs than any resolution has; past it, compiling the classes would take unbounded time.</summary>
    public const int MaxParagraphs = 5_000;

    private readonly string _path;
    private readonly List<DiagnosticInfo> _diagnostics;

    // Every text that may hold footnote markers, to check them once all footnotes are known.
    private readonly List<(MarkedText Text, LocationInfo Location)> _markedTexts = new List<(MarkedText, LocationInfo)>();

    public ResolutionReader(string path, List<DiagnosticInfo> diagnostics)
    {
        _path = path;
        _diagnostics = diagnostics;
    }

    public ResolutionModel? Read(YamlNode? root)
    {
        if (root is null || root is YamlScalar { IsNull: true })
        {
            Report(Diagnostics.MissingField, LocationInfo.FileStart(_path), "schema", "The file (it is empty)");
            return null;
        }

        if (root is not YamlMapping mapping)
        {
            Report(Diagnostics.InvalidValue, root.Location, root.Description, "the document", "a resolution file is a mapping of fields, starting with 'schema: 1'");
            return null;
        }

        var fields = new FieldReader(mapping, "The resolution", s_resolutionFields, _diagnostics);
        int errorsBefore = ErrorCount();

        YamlScalar? schema = fields.Text("schema", required: true);
        if (schema is not null && schema.Value != "1")
        {
            Report(Diagnostics.UnsupportedSchema, schema.Location, schema.Value);
            return null;
        }

        DocumentSymbol symbol = default;
        YamlScalar? symbolNode = fields.Text("symbol", required: true);
        if (symbolNode is not null && !DocumentSymbol.TryParse(symbolNode.Value, out symbol))
        {
            Report(Diagnostics.InvalidSymbol, symbolNode.Location, symbolNode.Value);
            symbolNode = null;
        }

        UnBody body = ReadBody(fields, symbolNode is null ? (DocumentSymbol?)null : symbol);
        int? session = fields.Integer("session", required: true, minimum: 1);
        CheckSession(fields, symbolNode is null ? (DocumentSymbol?)null : symbol, session);
        // Security Council resolutions are printed without a title; every other organ's have one.
        string? title = fields.Text(SchemaFields.Title, required: body != UnBody.SecurityCouncil)?.Value;
        CalendarDate adopted = ReadDate(fields, "adopted");
        string? meeting = fields.Text("meeting", required: false)?.Value;
        string? agendaItem = fields.Text("agendaItem", required: false)?.Value;
        string? draft = fields.Text("draft", required: false)?.Value;
        fields.Text("source", required: false);
        EquatableArray<string> notes = ReadNotes(fields);
        MetadataModel? metadata = ReadMetadata(fields);

        if (CountParagraphs(fields) > MaxParagraphs)
        {
            Report(Diagnostics.TooLarge, mapping.Location, $"The resolution has more than {Format(MaxParagraphs)} paragraphs and sub-paragraphs");
            return null;
        }

        EquatableArray<ParagraphModel> preamble = ReadPreamble(fields.List("preamble", required: false));
        EquatableArray<ParagraphModel> intro = ReadIntro(fields.List("intro", required: false));
        bool divided = fields.Node("parts", required: false) is not null || fields.Node("sections", required: false) is not null;
        IReadOnlyList<YamlNode> operativeNodes = fields.List("operative", required: !divided);
        int lastNumber = 0;
        EquatableArray<ParagraphModel> operative = ReadOperative(operativeNodes, ref lastNumber);
        EquatableArray<DivisionModel> divisions = ReadDivisions(fields, ref lastNumber);
        if (operative.Count == 0 && !HasOperative(divisions) && fields.Node("operative", required: false) is YamlNode emptyOperative)
        {
            fields.Invalid(emptyOperative, "operative", "a resolution has at least one operative paragraph");
        }

        EquatableArray<FootnoteModel> footnotes = ReadFootnotes(fields.List("footnotes", required: false));

        if (ErrorCount() > errorsBefore || symbolNode is null)
        {
            return null;
        }

        preamble = WithReferences(preamble, body);
        operative = WithReferences(operative, body);
        intro = WithReferences(intro, body);
        footnotes = WithReferences(footnotes, body);
        divisions = WithReferences(divisions, body);
        return new ResolutionModel(
            _path,
            symbol.Value,
            symbol.ClassName,
            symbolNode.Location,
            body,
            session ?? 0,
            title,
            adopted,
            meeting,
            agendaItem,
            draft,
            notes,
            preamble,
            operative,
            footnotes,
            divisions,
            metadata,
            intro);
    }

    private static EquatableArray<ParagraphModel> WithReferences(EquatableArray<ParagraphModel> paragraphs, UnBody body)
    {
        var result = new List<ParagraphModel>(paragraphs.Count);
        foreach (ParagraphModel paragraph in paragraphs)
        {
            result.Add(paragraph with
            {
                SubParagraphs = WithReferences(paragraph.SubParagraphs, body),
                References = new EquatableArray<ReferenceModel>(ReferenceExtractor.Find(paragraph.Text.Plain, body)),
            });
        }

        return new EquatableArray<ParagraphModel>(result);
    }

    private static EquatableArray<FootnoteModel> WithReferences(EquatableArray<FootnoteModel> footnotes, UnBody body)
    {
        List<List<ReferenceModel>> references = ReferenceExtractor.FindInFootnotes(footnotes.Select(f => f.Text).ToList(), body);
        return new EquatableArray<FootnoteModel>(footnotes.Select((f, i) => f with { References = new EquatableArray<ReferenceModel>(references[i]) }));
    }

    private static int CountParagraphs(FieldReader fields)
    {
        // Every mapping in a list is a paragraph, sub-paragraph, part, section, annex or footnote: a bound on
        // the classes the file makes. The tree is walked without recursion (its depth is bounded anyway).
        int count = 0;
        var pending = new Stack<YamlNode>();
        foreach (string list in new[] { "preamble", "operative", "sections", "parts", "quotations", "annexes" })
        {
            if (fields.Node(list, required: false) is YamlNode node)
            {
                pending.Push(node);
            }
        }

        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case YamlSequence sequence:
                    foreach (YamlNode item in sequence.Items)
                    {
                        count += item is YamlMapping ? 1 : 0;
                        pending.Push(item);
                    }

                    break;
                case YamlMapping mapping:
                    foreach (var entry in mapping.Entries)
                    {
                        if (entry.Value is YamlSequence)
                        {
                            pending.Push(entry.Value);
                        }
                    }

                    break;
            }
        }

        return count;
    }

    private UnBody ReadBody(FieldReader fields, DocumentSymbol? symbol)
    {
        YamlScalar? node = fields.Text("body", required: true);
        if (node is null)
        {
            return default;
        }

        if (!Enum.TryParse(node.Value, ignoreCase: false, out UnBody body) || !Enum.IsDefined(typeof(UnBody), body) || !IsName(node.Value))
        {
            fields.Invalid(node, "body", "expected one of " + string.Join(", ", Enum.GetNames(typeof(UnBody))));
            return default;
        }

        if (symbol is DocumentSymbol known && known.Body != body)
        {
            Report(Diagnostics.BodyMismatch, node.Location, node.Value, known.Value, known.Body.ToString());
        }

        return body;
    }

    private void CheckSession(FieldReader fields, DocumentSymbol? symbol, int? session)
    {
        if (symbol is DocumentSymbol known && session is int value
            && int.TryParse(known.Session, NumberStyles.None, CultureInfo.InvariantCulture, out int fromSymbol)
            && fromSymbol != value)
        {
            fields.Invalid(fields.Node("session", required: false)!, "session", $"the symbol {known.Value} says {known.Session}");
        }
    }

    private CalendarDate ReadDate(FieldReader fields, string name)
    {
        YamlScalar? node = fields.Text(name, required: true);
        if (node is null)
        {
            return default;
        }

        Match match = s_date.Match(node.Value);
        if (match.Success
            && DateTime.TryParseExact(node.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date))
        {
            return new CalendarDate(date.Year, date.Month, date.Day);
        }

        fields.Invalid(node, name, "expected a date written YYYY-MM-DD, such as 2025-04-16");
        return default;
    }

    private EquatableArray<string> ReadNotes(FieldReader fields)
    {
        var notes = new List<string>();
        foreach (YamlNode node in fields.List("notes", required: false))
        {
            if (node is YamlScalar { IsNull: false } scalar)
            {
                if (TextChecks.Validate(scalar, "notes", _diagnostics))
                {
                    notes.Add(scalar.Value);
                }
            }
            else
            {
                fields.Invalid(node, "notes", "each note is a text");
            }
        }

        return new EquatableArray<string>(notes);
    }

    private EquatableArray<ParagraphModel> ReadPreamble(IReadOnlyList<YamlNode> nodes)
    {
        var paragraphs = new List<ParagraphModel>(nodes.Count);
        for (int i = 0; i < nodes.Count; i++)
        {
            string context = "Preambular paragraph " + Format(i + 1);
            if (Mapping(nodes[i], context, s_preambularFields) is not FieldReader fields)
            {
                continue;
            }

            string phrase = fields.Text("phrase", required: false)?.Value ?? string.Empty;
            YamlScalar? text = fields.Text("text", required: true);
            if (text is not null)
            {
                paragraphs.Add(new ParagraphModel(i + 1, null, phrase, Mark(text), EquatableArray<ParagraphModel>.Empty, Location: text.Location));
            }
        }

        return new EquatableArray<ParagraphModel>(paragraphs);
    }

    /// <summary>
    /// Reads the unnumbered paragraphs printed before the numbered ones ("Resolves that, for 2021:"): each a
    /// text, which may hold footnote markers; they are addressed by position, as preambular paragraphs are.
    /// </summary>
    private EquatableArray<ParagraphModel> ReadIntro(IReadOnlyList<YamlNode> nodes)
    {
        var paragraphs = new List<ParagraphModel>(nodes.Count);
        for (int i = 0; i < nodes.Count; i++)
        {
            if (nodes[i] is YamlScalar { IsNull: false } text)
            {
                if (TextChecks.Validate(text, "intro", _diagnostics))
                {
                    paragraphs.Add(new ParagraphModel(i + 1, null, string.Empty, Mark(text), EquatableArray<ParagraphModel>.Empty, Location: text.Location, PrintedNumber: string.Empty));
                }
            }
            else
            {
                Report(Diagnostics.InvalidValue, nodes[i].Location, nodes[i].Description, "intro", "each introductory paragraph is a text");
            }
        }

        return new EquatableArray<ParagraphModel>(paragraphs);
    }

    /// <summary>
    /// Reads a list of operative paragraphs. Numbers run 1, 2, 3 …, or, in a section, may continue from the
    /// paragraphs before (<paramref name="lastNumber"/>): both are printed, and both address every paragraph once.
    /// A quotation's (<paramref name="quoted"/>) first numbered paragraph keeps the quoted text's number ("Article 9, new
    /// paragraph 4").
    /// A list of one paragraph may leave it unnumbered, as the document prints it; it is then paragraph 1.
    /// </summary>
    private EquatableArray<ParagraphModel> ReadOperative(IReadOnlyList<YamlNode> nodes, ref int lastNumber, bool quoted = false)
    {
        var paragraphs = new List<ParagraphModel>(nodes.Count);
        int expected = 1;
        for (int i = 0; i < nodes.Count; i++)
        {
            string context = "Operative paragraph " + Format(i + 1);
            if (Mapping(nodes[i], context, s_operativeFields) is not FieldReader fields)
            {
                expected++;
                continue;
            }

            bool unnumbered = nodes.Count == 1 && fields.Node("number", required: false) is null;
            int? number = unnumbered ? 1 : fields.Integer("number", required: true, minimum: 1);
            if (i == 0 && number is int first && (first == lastNumber + 1 && lastNumber > 0 || quoted && lastNumber == 0))
            {
                expected = first;
            }

            if (number is int value && value != expected)
            {
                Report(Diagnostics.OperativeNumbering, fields.Node("number", required: false)!.Location, Format(value), Format(expected));
            }

            expected++;
            string phrase = fields.Text("phrase", required: false)?.Value ?? string.Empty;
            YamlScalar? text = fields.Text("text", required: true);
            EquatableArray<ParagraphModel> subParagraphs = ReadSubParagraphs(fields.List("subparagraphs", required: false), number ?? i + 1, "operative paragraph " + Format(number ?? i + 1), nested: false);
            if (number is int n && text is not null)
            {
                paragraphs.Add(new ParagraphModel(n, null, phrase, Mark(text), subParagraphs, Location: text.Location, PrintedNumber: unnumbered ? string.Empty : null));
            }
        }

        if (nodes.Count > 0)
        {
            lastNumber = expected - 1;
        }
        return new EquatableArray<ParagraphModel>(paragraphs);
    }

    private EquatableArray<ParagraphModel> ReadSubParagraphs(IReadOnlyList<YamlNode> nodes, int parent, string parentName, bool nested, string? shownParent = null)
    {
        var subParagraphs = new List<ParagraphModel>(nodes.Count);
        var labels = new HashSet<string>(StringComparer.Ordinal);
        shownParent ??= Format(parent);
        for (int i = 0; i < nodes.Count; i++)
        {
            string context = $"Sub-paragraph {Format(i + 1)} of {parentName}";
            if (Mapping(nodes[i], context, nested ? s_nestedSubParagraphFields : s_subParagraphFields) is not FieldReader fields)
            {
                continue;
            }

            YamlScalar? label = fields.Text("label", required: true);
            if (label is not null && !s_label.IsMatch(label.Value))
            {
                fields.Invalid(label, "label", "expected the printed label without parentheses, in lower case: a, b, ii");
                label = null;
            }
            else if (label is not null && !labels.Add(label.Value))
            {
                Report(Diagnostics.DuplicateLabel, label.Location, label.Value, shownParent);
                label = null;
            }

            YamlScalar? text = fields.Text("text", required: true);
            EquatableArray<ParagraphModel> children = nested || label is null
                ? EquatableArray<ParagraphModel>.Empty
                : ReadSubParagraphs(fields.List("subparagraphs", required: false), parent, $"sub-paragraph ({label.Value}) of {parentName}", nested: true, shownParent + " (" + label.Value + ")");
            if (label is not null && text is not null)
            {
                subParagraphs.Add(new ParagraphModel(parent, label.Value, string.Empty, Mark(text), children, Location: text.Location));
            }
        }

        return new EquatableArray<ParagraphModel>(subParagraphs);
    }

    private EquatableArray<FootnoteModel> ReadFootnotes(IReadOnlyList<YamlNode> nodes)
    {
        var footnotes = new List<FootnoteModel>(nodes.Count);
        var markers = new Dictionary<string, List<YamlScalar>>(StringComparer.Ordinal);
        for (int i = 0; i < nodes.Count; i++)
        {
            if (Mapping(nodes[i], "Footnote " + Format(i + 1), s_footnoteFields) is not FieldReader fields)
            {
                continue;
            }

            YamlScalar? marker = fields.Text("marker", required: true);
            if (marker is not null && !s_marker.IsMatch(marker.Value))
            {
                fields.Invalid(marker, "marker", "expected the printed marker, such as \"1\" or \"*\", without spaces or brackets");
                marker = null;
            }

            // A footnote whose text is faulty still answers its markers: one mistake, one diagnostic.
            YamlScalar? text = fields.Text("text", required: true);
            if (marker is not null)
            {
                if (!markers.TryGetValue(marker.Value, out List<YamlScalar>? defined))
                {
                    markers[marker.Value] = defined = new List<YamlScalar>();
                }

                defined.Add(marker);
                if (text is not null)
                {
                    footnotes.Add(new FootnoteModel(marker.Value, text.Value, Location: text.Location));
                }
            }
        }

        CheckMarkers(markers);
        return new EquatableArray<FootnoteModel>(footnotes);
    }

    /// <summary>
    /// Each marker needs a footnote and each footnote a marker. A marker printed for several notes ("*" on each page) is
    /// defined once per note, and its markers name them in turn, so it must stand exactly as often as it is defined.
    /// </summary>
    private void CheckMarkers(Dictionary<string, List<YamlScalar>> footnotes)
    {
        var referenced = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((MarkedText text, LocationInfo location) in _markedTexts)
        {
            foreach (FootnoteMarker marker in text.Markers)
            {
                referenced.TryGetValue(marker.Marker, out int count);
                referenced[marker.Marker] = count + 1;
                if (!footnotes.ContainsKey(marker.Marker))
                {
                    Report(Diagnostics.UnknownFootnoteMarker, location, marker.Marker);
                }
            }
        }

        foreach (KeyValuePair<string, List<YamlScalar>> footnote in footnotes)
        {
            referenced.TryGetValue(footnote.Key, out int count);
            if (count == 0)
            {
                Report(Diagnostics.UnreferencedFootnote, footnote.Value[0].Location, footnote.Key);
            }
            else if (footnote.Value.Count > 1 && count != footnote.Value.Count)
            {
                Report(Diagnostics.DuplicateFootnote, footnote.Value[1].Location, footnote.Key, Format(footnote.Value.Count), Format(count));
            }
        }
    }

    /// <summary>A paragraph's text with its footnote markers found, kept to check each marker names a footnote.</summary>
    private MarkedText Mark(YamlScalar text)
    {
        var marked = Model.MarkedText.Parse(text.Value);
        _markedTexts.Add((marked, text.Location));
        return marked;
    }

    /// <summary>A heading or title, which may hold footnote markers as a paragraph's text does; null when absent.</summary>
    private MarkedText? MarkOptional(YamlScalar? text) => text is null ? null : Mark(text);

    private FieldReader? Mapping(YamlNode node, string context, string[] allowed)
    {
        if (node is YamlMapping mapping)
        {
            return new FieldReader(mapping, context, allowed, _diagnostics);
        }

        Report(Diagnostics.InvalidValue, node.Location, node is YamlScalar scalar ? scalar.Value : node.Description, context.ToLowerInvariant(), "expected a mapping of fields, such as 'text: …'");
        return null;
    }

    private static bool IsName(string value)
    {
        foreach (char c in value)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return value.Length > 0;
    }

    private int ErrorCount()
    {
        int count = 0;
        foreach (DiagnosticInfo diagnostic in _diagnostics)
        {
            count += diagnostic.IsError ? 1 : 0;
        }

        return count;
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] args) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
