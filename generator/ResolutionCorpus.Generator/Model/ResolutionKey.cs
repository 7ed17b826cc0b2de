using ResolutionCorpus.Generator.Diagnose;

namespace ResolutionCorpus.Generator.Model;

/// <summary>What the corpus-wide checks need of one file: small, so a text edit elsewhere leaves it equal.</summary>
/// <param name="OperativeCount">How many operative paragraphs the resolution has outside parts, sections and annexes.</param>
/// <param name="Points">The point labels of its operative paragraphs; <see langword="null"/> when not known, as none.</param>
/// <param name="Citations">The paragraphs of resolutions its texts cite.</param>
/// <param name="DivisionParagraphs">
/// The highest paragraph number in any of its parts, sections or annexes: a citation such as "resolution S-32/1,
/// para. 63" may name a paragraph of an annexed declaration.
/// </param>
internal sealed record ResolutionKey(
    string FilePath,
    string Symbol,
    string ClassName,
    LocationInfo SymbolLocation,
    int OperativeCount = 0,
    PointLabels? Points = null,
    EquatableArray<ParagraphCitation> Citations = default,
    int DivisionParagraphs = 0)
{
    public static ResolutionKey Of(ResolutionModel r)
    {
        var citations = new System.Collections.Generic.List<ParagraphCitation>();
        void Add(EquatableArray<ReferenceModel> references, LocationInfo? location)
        {
            foreach (ReferenceModel reference in references)
            {
                if (reference.Resolution is string symbol && reference.Paragraph > 0 && location is not null)
                {
                    citations.Add(new ParagraphCitation(symbol, reference.Paragraph, reference.Label, reference.Target, location));
                }
            }
        }

        void AddAll(EquatableArray<ParagraphModel> paragraphs)
        {
            foreach (ParagraphModel paragraph in paragraphs)
            {
                Add(paragraph.References, paragraph.Location);
                AddAll(paragraph.SubParagraphs);
            }
        }

        int divisionParagraphs = 0;
        void AddDivisions(EquatableArray<DivisionModel> divisions)
        {
            foreach (DivisionModel division in divisions)
            {
                AddAll(division.Preamble);
                AddAll(division.Intro);
                AddAll(division.Paragraphs);
                foreach (ParagraphModel paragraph in division.Paragraphs)
                {
                    divisionParagraphs = System.Math.Max(divisionParagraphs, paragraph.Number);
                }

                AddDivisions(division.Sections);
            }
        }

        AddAll(r.Preamble);
        AddAll(r.Intro);
        AddAll(r.Operative);
        AddDivisions(r.Divisions);

        foreach (FootnoteModel footnote in r.Footnotes)
        {
            Add(footnote.References, footnote.Location);
        }

        return new ResolutionKey(r.FilePath, r.Symbol, r.ClassName, r.SymbolLocation, r.Operative.Count, PointLabels.Of(r.Operative), new EquatableArray<ParagraphCitation>(citations), divisionParagraphs);
    }
}
