using System.Collections.Generic;
using System.Linq;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace ResolutionCorpus.Tool.Import.Documents.Pdf;

/// <summary>What a page draws besides its glyphs: rules and boxes, each as the rectangle it covers.</summary>
internal static class PdfDrawing
{
    /// <summary>The rectangles the page's filled or stroked paths cover (clipping paths draw nothing).</summary>
    public static IEnumerable<PdfRectangle> Shapes(Page page) =>
        page.Paths
            .Where(p => !p.IsClipping && (p.IsFilled || p.IsStroked))
            .Select(p => p.GetBoundingRectangle())
            .OfType<PdfRectangle>();
}
