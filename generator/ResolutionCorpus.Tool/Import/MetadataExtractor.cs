using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace ResolutionCorpus.Tool.Import;

/// <summary>What the heading and the end of a resolution say about it.</summary>
internal sealed class ResolutionMetadata
{
    /// <summary>Document symbol, or null when no resolution number was found.</summary>
    public string? Symbol { get; set; }

    /// <summary>Session number (GA, HRC) or year (ECOSOC, Security Council).</summary>
    public int Session { get; set; }

    /// <summary>Title, or null.</summary>
    public string? Title { get; set; }

    /// <summary>The date in the closing meeting block, else the heading's "adopted … on" date.</summary>
    public DateOnly? Adopted { get; set; }

    /// <summary>e.g. <c>64th plenary meeting</c>.</summary>
    public string? Meeting { get; set; }

    /// <summary>e.g. <c>125 (l)</c>.</summary>
    public string? AgendaItem { get; set; }

    /// <summary>e.g. <c>A/79/L.75</c>.</summary>
    public string? Draft { get; set; }

    /// <summary>Notes such as a reissue line.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Line of the resolution number, for messages.</summary>
    public int NumberLine { get; set; }

    /// <summary>The vote stated under the meeting line (<c>by 9 votes to none, with 2 abstentions (France, …)</c>), or null.</summary>
    public Model.ImportedVote? Vote { get; set; }

    /// <summary>Index of the last line of the meeting block (the meeting line and the vote that runs on from it).</summary>
    public int MeetingBlockEnd { get; set; } = -1;
}

/// <summary>
/// Reads the metadata the text states: the resolution number line (<c>79/284. Title</c>,
/// <c>Resolution</c> / <c>2005/17</c>, <c>ECOSOC Resolution 2004/33</c>), the title, the adoption date,
/// the meeting, the agenda item (also found in a masthead printed after the end), the draft symbol, and notes
/// (<c>* Reissued for technical reasons on 15 July 2013.</c>).
/// </summary>
internal static partial class MetadataExtractor
{
    /// <summary>Reads the heading (lines before the enacting formula).</summary>
    public static ResolutionMetadata ReadHeading(IReadOnlyList<SourceLine> lines, DocumentLayout layout, SourceFormat format, LineLedger ledger)
    {
        var metadata = new ResolutionMetadata();
        for (int i = 0; i < layout.BodyStart; i++)
        {
            string text = InlineMarkup.Clean(lines[i].Text, format);
            if (text.Length == 0)
            {
                continue;
            }

            Match number = NumberLine().Match(text);
            if (metadata.Symbol is null && number.Success)
            {
                int first = int.Parse(number.Groups[1].Value, CultureInfo.InvariantCulture);
                string second = number.Groups[2].Value;
                metadata.Symbol = layout.Body switch
                {
                    UnBody.GeneralAssembly => $"A/RES/{first}/{second}",
                    UnBody.EconomicAndSocialCouncil => $"E/RES/{first}/{second}",
                    UnBody.HumanRightsCouncil => $"A/HRC/RES/{first}/{second}",
                    _ => null,
                };
                metadata.Session = first;
                metadata.NumberLine = lines[i].Number;
                ledger.Mark(lines[i], LineRole.Metadata);
                string rest = number.Groups[3].Value.Trim();
                (string? title, int titleLine) = rest.Length > 0 ? (rest, i) : NextTitleLine(lines, i + 1, layout.FormulaIndex, format, ledger);
                metadata.Title = title is null ? null : Wrapped(title, lines, titleLine + 1, layout.FormulaIndex, format, ledger);
                continue;
            }

            // The Security Council prints no title: "Resolution 1445 (2002)", "RESOLUTION 820 (1993)", or in the annual
            // volumes "161 (1961). Resolution of 21 February 1961".
            Match council = SecurityCouncilLine().Match(text);
            if (metadata.Symbol is null && council.Success && layout.Body == UnBody.SecurityCouncil)
            {
                string resolutionNumber = council.Groups[1].Success ? council.Groups[1].Value : council.Groups[3].Value;
                string year = council.Groups[2].Success ? council.Groups[2].Value : council.Groups[4].Value;
                metadata.Symbol = $"S/RES/{resolutionNumber} ({year})";
                metadata.Session = int.Parse(year, CultureInfo.InvariantCulture);
                metadata.NumberLine = lines[i].Number;
                metadata.Adopted ??= council.Groups[5].Success ? ParseDate(council.Groups[5].Value) : null;
                ledger.Mark(lines[i], LineRole.Metadata);
                continue;
            }

            // "Adopted by the Security Council at its 4653rd meeting," then "on 4 December 2002"; "of 29 May 1968".
            Match heldAt = HeldAtMeeting().Match(text);
            if (heldAt.Success)
            {
                metadata.Meeting ??= heldAt.Groups[1].Value;
                metadata.Adopted ??= heldAt.Groups[2].Success ? ParseDate(heldAt.Groups[2].Value) : null;
                ledger.Mark(lines[i], LineRole.Metadata);
                continue;
            }

            Match dated = DateContinuation().Match(text);
            if (dated.Success && metadata.Symbol is not null && metadata.Adopted is null)
            {
                metadata.Adopted = ParseDate(dated.Groups[1].Value);
                ledger.Mark(lines[i], LineRole.Metadata);
                continue;
            }

            bool read = ReadCommonLine(text, metadata, format);
            Match adopted = AdoptedOn().Match(text);
            if (adopted.Success && metadata.Adopted is null)
            {
                metadata.Adopted = ParseDate(adopted.Groups[1].Value);
                read = true;
            }

            if (read)
            {
                ledger.Mark(lines[i], LineRole.Metadata);
            }
        }

        int mastheadEnd = metadata.Symbol is null ? ReadMasthead(lines, layout, format, metadata, ledger) : metadata.NumberLine;

        // Above the number, what no rule read is the masthead: the organ, distribution, issue date, session, agenda title.
        for (int i = 0; i < layout.FormulaIndex && lines[i].Number < mastheadEnd; i++)
        {
            if (!lines[i].IsBlank)
            {
                ledger.Mark(lines[i], LineRole.Debris, "masthead");
            }
        }

        return metadata;
    }

    /// <summary>
    /// Some issued documents print no resolution number before the title: the symbol is then the masthead's
    /// (<c>United Nations A/RES/79/9</c>), and the title is the last heading line before the enacting formula.
    /// </summary>
    /// <returns>The line the masthead ends above: the heading <c>Resolution adopted by …</c>, or the symbol's line.</returns>
    private static int ReadMasthead(IReadOnlyList<SourceLine> lines, DocumentLayout layout, SourceFormat format, ResolutionMetadata metadata, LineLedger ledger)
    {
        for (int i = 0; i < layout.FormulaIndex && metadata.Symbol is null; i++)
        {
            Match symbol = MastheadSymbol().Match(InlineMarkup.Clean(lines[i].Text, format));
            UnBody? body = symbol.Groups[1].Value switch { "A/RES/" => UnBody.GeneralAssembly, "E/RES/" => UnBody.EconomicAndSocialCouncil, "A/HRC/RES/" => UnBody.HumanRightsCouncil, _ => null };
            if (symbol.Success && body == layout.Body)
            {
                metadata.Symbol = symbol.Value;
                metadata.Session = int.Parse(symbol.Groups[2].Value, CultureInfo.InvariantCulture);
                metadata.NumberLine = lines[i].Number;
            }
        }

        for (int i = layout.FormulaIndex - 1; metadata.Symbol is not null && metadata.Title is null && i >= 0; i--)
        {
            string text = InlineMarkup.Clean(lines[i].Text, format);
            if (text.Length > 0 && !PrintDebris.IsDebris(text, metadata.Symbol))
            {
                bool heading = text.StartsWith('[') || AdoptedOn().IsMatch(text) || text.StartsWith("Resolution adopted", StringComparison.Ordinal);
                metadata.Title = heading ? null : text;
                if (!heading)
                {
                    ledger.Mark(lines[i], LineRole.Metadata);
                }

                break;
            }
        }

        // The masthead (distribution, issue date, session, agenda item and title) runs down to the document's heading.
        int end = metadata.NumberLine;
        for (int i = 0; metadata.Symbol is not null && i < layout.FormulaIndex; i++)
        {
            if (lines[i].Number > metadata.NumberLine && InlineMarkup.Clean(lines[i].Text, format).StartsWith("Resolution adopted", StringComparison.Ordinal))
            {
                end = lines[i].Number;
                break;
            }
        }

        return end;
    }

    /// <summary>
    /// Reads the end (from the meeting line on) for the meeting, its date, and notes; and the whole text for an
    /// agenda item the heading did not state (the documents system prints it in a masthead after the end).
    /// </summary>
    public static void ReadEnd(IReadOnlyList<SourceLine> lines, DocumentLayout layout, SourceFormat format, ResolutionMetadata metadata, LineLedger ledger)
    {
        if (layout.EndIndex < lines.Count)
        {
            string meetingLine = DocumentLayout.MeetingText(lines, layout.EndIndex, format);
            metadata.MeetingBlockEnd = ReadVote(lines, layout.EndIndex, format, metadata);
            for (int j = layout.EndIndex; j <= metadata.MeetingBlockEnd; j++)
            {
                ledger.Mark(lines[j], LineRole.Metadata);
            }

            Match meeting = MeetingAndDate().Match(meetingLine);
            metadata.Meeting = meeting.Groups[1].Value;
            DateOnly? date = meeting.Groups[2].Success ? ParseDate(meeting.Groups[2].Value) : null;
            for (int j = layout.EndIndex + 1; date is null && j < lines.Count; j++)
            {
                string next = InlineMarkup.Clean(lines[j].Text, format);
                if (next.Length == 0)
                {
                    continue;
                }

                Match only = DateOnlyLine().Match(next);
                date = only.Success ? ParseDate(only.Groups[1].Value) : null;
                break;
            }

            if (date is not null)
            {
                metadata.Adopted = date;
            }
        }

        metadata.AgendaItem ??= AgendaItemIn(lines.Skip(layout.EndIndex).Select(l => InlineMarkup.Clean(l.Text, format)));
    }

    /// <summary>The agenda item the first of <paramref name="lines"/> that states one states (<c>Agenda item 20 (a)</c>), or null.</summary>
    public static string? AgendaItemIn(IEnumerable<string> lines) =>
        lines.Select(l => AgendaItem().Match(l)).FirstOrDefault(m => m.Success)?.Groups[1].Value.Trim();

    /// <summary>True for a Security Council number line: <c>Resolution 1445 (2002)</c>, <c>161 (1961). Resolution of 21 February 1961</c>.</summary>
    public static bool IsSecurityCouncilNumber(string cleaned) => SecurityCouncilLine().IsMatch(cleaned);

    /// <summary>
    /// The Security Council states the vote under its meeting line, over as many lines as it takes: "Adopted at the
    /// 942nd meeting" / "by 9 votes to none, with 2 abstentions (France, Union of" / "Soviet Socialist Republics).".
    /// Returns the index of the block's last line (the meeting line's own when no vote follows).
    /// </summary>
    private static int ReadVote(IReadOnlyList<SourceLine> lines, int meetingIndex, SourceFormat format, ResolutionMetadata metadata)
    {
        var block = new System.Text.StringBuilder(InlineMarkup.Clean(lines[meetingIndex].Text, format));
        int last = meetingIndex;
        for (int j = meetingIndex + 1; j < lines.Count && !lines[j].IsBlank; j++)
        {
            block.Append(' ').Append(InlineMarkup.Clean(lines[j].Text, format));
            last = j;
        }

        Match vote = VoteLine().Match(block.ToString());
        if (!vote.Success)
        {
            return DocumentLayout.MeetingText(lines, meetingIndex, format).Length > InlineMarkup.Clean(lines[meetingIndex].Text, format).Length ? meetingIndex + 1 : meetingIndex;
        }

        var imported = new Model.ImportedVote
        {
            Kind = Model.ImportedVoteKind.Voted,
            InFavour = Count(vote.Groups[1].Value),
            Against = Count(vote.Groups[2].Value),
            Abstaining = vote.Groups[3].Success ? Count(vote.Groups[3].Value) : 0,
        };
        if (vote.Groups[4].Success)
        {
            imported.StatesAbstaining.AddRange(vote.Groups[4].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }

        metadata.Vote = imported;
        return last;
    }

    private static int Count(string words) => words switch
    {
        "none" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        _ => int.Parse(words, CultureInfo.InvariantCulture),
    };

    /// <summary>True for a note line: <c>* Reissued for technical reasons on 15 July 2013.</c></summary>
    public static bool TryReadNote(string rawLine, out string note)
    {
        Match match = NoteLine().Match(rawLine);
        note = match.Success ? match.Groups[1].Value.Trim() : string.Empty;
        return match.Success;
    }

    /// <summary>True for a line that is only a date (<c>16 April 2025</c>), as in the closing meeting block.</summary>
    public static bool IsDateLine(string cleaned) => DateOnlyLine().IsMatch(cleaned);

    /// <summary>Parses <c>16 April 2025</c>, whatever the current culture.</summary>
    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), "d MMMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            ? date
            : null;

    /// <summary>Reads an agenda item, draft or note line; returns whether it was one.</summary>
    private static bool ReadCommonLine(string text, ResolutionMetadata metadata, SourceFormat format)
    {
        Match agenda = AgendaItem().Match(text);
        if (agenda.Success && metadata.AgendaItem is null)
        {
            metadata.AgendaItem = agenda.Groups[1].Value.Trim();
            return true;
        }

        Match draft = DraftLine().Match(text);
        if (draft.Success && metadata.Draft is null)
        {
            // The Security Council's volumes print the draft alone: "[S/4741]".
            metadata.Draft = (draft.Groups[1].Success ? draft.Groups[1].Value : draft.Groups[2].Value).Trim();
            return true;
        }

        if (format == SourceFormat.PlainText && TryReadNote(text, out string note))
        {
            metadata.Notes.Add(note);
            return true;
        }

        return false;
    }

    /// <summary>The first line that can be the title, and its index; null when there is none before the formula.</summary>
    private static (string? Title, int Line) NextTitleLine(IReadOnlyList<SourceLine> lines, int start, int stop, SourceFormat format, LineLedger ledger)
    {
        for (int i = start; i < stop; i++)
        {
            string text = InlineMarkup.Clean(lines[i].Text, format);
            if (text.Length > 0 && !PrintDebris.IsDebris(text, null))
            {
                ledger.Mark(lines[i], LineRole.Metadata);
                return (text, i);
            }
        }

        return (null, stop);
    }

    /// <summary>
    /// A long title wraps: the lines right under its first, up to a blank line or the enacting formula, go on with it
    /// ("80/9. 2025 Political Declaration on the Implementation of the" / "United Nations Global Plan of Action …").
    /// </summary>
    private static string Wrapped(string title, IReadOnlyList<SourceLine> lines, int start, int stop, SourceFormat format, LineLedger ledger)
    {
        var joined = new System.Text.StringBuilder(title);
        for (int i = start; i < stop && !lines[i].IsBlank; i++)
        {
            string text = InlineMarkup.Clean(lines[i].Text, format);
            if (PrintDebris.IsDebris(text, null))
            {
                break;
            }

            LineBreakHyphens.KeepAll.Append(joined, text);
            ledger.Mark(lines[i], LineRole.Metadata);
        }

        return joined.ToString();
    }

    // "79/284. Cooperation …", "67/83.<tab>Cooperation …", "2005/17", "ECOSOC Resolution 2004/33", "Resolution 2004/33".
    [GeneratedRegex(@"^(?:(?:ECOSOC|Economic and Social Council|Human Rights Council)\s+)?(?:[Rr]esolution\s+)?(\d{1,4})/(\d{1,4})(?:\.(?:\s+(.*))?|\s*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^(?:(?:Resolution|RESOLUTION) (\d{1,5}) \((\d{4})\)|(\d{1,5}) \((\d{4})\)\. Resolution of (\d{1,2} [A-Z][a-z]+ \d{4}))$", RegexOptions.CultureInvariant)]
    private static partial Regex SecurityCouncilLine();

    [GeneratedRegex(@"\bby (\d{1,3}) votes? to (\d{1,3}|none)(?:,? with (\d{1,3}|one|two|three|four|five) abstentions?(?: \(([^)]+)\))?)?\.?\s*(?:\d{1,3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex VoteLine();

    [GeneratedRegex(@"^Adopted by the Security Council at its (\d+(?:st|nd|rd|th) meeting),?(?:\s+on (\d{1,2} [A-Z][a-z]+ \d{4}))?", RegexOptions.CultureInvariant)]
    private static partial Regex HeldAtMeeting();

    // A date on a line of its own after the number, footnote marker aside: "of 29 May 1968", "on 4 December 2002", "of 30 May 1992 54".
    [GeneratedRegex(@"^(?:of|on) (\d{1,2} [A-Z][a-z]+ \d{4})(?:\s+\d{1,3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateContinuation();

    [GeneratedRegex(@"(A/RES/|E/RES/|A/HRC/RES/)(\d{1,4})/\d{1,4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex MastheadSymbol();

    [GeneratedRegex(@"^Agenda items? (.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex AgendaItem();

    [GeneratedRegex(@"^\[(?:(S/\d+(?:/[A-Za-z0-9.]+)*)|(?:without reference to a Main Committee|on the report of the [^(]+?|on the recommendation of the [^(]+?)\s*\((.+)\))\]$", RegexOptions.CultureInvariant)]
    private static partial Regex DraftLine();

    [GeneratedRegex(@"\badopted by the [A-Z][A-Za-z ]+? on (\d{1,2} [A-Z][a-z]+ \d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex AdoptedOn();

    [GeneratedRegex(@"^(?:Adopted (?:unanimously )?at the )?(\d+(?:st|nd|rd|th) (?:\(resumed\) )?(?:plenary )?meeting)\b[\s,]*(\d{1,2} [A-Z][a-z]+ \d{4})?", RegexOptions.CultureInvariant)]
    private static partial Regex MeetingAndDate();

    [GeneratedRegex(@"^(\d{1,2} [A-Z][a-z]+ \d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DateOnlyLine();

    [GeneratedRegex(@"^\*\s+(\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NoteLine();
}
