using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>
/// The four organs' AKN4UN files as their publishers write them, on small documents written here: an untitled Security
/// Council resolution with a vote and its voters, a Human Rights Council resolution with the publisher's extract beside
/// it (lines wrapped in stray quotes), a copy in another language, and the same document filed twice.
/// </summary>
[TestClass]
public sealed class AknOrganTests
{
    private const string CouncilXml = """
        <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0" xmlns:akn4un="http://un.org/akn4un">
          <statement name="resolution">
            <meta>
              <identification source="#DGACM">
                <FRBRWork>
                  <FRBRthis value="/akn/un/statement/deliberation/unsc/2016-01-20/2260-2016/!main/"/>
                  <FRBRdate date="2016-01-20" name="adoption"/>
                </FRBRWork>
                <FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression>
              </identification>
              <classification source="http://metadata.un.org/sdg">
                <keyword value="16" showAs="sdg_16" dictionary="SDGO"/>
                <keyword value="justice" showAs="justice" dictionary="UNBIS"/>
              </classification>
              <classification source="DHLAUTH">
                <keyword value="PEACEKEEPING OPERATIONS" showAs="PEACEKEEPING OPERATIONS" dictionary="UNBIS Thesaurus"/>
                <keyword refersTo="title" value="Security Council resolution 2260 (2016) [on UNOCI]" showAs="Security Council resolution 2260 (2016) [on UNOCI]" dictionary="DHL"/>
              </classification>
              <workflow source="#un">
                <step date="2016-01-20" outcome="draftResolution" as="S/2016/47" by="France, Japan and Bolivarian Republic of Venezuela"/>
                <step date="2016-01-20" outcome="draftResolutionAdditionalSponsors" by=""/>
                <step date="2016-01-20" outcome="adopted" as="S/PV.7607" by="Adopted 13-0-2, 7607th meeting" refersTo="Chapter VII"/>
              </workflow>
              <analysis source="#un">
                <parliamentary>
                  <voting>
                    <count value="013" refersTo="inFavour">
                      <akn4un:voters>
                        <organization refersTo="memberState">FRANCE</organization>
                        <organization refersTo="memberState">VENEZUELA (BOLIVARIAN REPUBLIC OF)</organization>
                      </akn4un:voters>
                    </count>
                    <count value="002" refersTo="abstaining">
                      <akn4un:voters><organization refersTo="memberState">CHINA</organization></akn4un:voters>
                    </count>
                  </voting>
                </parliamentary>
              </analysis>
            </meta>
            <coverPage>
              <p><docNumber refersTo="#symbol">S/RES/2260 (2016)</docNumber></p>
              <p><docTitle>Adopted by the Security Council at its <inline name="adoptionMeeting">7607th meeting</inline>, on <docDate date="2016-01-20">20 January 2016</docDate></docTitle></p>
            </coverPage>
            <preamble>
              <formula name="enactingFormula"><p>The Security Council,</p></formula>
              <container name="Recalling"><p>Recalling its previous resolutions,</p></container>
            </preamble>
            <mainBody>
              <paragraph eId="para_1"><num>1.</num><content><p>Decides to reduce the military component;</p></content></paragraph>
              <paragraph eId="para_2"><num>2.</num><content><p>Decides to remain seized of the matter.</p></content></paragraph>
            </mainBody>
          </statement>
        </akomaNtoso>
        """;

    [TestMethod]
    public void An_untitled_security_council_resolution_imports_with_its_vote_voters_and_chapter_vii()
    {
        using var folder = new TempFolder();
        string yaml = Import(folder, "sc/2016/S_RES_2260.xml", CouncilXml);
        StringAssert.Contains(yaml, "symbol: \"S/RES/2260 (2016)\"\nbody: SecurityCouncil\nsession: 2016\nadopted: 2016-01-20\nmeeting: \"7607th meeting\"\ndraft: \"S/2016/47\"\n");
        Assert.DoesNotContain("\ntitle:", yaml);
        StringAssert.Contains(yaml, """
            metadata:
              work: "/akn/un/statement/deliberation/unsc/2016-01-20/2260-2016/!main"
              catalogueTitle: "Security Council resolution 2260 (2016) [on UNOCI]"
              chapterVII: true
              sponsors:
                - "France"
                - "Japan"
                - "Bolivarian Republic of Venezuela"
              vote:
                inFavour: 13
                against: 0
                abstaining: 2
                states:
                  inFavour:
                    - "France"
                    - "Venezuela (Bolivarian Republic of)"
                  abstaining:
                    - "China"
              subjects:
                - term: "PEACEKEEPING OPERATIONS"
                  thesaurus: "UNBIS Thesaurus"
                - term: "Security Council resolution 2260 (2016) [on UNOCI]"
                  thesaurus: "DHL"
              sdgs: ["16"]
            """.ReplaceLineEndings("\n"));

        ToolRun check = ToolRun.Invoke("check", Path.Combine(folder.Path, "out"));
        Assert.AreEqual(0, check.ExitCode, check.ToString());
    }

    [TestMethod]
    public void The_publishers_extract_is_read_as_published_and_wins_where_it_speaks()
    {
        using var folder = new TempFolder();
        string hrc = CouncilXml
            .Replace("/unsc/2016-01-20/2260-2016/", "/unga-hrc/2025-04-02/58-1/", System.StringComparison.Ordinal)
            .Replace("S/RES/2260 (2016)</docNumber>", "A/HRC/RES/58/1</docNumber></p><p><session value=\"58\">Fifty-eighth session</session>", System.StringComparison.Ordinal)
            .Replace("<preamble>", "<preface><p><docNumber>58/1.</docNumber> <docTitle>Advancing human rights in South Sudan</docTitle></p></preface><preamble>", System.StringComparison.Ordinal)
            .Replace("The Security Council,", "The Human Rights Council,", System.StringComparison.Ordinal);
        Directory.CreateDirectory(Path.Combine(folder.Path, "hrc", "data_extract"));

        // As published: each object wrapped in stray quotes, a count written "024", a State in capitals.
        File.WriteAllText(Path.Combine(folder.Path, "hrc", "data_extract", "58.json"),
            "{\"symbol\":\"A/HRC/RES/58/1\",\"agenda_item_name\":\"Annual report of the  High Commissioner\",\"sponsors\":[\"UNITED KINGDOM\",\"CÔTE D'IVOIRE\"],"
            + "\"adoption_type\":\"By a recorded vote\",\"MS_in_favour_count\":\"024\",\"MS_against_count\":\"6\",\"MS_abstaining_count\":\"0\","
            + "\"MS_in_favour\":[\"ALBANIA\"],\"MS_against\":[\"CHINA\"],\"MS_abstaining\":[],\"SDGs\":[\"5\",\"16\"],\"subjects\":[[\"SOUTH SUDAN\",\"UNBIS Thesaurus\"]]}\"\n"
            + "\"{\"symbol\":\"A/HRC/RES/58/2\",\"sponsors\":[]}\"\n");

        string yaml = Import(folder, "hrc/58/A_HRC_RES_58_1E.xml", hrc);
        StringAssert.Contains(yaml, "symbol: \"A/HRC/RES/58/1\"\nbody: HumanRightsCouncil\nsession: 58\ntitle: \"Advancing human rights in South Sudan\"\n");
        StringAssert.Contains(yaml, """
              agendaTitle: "Annual report of the High Commissioner"
            """.ReplaceLineEndings("\n"));
        StringAssert.Contains(yaml, """
              sponsors:
                - "United Kingdom"
                - "Côte d'Ivoire"
              vote:
                inFavour: 24
                against: 6
                abstaining: 0
                states:
                  inFavour:
                    - "Albania"
                  against:
                    - "China"
              subjects:
                - term: "SOUTH SUDAN"
                  thesaurus: "UNBIS Thesaurus"
              sdgs: ["5", "16"]
            """.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void A_copy_in_another_language_is_refused_and_a_document_filed_twice_is_written_once()
    {
        using var folder = new TempFolder();
        Write(folder, "sc/2015/S_RES_2260.xml", CouncilXml);
        Write(folder, "sc/2016/S_RES_2260.xml", CouncilXml);
        Write(folder, "sc/2016/S_RES_2260F.xml", CouncilXml.Replace("language=\"eng\"", "language=\"fra\"", System.StringComparison.Ordinal));
        string report = Path.Combine(folder.Path, "report.md");

        ToolRun run = ToolRun.Invoke("import", Path.Combine(folder.Path, "sc"), "-o", Path.Combine(folder.Path, "out"), "--report", report);

        Assert.AreEqual(1, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "S_RES_2260F.xml(9,26): error RC3040: The Akoma Ntoso document cannot be imported: the document is the French text (FRBRlanguage 'fra')");
        StringAssert.Contains(run.Error, "warning RC3033: S/RES/2260 (2016) is the same resolution as");
        StringAssert.Contains(run.Output, "Imported 2, failed 1, warnings 1.");
        string written = File.ReadAllText(Path.Combine(folder.Path, "out", "S_RES_2260_2016.yaml"));
        StringAssert.StartsWith(written, "# S/RES/2260 (2016), imported from sc/2016/S_RES_2260.xml", "the copy in the folder of its year is kept");
        string text = File.ReadAllText(report);
        StringAssert.Contains(text, "Imported 2, refused 1, warnings 1.");
        StringAssert.Contains(text, "- SecurityCouncil: 2");
        StringAssert.Contains(text, "files without a title (as printed): 2");
    }

    private static void Write(TempFolder folder, string relative, string xml)
    {
        string path = Path.Combine(folder.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, xml);
    }

    private static string Import(TempFolder folder, string relative, string xml)
    {
        Write(folder, relative, xml);
        string output = Path.Combine(folder.Path, "out");
        ToolRun run = ToolRun.Invoke("import", Path.Combine(folder.Path, relative), "-o", output);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        return File.ReadAllText(Directory.GetFiles(output, "*.yaml")[0]);
    }
}
