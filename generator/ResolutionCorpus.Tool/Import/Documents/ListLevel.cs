namespace ResolutionCorpus.Tool.Import.Documents;

/// <summary>A level of a Word list: its first number, how its numbers are written, and the text of its label.</summary>
/// <param name="Start">The level's first number.</param>
/// <param name="Format">How the level writes its number.</param>
/// <param name="Text">The label's text, whose characters <c>\u0000</c> to <c>\u0008</c> stand for the current numbers of levels 1 to 9 (<c>"(\u0001)"</c> prints <c>(b)</c>), as Word 97 keeps it.</param>
internal sealed record ListLevel(int Start, ListNumberFormat Format, string Text);
