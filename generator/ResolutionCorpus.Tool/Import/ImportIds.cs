namespace ResolutionCorpus.Tool.Import;

/// <summary>
/// The importer's diagnostic ids. They are stable (scripts may match on them) and live in RC3001–RC3099,
/// apart from the generator's own ids. The tool's README has the table.
/// </summary>
internal static class ImportIds
{
    /// <summary>The file does not exist or cannot be read.</summary>
    public const string Unreadable = "RC3001";

    /// <summary>The file is empty or holds only white space.</summary>
    public const string Empty = "RC3002";

    /// <summary>The file is binary, not text.</summary>
    public const string Binary = "RC3003";

    /// <summary>The text has no enacting formula (<c>The General Assembly,</c> …): it is not a resolution.</summary>
    public const string NotAResolution = "RC3004";

    /// <summary>The bytes are not valid UTF-8.</summary>
    public const string NotUtf8 = "RC3005";

    /// <summary>No resolution number (<c>79/284.</c>, <c>Resolution 2005/17</c>) before the enacting formula.</summary>
    public const string NoNumber = "RC3006";

    /// <summary>No numbered operative paragraph.</summary>
    public const string NoOperative = "RC3007";

    /// <summary>No adoption date.</summary>
    public const string NoAdoptionDate = "RC3008";

    /// <summary>No title.</summary>
    public const string NoTitle = "RC3009";

    /// <summary>A footnote marker in the text has no footnote (warning).</summary>
    public const string UnmatchedMarker = "RC3010";

    /// <summary>A footnote is never referenced by a marker in the text (warning).</summary>
    public const string UnreferencedFootnote = "RC3011";

    /// <summary>Text after the end of the resolution that is neither a footnote, a note nor print debris (warning).</summary>
    public const string UnrecognizedTrailingText = "RC3012";

    /// <summary>Two footnotes carry the same marker (warning).</summary>
    public const string DuplicateFootnote = "RC3013";

    /// <summary>Operative numbering skips or repeats (warning: the text was kept where it stood).</summary>
    public const string OperativeNumbering = "RC3014";

    /// <summary>Unnumbered text after the first operative paragraph, kept with the paragraph before it (warning).</summary>
    public const string UnnumberedOperativeText = "RC3015";

    /// <summary>A line that no rule read as wording, metadata or print debris (warning: it is not in the YAML).</summary>
    public const string UnreadLine = "RC3016";

    /// <summary>Points printed without their letters, lettered by their place in the list (warning).</summary>
    public const string UnletteredPoints = "RC3017";

    /// <summary>A paragraph's opening phrase is not in the phrase lexicon (warning).</summary>
    public const string UnknownPhrase = "RC3020";

    /// <summary>The output file exists and <c>--force</c> was not given.</summary>
    public const string OutputExists = "RC3030";

    /// <summary>The output file could not be written.</summary>
    public const string WriteFailed = "RC3031";

    /// <summary>Two inputs of one run are the same resolution.</summary>
    public const string DuplicateSymbol = "RC3032";

    /// <summary>Warning: the same resolution again (another file of the same document); one file is kept.</summary>
    public const string DuplicateDocument = "RC3033";

    /// <summary>The YAML the import made would not build: the generator's parser reports errors in it; nothing is written.</summary>
    public const string GeneratorRejects = "RC3034";

    /// <summary>An Akoma Ntoso (AKN4UN) document could not be imported; the message says why.</summary>
    public const string AknUnreadable = "RC3040";

    /// <summary>A PDF or Word file cannot be read: encrypted, damaged, empty, or a scan without a text layer.</summary>
    public const string DocumentUnreadable = "RC3041";

    /// <summary>Warning: an Akoma Ntoso document was read in a way its markup alone does not say (the message says how).</summary>
    public const string AknReading = "RC3043";

    /// <summary>An unexpected failure inside the importer.</summary>
    public const string InternalError = "RC3099";
}
