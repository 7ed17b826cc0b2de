using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Generator.Model;
using ResolutionCorpus.Generator.Parse;
using ResolutionCorpus.Tool.Commands;
using ResolutionCorpus.Tool.Export;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>
/// A text a resolution sets out whole, as the Economic and Social Council prints the draft resolutions it recommends
/// to the General Assembly: inside the recommending paragraph (<c>&lt;embeddedStructure&gt;</c>), or as a component
/// after the body with an annex of its own. Each becomes a quotation with its own formula, preamble and numbering.
/// </summary>
[TestClass]
public sealed class AknQuotationTests
{
    private const string Meta = """
            <meta>
              <identification source="#DGACM">
                <FRBRWork>
                  <FRBRthis value="/akn/un/statement/deliberation/unecosoc/2022-07-21/2022-12/!main"/>
                  <FRBRdate date="2022-07-21" name="adoption"/>
                </FRBRWork>
                <FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression>
              </identification>
            </meta>
            <coverPage><p><docNumber refersTo="#symbol">E/RES/2022/12</docNumber></p></coverPage>
            <preface><p><docTitle>Follow-up to the Congress</docTitle></p></preface>
            <preamble><formula name="enactingFormula"><p>The Economic and Social Council,</p></formula></preamble>
        """;

    private const string EmbeddedXml = $"""
        <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
          <statement name="resolution">
        {Meta}
            <mainBody>
              <paragraph eId="para_2"><content><p><span class="italic">Recommends</span> to the General Assembly the adoption of the following draft resolution:
                <embeddedStructure>
                  <container name="formula"><p><span class="italic">The General Assembly</span>,</p></container>
                  <container name="Emphasizing"><p><span class="italic">Emphasizing</span> the responsibility assumed by the United Nations,</p></container>
                  <paragraph><content><p><span class="italic">Praising</span> the Government of Japan,</p></content></paragraph>
                  <container name="Stressing"><p><span class="italic">Stressing</span> the importance of preparation,<authorialNote marker="1"><p>E/CN.15/2022/11.</p></authorialNote></p></container>
                  <paragraph><num>1.</num><content><p><span class="italic">Takes note</span> of the report;</p></content></paragraph>
                  <paragraph><num>2.</num><content><p><span class="italic">Decides</span> that the Congress shall consider:</p></content>
                    <list><point><num>(a)</num><content><p>Crime prevention;</p></content></point></list></paragraph>
                </embeddedStructure></p></content></paragraph>
            </mainBody>
          </statement>
        </akomaNtoso>
        """;

    private const string ComponentXml = $"""
        <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
          <statement name="resolution">
        {Meta}
            <mainBody>
              <paragraph eId="para_2"><content><p><span class="italic">Recommends</span> to the General Assembly the adoption of the following draft resolution:</p></content></paragraph>
            </mainBody>
            <components>
              <component>
                <statement name="draft resolution">
                  <preamble>
                    <formula name="enactingFormula"><p>The General Assembly,</p></formula>
                    <container name="Recalling"><p><span class="italic">Recalling</span> its resolution 76/181,</p></container>
                  </preamble>
                  <mainBody>
                    <paragraph><num>1.</num><content><p><span class="italic">Endorses</span> the declaration annexed to the present resolution;</p></content></paragraph>
                  </mainBody>
                  <attachments><attachment><doc name="annex"><mainBody>
                    <paragraph><num>1.</num><content><p>We, the Heads of State, declare our commitment.</p></content></paragraph>
                  </mainBody></doc></attachment></attachments>
                </statement>
              </component>
            </components>
          </statement>
        </akomaNtoso>
        """;

    [TestMethod]
    public void A_draft_resolution_set_out_inside_a_paragraph_is_a_quotation_with_its_own_preamble_and_numbering()
    {
        using var folder = new TempFolder();
        string yaml = Import(folder, EmbeddedXml);
        StringAssert.Contains(yaml, """
            operative:
              - phrase: "Recommends"
                text: "Recommends to the General Assembly the adoption of the following draft resolution:"
            quotations:
              - formula: "The General Assembly,"
                preamble:
                  - phrase: "Emphasizing"
                    text: "Emphasizing the responsibility assumed by the United Nations,"
                  - phrase: "Praising"
                    text: "Praising the Government of Japan,"
                  - phrase: "Stressing"
                    text: "Stressing the importance of preparation,[^1]"
                operative:
                  - number: 1
                    phrase: "Takes note"
                    text: "Takes note of the report;"
                  - number: 2
                    phrase: "Decides"
                    text: "Decides that the Congress shall consider:"
                    subparagraphs:
                      - label: "a"
                        text: "Crime prevention;"
            footnotes:
              - marker: "1"
                text: "E/CN.15/2022/11."
            """.ReplaceLineEndings("\n"));

        // The generator addresses its paragraphs within it, and the export writes it back as the publisher does.
        ResolutionModel model = Parse(yaml);
        DivisionModel quotation = model.Divisions.Single();
        Assert.AreEqual("Quotation", quotation.ClassName);
        Assert.AreEqual("qstr_1", quotation.Segment);
        Assert.AreEqual("The General Assembly,", quotation.Heading?.Markup);
        Assert.AreEqual(2, quotation.Paragraphs.Count);
        Assert.AreEqual(yaml, RoundTrip(folder, model));
    }

    [TestMethod]
    public void A_draft_resolution_printed_as_a_component_is_a_quotation_and_its_annex_the_resolutions()
    {
        using var folder = new TempFolder();
        string yaml = Import(folder, ComponentXml);
        StringAssert.Contains(yaml, """
            quotations:
              - formula: "The General Assembly,"
                preamble:
                  - phrase: "Recalling"
                    text: "Recalling its resolution 76/181,"
                operative:
                  - number: 1
                    phrase: "Endorses"
                    text: "Endorses the declaration annexed to the present resolution;"
            annexes:
              - paragraphs:
                  - number: "1"
                    text: "We, the Heads of State, declare our commitment."
            """.ReplaceLineEndings("\n"));

        ToolRun check = ToolRun.Invoke("check", Path.Combine(folder.Path, "out"));
        Assert.AreEqual(0, check.ExitCode, check.ToString());
        Assert.AreEqual(yaml, RoundTrip(folder, Parse(yaml)));
    }

    private static ResolutionModel Parse(string yaml)
    {
        ParseResult parsed = ResolutionParser.Parse("E_RES_2022_12.yaml", yaml);
        Assert.IsFalse(parsed.HasErrors, string.Join("\n", parsed.Diagnostics.Select(d => d.Message)));
        return parsed.Resolution!;
    }

    /// <summary>The YAML of the model exported to AKN4UN and imported again.</summary>
    private static string RoundTrip(TempFolder folder, ResolutionModel model)
    {
        XDocument exported = AknExporter.Export(model);
        XNamespace akn = ResolutionCorpus.Tool.Import.Akn.AknReader.Namespace;
        Assert.AreEqual(1, exported.Descendants(akn + "statement").Count(s => (string?)s.Attribute("name") == "draft resolution"));
        return Import(folder, Encoding.UTF8.GetString(ExportRunner.Serialize(exported)), "again");
    }

    private static string Import(TempFolder folder, string xml, string name = "first")
    {
        string path = Path.Combine(folder.Path, name, "E_RES_2022_12.xml");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, xml);
        string output = Path.Combine(folder.Path, name == "first" ? "out" : "out-" + name);
        ToolRun run = ToolRun.Invoke("import", path, "-o", output);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        return File.ReadAllText(Directory.GetFiles(output, "*.yaml")[0]);
    }
}
