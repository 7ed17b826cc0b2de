using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ResolutionCorpus.Generator.Model;

namespace ResolutionCorpus.Generator.Diagnose
{
    /// <summary>Checks that compare files: one file per symbol, one symbol per class name.</summary>
    internal static class CorpusChecks
    {
        /// <summary>Why a cited paragraph does not exist in the cited resolution, or <see langword="null"/> when it does.</summary>
        private static string? Missing(ParagraphCitation citation, ResolutionKey cited)
        {
            string number = citation.Paragraph.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (citation.Paragraph > cited.OperativeCount)
            {
                string count = cited.OperativeCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return cited.DivisionParagraphs == 0 ? $"{cited.Symbol} has {count} operative paragraphs"
                    : citation.Paragraph > cited.DivisionParagraphs ? $"{cited.Symbol} has {count} operative paragraphs, and none of its parts, sections or annexes has a paragraph {number}"
                    : null;
            }

            if (citation.Label is null)
            {
                return null;
            }

            foreach (string entry in cited.SubParagraphs.Split(';'))
            {
                if (entry.StartsWith(number + ":", StringComparison.Ordinal))
                {
                    string[] labels = entry.Substring(number.Length + 1).Split(',');
                    return Array.IndexOf(labels, citation.Label) >= 0 ? null : $"paragraph {number} of {cited.Symbol} has sub-paragraphs ({string.Join("), (", labels)})";
                }
            }

            return $"paragraph {number} of {cited.Symbol} has no sub-paragraphs";
        }

        public static CorpusPlan Plan(ImmutableArray<ResolutionKey> keys)
        {
            // Path order decides which of two clashing files wins, so the result does not depend on the order files arrive in.
            var bySymbol = new Dictionary<string, ResolutionKey>(StringComparer.Ordinal);
            var byClass = new Dictionary<string, ResolutionKey>(StringComparer.Ordinal);
            var included = new List<ResolutionKey>();
            var excluded = new List<string>();
            var diagnostics = new List<DiagnosticInfo>();
            foreach (ResolutionKey key in keys.OrderBy(k => k.FilePath, StringComparer.Ordinal))
            {
                if (bySymbol.TryGetValue(key.Symbol, out ResolutionKey? first))
                {
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.DuplicateSymbol, key.SymbolLocation, key.Symbol, first.FilePath));
                    excluded.Add(key.FilePath);
                }
                else if (byClass.TryGetValue(key.ClassName, out first))
                {
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.ClassNameCollision, key.SymbolLocation, key.Symbol, key.ClassName, first.Symbol, first.FilePath));
                    excluded.Add(key.FilePath);
                }
                else
                {
                    bySymbol.Add(key.Symbol, key);
                    byClass.Add(key.ClassName, key);
                    included.Add(key);
                }
            }

            included.Sort((a, b) => StringComparer.Ordinal.Compare(a.Symbol, b.Symbol));
            foreach (ResolutionKey key in included)
            {
                foreach (ParagraphCitation citation in key.Citations)
                {
                    if (bySymbol.TryGetValue(citation.Symbol, out ResolutionKey? cited) && Missing(citation, cited) is string why)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(Diagnostics.ReferenceToMissingParagraph, citation.Location, citation.Target, why));
                    }
                }
            }

            return new CorpusPlan(
                new EquatableArray<ResolutionKey>(included),
                new EquatableArray<string>(excluded),
                new EquatableArray<DiagnosticInfo>(diagnostics));
        }
    }
}
