using System.Collections.Generic;

namespace ResolutionCorpus.Tool.Import;

/// <summary>What the import made of one line of the text it read.</summary>
internal enum LineRole
{
    /// <summary>Wording: a paragraph, point, heading or title that the YAML holds.</summary>
    Wording,

    /// <summary>A footnote's text.</summary>
    Footnote,

    /// <summary>Read into the metadata: the number, the title, the adoption date, the meeting and vote, the draft, a note.</summary>
    Metadata,

    /// <summary>The document's form: the enacting formula, a part's letter, an annex's heading.</summary>
    Form,

    /// <summary>Print debris, taken out and listed: running heads, page and job numbers, the masthead.</summary>
    Debris,
}

/// <summary>
/// The role of every line the import read, so that nothing is lost unseen: a line with no role is reported (RC3016),
/// and the debris is listed in the report with its reason. The first role given to a line is kept.
/// </summary>
internal sealed class LineLedger
{
    private readonly Dictionary<int, (LineRole Role, string? Why)> _roles = [];

    /// <summary>Gives <paramref name="line"/> its role, unless it has one.</summary>
    public void Mark(SourceLine line, LineRole role, string? why = null) => _roles.TryAdd(line.Number, (role, why));

    /// <summary>The role of the line numbered <paramref name="number"/>, or null when nothing read it.</summary>
    public LineRole? RoleOf(int number) => _roles.TryGetValue(number, out var entry) ? entry.Role : null;

    /// <summary>Why the line numbered <paramref name="number"/> was taken for debris.</summary>
    public string? WhyOf(int number) => _roles.TryGetValue(number, out var entry) ? entry.Why : null;
}
