using ResolutionCorpus.Citations;
using ResolutionCorpus.Data;

namespace ResolutionCorpus;

/// <summary>
/// A citation found in a paragraph or footnote: a resolution ("its resolution 44/6", "resolution 55/25,
/// annex II") or another United Nations document ("A/79/302-S/2024/600").
/// </summary>
public sealed class Reference
{
    private readonly ReferenceData _data;
    private readonly CorpusLink? _corpus;
    private readonly LazyString _target;
    private readonly LazyString _resolution;
    private readonly LazyString _label;
    private CitationResult? _cited;
    private bool _resolved;

    internal Reference(ReferenceData data, CorpusLink? corpus)
    {
        _data = data;
        _corpus = corpus;
        _target = new LazyString(data.Target);
        _resolution = new LazyString(data.Resolution);
        _label = new LazyString(data.Label);
    }

    /// <summary>What is cited: the canonical citation of a resolution (<c>A/RES/55/25, annex II</c>), or a document symbol.</summary>
    public string Target => _target.Value ?? string.Empty;

    /// <summary>The cited resolution's symbol; <see langword="null"/> when a document other than a resolution is cited.</summary>
    public string? ResolutionSymbol => _resolution.Value;

    /// <summary>The cited operative paragraph's number, or 0 when no paragraph is named.</summary>
    public int Paragraph => _data.Paragraph;

    /// <summary>The cited sub-paragraph's label, or <see langword="null"/>.</summary>
    public string? Label => _label.Value;

    /// <summary>Where the reference stands in the text: an offset in its <c>Text</c>.</summary>
    public int Position => _data.Position;

    /// <summary>How long the reference is in the text.</summary>
    public int Length => _data.Length;

    /// <summary>The cited resolution, when it is in the same corpus.</summary>
    public Resolution? Resolution => ResolutionSymbol is string symbol ? _corpus?.Find(symbol) : null;

    /// <summary>
    /// The cited paragraph or point, in the resolution itself or in one of its parts, sections or annexes, when the
    /// resolution is in the same corpus and has it.
    /// </summary>
    public Paragraph? CitedParagraph => Resolve()?.Paragraph;

    /// <summary>The cited part, section, annex or quotation, or the one the cited paragraph is in, when the resolution is in the same corpus and has it.</summary>
    public Division? CitedDivision => Resolve()?.Division;

    /// <inheritdoc/>
    public override string ToString() => Target;

    /// <summary>The target resolved in the corpus, once: both cited properties read it.</summary>
    private CitationResult? Resolve()
    {
        if (!_resolved)
        {
            _cited = ResolutionSymbol is null || _corpus is null ? null : CitationResult.Resolve(Target, _corpus.Find) is { Success: true } result ? result : null;
            _resolved = true;
        }

        return _cited;
    }

    internal static Reference[] Create(ReferenceData[] data, CorpusLink? corpus)
    {
        if (data.Length == 0)
        {
            return System.Array.Empty<Reference>();
        }

        var references = new Reference[data.Length];
        for (int i = 0; i < data.Length; i++)
        {
            references[i] = new Reference(data[i], corpus);
        }

        return references;
    }
}
