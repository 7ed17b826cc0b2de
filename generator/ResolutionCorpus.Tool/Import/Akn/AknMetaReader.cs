using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ResolutionCorpus.Tool.Import.Model;
using ResolutionCorpus.Tool.Import.Publisher;
using F = ResolutionCorpus.Generator.Parse.SchemaFields;

namespace ResolutionCorpus.Tool.Import.Akn;

/// <summary>
/// Reads what an AKN4UN document says about itself: FRBR identification, the cover page (symbol, session, agenda,
/// committee), the workflow (draft, sponsors, report, adoption, Chapter VII), the vote with each State's, and the
/// classification (subjects with their thesaurus, Sustainable Development Goals, the library's title).
/// </summary>
/// <remarks>
/// The same elements serve the publisher's files and this tool's own export, so a round trip reads what it wrote.
/// </remarks>
internal static class AknMetaReader
{
    private static readonly XNamespace s_akn = AknReader.Namespace;
    private static readonly XNamespace s_akn4un = "http://un.org/akn4un";

    public static void Read(XElement root, ImportedResolution result)
    {
        // A document collection may leave its own <meta> empty and describe each component in theirs.
        XElement? meta = root.Descendants(s_akn + "meta").FirstOrDefault(m => m.HasElements);
        XElement? work = meta?.Descendants(s_akn + "FRBRWork").FirstOrDefault();
        string? iri = work?.Element(s_akn + "FRBRthis")?.Attribute("value")?.Value;
        ImportedMetadata metadata = result.Metadata;
        if (iri is not null)
        {
            metadata.Work = iri.TrimEnd('/');
        }

        // The FRBR adoption date, unless it is the publisher's placeholder (0001-01-01); else the printed date of adoption.
        result.Adopted = AknReader.IsoDate(work?.Elements(s_akn + "FRBRdate").FirstOrDefault(d => (string?)d.Attribute("name") == "adoption")?.Attribute("date")?.Value)
            ?? root.Descendants(s_akn + "docDate").Where(d => (string?)d.Attribute("refersTo") == "#adoptionDate")
                .Select(d => AknReader.IsoDate((string?)d.Attribute("date"))).FirstOrDefault(d => d is not null);

        XElement? cover = root.Descendants(s_akn + "coverPage").FirstOrDefault();
        ReadSymbol(cover, iri, result);
        ReadCover(cover, meta, result);
        if (meta is not null)
        {
            ReadWorkflow(meta, result);
            ReadVote(meta, metadata);
            ReadClassification(meta, metadata);
            ReadOwnExport(meta, result);
        }
    }

    /// <summary>
    /// What <c>resolution-corpus export akn</c> writes of the metadata, one keyword a value in a proprietary block:
    /// exact lists where the publisher's forms are prose ("France, Japan and Uruguay").
    /// </summary>
    private static void ReadOwnExport(XElement meta, ImportedResolution result)
    {
        List<XElement> keywords = meta.Elements(s_akn + "proprietary").Where(p => (string?)p.Attribute("source") == "#resolutionCorpus").Elements(s_akn + "keyword").ToList();
        if (keywords.Count == 0)
        {
            return;
        }

        ImportedMetadata metadata = result.Metadata;
        metadata.Sponsors.Clear();
        metadata.AdditionalSponsors.Clear();
        metadata.Subjects.Clear();
        metadata.Sdgs.Clear();
        foreach (XElement keyword in keywords)
        {
            string value = (string?)keyword.Attribute("value") ?? string.Empty;
            string dictionary = (string?)keyword.Attribute("dictionary") ?? string.Empty;
            switch (dictionary)
            {
                case F.Draft:
                    result.Draft = value;
                    break;
                case F.CatalogueTitle:
                    metadata.CatalogueTitle = value;
                    break;
                case F.Committee:
                    metadata.Committee = value;
                    break;
                case F.Report:
                    metadata.Report = value;
                    break;
                case F.ReportParagraph:
                    metadata.ReportParagraph = value;
                    break;
                case F.ChapterVii:
                    metadata.ChapterVii = value == "true";
                    break;
                case F.Sponsors:
                    metadata.Sponsors.Add(value);
                    break;
                case F.AdditionalSponsors:
                    metadata.AdditionalSponsors.Add(value);
                    break;
                case F.Subjects:
                    string thesaurus = (string?)keyword.Attribute("showAs") ?? string.Empty;
                    metadata.Subjects.Add(new ImportedSubject(value, thesaurus.Length == 0 ? null : thesaurus));
                    break;
                case F.Sdgs:
                    metadata.Sdgs.Add(value);
                    break;
                case F.Vote:
                    metadata.Vote = value switch
                    {
                        nameof(ImportedVoteKind.WithoutVote) => new ImportedVote { Kind = ImportedVoteKind.WithoutVote },
                        nameof(ImportedVoteKind.Acclamation) => new ImportedVote { Kind = ImportedVoteKind.Acclamation },
                        _ => VoteFromOutcome(value),
                    };
                    break;
                case F.Vote + "." + F.InFavour:
                    metadata.Vote?.StatesInFavour.Add(value);
                    break;
                case F.Vote + "." + F.Against:
                    metadata.Vote?.StatesAgainst.Add(value);
                    break;
                case F.Vote + "." + F.Abstaining:
                    metadata.Vote?.StatesAbstaining.Add(value);
                    break;
            }
        }
    }

    private static void ReadSymbol(XElement? cover, string? iri, ImportedResolution result)
    {
        string? printed = cover?.Descendants(s_akn + "docNumber").FirstOrDefault(d => (string?)d.Attribute("refersTo") == "#symbol")?.Value;
        if (!DocumentSymbol.TryParse(printed, out DocumentSymbol symbol) && !TrySymbolFromWork(iri, out symbol))
        {
            result.Symbol = AknReader.Normalize(printed ?? string.Empty);
            return;
        }

        result.Symbol = symbol.Value;
        result.Body = symbol.Body;
        string session = cover?.Descendants(s_akn + "session").Select(s => (string?)s.Attribute("value")).FirstOrDefault() ?? symbol.Session;
        result.Session = int.TryParse(session, NumberStyles.None, CultureInfo.InvariantCulture, out int number) ? number
            : int.TryParse(Regex.Replace(symbol.Session, @"^\D+", string.Empty), NumberStyles.None, CultureInfo.InvariantCulture, out number) ? number : 0;
    }

    /// <summary>The symbol a work IRI names: <c>…/unga/…/79-284/</c>, <c>…/unsc/…/2260-2016/</c>, <c>…/unga-hrc/…/58-10/</c>, <c>…/unecosoc/…/2022-1/</c>.</summary>
    private static bool TrySymbolFromWork(string? iri, out DocumentSymbol symbol)
    {
        symbol = default;
        Match m = Regex.Match(iri ?? string.Empty, @"/(unga|unsc|unga-hrc|unecosoc)/[^/]+/((?:ES-)?\d+)-(\d+)/");
        if (!m.Success)
        {
            return false;
        }

        string first = m.Groups[2].Value;
        string second = m.Groups[3].Value;
        string text = m.Groups[1].Value switch
        {
            "unsc" => $"S/RES/{first} ({second})",
            "unga-hrc" => $"A/HRC/RES/{first}/{second}",
            "unecosoc" => $"E/RES/{first}/{second}",
            _ => $"A/RES/{first}/{second}",
        };
        return DocumentSymbol.TryParse(text, out symbol);
    }

    private static void ReadCover(XElement? cover, XElement? meta, ImportedResolution result)
    {
        foreach (XElement inline in cover?.Descendants(s_akn + "inline") ?? [])
        {
            string name = (string?)inline.Attribute("name") ?? string.Empty;
            string value = AknReader.Normalize(inline.Value);
            if (name == "agenda item" && value.Length > 0)
            {
                result.AgendaItem = Regex.Replace(value, @"^Agenda items?\s+", string.Empty, RegexOptions.IgnoreCase);
            }
            else if (name == "agenda item name" && value.Length > 0)
            {
                result.Metadata.AgendaTitle = value;
            }
        }

        // The Security Council prints its meeting on the cover: "Adopted by the Security Council at its 7607th meeting".
        if (cover?.Descendants(s_akn + "inline").FirstOrDefault(i => (string?)i.Attribute("name") == "adoptionMeeting") is XElement meeting
            && AknReader.Normalize(meeting.Value) is { Length: > 0 } printed)
        {
            result.Meeting = printed;
        }

        // "[on the report of the Third Committee (A/79/450, para. 39)]": the committee is the term the proponent refers to.
        string? proponent = ((string?)cover?.Descendants(s_akn + "docProponent").FirstOrDefault()?.Attribute("refersTo"))?.TrimStart('#');
        if (proponent is { Length: > 0 } && meta?.Descendants().FirstOrDefault(e => (string?)e.Attribute("eId") == proponent) is XElement term
            && AknReader.Normalize((string?)term.Attribute("showAs") ?? string.Empty) is { Length: > 0 } committee)
        {
            result.Metadata.Committee = committee;
        }
    }

    private static void ReadWorkflow(XElement meta, ImportedResolution result)
    {
        ImportedMetadata metadata = result.Metadata;
        foreach (XElement step in meta.Descendants(s_akn + "step"))
        {
            string by = AknReader.Normalize((string?)step.Attribute("by") ?? string.Empty);
            string symbol = AknReader.Normalize((string?)step.Attribute("as") ?? string.Empty);
            switch ((string?)step.Attribute("outcome"))
            {
                case "draftResolution":
                    result.Draft ??= symbol.Contains('/', StringComparison.Ordinal) ? symbol : null;
                    metadata.Sponsors.AddRange(SponsorList.Split(by));
                    break;
                case "draftResolutionAdditionalSponsors":
                    metadata.AdditionalSponsors.AddRange(SponsorList.Split(by));
                    break;
                case "recommendedForAdoption":
                    metadata.Report ??= symbol.Length > 0 ? symbol : null;
                    metadata.ReportParagraph ??= AknReader.Normalize((string?)step.Attribute("refersTo") ?? string.Empty) is { Length: > 0 } paragraph ? paragraph : null;
                    break;
                case "adopted" when result.Body == UnBody.SecurityCouncil:
                    metadata.ChapterVii = (string?)step.Attribute("refersTo") == "Chapter VII";
                    break;
            }
        }
    }

    private static void ReadVote(XElement meta, ImportedMetadata metadata)
    {
        XElement? voting = meta.Descendants(s_akn + "voting").FirstOrDefault();
        if (voting is null)
        {
            return;
        }

        string outcome = (string?)voting.Attribute("outcome") ?? string.Empty;
        List<XElement> counts = voting.Elements(s_akn + "count").ToList();
        if (counts.Count == 0)
        {
            metadata.Vote = outcome switch
            {
                _ when outcome.Contains("without", StringComparison.OrdinalIgnoreCase) || outcome.Contains("consensus", StringComparison.OrdinalIgnoreCase)
                    => new ImportedVote { Kind = ImportedVoteKind.WithoutVote },
                _ when outcome.Contains("acclamation", StringComparison.OrdinalIgnoreCase) => new ImportedVote { Kind = ImportedVoteKind.Acclamation },
                _ => VoteFromOutcome(outcome),
            };
            return;
        }

        var vote = new ImportedVote { Kind = ImportedVoteKind.Voted };
        foreach (XElement count in counts)
        {
            int value = int.TryParse((string?)count.Attribute("value"), NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 0;
            List<string> states = count.Descendants(s_akn4un + "voters").Elements().Select(e => StateName.Present(AknReader.Normalize(e.Value))).Where(s => s.Length > 0).ToList();
            switch ((string?)count.Attribute("refersTo"))
            {
                case "inFavour":
                    vote.InFavour = value;
                    vote.StatesInFavour.AddRange(states);
                    break;
                case "against":
                    vote.Against = value;
                    vote.StatesAgainst.AddRange(states);
                    break;
                case "abstaining":
                    vote.Abstaining = value;
                    vote.StatesAbstaining.AddRange(states);
                    break;
            }
        }

        metadata.Vote = vote;
    }

    /// <summary>"Adopted 90-0-47, 87th plenary meeting": the counts written in the outcome itself.</summary>
    private static ImportedVote? VoteFromOutcome(string outcome)
    {
        Match m = Regex.Match(outcome, @"\b(\d+)-(\d+)-(\d+)\b");
        return m.Success
            ? new ImportedVote
            {
                Kind = ImportedVoteKind.Voted,
                InFavour = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
                Against = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture),
                Abstaining = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture),
            }
            : null;
    }

    private static void ReadClassification(XElement meta, ImportedMetadata metadata)
    {
        foreach (XElement classification in meta.Elements(s_akn + "classification"))
        {
            foreach (XElement keyword in classification.Elements(s_akn + "keyword"))
            {
                string dictionary = AknReader.Normalize((string?)keyword.Attribute("dictionary") ?? string.Empty);
                string value = AknReader.Normalize((string?)keyword.Attribute("value") ?? string.Empty);
                string shown = AknReader.Normalize((string?)keyword.Attribute("showAs") ?? value);
                if (dictionary == "SDGO")
                {
                    if (SdgCode.IsValid(value) && !metadata.Sdgs.Contains(value))
                    {
                        metadata.Sdgs.Add(value);
                    }
                }
                else if ((string?)classification.Attribute("source") == "DHLAUTH" && shown.Length > 0)
                {
                    // The library's classification: its subject terms, the agenda headings and its descriptive title.
                    metadata.Subjects.Add(new ImportedSubject(shown, dictionary.Length > 0 ? dictionary : null));
                    if ((string?)keyword.Attribute("refersTo") == "title")
                    {
                        metadata.CatalogueTitle ??= shown;
                    }
                }
            }
        }
    }
}
