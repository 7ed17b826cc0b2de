namespace ResolutionCorpus.Tool.Import.Documents.WordBinary;

/// <summary>
/// The lengths, in characters, of a Word 97–2003 document's stories, which follow one another in one run of
/// characters: the main text, then the footnotes, the headers and footers, the comments, the endnotes and the text boxes.
/// </summary>
internal sealed record WordStories(int Main, int Footnotes, int Headers, int Comments, int Endnotes, int TextBoxes, int HeaderTextBoxes)
{
    /// <summary>The first character of the footnote story.</summary>
    public int FootnotesStart => Main;

    /// <summary>The first character of the header story.</summary>
    public int HeadersStart => Main + Footnotes;
}
