namespace ResolutionCorpus.Generator.Model
{
    /// <summary>A footnote: its marker as printed and its exact wording.</summary>
    internal sealed record FootnoteModel(string Marker, string Text);
}
