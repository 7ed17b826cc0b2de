using ResolutionCorpus.Generator.Model;

namespace ResolutionCorpus.Generator.Emit
{
    /// <summary>Writes the <c>Corpus</c> class: every resolution of the compilation, and lookup by symbol.</summary>
    internal static class CorpusIndexEmitter
    {
        public const string HintName = "Corpus.g.cs";

        public static string Emit(CorpusPlan plan, GeneratorOptions options)
        {
            const string Runtime = "global::ResolutionCorpus.";
            var writer = new SourceWriter();
            SourceHeader.Write(writer, "every resolution file");
            writer.Open("namespace " + options.Namespace);
            writer.Line("/// <summary>Every resolution compiled into this assembly, and lookup by symbol.</summary>");
            writer.Line(SourceHeader.GeneratedCodeAttribute);
            writer.Open($"{options.Visibility} static partial class Corpus");

            // Built when first asked for: the first read of a paragraph runs this class's static constructor (for Link),
            // which should not have to build the list of every symbol.
            writer.Line("private static string[]? s_symbols;");
            writer.Line($"private static {Runtime}Resolution[]? s_all;");
            writer.Line();
            writer.Line("/// <summary>The symbols of every resolution, in ordinal order.</summary>");
            writer.Line("public static global::System.Collections.Generic.IReadOnlyList<string> Symbols =>");
            writer.Line("    global::System.Threading.LazyInitializer.EnsureInitialized(ref s_symbols, static () => new[]");
            writer.Line("    {");
            foreach (CorpusEntry key in plan.Included)
            {
                writer.Line($"        {key.ClassName}.Symbol,");
            }

            writer.Line("    })!;");
            writer.Line();
            writer.Line("/// <summary>How each resolution reaches the corpus, to resolve its references and find what cites it.</summary>");
            writer.Line($"internal static readonly {Runtime}Data.CorpusLink Link = new {Runtime}Data.CorpusLink(Find, () => All);");
            writer.Line();
            writer.Line("/// <summary>Every resolution, in the order of <see cref=\"Symbols\"/>. Builds each resolution's paragraphs; decodes no text.</summary>");
            writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<{Runtime}Resolution> All =>");
            writer.Line("    global::System.Threading.LazyInitializer.EnsureInitialized(ref s_all, static () => new[]");
            writer.Line("    {");
            foreach (CorpusEntry key in plan.Included)
            {
                writer.Line($"        {key.ClassName}.Resolution,");
            }

            writer.Line($"    }})!;");
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

            writer.Line("default: return null;");
            writer.Close();
            writer.Close();
            writer.Line();
            writer.Line("/// <summary>Resolves a citation (<c>E/RES/2004/33, para. 8</c>) to the paragraph or resolution it names.</summary>");
            writer.Line("/// <returns>The paragraph or resolution, or an error that says what does exist.</returns>");
            writer.Line($"public static {Runtime}Citations.CitationResult Resolve(string citation) => {Runtime}Citations.CitationResult.Resolve(citation, Find);");
            writer.Close();
            writer.Close();
            return writer.ToString();
        }
    }
}
