using System.Collections.Generic;
using System.Globalization;
using ResolutionCorpus.Generator.Model;
using ResolutionCorpus.Generator.Parse;

namespace ResolutionCorpus.Generator.Emit;

/// <summary>
/// Writes the static class of one resolution: constants, a class per paragraph, and the layout and block of UTF-8
/// text the runtime builds its <c>Resolution</c> from.
/// </summary>
internal sealed class ResolutionEmitter
{
    private const string Runtime = "global::ResolutionCorpus.";
    private const string Data = "global::ResolutionCorpus.Data.";

    private readonly ResolutionModel _resolution;
    private readonly GeneratorOptions _options;
    private readonly SourceWriter _writer = new SourceWriter();
    private readonly Utf8Blob _blob = new Utf8Blob();

    private ResolutionEmitter(ResolutionModel resolution, GeneratorOptions options)
    {
        _resolution = resolution;
        _options = options;
    }

    public static string Emit(ResolutionModel resolution, GeneratorOptions options) =>
        new ResolutionEmitter(resolution, options).Write();

    private string Write()
    {
        ResolutionModel r = _resolution;
        SourceHeader.Write(_writer, System.IO.Path.GetFileName(r.FilePath));
        _writer.Open("namespace " + _options.Namespace);

        XmlDoc.Summary(_writer, r.Title is null ? r.Symbol : r.Symbol + ": " + r.Title);
        _writer.Line($"/// <remarks>Adopted on {r.Adopted.ToLongString()}{(r.Meeting is null ? string.Empty : " (" + XmlDoc.Escape(r.Meeting) + ")")}.</remarks>");
        _writer.Line(SourceHeader.GeneratedCodeAttribute);
        _writer.Line($"[{Data}ResolutionShape({CSharpLiteral.String(r.Symbol)}, {Format(r.Preamble.Count)}, {Format(r.Operative.Count)}, {CSharpLiteral.String(r.SubParagraphLabels())}{(r.Intro.Count > 0 ? ", IntroductoryParagraphs = " + Format(r.Intro.Count) : string.Empty)}{(r.Divisions.Count > 0 ? ", HasDivisions = true" : string.Empty)})]");
        _writer.Open($"{_options.Visibility} static partial class {r.ClassName}");

        _writer.Line($"/// <summary>The document symbol: <c>{XmlDoc.Escape(r.Symbol)}</c>.</summary>");
        _writer.Line($"public const string Symbol = {CSharpLiteral.String(r.Symbol)};");
        _writer.Line();
        _writer.Line($"private static {Runtime}Resolution? s_resolution;");
        _writer.Line();
        _writer.Line("/// <summary>The resolution: metadata, paragraphs and footnotes. Built on first use; each text is decoded when first read.</summary>");
        _writer.Line($"public static {Runtime}Resolution Resolution => global::System.Threading.LazyInitializer.EnsureInitialized(ref s_resolution, Build)!;");

        WriteParagraphClasses(ParagraphKind.Preambular, r.Preamble, "Preamble");
        if (r.Intro.Count > 0)
        {
            WriteParagraphClasses(ParagraphKind.Introductory, r.Intro, "Intro");
        }

        WriteParagraphClasses(ParagraphKind.Operative, r.Operative, "Operative");
        for (int i = 0; i < r.Divisions.Count; i++)
        {
            WriteDivisionClass(r.Divisions[i], $"Resolution.Divisions[{Format(i)}]", string.Empty, r.Symbol);
        }

        // The resolution is built from data by the runtime's one reader, not by code per resolution: no JIT on first use.
        _writer.Line();
        _writer.Line($"private static {Runtime}Resolution Build() => {Data}ResolutionLayout.Read(new Utf8Data(), Layout, {_options.IndexClass}.Link);");
        _writer.Line();
        _writer.Line($"private static global::System.ReadOnlySpan<byte> Layout => {ResolutionLayoutWriter.Write(r, _blob)};");

        _writer.Line();
        _writer.Open($"private sealed class Utf8Data : {Data}TextSource");
        _writer.Line($"private static global::System.ReadOnlySpan<byte> Bytes => {_blob.Literal()};");
        _writer.Line("protected override global::System.ReadOnlySpan<byte> Utf8 => Bytes;");
        _writer.Line($"internal static string Read(int start, int length) => {Data}TextSource.Decode(Bytes.Slice(start, length));");
        _writer.Close();

        _writer.Close();
        _writer.Close();
        return _writer.ToString();
    }

    private void WriteParagraphClasses(ParagraphKind kind, EquatableArray<ParagraphModel> paragraphs, string list, string divisionId = "", string? citationBase = null)
    {
        (string name, string summary) = kind switch
        {
            ParagraphKind.Preambular => ("Preamble", "The preambular paragraphs, in order: <c>P1</c> is the first."),
            ParagraphKind.Introductory => ("Intro", "The unnumbered paragraphs before paragraph 1, in order: <c>P1</c> is the first."),
            _ => ("Operative", "The operative paragraphs: <c>P1</c> is paragraph 1."),
        };
        _writer.Line();
        _writer.Line($"/// <summary>{summary}</summary>");
        _writer.Open($"public static class {name}");
        for (int i = 0; i < paragraphs.Count; i++)
        {
            if (i > 0)
            {
                _writer.Line();
            }

            WriteParagraphClass(paragraphs[i], "P" + Format(paragraphs[i].Number), list.StartsWith("Resolution.", System.StringComparison.Ordinal) ? $"{list}[{Format(i)}]" : $"Resolution.{list}[{Format(i)}]", kind, divisionId, citationBase ?? _resolution.Symbol);
        }

        _writer.Close();
    }

    private void WriteParagraphClass(ParagraphModel paragraph, string className, string access, ParagraphKind kind, string divisionId, string citationBase, string? parentId = null, string? parentCitation = null)
    {
        string plain = FootnoteMarkup.Strip(paragraph.MarkedText, new List<(string, int)>());
        string id;
        string citation;
        if (paragraph.Label is string label)
        {
            id = ParagraphAddress.PointId(parentId!, label);
            citation = ParagraphAddress.PointCitation(parentCitation!, label);
        }
        else
        {
            id = ParagraphAddress.Within(divisionId, ParagraphAddress.Id(kind, paragraph.Number));
            citation = ParagraphAddress.Citation(kind, citationBase, paragraph.Number);
        }

        // Only the class carries a doc comment, the text a reader hovers for; the constants show their values.
        XmlDoc.OneLineSummary(_writer, plain);
        _writer.Open("public static class " + className);
        _writer.Line($"public const int Number = {Format(paragraph.Number)};");
        _writer.Line(paragraph.Label is string subLabel
            ? $"public const string Label = {CSharpLiteral.String(subLabel)};"
            : $"public const string Phrase = {CSharpLiteral.String(paragraph.Phrase)};");
        _writer.Line($"public const string Id = {CSharpLiteral.String(id)};");
        _writer.Line($"public const string Citation = {CSharpLiteral.String(citation)};");
        _writer.Line($"public static {Runtime}Paragraph Paragraph => {access};");
        (int start, int length) = _blob.Range(plain);
        _writer.Line($"public static string Text => Utf8Data.Read({Format(start)}, {Format(length)});");
        for (int i = 0; i < paragraph.SubParagraphs.Count; i++)
        {
            ParagraphModel sub = paragraph.SubParagraphs[i];
            _writer.Line();
            string subClass = SubParagraphClassName(sub.Label!);
            subClass = subClass == className ? subClass + "_" : subClass;
            WriteParagraphClass(sub, subClass, $"{className}.Paragraph.SubParagraphs[{Format(i)}]", ParagraphKind.SubParagraph, divisionId, citationBase, id, citation);
        }

        _writer.Close();
    }

    private void WriteDivisionClass(DivisionModel division, string access, string parentId, string citationBase)
    {
        string id = ParagraphAddress.Within(parentId, division.Segment);
        string citation = citationBase + ParagraphAddress.DivisionCitation(division.Kind, division.CitationLabel);
        _writer.Line();
        string named = citation.Length > _resolution.Symbol.Length + 2 ? citation.Substring(_resolution.Symbol.Length + 2) : "A section";
        XmlDoc.OneLineSummary(_writer, named + (division.Heading is null ? string.Empty : ": " + division.Heading));
        _writer.Open("public static class " + division.ClassName);
        _writer.Line($"public const string Label = {CSharpLiteral.String(division.Label)};");
        _writer.Line($"public const string Id = {CSharpLiteral.String(id)};");
        _writer.Line($"public const string Citation = {CSharpLiteral.String(citation)};");
        _writer.Line($"public static {Runtime}Division Division => {access};");
        if (division.Kind == DivisionKind.Annex)
        {
            for (int i = 0; i < division.Paragraphs.Count; i++)
            {
                _writer.Line();
                WriteParagraphClass(division.Paragraphs[i], "P" + Format(division.Paragraphs[i].Number), $"{access}.Paragraphs[{Format(i)}]", ParagraphKind.Operative, id, citation);
            }
        }
        else
        {
            if (division.Preamble.Count > 0)
            {
                WriteParagraphClasses(ParagraphKind.Preambular, division.Preamble, access + ".Preamble", id, citation);
            }

            if (division.Intro.Count > 0)
            {
                WriteParagraphClasses(ParagraphKind.Introductory, division.Intro, access + ".Intro", id, citation);
            }

            if (division.Paragraphs.Count > 0)
            {
                WriteParagraphClasses(ParagraphKind.Operative, division.Paragraphs, access + ".Paragraphs", id, citation);
            }

            for (int i = 0; i < division.Sections.Count; i++)
            {
                WriteDivisionClass(division.Sections[i], $"{access}.Sections[{Format(i)}]", id, citation);
            }
        }

        _writer.Close();
    }

    /// <summary>The class name of a sub-paragraph: its label in capitals (<c>A</c>, <c>II</c>); a digit-first label gets a leading underscore.</summary>
    internal static string SubParagraphClassName(string label)
    {
        string upper = label.ToUpperInvariant();
        return char.IsDigit(upper[0]) ? "_" + upper : upper;
    }

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
