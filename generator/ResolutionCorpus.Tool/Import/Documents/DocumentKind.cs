namespace ResolutionCorpus.Tool.Import.Documents;

/// <summary>What a file is, told by its first bytes rather than its name (many <c>.DOC</c> files are really <c>.docx</c>).</summary>
internal enum DocumentKind
{
    /// <summary>Text: a raw resolution text, or Akoma Ntoso XML.</summary>
    Text,

    /// <summary>A PDF file (<c>%PDF-</c>).</summary>
    Pdf,

    /// <summary>A Word file in Office Open XML (<c>.docx</c>): a zip holding <c>word/document.xml</c>.</summary>
    Word,

    /// <summary>A legacy Office binary file (Word 97–2003 <c>.doc</c>): an OLE2 compound file.</summary>
    LegacyOffice,

    /// <summary>A zip archive that is not a Word document (or is damaged).</summary>
    OtherZip,

    /// <summary>Rich Text Format (<c>{\rtf</c>), which Word also saves under a <c>.doc</c> name.</summary>
    RichText,
}
