using ResolutionCorpus.Data;

namespace ResolutionCorpus;

/// <summary>A lettered sub-paragraph, such as (a) of operative paragraph 5.</summary>
public sealed class SubParagraph : Paragraph
{
    private readonly LazyString _label;

    internal SubParagraph(Paragraph parent, ParagraphData data)
        : base(parent.Resolution, ParagraphKind.SubParagraph, new ParagraphData(parent.Number, default, data.Phrase, data.Text, data.Footnotes, data.SubParagraphs, data.References), parent.Division)
    {
        Parent = parent;
        _label = new LazyString(data.Label);
    }

    /// <summary>The paragraph this sub-paragraph belongs to.</summary>
    public Paragraph Parent { get; }

    /// <summary>The label as printed, without parentheses: <c>a</c>.</summary>
    public string Label => _label.Value ?? string.Empty;

    /// <inheritdoc/>
    public override string Id => ParagraphAddress.PointId(Parent.Id, Label);

    /// <inheritdoc/>
    public override string Citation => ParagraphAddress.PointCitation(Parent.Citation, Label);
}
