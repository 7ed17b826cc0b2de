using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ResolutionCorpus.Generator.Diagnose;
using ResolutionCorpus.Generator.Model;

namespace ResolutionCorpus.Generator.Parse;

/// <summary>
/// The parts of schema 1 that the first files did not need: parts, sections, quotations, annexes, and the publisher's metadata.
/// </summary>
internal sealed partial class ResolutionReader
{
    private static readonly string[] s_partFields = { "label", "title", "meeting", "adopted", "preamble", "intro", "operative", "sections" };
    private static readonly string[] s_sectionFields = { "number", "heading", "preamble", "intro", "operative", "sections" };
    private static readonly string[] s_nestedSectionFields = { "number", "heading", "preamble", "intro", "operative" };
    private static readonly string[] s_quotationFields = { "formula", "preamble", "intro", "operative", "sections" };
    private static readonly string[] s_annexFields = { "label", "title", "paragraphs" };
    private static readonly string[] s_annexParagraphFields = { "number", "text", "subparagraphs" };
    private static readonly string[] s_metadataFields =
    {
        SchemaFields.Work, SchemaFields.AgendaTitle, SchemaFields.CatalogueTitle, SchemaFields.Committee, SchemaFields.Report,
        SchemaFields.ReportParagraph, SchemaFields.ChapterVii, SchemaFields.Sponsors, SchemaFields.AdditionalSponsors,
        SchemaFields.Vote, SchemaFields.Subjects, SchemaFields.Sdgs,
    };

    private static readonly string[] s_voteFields =
    {
        SchemaFields.WithoutVote, SchemaFields.Acclamation, SchemaFields.InFavour, SchemaFields.Against, SchemaFields.Abstaining, SchemaFields.States,
    };

    private static readonly string[] s_stateListFields = { SchemaFields.InFavour, SchemaFields.Against, SchemaFields.Abstaining };
    private static readonly string[] s_subjectFields = { SchemaFields.Term, SchemaFields.Thesaurus };
    private static readonly Regex s_divisionLabel = new Regex(@"^[A-Za-z0-9]{1,12}$", RegexOptions.CultureInvariant);

    private static bool HasOperative(EquatableArray<DivisionModel> divisions) =>
        divisions.Any(d => (d.IsPart || d.IsSection) && (d.Paragraphs.Count > 0 || HasOperative(d.Sections)));

    private EquatableArray<DivisionModel> ReadDivisions(FieldReader fields, ref int lastNumber)
    {
        var divisions = new List<DivisionModel>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        divisions.AddRange(ReadSections(fields.List("sections", required: false), nested: false, names, ref lastNumber));

        IReadOnlyList<YamlNode> parts = fields.List("parts", required: false);
        int previousPartLast = 0;
        for (int i = 0; i < parts.Count; i++)
        {
            if (Mapping(parts[i], "Part " + Format(i + 1), s_partFields) is not FieldReader part)
            {
                continue;
            }

            YamlScalar? label = DivisionLabel(part, "label", required: true);
            MarkedText? title = MarkOptional(part.Text("title", required: false));
            string? meeting = part.Text("meeting", required: false)?.Value;
            CalendarDate? adopted = null;
            if (part.Node("adopted", required: false) is not null)
            {
                CalendarDate date = ReadDate(part, "adopted");
                adopted = date.Year == 0 ? null : date;
            }

            // Each part is a resolution of its own: its paragraphs are numbered from 1, or, in some resolutions,
            // run on from the part before it (S/RES/820 (1993): A 1-9, B 10-30, C 31-33).
            int partLast = previousPartLast;
            EquatableArray<ParagraphModel> preamble = ReadPreamble(part.List("preamble", required: false));
            EquatableArray<ParagraphModel> intro = ReadIntro(part.List("intro", required: false));
            EquatableArray<ParagraphModel> operative = ReadOperative(part.List("operative", required: false), ref partLast);
            var sectionNames = new HashSet<string>(StringComparer.Ordinal);
            var sections = new EquatableArray<DivisionModel>(ReadSections(part.List("sections", required: false), nested: false, sectionNames, ref partLast));
            previousPartLast = partLast;
            if (label is null || !Unique(names, GeneratedNames.Division(DivisionKind.Part, label.Value, lone: false), label, "Part"))
            {
                continue;
            }

            divisions.Add(new DivisionModel(DivisionKind.Part, label.Value, label.Value, Lone: false, title, meeting, adopted, preamble, operative, sections, part.Location, intro));
        }

        IReadOnlyList<YamlNode> quotations = fields.List("quotations", required: false);
        for (int i = 0; i < quotations.Count; i++)
        {
            if (Mapping(quotations[i], "Quotation " + Format(i + 1), s_quotationFields) is not FieldReader quotation)
            {
                continue;
            }

            // A text set out whole (a draft resolution recommended for adoption, an amended article) numbers its
            // paragraphs as printed, from 1 or from the quoted text's own first number; it is named by its position,
            // having no printed label. Its formula ("The General Assembly,")
            // stands where a section's heading does.
            MarkedText? formula = MarkOptional(quotation.Text("formula", required: false));
            int quotationLast = 0;
            EquatableArray<ParagraphModel> preamble = ReadPreamble(quotation.List("preamble", required: false));
            EquatableArray<ParagraphModel> intro = ReadIntro(quotation.List("intro", required: false));
            EquatableArray<ParagraphModel> operative = ReadOperative(quotation.List("operative", required: false), ref quotationLast, quoted: true);
            var sections = new EquatableArray<DivisionModel>(ReadSections(quotation.List("sections", required: false), nested: false, new HashSet<string>(StringComparer.Ordinal), ref quotationLast, quoted: true));
            string key = Format(i + 1);
            bool lone = quotations.Count == 1;
            if (Unique(names, GeneratedNames.Division(DivisionKind.Quotation, key, lone), quotations[i], "Quotation"))
            {
                divisions.Add(new DivisionModel(DivisionKind.Quotation, string.Empty, key, lone, formula, null, null, preamble, operative, sections, quotation.Location, intro));
            }
        }

        IReadOnlyList<YamlNode> annexes = fields.List("annexes", required: false);
        for (int i = 0; i < annexes.Count; i++)
        {
            if (Mapping(annexes[i], "Annex " + Format(i + 1), s_annexFields) is not FieldReader annex)
            {
                continue;
            }

            YamlScalar? label = DivisionLabel(annex, "label", required: false);
            MarkedText? title = MarkOptional(annex.Text("title", required: false));
            EquatableArray<ParagraphModel> paragraphs = ReadAnnexParagraphs(annex.List("paragraphs", required: false), "annex " + (label?.Value ?? Format(i + 1)));
            string printed = label?.Value ?? string.Empty;
            string key = printed.Length > 0 ? printed : Format(i + 1);
            bool lone = printed.Length == 0 && annexes.Count == 1;
            if (!Unique(names, GeneratedNames.Division(DivisionKind.Annex, key, lone), label ?? (YamlNode)annexes[i], "Annex"))
            {
                continue;
            }

            divisions.Add(new DivisionModel(DivisionKind.Annex, printed, key, lone, title, null, null, EquatableArray<ParagraphModel>.Empty, paragraphs, EquatableArray<DivisionModel>.Empty, annex.Location));
        }

        return new EquatableArray<DivisionModel>(divisions);
    }

    private List<DivisionModel> ReadSections(IReadOnlyList<YamlNode> nodes, bool nested, HashSet<string> names, ref int lastNumber, bool quoted = false)
    {
        var sections = new List<DivisionModel>(nodes.Count);
        for (int i = 0; i < nodes.Count; i++)
        {
            if (Mapping(nodes[i], "Section " + Format(i + 1), nested ? s_nestedSectionFields : s_sectionFields) is not FieldReader section)
            {
                continue;
            }

            YamlScalar? number = DivisionLabel(section, "number", required: false);
            MarkedText? heading = MarkOptional(section.Text("heading", required: false));
            EquatableArray<ParagraphModel> preamble = ReadPreamble(section.List("preamble", required: false));
            EquatableArray<ParagraphModel> intro = ReadIntro(section.List("intro", required: false));
            EquatableArray<ParagraphModel> operative = ReadOperative(section.List("operative", required: false), ref lastNumber, quoted);
            var inner = new HashSet<string>(StringComparer.Ordinal);
            var children = new EquatableArray<DivisionModel>(nested
                ? new List<DivisionModel>()
                : ReadSections(section.List("sections", required: false), nested: true, inner, ref lastNumber, quoted));
            string name = number?.Value ?? Format(i + 1);
            if (!Unique(names, GeneratedNames.Division(DivisionKind.Section, name, lone: false), number ?? (YamlNode)nodes[i], "Section"))
            {
                continue;
            }

            sections.Add(new DivisionModel(DivisionKind.Section, number?.Value ?? string.Empty, name, Lone: false, heading, null, null, preamble, operative, children, section.Location, intro));
        }

        return sections;
    }

    private EquatableArray<ParagraphModel> ReadAnnexParagraphs(IReadOnlyList<YamlNode> nodes, string annexName)
    {
        var read = new List<(string? Printed, ParagraphModel Paragraph)>(nodes.Count);
        for (int i = 0; i < nodes.Count; i++)
        {
            string context = $"Paragraph {Format(i + 1)} of {annexName}";
            if (Mapping(nodes[i], context, s_annexParagraphFields) is not FieldReader fields)
            {
                continue;
            }

            YamlScalar? number = DivisionLabel(fields, "number", required: false);
            YamlScalar? text = fields.Text("text", required: true);
            EquatableArray<ParagraphModel> subParagraphs = ReadSubParagraphs(fields.List("subparagraphs", required: false), i + 1, $"paragraph {Format(i + 1)} of {annexName}", nested: false);
            if (text is not null)
            {
                read.Add((number?.Value, new ParagraphModel(i + 1, null, string.Empty, Mark(text), subParagraphs, Location: text.Location, PrintedNumber: number?.Value ?? string.Empty)));
            }
        }

        // Annex paragraphs are addressed by position (P12 is the twelfth), which is the printed number when
        // the annex numbers them 1, 2, 3 …; headings and unnumbered paragraphs keep every address stable.
        var paragraphs = new List<ParagraphModel>(read.Count);
        for (int i = 0; i < read.Count; i++)
        {
            paragraphs.Add(read[i].Paragraph with { Number = i + 1, SubParagraphs = Renumber(read[i].Paragraph.SubParagraphs, i + 1) });
        }

        return new EquatableArray<ParagraphModel>(paragraphs);
    }

    private static EquatableArray<ParagraphModel> Renumber(EquatableArray<ParagraphModel> subParagraphs, int number) =>
        new EquatableArray<ParagraphModel>(subParagraphs.Select(s => s with { Number = number, SubParagraphs = Renumber(s.SubParagraphs, number) }));

    private YamlScalar? DivisionLabel(FieldReader fields, string name, bool required)
    {
        YamlScalar? label = fields.Text(name, required);
        if (label is not null && !s_divisionLabel.IsMatch(label.Value))
        {
            fields.Invalid(label, name, "expected the label as printed, letters and digits only: A, II, 3");
            return null;
        }

        return label;
    }

    private bool Unique(HashSet<string> names, string className, YamlNode at, string kind)
    {
        if (names.Add(className))
        {
            return true;
        }

        Report(Diagnostics.DuplicateDivision, at.Location, kind, className);
        return false;
    }

    private MetadataModel? ReadMetadata(FieldReader fields)
    {
        if (fields.Node("metadata", required: false) is not YamlNode node || node is YamlScalar { IsNull: true })
        {
            return null;
        }

        if (Mapping(node, "The metadata", s_metadataFields) is not FieldReader metadata)
        {
            return null;
        }

        string? Optional(string name) => metadata.Text(name, required: false)?.Value;
        bool? chapterVii = Flag(metadata, SchemaFields.ChapterVii);
        return new MetadataModel(
            Optional(SchemaFields.Work),
            Optional(SchemaFields.AgendaTitle),
            Optional(SchemaFields.CatalogueTitle),
            Optional(SchemaFields.Committee),
            Optional(SchemaFields.Report),
            Optional(SchemaFields.ReportParagraph),
            chapterVii,
            TextList(metadata, SchemaFields.Sponsors),
            TextList(metadata, SchemaFields.AdditionalSponsors),
            ReadVote(metadata),
            ReadSubjects(metadata),
            ReadSdgs(metadata));
    }

    private VoteModel? ReadVote(FieldReader metadata)
    {
        if (metadata.Node(SchemaFields.Vote, required: false) is not YamlNode node || Mapping(node, "The vote", s_voteFields) is not FieldReader vote)
        {
            return null;
        }

        bool without = Flag(vote, SchemaFields.WithoutVote) == true;
        bool acclamation = Flag(vote, SchemaFields.Acclamation) == true;
        int? inFavour = vote.Integer(SchemaFields.InFavour, required: false, minimum: 0);
        int? against = vote.Integer(SchemaFields.Against, required: false, minimum: 0);
        int? abstaining = vote.Integer(SchemaFields.Abstaining, required: false, minimum: 0);
        bool counted = inFavour is not null || against is not null || abstaining is not null;
        if ((without ? 1 : 0) + (acclamation ? 1 : 0) + (counted ? 1 : 0) != 1)
        {
            vote.Invalid(node, SchemaFields.Vote, "expected one of 'withoutVote: true', 'acclamation: true', or the counts 'inFavour', 'against' and 'abstaining'");
            return null;
        }

        EquatableArray<string> statesInFavour = EquatableArray<string>.Empty;
        EquatableArray<string> statesAgainst = EquatableArray<string>.Empty;
        EquatableArray<string> statesAbstaining = EquatableArray<string>.Empty;
        if (vote.Node(SchemaFields.States, required: false) is YamlNode statesNode && Mapping(statesNode, "The States' votes", s_stateListFields) is FieldReader states)
        {
            statesInFavour = TextList(states, SchemaFields.InFavour);
            statesAgainst = TextList(states, SchemaFields.Against);
            statesAbstaining = TextList(states, SchemaFields.Abstaining);
        }

        VoteKind kind = without ? VoteKind.WithoutVote : acclamation ? VoteKind.Acclamation : VoteKind.Voted;
        return new VoteModel(kind, inFavour ?? 0, against ?? 0, abstaining ?? 0, statesInFavour, statesAgainst, statesAbstaining);
    }

    private EquatableArray<SubjectModel> ReadSubjects(FieldReader metadata)
    {
        var subjects = new List<SubjectModel>();
        IReadOnlyList<YamlNode> items = metadata.List(SchemaFields.Subjects, required: false);
        for (int i = 0; i < items.Count; i++)
        {
            if (Mapping(items[i], "Subject " + Format(i + 1), s_subjectFields) is FieldReader subject
                && subject.Text(SchemaFields.Term, required: true) is YamlScalar term && TextChecks.Validate(term, SchemaFields.Term, _diagnostics))
            {
                subjects.Add(new SubjectModel(term.Value, subject.Text(SchemaFields.Thesaurus, required: false)?.Value));
            }
        }

        return new EquatableArray<SubjectModel>(subjects);
    }

    private EquatableArray<string> ReadSdgs(FieldReader metadata)
    {
        var goals = new List<string>();
        foreach (YamlNode node in metadata.List(SchemaFields.Sdgs, required: false))
        {
            if (node is YamlScalar scalar && SdgCode.IsValid(scalar.Value))
            {
                goals.Add(scalar.Value);
            }
            else
            {
                metadata.Invalid(node, SchemaFields.Sdgs, "each item is a Sustainable Development Goal from 1 to 17 or one of its targets, such as \"16\", \"3.7\" or \"2.a\"");
            }
        }

        return new EquatableArray<string>(goals);
    }

    /// <summary>A <c>true</c> or <c>false</c> field; null when absent or invalid (reported).</summary>
    private static bool? Flag(FieldReader fields, string name)
    {
        if (fields.Text(name, required: false) is not YamlScalar value)
        {
            return null;
        }

        switch (value.Value)
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                fields.Invalid(value, name, "expected true or false");
                return null;
        }
    }

    private EquatableArray<string> TextList(FieldReader fields, string name)
    {
        var values = new List<string>();
        foreach (YamlNode node in fields.List(name, required: false))
        {
            if (node is YamlScalar { IsNull: false } scalar && TextChecks.Validate(scalar, name, _diagnostics))
            {
                values.Add(scalar.Value);
            }
            else if (node is not YamlScalar)
            {
                fields.Invalid(node, name, "each item is a text");
            }
        }

        return new EquatableArray<string>(values);
    }

    private static EquatableArray<DivisionModel> WithReferences(EquatableArray<DivisionModel> divisions, UnBody body) =>
        new EquatableArray<DivisionModel>(divisions.Select(d => d with
        {
            Preamble = WithReferences(d.Preamble, body),
            Intro = WithReferences(d.Intro, body),
            Paragraphs = WithReferences(d.Paragraphs, body),
            Sections = WithReferences(d.Sections, body),
        }));
}
