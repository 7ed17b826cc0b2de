using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ResolutionCorpus.Citations;
using ResolutionCorpus.Generator.Model;

namespace ResolutionCorpus.Generator.Diagnose;

/// <summary>Checks that compare files: one file per symbol, one symbol per class name.</summary>
internal static class CorpusChecks
{
    /// <summary>Which files become classes: the first file by path of each symbol and of each class name.</summary>
    public static CorpusPlan Plan(ImmutableArray<CorpusEntry> entries)
    {
        var included = new List<CorpusEntry>();
        var excluded = new List<string>();
        Partition(entries, e => e, (entry, _, _) => excluded.Add(entry.FilePath), included.Add);
        included.Sort((a, b) => StringComparer.Ordinal.Compare(a.Symbol, b.Symbol));
        return new CorpusPlan(new EquatableArray<CorpusEntry>(included), new EquatableArray<string>(excluded));
    }

    /// <summary>
    /// The diagnostics that compare files, each located in the file it concerns: a repeated symbol or class name, and a
    /// text that cites a paragraph another corpus resolution does not have.
    /// </summary>
    public static EquatableArray<DiagnosticInfo> Diagnose(ImmutableArray<ResolutionKey> keys)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var bySymbol = new Dictionary<string, ResolutionKey>(StringComparer.Ordinal);
        var included = new List<ResolutionKey>();
        Partition(
            keys,
            k => new CorpusEntry(k.FilePath, k.Symbol, k.ClassName),
            (key, first, sameSymbol) => diagnostics.Add(sameSymbol
                ? DiagnosticInfo.Create(Diagnostics.DuplicateSymbol, key.SymbolLocation, key.Symbol, first.FilePath)
                : DiagnosticInfo.Create(Diagnostics.ClassNameCollision, key.SymbolLocation, key.Symbol, key.ClassName, first.Symbol, first.FilePath)),
            key =>
            {
                bySymbol.Add(key.Symbol, key);
                included.Add(key);
            });

        included.Sort((a, b) => StringComparer.Ordinal.Compare(a.Symbol, b.Symbol));
        foreach (ResolutionKey key in included)
        {
            foreach (ParagraphCitation citation in key.Citations)
            {
                // A text that cites an annexed declaration's paragraph as the resolution's own cites loosely, not wrongly.
                if (bySymbol.TryGetValue(citation.Cited.Symbol.Value, out ResolutionKey? cited)
                    && cited.Outline is not null
                    && AddressLookup.Locate(cited.Outline, citation.Cited) is { Exists: false, Elsewhere: false } match)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.ReferenceToMissingParagraph, citation.Location, citation.Cited.ToString(), match.Message));
                }
            }
        }

        return new EquatableArray<DiagnosticInfo>(diagnostics);
    }

    /// <summary>
    /// The one rule for what is left out: files in path order (so the result does not depend on the order they arrive
    /// in), each left out when an earlier one has its symbol or its class name.
    /// </summary>
    /// <param name="items">The files.</param>
    /// <param name="entry">A file's path, symbol and class name.</param>
    /// <param name="leftOut">Called with the file left out, the earlier file it clashes with, and whether the symbol (else the class name) repeats.</param>
    /// <param name="kept">Called with each file kept.</param>
    private static void Partition<T>(IEnumerable<T> items, Func<T, CorpusEntry> entry, Action<T, CorpusEntry, bool> leftOut, Action<T> kept)
    {
        var bySymbol = new Dictionary<string, CorpusEntry>(StringComparer.Ordinal);
        var byClass = new Dictionary<string, CorpusEntry>(StringComparer.Ordinal);
        foreach (T item in items.OrderBy(i => entry(i).FilePath, StringComparer.Ordinal))
        {
            CorpusEntry e = entry(item);
            if (bySymbol.TryGetValue(e.Symbol, out CorpusEntry? first))
            {
                leftOut(item, first, true);
            }
            else if (byClass.TryGetValue(e.ClassName, out first))
            {
                leftOut(item, first, false);
            }
            else
            {
                bySymbol.Add(e.Symbol, e);
                byClass.Add(e.ClassName, e);
                kept(item);
            }
        }
    }
}
