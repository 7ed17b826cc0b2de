using System.Globalization;
using ResolutionCorpus.Generator.Model;

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
        _writer.Namespace(_options.Namespace);

        XmlDoc.Summary(_writer, r.Title is null ? r.Symbol : r.Symbol + ": " + r.Title);
        _writer.Line($"/// <remarks>Adopted on {r.Adopted.ToLongString()}{(r.Meeting is null ? string.Empty : " (" + XmlDoc.Escape(r.Meeting) + ")")}.</remarks>");
        _writer.Line(SourceHeader.GeneratedCodeAttribute);
        _writer.Line($"[{Data}ResolutionShape({CSharpLiteral.String(r.Symbol)}, {CSharpLiteral.String(ModelOutline.Of(r).Encode())})]");
        _writer.Open($"{_options.Visibility} static partial class {r.ClassName}");

        _writer.Line($"/// <summary>The document symbol: <c>{XmlDoc.Escape(r.Symbol)}</c>.</summary>");
        _writer.Line($"public const string Symbol = {CSharpLiteral.String(r.Symbol)};");
        _writer.Line();
        _writer.Line($"private static {Runtime}Resolution? s_resolution;");
        _writer.Line();
        _writer.Line("/// <summary>The resolution: metadata, paragraphs and footnotes. Built on first use; each text is decoded when first read.</summary>");
        _writer.Line($"public static {Runtime}Resolution Resolution => global::System.Threading.LazyInitializer.EnsureInitialized(ref s_resolution, Build)!;");

        WriteParagraphClasses(ParagraphKind.Preambular, r.Preamble, "Resolution.Preamble", string.Empty, r.Symbol);
        if (r.Intro.Count > 0)
        {
            WriteParagraphClasses(ParagraphKind.Introductory, r.Intro, "Resolution.Intro", string.Empty, r.Symbol);
        }

        WriteParagraphClasses(ParagraphKind.Operative, r.Operative, "Resolution.Operative", string.Empty, r.Symbol);
        for (int i = 0; i < r.Divisions.Count; i++)
        {
            WriteDivisionClass(r.Divisions[i], $"Resolution.Divisions[{Format(i)}]", string.Empty, r.Symbol, string.Empty, r.ClassName);
        }

        // The resolution is built from data by the runtime's one reader, not by code per resolution: no JIT on first use.
        // Its texts and its layout are one block, so the compiler keeps one data field per resolution: a program's
        // first read loads every such field's type at once.
        int layout = ResolutionLayoutWriter.Write(r, _blob);
        _writer.Line();
        _writer.Line($"private static {Runtime}Resolution Build() => {Data}ResolutionLayout.Read(new Utf8Data(), Bytes.Slice({Format(layout)}), {_options.IndexClass}.Link);");
        _writer.Line();
        _writer.Line($"private static global::System.ReadOnlySpan<byte> Bytes => {_blob.Literal()};");
        _writer.Line();
        // A paragraph class reads its text through this, not through Utf8Data, which only building the resolution needs.
        _writer.Line($"private static string Read(int start, int length) => {Data}TextSource.Decode(Bytes.Slice(start, length));");
        _writer.Line();
        _writer.Open($"private sealed class Utf8Data : {Data}TextSource");
        _writer.Line("protected override global::System.ReadOnlySpan<byte> Utf8 => Bytes;");
        _writer.Close();

        _writer.Close();
        return _writer.ToString();
    }

    /// <param name="list">The expression of the runtime list that holds the paragraphs: <c>Resolution.Operative</c>.</param>
    private void WriteParagraphClasses(ParagraphKind kind, EquatableArray<ParagraphModel> paragraphs, string list, string divisionId, string citationBase)
    {
        string summary = kind switch
        {
            ParagraphKind.Preambular => "The preambular paragraphs, in order: <c>P1</c> is the first.",
            ParagraphKind.Introductory => "The unnumbered paragraphs before paragraph 1, in order: <c>P1</c> is the first.",
            _ => "The operative paragraphs: <c>P1</c> is paragraph 1.",
        };
        _writer.Line();
        _writer.Line($"/// <summary>{summary}</summary>");
        _writer.Open($"public static class {GeneratedNames.ParagraphList(kind)}");
        for (int i = 0; i < paragraphs.Count; i++)
        {
            if (i > 0)
            {
                _writer.Line();
            }

            WriteParagraphClass(paragraphs[i], GeneratedNames.Paragraph(paragraphs[i].Number), $"{list}[{Format(i)}]", kind, divisionId, citationBase);
        }

        _writer.Close();
    }

    private void WriteParagraphClass(ParagraphModel paragraph, string className, string access, ParagraphKind kind, string divisionId, string citationBase, string? parentId = null, string? parentCitation = null)
    {
        string plain = paragraph.Text.Plain;
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
        _writer.Line($"public static string Text => Read({Format(start)}, {Format(length)});");
        for (int i = 0; i < paragraph.SubParagraphs.Count; i++)
        {
            ParagraphModel sub = paragraph.SubParagraphs[i];
            _writer.Line();
            string subClass = GeneratedNames.Point(sub.Label!, className);
            WriteParagraphClass(sub, subClass, $"{className}.Paragraph.SubParagraphs[{Format(i)}]", ParagraphKind.SubParagraph, divisionId, citationBase, id, citation);
        }

        _writer.Close();
    }

    /// <param name="parentName">How the division it is in is named within the resolution (<c>part A</c>), or empty at the top.</param>
    /// <param name="enclosingClass">The class it is nested in: its resolution's, or its section's.</param>
    private void WriteDivisionClass(DivisionModel division, string access, string parentId, string citationBase, string parentName, string enclosingClass)
    {
        string id = ParagraphAddress.Within(parentId, division.Segment);
        string citation = citationBase + ParagraphAddress.DivisionCitation(division.Kind, division.CitationLabel);
        string name = ParagraphAddress.DivisionName(division.Kind, division.CitationLabel);
        name = parentName.Length == 0 ? name : name.Length == 0 ? parentName : parentName + ", " + name;
        _writer.Line();
        XmlDoc.OneLineSummary(_writer, (name.Length == 0 ? "A section" : name) + (division.Heading is null ? string.Empty : ": " + division.Heading.Plain));
        string className = GeneratedNames.Nested(division.ClassName, enclosingClass);
        _writer.Open("public static class " + className);
        _writer.Line($"public const string Label = {CSharpLiteral.String(division.Label)};");
        _writer.Line($"public const string Id = {CSharpLiteral.String(id)};");
        _writer.Line($"public const string Citation = {CSharpLiteral.String(citation)};");
        _writer.Line($"public static {Runtime}Division Division => {access};");
        if (division.Kind == DivisionKind.Annex)
        {
            for (int i = 0; i < division.Paragraphs.Count; i++)
            {
                _writer.Line();
                WriteParagraphClass(division.Paragraphs[i], GeneratedNames.Paragraph(division.Paragraphs[i].Number), $"{access}.Paragraphs[{Format(i)}]", ParagraphKind.Operative, id, citation);
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
                WriteDivisionClass(division.Sections[i], $"{access}.Sections[{Format(i)}]", id, citation, name, className);
            }
        }

        _writer.Close();
    }

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
