namespace ResolutionCorpus.Tool.Import;

/// <summary>The kinds of raw text the importer reads. They differ in how footnote markers and emphasis look.</summary>
internal enum SourceFormat
{
    /// <summary>
    /// Markdown-like text converted from a PDF: footnote markers are superscript digits (<c>Europe,¹</c>),
    /// footnotes start with them, italics are <c>*...*</c>, references may be links (<c>[A/79/L.75](#)</c>).
    /// </summary>
    PdfMarkdown,

    /// <summary>
    /// Plain text from the UN documents system: tab-indented, footnote numbers glued to words
    /// (<c>Strategy7</c>), footnotes listed after the end, print debris after them.
    /// </summary>
    PlainText,
}
