namespace ResolutionCorpus.Tool.Import.Documents.WordBinary;

/// <summary>What the importer needs of a Word 97–2003 paragraph's properties.</summary>
/// <param name="InTable">The paragraph is in a table's cell.</param>
/// <param name="RowEnd">The paragraph is the mark that ends a table's row, not text.</param>
/// <param name="List">The 1-based list instance (LFO) the paragraph is numbered by; 0 when it says it is not numbered, null when it does not say (its style may).</param>
/// <param name="Level">The list level, 0 to 8.</param>
/// <param name="Style">The paragraph's style (istd), whose properties lie under its own.</param>
internal readonly record struct WordParagraphProperties(bool InTable, bool RowEnd, int? List, int Level, int Style = 0);
