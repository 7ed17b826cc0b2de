using ResolutionCorpus.Generator.Diagnose;

namespace ResolutionCorpus.Generator.Model
{
    /// <summary>What the corpus-wide checks need of one file: small, so a text edit elsewhere leaves it equal.</summary>
    /// <param name="OperativeCount">How many operative paragraphs the resolution has.</param>
    /// <param name="SubParagraphs">Its sub-paragraph labels by paragraph (<c>5:a,b</c>).</param>
    /// <param name="Citations">The paragraphs of resolutions its texts cite.</param>
    internal sealed record ResolutionKey(
        string FilePath,
        string Symbol,
        string ClassName,
        LocationInfo SymbolLocation,
        int OperativeCount = 0,
        string SubParagraphs = "",
        EquatableArray<ParagraphCitation> Citations = default)
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

            foreach (ParagraphModel paragraph in System.Linq.Enumerable.Concat(r.Preamble, r.Operative))
            {
                Add(paragraph.References, paragraph.Location);
                foreach (ParagraphModel sub in paragraph.SubParagraphs)
                {
                    Add(sub.References, sub.Location);
                }
            }

            foreach (FootnoteModel footnote in r.Footnotes)
            {
                Add(footnote.References, footnote.Location);
            }

            return new ResolutionKey(r.FilePath, r.Symbol, r.ClassName, r.SymbolLocation, r.Operative.Count, r.SubParagraphLabels(), new EquatableArray<ParagraphCitation>(citations));
        }
    }
}
