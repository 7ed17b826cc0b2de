using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ResolutionCorpus.Generator.Model;

namespace ResolutionCorpus.Generator.Emit
{
    /// <summary>
    /// Writes a resolution's publisher metadata as one C# expression that fills the runtime's <c>MetadataData</c> by
    /// property (absent values are left out), every string a slice of the resolution's UTF-8 block.
    /// </summary>
    internal static class MetadataExpression
    {
        private const string Data = "global::ResolutionCorpus.Data.";

        public static string Write(MetadataModel m, Utf8Blob blob)
        {
            var members = new List<string>();
            void Text(string name, string? value)
            {
                if (value is not null)
                {
                    members.Add($"{name} = {blob.Slice(value)}");
                }
            }

            void Texts(List<string> into, string name, EquatableArray<string> values)
            {
                if (values.Count > 0)
                {
                    into.Add($"{name} = new {Data}Utf8Text[] {{ {string.Join(", ", values.Select(blob.Slice))} }}");
                }
            }

            Text("Work", m.Work);
            Text("AgendaTitle", m.AgendaTitle);
            Text("CatalogueTitle", m.CatalogueTitle);
            Text("Committee", m.Committee);
            Text("Report", m.Report);
            Text("ReportParagraph", m.ReportParagraph);
            if (m.ChapterVii is bool chapterVii)
            {
                members.Add("ChapterVii = " + (chapterVii ? "true" : "false"));
            }

            Texts(members, "Sponsors", m.Sponsors);
            Texts(members, "AdditionalSponsors", m.AdditionalSponsors);
            if (m.Vote is VoteModel vote)
            {
                var fields = new List<string> { $"Kind = global::ResolutionCorpus.VoteKind.{vote.Kind}" };
                if (vote.Kind == VoteKind.Voted)
                {
                    fields.Add("InFavour = " + Format(vote.InFavour));
                    fields.Add("Against = " + Format(vote.Against));
                    fields.Add("Abstaining = " + Format(vote.Abstaining));
                }

                Texts(fields, "StatesInFavour", vote.StatesInFavour);
                Texts(fields, "StatesAgainst", vote.StatesAgainst);
                Texts(fields, "StatesAbstaining", vote.StatesAbstaining);
                members.Add($"Vote = new {Data}VoteData {{ {string.Join(", ", fields)} }}");
            }

            if (m.Subjects.Count > 0)
            {
                members.Add($"Subjects = new {Data}SubjectData[] {{ " + string.Join(", ", m.Subjects.Select(s =>
                    $"new {Data}SubjectData {{ Term = {blob.Slice(s.Term)}" + (s.Thesaurus is null ? string.Empty : $", Thesaurus = {blob.Slice(s.Thesaurus)}") + " }")) + " }");
            }

            Texts(members, "Sdgs", m.Sdgs);

            return $"new {Data}MetadataData {{ {string.Join(", ", members)} }}";
        }

        private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
