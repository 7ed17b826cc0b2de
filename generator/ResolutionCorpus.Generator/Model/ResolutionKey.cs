using ResolutionCorpus.Citations;
using ResolutionCorpus.Generator.Diagnose;

namespace ResolutionCorpus.Generator.Model;

/// <summary>What the corpus-wide checks need of one file: small, so a text edit elsewhere leaves it equal.</summary>
/// <param name="Outline">Every address it has; <see langword="null"/> when not known, as when only symbols are compared.</param>
/// <param name="Citations">What its texts cite inside resolutions.</param>
internal sealed record ResolutionKey(
    string FilePath,
    string Symbol,
    string ClassName,
    LocationInfo SymbolLocation,
    AddressOutline? Outline = null,
    EquatableArray<ParagraphCitation> Citations = default)
{
    public static ResolutionKey Of(ResolutionModel r)
    {
        var citations = new System.Collections.Generic.List<ParagraphCitation>();
        void Add(EquatableArray<ReferenceModel> references, LocationInfo? location)
        {
            foreach (ReferenceModel reference in references)
            {
                if (reference.IsWithinResolution && location is not null)
                {
                    citations.Add(new ParagraphCitation(reference.Cited!, location));
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

        void AddDivisions(EquatableArray<DivisionModel> divisions)
        {
            foreach (DivisionModel division in divisions)
            {
                AddAll(division.Preamble);
                AddAll(division.Intro);
                AddAll(division.Paragraphs);
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

        return new ResolutionKey(r.FilePath, r.Symbol, r.ClassName, r.SymbolLocation, ModelOutline.Of(r), new EquatableArray<ParagraphCitation>(citations));
    }
}
