namespace ResolutionCorpus.Tool.Import.Documents.WordBinary;

/// <summary>
/// A property change of Word 97–2003 ([MS-DOC] 2.2.5.1, Sprm): a 16-bit code whose top three bits tell the length
/// of the operand that follows it. Paragraph and character properties are lists of them.
/// </summary>
internal static class Sprm
{
    private const ushort TableDefinition = 0xD608;  // sprmTDefTable: a two-byte length
    private const ushort TabChanges = 0xC615;       // sprmPChgTabs: a length of 255 means another layout

    /// <summary>The length of the operand of <paramref name="sprm"/>, which starts at <paramref name="operand"/>; -1 when it cannot be told.</summary>
    public static int OperandSize(SpanReader bytes, ushort sprm, int operand) => (sprm >> 13) switch
    {
        0 or 1 => 1,
        2 or 4 or 5 => 2,
        3 => 4,
        7 => 3,
        _ when sprm == TableDefinition => 2 + bytes.UInt16(operand) - 1,
        _ when sprm == TabChanges && bytes.Byte(operand) == 255 => -1,
        _ => 1 + bytes.Byte(operand),
    };
}
