using ResolutionCorpus.Generator.Model;

namespace ResolutionCorpus.Generator.Emit;

/// <summary>
/// Writes the index of the compilation's resolutions: the public <c>Corpus</c> class, which also spans every
/// referenced part of a split corpus, or, in a part, the part's own index class that the entry's <c>Corpus</c> calls.
/// </summary>
internal static class CorpusIndexEmitter
{
    public const string HintName = "Corpus.g.cs";
    private const string Runtime = "global::ResolutionCorpus.";
    private const string ListOf = "global::System.Collections.Generic.IReadOnlyList<";

    /// <param name="plan">The resolutions of this compilation.</param>
    /// <param name="parts">The index classes of referenced parts (<c>global::…Parts.GeneralAssembly79</c>); none in a part.</param>
    /// <param name="options">The generator's options.</param>
    public static string Emit(CorpusPlan plan, EquatableArray<string> parts, GeneratorOptions options)
    {
        var writer = new SourceWriter();
        SourceHeader.Write(writer, "every resolution file");
        if (options.Part is CorpusPart part)
        {
            writer.Line($"[assembly: {Runtime}Data.CorpusPart(typeof(global::{options.Namespace}.{options.IndexClass}))]");
            writer.Line();
            writer.Namespace($"{options.Namespace}.{CorpusPart.Namespace}");
            writer.Line($"/// <summary>The resolutions of the part {part.Name} of the corpus that {part.EntryAssembly} indexes: use its <c>Corpus</c> to find them.</summary>");
            writer.Line(SourceHeader.GeneratedCodeAttribute);
            writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            writer.Open($"{options.Visibility} static class {part.Name}");
            WriteMembers(writer, plan, EquatableArray<string>.Empty, CSharpLiteral.String($"{options.Namespace}.Corpus, {part.EntryAssembly}"));
        }
        else
        {
            writer.Namespace(options.Namespace);
            writer.Line(parts.Count == 0
                ? "/// <summary>Every resolution compiled into this assembly, and lookup by symbol.</summary>"
                : "/// <summary>Every resolution of this corpus, in this assembly and in its parts, and lookup by symbol.</summary>");
            writer.Line(SourceHeader.GeneratedCodeAttribute);
            writer.Open($"{options.Visibility} static partial class Corpus");
            WriteMembers(writer, plan, parts, entryType: null);
            writer.Line();
            writer.Line("/// <summary>Resolves a citation (<c>E/RES/2004/33, para. 8</c>) to the paragraph or resolution it names.</summary>");
            writer.Line("/// <returns>The paragraph or resolution, or an error that says what does exist.</returns>");
            writer.Line($"public static {Runtime}Citations.CitationResult Resolve(string citation) => {Runtime}Citations.CitationResult.Resolve(citation, Find);");
        }

        writer.Close();
        return writer.ToString();
    }

    private static void WriteMembers(SourceWriter writer, CorpusPlan plan, EquatableArray<string> parts, string? entryType)
    {
        // Built when first asked for: the first read of a paragraph runs this class's static constructor (for Link),
        // which should not have to build the list of every symbol.
        writer.Line("private static string[]? s_symbols;");
        writer.Line($"private static {Runtime}Resolution[]? s_all;");
        writer.Line();
        writer.Line("/// <summary>The symbols of every resolution, in ordinal order.</summary>");
        writer.Line($"public static {ListOf}string> Symbols =>");
        writer.Line($"    global::System.Threading.LazyInitializer.EnsureInitialized(ref s_symbols, static () => {Join(parts, "static symbol => symbol")}new string[]");
        writer.Line("    {");
        foreach (CorpusEntry key in plan.Included)
        {
            writer.Line($"        {key.ClassName}.Symbol,");
        }

        writer.Line($"    }}{Rest(parts, "Symbols")})!;");
        writer.Line();
        writer.Line("/// <summary>How each resolution reaches the corpus, to resolve its references and find what cites it.</summary>");
        writer.Line($"internal static readonly {Runtime}Data.CorpusLink Link = new {Runtime}Data.CorpusLink(Find, () => All{(entryType is null ? string.Empty : ", " + entryType)});");
        writer.Line();
        writer.Line("/// <summary>Every resolution, in the order of <see cref=\"Symbols\"/>. Builds each resolution's paragraphs; decodes no text.</summary>");
        writer.Line($"public static {ListOf}{Runtime}Resolution> All =>");
        writer.Line($"    global::System.Threading.LazyInitializer.EnsureInitialized(ref s_all, static () => {Join(parts, "static resolution => resolution.Symbol.Value")}new {Runtime}Resolution[]");
        writer.Line("    {");
        foreach (CorpusEntry key in plan.Included)
        {
            writer.Line($"        {key.ClassName}.Resolution,");
        }

        writer.Line($"    }}{Rest(parts, "All")})!;");
        writer.Line();
        writer.Line("/// <summary>Finds a resolution by its symbol (<c>E/RES/2004/33</c>); spacing and letter case are forgiven.</summary>");
        writer.Line("/// <returns>The resolution, or <see langword=\"null\"/> when the symbol is malformed or not in this corpus.</returns>");
        writer.Open($"public static {Runtime}Resolution? Find(string symbol)");
        writer.Open($"if (!{Runtime}DocumentSymbol.TryParse(symbol, out {Runtime}DocumentSymbol parsed))");
        writer.Line("return null;");
        writer.Close();
        writer.Line();
        writer.Open("switch (parsed.Value)");
        foreach (CorpusEntry key in plan.Included)
        {
            writer.Line($"case {key.ClassName}.Symbol: return {key.ClassName}.Resolution;");
        }

        var inParts = new System.Text.StringBuilder("default: return ");
        foreach (string index in parts)
        {
            inParts.Append(index).Append(".Find(parsed.Value) ?? ");
        }

        writer.Line(inParts.Append("null;").ToString());
        writer.Close();
        writer.Close();
        if (parts.Count > 0)
        {
            writer.Line();
            writer.Line("// This assembly's resolutions and every part's, in the ordinal order of their keys.");
            writer.Open($"private static T[] Join<T>(global::System.Func<T, string> key, T[] own, params {ListOf}T>[] parts)");
            writer.Line("var all = new global::System.Collections.Generic.List<T>(own);");
            writer.Open("foreach (var part in parts)");
            writer.Line("all.AddRange(part);");
            writer.Close();
            writer.Line("all.Sort((x, y) => string.CompareOrdinal(key(x), key(y)));");
            writer.Line("return all.ToArray();");
            writer.Close();
        }
    }

    // With parts, the list of this assembly's own goes through Join with theirs; without, it stands as it is (already in order).
    private static string Join(EquatableArray<string> parts, string key) =>
        parts.Count == 0 ? string.Empty : "Join(" + key + ", ";

    private static string Rest(EquatableArray<string> parts, string member)
    {
        var builder = new System.Text.StringBuilder();
        foreach (string index in parts)
        {
            builder.Append(", ").Append(index).Append('.').Append(member);
        }

        return parts.Count == 0 ? string.Empty : builder.Append(')').ToString();
    }
}
