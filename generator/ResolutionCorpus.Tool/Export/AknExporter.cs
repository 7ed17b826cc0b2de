using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ResolutionCorpus.Generator.Model;
using ResolutionCorpus.Tool.Import.Akn;
using F = ResolutionCorpus.Generator.Parse.SchemaFields;

namespace ResolutionCorpus.Tool.Export;

/// <summary>
/// Writes a resolution as Akoma Ntoso for the United Nations (AKN4UN): FRBR metadata, cover page, preface, preamble,
/// main body (paragraphs, points, sections), parts as a document collection, annexes as attachments, conclusions and
/// authorial notes. Every id follows Akoma Ntoso's naming grammar from the printed numbers and labels.
/// </summary>
internal static partial class AknExporter
{
    private static readonly XNamespace s_akn = AknReader.Namespace;

    /// <summary>The AKN4UN document for a resolution read by the generator's parser.</summary>
    public static XDocument Export(ResolutionModel r)
    {
        // A marker printed for several notes names them in turn, as the generator binds them (FootnoteOccurrences).
        var notes = r.Footnotes.GroupBy(f => f.Marker, System.StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new Queue<string>(g.Select(f => f.Text)), System.StringComparer.Ordinal);
        string Note(string marker) => !notes.TryGetValue(marker, out Queue<string>? texts) ? string.Empty : texts.Count > 1 ? texts.Dequeue() : texts.Peek();
        var writer = new BodyWriter(Note);
        var parts = r.Divisions.Where(d => d.IsPart).ToList();
        var annexes = r.Divisions.Where(d => d.IsAnnex).ToList();
        var sections = r.Divisions.Where(d => d.IsSection).ToList();
        var quotations = r.Divisions.Where(d => d.IsQuotation).ToList();
        string? formula = r.Preamble.Count == 0 ? null : Formula(r.Body);

        XElement top;
        if (parts.Count == 0)
        {
            top = new XElement(s_akn + "statement", new XAttribute("name", "resolution"),
                Meta(r),
                CoverPage(r),
                Preface(r),
                writer.Preamble(r.Preamble, string.Empty, formula),
                writer.MainBody(r.Intro, r.Operative, sections, string.Empty),
                Conclusions(r.Meeting, r.Adopted),
                Attachments(writer, annexes),
                Components(writer, quotations));
        }
        else
        {
            top = new XElement(s_akn + "documentCollection", new XAttribute("name", "resolution"),
                Meta(r),
                CoverPage(r),
                Preface(r),
                new XElement(s_akn + "collectionBody",
                    parts.Select(p => new XElement(s_akn + "component", new XAttribute("eId", "cmp_" + p.Label),
                        new XElement(s_akn + "documentRef", new XAttribute("href", "#" + p.Segment), new XAttribute("showAs", p.Label))))),
                Attachments(writer, annexes));
        }

        var root = new XElement(s_akn + "akomaNtoso", top);
        if (parts.Count > 0)
        {
            // Texts set out whole are printed after the last part, so they are read with it.
            root.Add(new XElement(s_akn + "components", parts.Select(p =>
                new XElement(s_akn + "component", new XAttribute("eId", p.Segment),
                    new XElement(s_akn + "statement", new XAttribute("name", "resolution"),
                        new XElement(s_akn + "preface", new XElement(s_akn + "p", p.Label + " ", new XElement(s_akn + "docTitle", writer.Inline(p.Heading?.Markup ?? string.Empty)))),
                        writer.Preamble(p.Preamble, p.Segment, p.Preamble.Count == 0 ? null : Formula(r.Body)),
                        writer.MainBody(p.Intro, p.Paragraphs, [.. p.Sections], p.Segment),
                        Conclusions(p.Meeting, p.Adopted),
                        p == parts[^1] ? Components(writer, quotations) : null)))));
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    /// <summary>The work IRI: the file's own, else one built the AKN4UN way from the adoption date and the number.</summary>
    private static string Work(ResolutionModel r)
    {
        if (r.Metadata?.Work is string work)
        {
            return work;
        }

        Match number = Regex.Match(r.Symbol, @"^A/RES/(\d+|[A-Z]+-\d+)/(\d+)");
        return number.Success
            ? $"/akn/un/statement/deliberation/unga/{r.Adopted}/{number.Groups[1].Value}-{number.Groups[2].Value}/!main"
            : $"/akn/un/statement/deliberation/{r.Body.ToString().ToLowerInvariant()}/{r.Adopted}/{Regex.Replace(r.Symbol, "[^A-Za-z0-9]+", "-")}/!main";
    }

    private static XElement Meta(ResolutionModel r)
    {
        var proprietary = new XElement(s_akn + "proprietary", new XAttribute("source", "#resolutionCorpus"));
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                proprietary.Add(new XElement(s_akn + "keyword", new XAttribute("value", value), new XAttribute("showAs", name), new XAttribute("dictionary", name)));
            }
        }

        Add(F.Draft, r.Draft);
        if (r.Metadata is MetadataModel m)
        {
            Add(F.CatalogueTitle, m.CatalogueTitle);
            Add(F.Committee, m.Committee);
            Add(F.Report, m.Report);
            Add(F.ReportParagraph, m.ReportParagraph);
            Add(F.ChapterVii, m.ChapterVii is bool chapterVii ? (chapterVii ? "true" : "false") : null);
            m.Sponsors.ToList().ForEach(sponsor => Add(F.Sponsors, sponsor));
            m.AdditionalSponsors.ToList().ForEach(sponsor => Add(F.AdditionalSponsors, sponsor));
            if (m.Vote is VoteModel vote)
            {
                Add(F.Vote, vote.Kind == VoteKind.Voted
                    ? string.Format(CultureInfo.InvariantCulture, "{0}-{1}-{2}", vote.InFavour, vote.Against, vote.Abstaining)
                    : vote.Kind.ToString());
                vote.StatesInFavour.ToList().ForEach(state => Add(F.Vote + "." + F.InFavour, state));
                vote.StatesAgainst.ToList().ForEach(state => Add(F.Vote + "." + F.Against, state));
                vote.StatesAbstaining.ToList().ForEach(state => Add(F.Vote + "." + F.Abstaining, state));
            }

            foreach (SubjectModel subject in m.Subjects)
            {
                proprietary.Add(new XElement(s_akn + "keyword", new XAttribute("value", subject.Term), new XAttribute("showAs", subject.Thesaurus ?? string.Empty), new XAttribute("dictionary", F.Subjects)));
            }

            m.Sdgs.ToList().ForEach(goal => Add(F.Sdgs, goal));
        }

        return new XElement(s_akn + "meta",
            new XElement(s_akn + "identification", new XAttribute("source", "#resolutionCorpus"),
                new XElement(s_akn + "FRBRWork",
                    new XElement(s_akn + "FRBRthis", new XAttribute("value", Work(r))),
                    new XElement(s_akn + "FRBRdate", new XAttribute("date", r.Adopted.ToString()), new XAttribute("name", "adoption")),
                    new XElement(s_akn + "FRBRauthor", new XAttribute("href", "#" + r.Body.ToString()), new XAttribute("as", "#author")),
                    new XElement(s_akn + "FRBRcountry", new XAttribute("value", "un")))),
            proprietary.HasElements ? proprietary : null);
    }

    private static XElement CoverPage(ResolutionModel r) =>
        new(s_akn + "coverPage",
            new XElement(s_akn + "p", new XElement(s_akn + "docNumber", new XAttribute("refersTo", "#symbol"), r.Symbol)),
            new XElement(s_akn + "p", new XElement(s_akn + "session", new XAttribute("value", r.Session.ToString(CultureInfo.InvariantCulture)))),
            r.AgendaItem is null ? null : new XElement(s_akn + "p", new XElement(s_akn + "inline", new XAttribute("name", "agenda item"), "Agenda item " + r.AgendaItem)),
            r.Metadata?.AgendaTitle is null ? null : new XElement(s_akn + "p", new XElement(s_akn + "inline", new XAttribute("name", "agenda item name"), r.Metadata.AgendaTitle)));

    /// <summary>The title, and the notes on the document as notes to it.</summary>
    private static XElement Preface(ResolutionModel r) =>
        new(s_akn + "preface", new XElement(s_akn + "p", new XElement(s_akn + "docTitle", r.Title),
            r.Notes.Select((note, i) => new XElement(s_akn + "authorialNote",
                new XAttribute("marker", new string('*', i + 1)), new XAttribute("placement", "bottom"), new XAttribute("eId", "dnote_" + (i + 1).ToString(CultureInfo.InvariantCulture)),
                new XElement(s_akn + "p", note)))));

    /// <summary>The words a resolution of the organ opens with.</summary>
    private static string Formula(UnBody body) => body switch
    {
        UnBody.SecurityCouncil => "The Security Council,",
        UnBody.EconomicAndSocialCouncil => "The Economic and Social Council,",
        UnBody.HumanRightsCouncil => "The Human Rights Council,",
        _ => "The General Assembly,",
    };

    /// <summary>
    /// Texts the resolution sets out whole (a draft resolution it recommends), each a component statement with its own
    /// formula, preamble and body, as the publisher prints them.
    /// </summary>
    private static XElement? Components(BodyWriter writer, List<DivisionModel> quotations) =>
        quotations.Count == 0 ? null : new XElement(s_akn + "components", quotations.Select(q =>
            new XElement(s_akn + "component", new XAttribute("eId", "cmp_" + q.Segment),
                new XElement(s_akn + "statement", new XAttribute("name", "draft resolution"),
                    writer.Preamble(q.Preamble, q.Segment, q.Heading?.Markup),
                    writer.MainBody(q.Intro, q.Paragraphs, [.. q.Sections], q.Segment)))));

    private static XElement Conclusions(string? meeting, CalendarDate? adopted) =>
        new(s_akn + "conclusions", new XElement(s_akn + "p",
            meeting is null ? null : new XElement(s_akn + "inline", new XAttribute("name", "adoptionMeeting"), meeting),
            adopted is not CalendarDate date ? null : new XElement(s_akn + "docDate", new XAttribute("date", date.ToString()), date.ToString())));

    private static XElement? Attachments(BodyWriter writer, List<DivisionModel> annexes) =>
        annexes.Count == 0 ? null : new XElement(s_akn + "attachments", annexes.Select(a =>
            new XElement(s_akn + "attachment", new XAttribute("eId", a.Segment),
                new XElement(s_akn + "doc", new XAttribute("name", "annex"),
                    a.Label.Length == 0 && a.Heading is null ? null : new XElement(s_akn + "preface", new XElement(s_akn + "p",
                        new XElement(s_akn + "docNumber", a.Label.Length == 0 ? "Annex" : "Annex " + a.Label),
                        a.Heading is null ? null : new XElement(s_akn + "docTitle", writer.Inline(a.Heading.Markup)))),
                    writer.AnnexBody(a)))));
}
