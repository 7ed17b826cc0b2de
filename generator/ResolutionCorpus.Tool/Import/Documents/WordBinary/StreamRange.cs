namespace ResolutionCorpus.Tool.Import.Documents.WordBinary;

/// <summary>Where a structure lies in one of a Word 97–2003 file's streams: its offset and length in bytes.</summary>
internal readonly record struct StreamRange(int Offset, int Length);
