using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Reflection;

namespace ResolutionCorpus.Data;

/// <summary>
/// How a resolution reaches the rest of its corpus: to resolve the references in its texts, and to find the
/// paragraphs that cite it. Generated <c>Corpus</c> classes make one.
/// </summary>
/// <remarks>
/// A corpus split into several assemblies (the record: one assembly per organ and session or period) links each
/// part to the entry assembly that indexes all of them. A part cannot reference its entry (the entry references
/// the parts), so it names the entry's <c>Corpus</c> type and the link finds it when first asked; when the entry
/// is not there, the part links to itself.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CorpusLink
{
    private readonly Func<string, Resolution?> _find;
    private readonly Func<IReadOnlyList<Resolution>> _all;
    private readonly string? _entryType;
    private Entry? _entry;

    /// <summary>Links to a corpus through its lookup and its list of resolutions.</summary>
    public CorpusLink(Func<string, Resolution?> find, Func<IReadOnlyList<Resolution>> all)
        : this(find, all, entryType: null)
    {
    }

    /// <summary>Links one part of a corpus to the whole, through the entry's <c>Corpus</c> type.</summary>
    /// <param name="find">The part's own lookup.</param>
    /// <param name="all">The part's own resolutions.</param>
    /// <param name="entryType">The assembly-qualified name of the entry's <c>Corpus</c> class.</param>
    public CorpusLink(Func<string, Resolution?> find, Func<IReadOnlyList<Resolution>> all, string? entryType)
    {
        _find = find;
        _all = all;
        _entryType = entryType;
    }

    /// <summary>Finds a resolution of the corpus by symbol.</summary>
    public Func<string, Resolution?> Find => EntryOrSelf().Find;

    /// <summary>Every resolution of the corpus.</summary>
    public Func<IReadOnlyList<Resolution>> All => EntryOrSelf().All;

    private Entry EntryOrSelf() => _entry ??= Entry.Load(_entryType) ?? new Entry(_find, _all);

    private sealed class Entry
    {
        public Entry(Func<string, Resolution?> find, Func<IReadOnlyList<Resolution>> all)
        {
            Find = find;
            All = all;
        }

        public Func<string, Resolution?> Find { get; }

        public Func<IReadOnlyList<Resolution>> All { get; }

        // The entry's Corpus is generated with public static Find(string) and All; read once per part.
        public static Entry? Load(string? typeName)
        {
            Type? type = typeName is null ? null : Type.GetType(typeName, throwOnError: false) ?? Loaded(typeName);
            MethodInfo? find = type?.GetMethod("Find", BindingFlags.Public | BindingFlags.Static, null, new[] { typeof(string) }, null);
            MethodInfo? all = type?.GetProperty("All", BindingFlags.Public | BindingFlags.Static)?.GetMethod;
            if (find is null || all is null)
            {
                return null;
            }

            return new Entry(
                (Func<string, Resolution?>)find.CreateDelegate(typeof(Func<string, Resolution?>)),
                (Func<IReadOnlyList<Resolution>>)all.CreateDelegate(typeof(Func<IReadOnlyList<Resolution>>)));
        }

        // An entry loaded where binding by name does not reach (a plug-in's load context) is still found among those loaded.
        private static Type? Loaded(string typeName)
        {
            int comma = typeName.IndexOf(',');
            string name = typeName.Substring(0, comma).Trim();
            string assembly = typeName.Substring(comma + 1).Trim();
            foreach (Assembly candidate in AppDomain.CurrentDomain.GetAssemblies())
            {
                if (candidate.GetName().Name == assembly && candidate.GetType(name, throwOnError: false) is Type type)
                {
                    return type;
                }
            }

            return null;
        }
    }
}
