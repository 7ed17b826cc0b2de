using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using ResolutionCorpus.Citations;
using ResolutionCorpus.Generator.Model;

namespace ResolutionCorpus.Generator.Extract;

/// <summary>
/// Finds the resolutions and documents a text cites: "its resolution 44/6", "resolutions 74/270, 74/274 and
/// 76/175", "General Assembly resolution 55/25, annex II", "See A/79/302-S/2024/600", and, in footnotes,
/// "Ibid., annex III". A reference needs the word "resolution" or a document symbol, so dates and numbers
/// ("17 October 1989", "2030 Agenda") are never taken for one.
/// </summary>
internal static class ReferenceExtractor
{
    private const string Reference =
        @"(?:ES-\d{1,2}/\d{1,4}|S-\d{1,2}/\d{1,4}|\d{1,4}\s\(\d{4}\)|\d{1,4}(?:\s[A-Z](?:-[A-Z])?)?\s\([IVXLC]{1,8}\)|\d{1,4}/\d{1,4}(?:\s[A-Z](?:-[A-Z])?(?![\w/]))?)";

    // What may stand between the items of a list: "of 20 December 2004", ", entitled "…"".
    private const string Qualifier = @"(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?(?:,\s+entitled\s+[""“][^""”]{0,400}[""”])?";

    private static readonly Regex s_resolutions = new Regex(
        @"(?:(?<organ>General Assembly|Economic and Social Council|Security Council|Human Rights Council)\s+|(?<council>Council)\s+)?(?<its>its\s+)?\b[Rr]esolutions?\s+(?<first>" + Reference + ")" + Qualifier + @"(?<more>(?:(?:\s*,\s*|,?\s+and\s+)" + Reference + Qualifier + ")*)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex s_item = new Regex(Reference, RegexOptions.CultureInvariant);

    private static readonly Regex s_councilYear = new Regex(@"^\d{1,4}\s\(\d{4}\)$", RegexOptions.CultureInvariant);

    private static readonly Regex s_yearNumber = new Regex(@"^\d{4}/", RegexOptions.CultureInvariant);

    // What may follow the last item: the parts, sections or annex, then the paragraph and up to two points; not when
    // "of" follows, as in "resolution 1591 (2005), paragraph 9 of resolution 1556 (2004)", where it starts the next reference.
    private const string Division = @"(?:(?:part|section)\s+(?:[A-Z]{1,6}|\d{1,3})\b|annex(?:\s+[IVXLC]{1,6}\b)?)";
    private const string Paragraph = @"para(?:graph|\.)\s*\d{1,4}(?:\s*\([a-z]{1,4}\)){0,2}";

    private static readonly Regex s_locator = new Regex(
        @"\G,\s*(?<locator>(?>" + Division + @"(?:,\s*" + Division + @")*(?:,\s*" + Paragraph + ")?|" + Paragraph + @"))(?!\s+of\b)",
        RegexOptions.CultureInvariant);

    private static readonly Regex s_document = new Regex(
        @"(?<![\w/.])(?:A|E|S)/(?:[A-Z0-9][A-Za-z0-9.]*/)*[A-Z0-9][A-Za-z0-9.]*(?:-(?:A|E|S)/(?:[A-Z0-9][A-Za-z0-9.]*/)*[A-Z0-9][A-Za-z0-9]*|\s\(\d{4}\))?",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex s_ibid = new Regex(
        @"^Ibid\.(?:,\s*(?<locator>annex(?:\s+[IVXLC]{1,6}\b)?|para(?:graph|\.)\s*\d{1,4}))?", RegexOptions.CultureInvariant);

    /// <summary>The references in a paragraph's plain text.</summary>
    public static List<ReferenceModel> Find(string text, UnBody citingBody)
    {
        var references = new List<ReferenceModel>();
        var taken = new List<(int Start, int End)>();
        foreach (Match match in s_resolutions.Matches(text))
        {
            string series = Series(match.Groups["organ"].Value, match.Groups["council"].Success, match.Groups["its"].Success, citingBody);
            var items = new List<Match>();
            foreach (Match item in s_item.Matches(match.Value))
            {
                items.Add(item);
            }

            for (int i = 0; i < items.Count; i++)
            {
                int start = match.Index + items[i].Index;
                string locator = string.Empty;
                int end = start + items[i].Length;
                if (i == items.Count - 1)
                {
                    Match located = s_locator.Match(text, end);
                    if (located.Success)
                    {
                        locator = ", " + located.Groups["locator"].Value;
                        end += located.Length;
                    }
                }

                if (Resolve(series, items[i].Value, locator) is ReferenceModel reference)
                {
                    references.Add(reference with { Position = start, Length = end - start });
                    taken.Add((start, end));
                }
            }
        }

        foreach (Match match in s_document.Matches(text))
        {
            if (!Overlaps(taken, match.Index, match.Index + match.Length))
            {
                string symbol = match.Value.TrimEnd('.');
                if (!DocumentSymbol.TryParse(symbol, out DocumentSymbol resolution))
                {
                    references.Add(new ReferenceModel(match.Index, symbol.Length, symbol, null));
                    continue;
                }

                // "A/RES/79/284, para. 41": a resolution's symbol takes the locator after it, as "resolution 79/284" does.
                Match located = s_locator.Match(text, match.Index + symbol.Length);
                references.Add(located.Success && Citation.TryParse(resolution.Value + ", " + located.Groups["locator"].Value, out Citation? cited, out _)
                    ? new ReferenceModel(match.Index, symbol.Length + located.Length, cited!.ToString(), cited)
                    : new ReferenceModel(match.Index, symbol.Length, resolution.Value, Citation.Of(resolution)));
            }
        }

        references.Sort((a, b) => a.Position.CompareTo(b.Position));
        return references;
    }

    /// <summary>
    /// The references of a resolution's footnotes, in order: "Ibid." refers to what the footnote before it
    /// cited, when that was a resolution or a document.
    /// </summary>
    public static List<List<ReferenceModel>> FindInFootnotes(IReadOnlyList<string> footnotes, UnBody citingBody)
    {
        var all = new List<List<ReferenceModel>>(footnotes.Count);
        ReferenceModel? previous = null;
        foreach (string footnote in footnotes)
        {
            List<ReferenceModel> found = Find(footnote, citingBody);
            Match ibid = s_ibid.Match(footnote);
            if (ibid.Success && previous is not null)
            {
                string locator = ibid.Groups["locator"].Success ? ", " + ibid.Groups["locator"].Value : string.Empty;
                ReferenceModel? again = previous.Resolution is string symbol
                    ? Resolve(string.Empty, symbol, locator)
                    : previous with { };
                if (again is not null)
                {
                    found.Insert(0, again with { Position = 0, Length = ibid.Length });
                }
            }

            previous = found.Count > 0 ? found[found.Count - 1] : null;
            all.Add(found);
        }

        return all;
    }

    private static ReferenceModel? Resolve(string series, string reference, string locator)
    {
        // No Human Rights Council session has four digits: "Council resolution 2024/15" is the Economic and Social Council's.
        series = series == "A/HRC/RES/" && s_yearNumber.IsMatch(reference) ? "E/RES/" : series;

        // "1325 (2000)" is the Security Council's numbering, whoever cites it; "2200 A (XXI)" the Assembly's of old.
        string symbolText = s_councilYear.IsMatch(reference) ? "S/RES/" + reference : reference.Contains("(") ? reference : series + reference;

        // "its resolution 55/59" in a Council text is the Assembly's when the number is a session, and
        // "resolution 2003/25" names a year: the Council's, whoever cites it.
        if (!Citation.TryParse(symbolText + locator, out Citation? citation, out _)
            && !Citation.TryParse("A/RES/" + reference + locator, out citation, out _)
            && !Citation.TryParse("E/RES/" + reference + locator, out citation, out _))
        {
            return null;
        }

        return new ReferenceModel(0, 0, citation!.ToString(), citation);
    }

    /// <summary>
    /// The series a reference's number belongs to: the organ named; for "its resolution", the citing organ's; for
    /// "Council resolution", the citing council's, or in an Assembly text the council whose numbering it has
    /// (2024/15 the Economic and Social Council's, 58/1 the Human Rights Council's); otherwise the Assembly's.
    /// </summary>
    private static string Series(string organ, bool council, bool its, UnBody citingBody)
    {
        UnBody body = organ switch
        {
            "Economic and Social Council" => UnBody.EconomicAndSocialCouncil,
            "Security Council" => UnBody.SecurityCouncil,
            "Human Rights Council" => UnBody.HumanRightsCouncil,
            "General Assembly" => UnBody.GeneralAssembly,
            _ when council && citingBody != UnBody.GeneralAssembly => citingBody,
            _ when council => UnBody.HumanRightsCouncil,
            _ => its ? citingBody : UnBody.GeneralAssembly,
        };
        return body switch
        {
            UnBody.EconomicAndSocialCouncil => "E/RES/",
            UnBody.SecurityCouncil => "S/RES/",
            UnBody.HumanRightsCouncil => "A/HRC/RES/",
            _ => "A/RES/",
        };
    }

    private static bool Overlaps(List<(int Start, int End)> taken, int start, int end)
    {
        foreach ((int s, int e) in taken)
        {
            if (start < e && end > s)
            {
                return true;
            }
        }

        return false;
    }
}
