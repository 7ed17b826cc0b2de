using System;
using System.Collections.Generic;
using ResolutionCorpus.Data;

namespace ResolutionCorpus;

/// <summary>
/// A United Nations resolution: its metadata, its preambular and operative paragraphs, and its footnotes.
/// </summary>
/// <remarks>
/// Instances come from generated code (<c>A_RES_79_284.Resolution</c>, <c>Corpus.Find</c>). Building one
/// decodes no text: each string is decoded from the embedded UTF-8 when it is first read.
/// </remarks>
public sealed partial class Resolution
{
    private readonly LazyString _title;
    private readonly LazyString _meeting;
    private readonly LazyString _agendaItem;
    private readonly LazyString _draft;
    private readonly string _symbolText;
    private object? _symbol;
    private readonly Utf8Text[] _notes;
    private Paragraph[]? _citedBy;
    private Citations.AddressOutline? _outline;

    /// <summary>Builds a resolution from what its layout says (<see cref="ResolutionLayout"/>).</summary>
    internal Resolution(
        string symbol,
        UnBody body,
        int session,
        Utf8Text title,
        DateTime adopted,
        Utf8Text meeting,
        Utf8Text agendaItem,
        Utf8Text draft,
        Utf8Text[]? notes,
        ParagraphData[]? preamble,
        ParagraphData[]? operative,
        FootnoteData[]? footnotes,
        CorpusLink? corpus = null,
        DivisionData[]? divisions = null,
        ParagraphData[]? intro = null,
        MetadataData? metadata = null)
    {
        _metadata = metadata;
        Corpus = corpus;
        _symbolText = symbol;
        Body = body;
        Session = session;
        Adopted = adopted;
        _title = new LazyString(title);
        _meeting = new LazyString(meeting);
        _agendaItem = new LazyString(agendaItem);
        _draft = new LazyString(draft);
        _notes = notes ?? Array.Empty<Utf8Text>();
        Preamble = CreateParagraphs(ParagraphKind.Preambular, preamble);
        Intro = CreateParagraphs(ParagraphKind.Introductory, intro);
        Operative = CreateParagraphs(ParagraphKind.Operative, operative);
        Footnotes = CreateFootnotes(footnotes);
        Divisions = CreateDivisions(divisions);
    }

    /// <summary>The document symbol, e.g. <c>A/RES/79/284</c>.</summary>
    /// <remarks>Parsed when first asked for, so that reading a paragraph's text does not start the regular-expression engine.</remarks>
    public DocumentSymbol Symbol => (DocumentSymbol)(_symbol ??= DocumentSymbol.Parse(_symbolText));

    /// <summary>The organ that adopted the resolution.</summary>
    public UnBody Body { get; }

    /// <summary>The General Assembly's session number; for the Economic and Social Council and the Security Council, the year.</summary>
    public int Session { get; }

    /// <summary>The title, exact wording; <see langword="null"/> for a resolution printed without one (the Security Council's).</summary>
    /// <remarks>For an untitled resolution, <see cref="CatalogueTitle"/> gives the library's descriptive title.</remarks>
    public string? Title => _title.Value;

    /// <summary>The date of adoption.</summary>
    public DateTime Adopted { get; }

    /// <summary>The meeting at which the resolution was adopted ("64th plenary meeting"), when known.</summary>
    public string? Meeting => _meeting.Value;

    /// <summary>The agenda item ("125 (l)"), when known.</summary>
    public string? AgendaItem => _agendaItem.Value;

    /// <summary>The draft's symbol ("A/79/L.75"), when known.</summary>
    public string? Draft => _draft.Value;

    /// <summary>Notes on the document, such as "Reissued for technical reasons on 15 July 2013."</summary>
    public IReadOnlyList<string> Notes
    {
        get
        {
            var notes = new string[_notes.Length];
            for (int i = 0; i < notes.Length; i++)
            {
                notes[i] = _notes[i].Decode() ?? string.Empty;
            }

            return notes;
        }
    }

    /// <summary>The preambular paragraphs, in order.</summary>
    public IReadOnlyList<Paragraph> Preamble { get; }

    /// <summary>The operative paragraphs, in order; paragraph <c>n</c> is at index <c>n - 1</c>.</summary>
    public IReadOnlyList<Paragraph> Operative { get; }

    /// <summary>
    /// The unnumbered paragraphs printed between the preamble and paragraph 1 ("Resolves that, for 2021:"), in order;
    /// empty for most resolutions.
    /// </summary>
    public IReadOnlyList<Paragraph> Intro { get; }

    /// <summary>The footnotes, in order.</summary>
    public IReadOnlyList<Footnote> Footnotes { get; }

    /// <summary>Its parts, sections and annexes, in document order; empty when it has none.</summary>
    public IReadOnlyList<Division> Divisions { get; }

    /// <summary>
    /// The paragraphs of the same corpus that cite this resolution, in their text or in one of their footnotes.
    /// Found on first use by reading the corpus's references (no paragraph text is decoded).
    /// </summary>
    public IReadOnlyList<Paragraph> CitedBy => _citedBy ??= FindCitingParagraphs();

    internal CorpusLink? Corpus { get; }

    /// <summary>Every address it has, for resolving citations; built on the first citation of it.</summary>
    internal Citations.AddressOutline Outline => _outline ??= Citations.RuntimeOutline.Of(this);

    /// <summary>The operative paragraph with this number, or <see langword="null"/>.</summary>
    public Paragraph? FindOperative(int number) =>
        number >= 1 && number <= Operative.Count ? Operative[number - 1] : null;

    /// <summary>The preambular paragraph at this position (1 for the first), or <see langword="null"/>.</summary>
    public Paragraph? FindPreambular(int ordinal) =>
        ordinal >= 1 && ordinal <= Preamble.Count ? Preamble[ordinal - 1] : null;

    /// <summary>The symbol and the title (the symbol alone for an untitled resolution).</summary>
    public override string ToString() => Title is null ? Symbol.Value : Symbol.Value + ": " + Title;

    private Paragraph[] FindCitingParagraphs()
    {
        if (Corpus is null)
        {
            return Array.Empty<Paragraph>();
        }

        var citing = new List<Paragraph>();
        foreach (Resolution resolution in Corpus.All())
        {
            AddCiting(resolution.Preamble, citing);
            AddCiting(resolution.Intro, citing);
            AddCiting(resolution.Operative, citing);
            AddCiting(resolution.Divisions, citing);
        }

        return citing.ToArray();
    }

    private void AddCiting(IReadOnlyList<Division> divisions, List<Paragraph> citing)
    {
        foreach (Division division in divisions)
        {
            AddCiting(division.Preamble, citing);
            AddCiting(division.Intro, citing);
            AddCiting(division.Paragraphs, citing);
            AddCiting(division.Sections, citing);
        }
    }

    private void AddCiting(IReadOnlyList<Paragraph> paragraphs, List<Paragraph> citing)
    {
        foreach (Paragraph paragraph in paragraphs)
        {
            if (CitesThis(paragraph))
            {
                citing.Add(paragraph);
            }
        }
    }

    /// <summary>Whether the paragraph's text, one of its footnotes or one of its points at any depth cites this resolution.</summary>
    private bool CitesThis(Paragraph paragraph)
    {
        bool cites = Cites(paragraph.References);
        foreach (FootnoteReference footnote in paragraph.Footnotes)
        {
            cites |= Cites(footnote.Footnote.References);
        }

        foreach (SubParagraph sub in paragraph.SubParagraphs)
        {
            cites |= CitesThis(sub);
        }

        return cites;
    }

    private bool Cites(IReadOnlyList<Reference> references)
    {
        foreach (Reference reference in references)
        {
            if (string.Equals(reference.ResolutionSymbol, Symbol.Value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private Division[] CreateDivisions(DivisionData[]? data)
    {
        if (data is null || data.Length == 0)
        {
            return Array.Empty<Division>();
        }

        var divisions = new Division[data.Length];
        for (int i = 0; i < data.Length; i++)
        {
            divisions[i] = new Division(this, null, data[i]);
        }

        return divisions;
    }

    private Paragraph[] CreateParagraphs(ParagraphKind kind, ParagraphData[]? data)
    {
        if (data is null || data.Length == 0)
        {
            return Array.Empty<Paragraph>();
        }

        var paragraphs = new Paragraph[data.Length];
        for (int i = 0; i < data.Length; i++)
        {
            paragraphs[i] = new Paragraph(this, kind, data[i]);
        }

        return paragraphs;
    }

    private Footnote[] CreateFootnotes(FootnoteData[]? data)
    {
        if (data is null || data.Length == 0)
        {
            return Array.Empty<Footnote>();
        }

        var footnotes = new Footnote[data.Length];
        for (int i = 0; i < data.Length; i++)
        {
            footnotes[i] = new Footnote(this, data[i]);
        }

        return footnotes;
    }
}
