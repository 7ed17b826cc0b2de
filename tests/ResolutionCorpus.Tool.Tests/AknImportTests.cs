using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Generator.Parse;
using ResolutionCorpus.Tool.Commands;
using ResolutionCorpus.Tool.Export;
using ResolutionCorpus.Tool.Import.Akn;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>
/// How the AKN4UN importer reads the publisher's less regular markup, on small documents written here (the real
/// corpus is checked by <see cref="AknCorpusTests"/> when it is present).
/// </summary>
[TestClass]
public sealed class AknImportTests
{
    [TestMethod]
    public void Words_before_paragraph_1_are_introductory_and_a_last_preambular_paragraph_in_the_body_is_preambular()
    {
        string yaml = Import(
            preamble: Container("Recalling", "Recalling its resolution 74/264,"),
            body: Paragraph(null, "Having further considered the note by the Secretary-General,")
                + Paragraph(null, "Resolves that, for 2021:")
                + Paragraph("1.", "Appropriations are hereby approved;"));

        StringAssert.Contains(yaml, """
            preamble:
              - phrase: "Recalling"
                text: "Recalling its resolution 74/264,"
              - text: "Having further considered the note by the Secretary-General,"
            intro:
              - "Resolves that, for 2021:"
            operative:
              - number: 1
            """.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void Unnumbered_paragraphs_alone_are_the_one_operative_paragraph_with_its_points()
    {
        string yaml = Import(body: Paragraph(null, "Decides to request an advisory opinion on the following questions:")
            + Paragraph(null, "“Having particular regard to the Charter,")
            + Paragraph("(a)", "What are the obligations of States?"));

        StringAssert.Contains(yaml, """
            operative:
              - text: "Decides to request an advisory opinion on the following questions:\n“Having particular regard to the Charter,"
                subparagraphs:
                  - label: "a"
                    text: "What are the obligations of States?"
            """.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void A_sublist_holds_the_points_of_the_point_before_it_and_a_bullet_is_a_line_of_its_point()
    {
        string yaml = Import(body: """
            <paragraph eId="para_1"><num>1.</num>
              <list eId="para_1__list_1">
                <intro><p>Decides as follows:</p></intro>
                <point eId="a"><num>(a)</num><content><p>The dialogues will address the following themes:</p></content></point>
                <sublist eId="s">
                  <point eId="i"><num>(i)</num><content><p>Oceans;</p></content></point>
                  <point eId="ii"><num>(ii)</num><content><p>Forests;</p></content></point>
                  <point eId="bullet"><content><p>Mountains;</p></content></point>
                </sublist>
                <point eId="b"><num>(b)</num><content><p>Each dialogue will have two Co-Chairs.</p></content></point>
              </list>
            </paragraph>
            """);

        StringAssert.Contains(yaml, """
                subparagraphs:
                  - label: "a"
                    text: "The dialogues will address the following themes:"
                    subparagraphs:
                      - label: "i"
                        text: "Oceans;"
                      - label: "ii"
                        text: "Forests;\nMountains;"
                  - label: "b"
            """.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void A_caption_over_a_table_is_a_line_of_the_paragraph_the_table_belongs_to()
    {
        string yaml = Import(body: Paragraph("1.", "Approves the changes to the staffing table as set out below:")
            + """<paragraph eId="para_2"><num>A.</num><heading>A. Pension Administration</heading></paragraph>"""
            + """<container name="table" eId="c"><table eId="t"><tr><td><p>New post</p></td><td><p>P-5</p></td></tr></table></container>"""
            + Paragraph("2.", "Approves the estimates;"));

        StringAssert.Contains(yaml, """
              - number: 1
                text: "Approves the changes to the staffing table as set out below:\nA. Pension Administration\nNew post\tP-5"
              - number: 2
            """.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("sections:", yaml);
    }

    [TestMethod]
    public void A_section_number_printed_as_a_paragraph_number_opens_the_section()
    {
        string yaml = Import(body: Paragraph("I.", "Introduction") + Paragraph("1.", "Requests the Secretary-General to report;"));
        StringAssert.Contains(yaml, """
            sections:
              - number: "I"
                heading: "Introduction"
                operative:
                  - number: 1
            """.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void A_note_in_the_preface_is_a_note_on_the_document_and_a_space_before_a_marker_stays_between_the_words()
    {
        string yaml = Import(
            preface: """<p><docNumber>75/245.</docNumber><docTitle>United Nations common system</docTitle><docNumber>B</docNumber><authorialNote marker="1" placement="bottom" eId="n1"><p>Resolution 75/245 becomes resolution 75/245 A.</p></authorialNote></p>""",
            body: """<paragraph eId="para_1"><num>1.</num><content><p>Recalls the Memorandum of 5 December 1994, <authorialNote marker="2" placement="bottom" eId="n2"><p>A/49/765, annex I.</p></authorialNote>in which the commitments were reaffirmed;</p></content></paragraph>""");

        StringAssert.Contains(yaml, "notes:\n  - \"Resolution 75/245 becomes resolution 75/245 A.\"\n");
        StringAssert.Contains(yaml, "text: \"Recalls the Memorandum of 5 December 1994,[^2] in which the commitments were reaffirmed;\"");
        StringAssert.Contains(yaml, "footnotes:\n  - marker: \"2\"\n    text: \"A/49/765, annex I.\"\n");
    }

    [TestMethod]
    public void A_body_between_two_preambles_holds_preambular_paragraphs()
    {
        string xml = Document(
            preface: DefaultPreface,
            preamble: Container("Recalling", "Recalling its resolutions,"),
            body: Paragraph(null, "Calling attention also to the circumstances of developing States,"),
            rest: "<preamble>" + Container("Noting", "Noting the need to act,") + "</preamble><mainBody>" + Paragraph("1.", "Reaffirms its resolutions;") + "</mainBody>");
        string yaml = Yaml(xml);

        StringAssert.Contains(yaml, """
              - text: "Calling attention also to the circumstances of developing States,"
              - phrase: "Noting"
            """.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void A_paragraph_number_that_is_neither_a_number_nor_a_label_is_refused_with_the_reason()
    {
        AknImportResult result = AknImporter.Import("space.xml", Document(DefaultPreface, string.Empty, Paragraph("1-bis", "Raise awareness of space science.")));
        Assert.IsNull(result.Yaml);
        StringAssert.Contains(string.Join("; ", result.Errors), "a paragraph is numbered '1-bis', which is neither a paragraph number (1.) nor a point's label ((a))");
    }

    [TestMethod]
    public void An_annex_printed_as_a_heading_inside_the_body_is_an_annex_and_bullets_are_lines_of_their_paragraph()
    {
        string yaml = Import(body: Paragraph("1.", "Decides to establish the Monitoring Team:")
            + Paragraph("–", "To collate and assess;")
            + Paragraph("2.", "Decides to remain seized of the matter.")
            + "<paragraph eId=\"h\"><subheading>Annex to resolution 1526 (2004)</subheading></paragraph>"
            + Paragraph(null, "The Monitoring Team shall have the following responsibilities:")
            + Paragraph("•", "To submit a programme of work;")
            + Paragraph("1.", "Reporting."));

        StringAssert.Contains(yaml, """
            operative:
              - number: 1
                text: "Decides to establish the Monitoring Team:\n– To collate and assess;"
              - number: 2
                text: "Decides to remain seized of the matter."
            annexes:
              - title: "Annex to resolution 1526 (2004)"
                paragraphs:
                  - text: "The Monitoring Team shall have the following responsibilities:\n• To submit a programme of work;"
                  - number: "1"
                    text: "Reporting."
            """.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void Headings_of_an_attachment_name_its_annexes_title_them_and_stay_as_lines()
    {
        // One attachment printing two annexes, each opened by a heading "Annex …" and titled by the heading after it.
        string attachment = """
            <attachments><attachment><doc name="annex"><mainBody>
              <paragraph eId="a1"><subheading>Annex I</subheading></paragraph>
              <paragraph eId="a2"><subheading>Global Compact</subheading></paragraph>
              <paragraph eId="a3"><num>1.</num><content><p>Our goal is shared.</p></content></paragraph>
              <paragraph eId="a4"><subheading>Objectives</subheading></paragraph>
              <paragraph eId="a5"><num>2.</num><content><p>We will pursue them.</p></content></paragraph>
              <paragraph eId="a6"><subheading>Annex II – Declaration on Future Generations</subheading></paragraph>
              <paragraph eId="a7"><content><p>We, the Heads of State, declare.</p></content></paragraph>
            </mainBody></doc></attachment></attachments>
            """;
        string yaml = Yaml(Document(DefaultPreface, string.Empty, Paragraph("1.", "Adopts the following Compact and its annexes:"), attachment));

        StringAssert.Contains(yaml, """
            annexes:
              - label: "I"
                title: "Global Compact"
                paragraphs:
                  - number: "1"
                    text: "Our goal is shared."
                  - text: "Objectives"
                  - number: "2"
                    text: "We will pursue them."
              - label: "II"
                title: "Declaration on Future Generations"
                paragraphs:
                  - text: "We, the Heads of State, declare."
            """.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void A_note_on_a_heading_is_a_footnote_and_a_marker_printed_for_several_notes_is_a_footnote_per_note()
    {
        // S/RES/2713 (2023): "*" on the headings of annexes A and B (the same words) and of a part of annex B (others).
        string attachment = """
            <attachments><attachment><doc name="annex"><mainBody>
              <paragraph eId="a1"><heading>Annex A – Items subject to approval <authorialNote marker="*" eId="n1"><p>(Not for the Government).</p></authorialNote></heading></paragraph>
              <paragraph eId="a2"><num>1.</num><content><p>Missiles;</p></content></paragraph>
              <paragraph eId="a3"><heading>Annex B – Items to notify <authorialNote marker="*" eId="n2"><p>(Not for the Government).</p></authorialNote></heading></paragraph>
              <paragraph eId="a4"><num>1.</num><content><p>Weapons;</p></content></paragraph>
              <paragraph eId="a5"><heading>Part I <authorialNote marker="*" eId="n3"><p>To be notified in advance.</p></authorialNote></heading></paragraph>
              <paragraph eId="a6"><num>2.</num><content><p>Explosives.</p></content></paragraph>
            </mainBody></doc></attachment></attachments>
            """;
        string yaml = Yaml(Document(DefaultPreface, string.Empty, Paragraph("1.", "Decides that the annexed items are subject to its procedures."), attachment));

        StringAssert.Contains(yaml, """
            annexes:
              - label: "A"
                title: "Items subject to approval[^*]"
                paragraphs:
                  - number: "1"
                    text: "Missiles;"
              - label: "B"
                title: "Items to notify[^*]"
                paragraphs:
                  - number: "1"
                    text: "Weapons;"
                  - text: "Part I[^*]"
                  - number: "2"
                    text: "Explosives."
            footnotes:
              - marker: "*"
                text: "(Not for the Government)."
              - marker: "*"
                text: "(Not for the Government)."
              - marker: "*"
                text: "To be notified in advance."
            """.ReplaceLineEndings("\n"));

        // Exported, each note goes back to its heading, and importing the export gives the same file.
        ParseResult parsed = ResolutionParser.Parse("A_RES_75_254.yaml", yaml);
        Assert.IsFalse(parsed.HasErrors, string.Join("\n", parsed.Diagnostics.Select(d => d.Message)));
        string exported = System.Text.Encoding.UTF8.GetString(ExportRunner.Serialize(AknExporter.Export(parsed.Resolution!)));
        StringAssert.Contains(exported, "Part I<authorialNote marker=\"*\"");
        Assert.AreEqual(yaml, Yaml(exported));
    }

    [TestMethod]
    public void Bold_paragraphs_that_open_an_attachment_are_its_label_and_title_but_not_a_sections_letter_or_a_noted_one()
    {
        // "Annex", then the title, printed as bold paragraphs; a section's letter in bold after "Annex II" is no title,
        // and a bold title that carries a note stays a paragraph, where its marker stands.
        string attachments = """
            <attachments>
              <attachment><doc name="annex"><mainBody>
                <paragraph eId="a1"><content><p><span class="bold">Annex</span></p></content></paragraph>
                <paragraph eId="a2"><content><p><span class="bold">Political Declaration on Testing</span></p></content></paragraph>
                <paragraph eId="a3"><num>1.</num><content><p>We declare.</p></content></paragraph>
              </mainBody></doc></attachment>
              <attachment><doc name="annex"><mainBody>
                <paragraph eId="b1"><content><p><span class="bold">Annex II</span></p></content></paragraph>
                <paragraph eId="b2"><content><p><span class="bold">A</span></p></content></paragraph>
                <paragraph eId="b3"><content><p>Posts to be established.</p></content></paragraph>
              </mainBody></doc></attachment>
              <attachment><doc name="annex"><mainBody>
                <paragraph eId="c1"><content><p><span class="bold">Terms of reference of the Fund</span><authorialNote marker="1" eId="n1"><p>Resolution 70/1.</p></authorialNote></p></content></paragraph>
                <paragraph eId="c2"><num>1.</num><content><p>The Fund is established.</p></content></paragraph>
              </mainBody></doc></attachment>
            </attachments>
            """;
        string yaml = Yaml(Document(DefaultPreface, string.Empty, Paragraph("1.", "Adopts the Declaration annexed to the present resolution."), attachments));

        StringAssert.Contains(yaml, """
            annexes:
              - title: "Political Declaration on Testing"
                paragraphs:
                  - number: "1"
                    text: "We declare."
              - label: "II"
                paragraphs:
                  - text: "A"
                  - text: "Posts to be established."
              - paragraphs:
                  - text: "Terms of reference of the Fund[^1]"
                  - number: "1"
                    text: "The Fund is established."
            """.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void Points_printed_as_annex_paragraphs_of_their_own_are_points_of_the_paragraph_before_them()
    {
        // "(a)" after paragraph 8 is its point, "(i)" after "(c)" is a point of (c), "(i)" after "(h)" a letter; a label
        // out of order, or after an unnumbered line, stays a paragraph as printed.
        string attachment = """
            <attachments><attachment><doc name="annex"><mainBody>
              <paragraph eId="a1"><num>8.</num><content><p>Our cooperation will be guided by:</p></content></paragraph>
              <paragraph eId="a2"><content><p>(a) Inclusion;</p></content></paragraph>
              <paragraph eId="a3"><content><p>(b) Development;</p></content></paragraph>
              <paragraph eId="a4"><content><p>(c) Law, including:</p></content></paragraph>
              <paragraph eId="a5"><content><p>(i) Human rights law;</p></content></paragraph>
              <paragraph eId="a6"><content><p>(ii) Humanitarian law;</p></content></paragraph>
              <paragraph eId="a7"><content><p>(d) Equality.</p></content></paragraph>
              <paragraph eId="a8"><content><p>Trade</p></content></paragraph>
              <paragraph eId="a9"><content><p>(e) Openness.</p></content></paragraph>
            </mainBody></doc></attachment></attachments>
            """;
        string yaml = Yaml(Document(DefaultPreface, string.Empty, Paragraph("1.", "Adopts the following Compact:"), attachment));

        StringAssert.Contains(yaml, """
            annexes:
              - paragraphs:
                  - number: "8"
                    text: "Our cooperation will be guided by:"
                    subparagraphs:
                      - label: "a"
                        text: "Inclusion;"
                      - label: "b"
                        text: "Development;"
                      - label: "c"
                        text: "Law, including:"
                        subparagraphs:
                          - label: "i"
                            text: "Human rights law;"
                          - label: "ii"
                            text: "Humanitarian law;"
                      - label: "d"
                        text: "Equality."
                  - text: "Trade"
                  - text: "(e) Openness."
            """.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void A_heading_in_bold_inside_an_annex_paragraphs_list_is_a_line_and_a_label_in_num_continues_the_points()
    {
        // 79/323: "43. To preserve …:", a bold heading, then (a), (b) printed as paragraphs of their own: the heading is a
        // line where it was printed and the points stay the paragraph's; "(ii)" in <num> continues (a)'s points; a heading
        // with its own label ("(a) Transport" in a <subheading>) is not a point.
        string attachment = """
            <attachments><attachment><doc name="annex"><mainBody>
              <paragraph eId="a1"><num>43.</num><content><p>To preserve the trading system:</p></content></paragraph>
              <paragraph eId="a2"><content><p><span class="bold">Multilateral trading system</span></p></content></paragraph>
              <paragraph eId="a3"><content><p>(a) We resolve to strengthen it:</p></content></paragraph>
              <paragraph eId="a4"><content><p>(i) By rules;</p></content></paragraph>
              <paragraph eId="a5"><num>(ii)</num><content><p>By reform;</p></content></paragraph>
              <paragraph eId="a6"><content><p><span class="bold">Regional trade integration</span></p></content></paragraph>
              <paragraph eId="a7"><content><p>(b) We welcome integration.</p></content></paragraph>
              <paragraph eId="a8"><num>44.</num><content><p>Infrastructure is lacking.</p></content></paragraph>
              <paragraph eId="a9"><num>(a)</num><subheading>(a) Transport</subheading></paragraph>
              <paragraph eId="a10"><num>45.</num><content><p>Transport is costly.</p></content></paragraph>
            </mainBody></doc></attachment></attachments>
            """;
        string yaml = Yaml(Document(DefaultPreface, string.Empty, Paragraph("1.", "Adopts the following Agenda:"), attachment));

        StringAssert.Contains(yaml, """
            annexes:
              - paragraphs:
                  - number: "43"
                    text: "To preserve the trading system:\nMultilateral trading system"
                    subparagraphs:
                      - label: "a"
                        text: "We resolve to strengthen it:"
                        subparagraphs:
                          - label: "i"
                            text: "By rules;"
                          - label: "ii"
                            text: "By reform;\nRegional trade integration"
                      - label: "b"
                        text: "We welcome integration."
                  - number: "44"
                    text: "Infrastructure is lacking."
                  - number: "a"
                    text: "(a) Transport"
                  - number: "45"
            """.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void Paragraphs_numbered_in_the_preambles_last_list_open_the_operative_part_and_a_preamble_heading_is_kept()
    {
        string preamble = "<block name=\"subheading\">Somalia</block>"
            + "<container name=\"Reaffirming\" eId=\"c\"><blockList><listIntroduction><span class=\"italic\">Reaffirming</span> its commitment:</listIntroduction>"
            + "<item><num>1.</num><p><span class=\"italic\">Decides</span> to extend the mandate as follows:</p></item></blockList></container>";
        string yaml = Import(preamble: preamble, body: Paragraph("(a)", "Supporting dialogue;") + Paragraph("2.", "Decides to remain seized."));

        StringAssert.Contains(yaml, """
            preamble:
              - text: "Somalia"
              - phrase: "Reaffirming"
                text: "Reaffirming its commitment:"
            operative:
              - number: 1
                phrase: "Decides"
                text: "Decides to extend the mandate as follows:"
                subparagraphs:
                  - label: "a"
                    text: "Supporting dialogue;"
              - number: 2
            """.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void Points_numbered_in_roman_hold_lettered_points_until_the_next_numeral()
    {
        string yaml = Import(body: Paragraph("1.", "Decides that the mandate shall include:")
            + Paragraph("(i)", "Protection of civilians") + Paragraph("(a)", "Ensure protection;") + Paragraph("(b)", "Work with the Government;")
            + Paragraph("(ii)", "Political situation") + Paragraph("(a)", "Promote peace;"));

        StringAssert.Contains(yaml, """
                subparagraphs:
                  - label: "i"
                    text: "Protection of civilians"
                    subparagraphs:
                      - label: "a"
                        text: "Ensure protection;"
                      - label: "b"
                        text: "Work with the Government;"
                  - label: "ii"
                    text: "Political situation"
                    subparagraphs:
                      - label: "a"
                        text: "Promote peace;"
            """.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void A_placeholder_adoption_date_gives_way_to_the_printed_one_and_a_statement_is_not_a_resolution()
    {
        string placeholder = Document(DefaultPreface, string.Empty, Paragraph("1.", "Decides."))
            .Replace("<FRBRdate date=\"2020-12-31\" name=\"adoption\"/>", "<FRBRdate date=\"0001-01-01\" name=\"adoption\"/>", StringComparison.Ordinal)
            .Replace("<session value=\"75\"/></p>", "<session value=\"75\"/></p><p><docDate date=\"2020-12-30\" refersTo=\"#adoptionDate\">30 December 2020</docDate></p>", StringComparison.Ordinal);
        StringAssert.Contains(Yaml(placeholder), "adopted: 2020-12-30\n");

        string statement = Document(DefaultPreface, string.Empty, Paragraph("1.", "Decides."))
            .Replace("A/RES/75/254</docNumber>", "S/PRST/2020/11</docNumber>", StringComparison.Ordinal)
            .Replace("/unga/2020-12-31/75-254/", "/un/2020-12-31/2020-11/", StringComparison.Ordinal);
        AknImportResult result = AknImporter.Import("statement.xml", statement);
        Assert.IsNull(result.Yaml);
        StringAssert.Contains(string.Join("; ", result.Errors), "'S/PRST/2020/11' is not the symbol of a resolution");
    }

    [TestMethod]
    public void Sections_printed_as_alternating_preambles_and_bodies_keep_their_own_preambles_and_bold_headings_open_sections()
    {
        static string Bold(string text) => $"""<paragraph eId="b"><content><p><span class="bold">{text}</span></p></content></paragraph>""";
        string xml = Document(
            preface: DefaultPreface,
            preamble: " ", // the enacting formula alone
            body: Bold("I") + Bold("Conditions of service"),
            rest: "<preamble>" + Container("Recalling", "Recalling its resolution 37/240,") + "</preamble><mainBody>"
                + Paragraph("1.", "Takes note of the report;") + Bold("II") + Bold("Strategic heritage plan")
                + "</mainBody><preamble>" + Container("Having considered", "Having considered the report,") + "</preamble><mainBody>"
                + Paragraph("1.", "Approves the plan;") + "</mainBody>");
        string yaml = Yaml(xml);

        StringAssert.Contains(yaml, """
            sections:
              - number: "I"
                heading: "Conditions of service"
                preamble:
                  - phrase: "Recalling"
                    text: "Recalling its resolution 37/240,"
                operative:
                  - number: 1
                    text: "Takes note of the report;"
              - number: "II"
                heading: "Strategic heritage plan"
                preamble:
                  - phrase: "Having considered"
                    text: "Having considered the report,"
                operative:
                  - number: 1
                    text: "Approves the plan;"
            """.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void Headings_among_a_mandates_points_or_bullets_are_lines_of_the_paragraph_not_sections()
    {
        static string Heading(string text) => $"""<paragraph eId="h"><subheading>{text}</subheading></paragraph>""";
        string yaml = Import(
            Paragraph("1.", "Decides that the mission shall have the following mandate:")
            + Heading("Monitoring of the ceasefire") + Paragraph("(a)", "To observe the ceasefire;")
            + Heading("Humanitarian assistance") + Paragraph("(b)", "To facilitate assistance;")
            + Paragraph("2.", "Decides further that the residual presence shall have these tasks:")
            + Heading("Civilian tasks") + Paragraph("•", "To monitor the repatriation;")
            + Paragraph("3.", "Decides to remain seized of the matter."));

        StringAssert.Contains(yaml, """
            operative:
              - number: 1
                text: "Decides that the mission shall have the following mandate:\nMonitoring of the ceasefire"
                subparagraphs:
                  - label: "a"
                    text: "To observe the ceasefire;\nHumanitarian assistance"
                  - label: "b"
                    text: "To facilitate assistance;"
              - number: 2
                text: "Decides further that the residual presence shall have these tasks:\nCivilian tasks\n• To monitor the repatriation;"
              - number: 3
                text: "Decides to remain seized of the matter."
            """.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("sections:", yaml);
    }

    [TestMethod]
    public void Text_a_paragraph_quotes_with_its_own_numbers_and_points_is_a_quotation_with_those_numbers()
    {
        string yaml = Import(
            Paragraph("1.", "Decides to amend articles 10 and 11 of the statute to read as follows:")
            + """<paragraph eId="q"><subheading>Article 10</subheading><content><p>The Commission shall make recommendations on:</p></content></paragraph>"""
            + Paragraph("(a)", "The broad principles;") + Paragraph("(b)", "Staff assessment.")
            + """<paragraph eId="q"><subheading>Article 11</subheading><content><p>The Commission shall establish:</p></content></paragraph>"""
            + Paragraph("(a)", "The methods;")
            + Paragraph("2.", "Decides to approve the following amendment to the statute of the Tribunal:")
            + Paragraph(null, "Article 9, new paragraph 4:") + Paragraph("4.", "In hearing an application, the Tribunal may order the production of documents.")
            + Paragraph("3.", "Decides to remain seized of the matter."));

        StringAssert.Contains(yaml, """
            operative:
              - number: 1
                text: "Decides to amend articles 10 and 11 of the statute to read as follows:"
              - number: 2
                text: "Decides to approve the following amendment to the statute of the Tribunal:"
              - number: 3
                text: "Decides to remain seized of the matter."
            quotations:
              - sections:
                  - heading: "Article 10"
                    operative:
                      - text: "The Commission shall make recommendations on:"
                        subparagraphs:
                          - label: "a"
                            text: "The broad principles;"
                          - label: "b"
                            text: "Staff assessment."
                  - heading: "Article 11"
                    operative:
                      - text: "The Commission shall establish:"
                        subparagraphs:
                          - label: "a"
                            text: "The methods;"
              - sections:
                  - heading: "Article 9, new paragraph 4:"
                    operative:
                      - number: 4
                        text: "In hearing an application, the Tribunal may order the production of documents."
            """.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void Items_under_a_preambular_paragraph_in_the_body_are_lines_of_it()
    {
        string yaml = Import(
            """<crossHeading refersTo="#preamble" eId="c"><span class="italic">Noting with satisfaction</span>:</crossHeading>"""
            + Paragraph("(a)", "That the Commission has adopted the amendments;") + Paragraph("(b)", "That many Member States apply them,")
            + Paragraph("1.", "Commends the Secretary-General."));

        StringAssert.Contains(yaml, """
            preamble:
              - phrase: "Noting with satisfaction"
                text: "Noting with satisfaction: (a) That the Commission has adopted the amendments; (b) That many Member States apply them,"
            operative:
              - number: 1
                text: "Commends the Secretary-General."
            """.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void Sub_headings_over_numbered_paragraphs_and_titles_inside_a_section_keep_the_paragraphs_and_open_sub_sections()
    {
        string yaml = Import(
            """<paragraph eId="s"><num>A.</num><subheading>Targeted sanctions</subheading></paragraph>"""
            + """<paragraph eId="p"><subheading>Financing of the support account</subheading><num>1.</num><list><intro><p>Decides that:</p></intro>"""
            + """<point><num>(a)</num><content><p>The balance shall be applied;</p></content></point></list></paragraph>"""
            + """<section eId="sec_I"><num>I</num><heading>Conditions of service</heading>"""
            + """<title eId="t"><num>A.</num><subheading>Base/floor salary scale</subheading>""" + Paragraph("2.", "Approves the scale;") + "</title>"
            + """<title eId="t"><num>B.</num><subheading>Education grant</subheading>""" + Paragraph("3.", "Decides to review the grant.") + "</title></section>");

        StringAssert.Contains(yaml, """
            sections:
              - number: "A"
                heading: "Targeted sanctions\nFinancing of the support account"
                operative:
                  - number: 1
                    text: "Decides that:"
                    subparagraphs:
                      - label: "a"
                        text: "The balance shall be applied;"
              - number: "I"
                heading: "Conditions of service"
                sections:
                  - number: "A"
                    heading: "Base/floor salary scale"
                    operative:
                      - number: 2
                        text: "Approves the scale;"
                  - number: "B"
                    heading: "Education grant"
                    operative:
                      - number: 3
                        text: "Decides to review the grant."
            """.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void Words_printed_after_a_paragraphs_points_follow_them()
    {
        string yaml = Import(
            """<paragraph eId="p"><num>1.</num><list><intro><p>Decides that the measures shall not apply to:</p></intro>"""
            + """<point><num>(a)</num><content><p>the delivery of supplies;</p></content></point></list>"""
            + """<alinea><content><p>and confirms it will keep all exemptions under review;</p></content></alinea></paragraph>""");

        StringAssert.Contains(yaml, """
            operative:
              - number: 1
                text: "Decides that the measures shall not apply to:"
                subparagraphs:
                  - label: "a"
                    text: "the delivery of supplies;\nand confirms it will keep all exemptions under review;"
            """.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void A_lettered_part_holds_its_sections_and_items_numbered_within_a_list_are_lines_of_their_paragraph()
    {
        static string Bold(string text) => $"""<paragraph eId="b"><content><p><span class="bold">{text}</span></p></content></paragraph>""";
        string yaml = Import(
            Bold("Part A. Agenda") + Paragraph("I.", "Objectives") + Paragraph("1.", "We commit to pursuing the following objectives.")
            + Bold("Overarching objective 1: Enhance economic benefits") + Paragraph("1.1", ". Raise awareness;") + Paragraph("1.2", ". Promote the industry.")
            + Bold("Part B. Implementation plan") + Paragraph("2.", "Each Member State will implement the Agenda.")
            + Paragraph("I.", "Partnerships") + Paragraph("3.", "Importance is attached to partnerships."));

        StringAssert.Contains(yaml, """
            sections:
              - number: "A"
                heading: "Part A. Agenda"
                sections:
                  - number: "I"
                    heading: "Objectives"
                    operative:
                      - number: 1
                        text: "We commit to pursuing the following objectives.\nOverarching objective 1: Enhance economic benefits\n1.1 . Raise awareness;\n1.2 . Promote the industry."
              - number: "B"
                heading: "Part B. Implementation plan"
                operative:
                  - number: 2
                    text: "Each Member State will implement the Agenda."
                sections:
                  - number: "I"
                    heading: "Partnerships"
                    operative:
                      - number: 3
                        text: "Importance is attached to partnerships."
            """.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void A_point_numbered_I_that_heads_its_own_list_is_a_level_above_those_points_however_the_markup_nests_the_next()
    {
        static string Point(string num, string text) => $"""<point><num>{num}</num><content><p>{text}</p></content></point>""";
        string yaml = Import(
            """<paragraph eId="p"><num>1.</num><list><intro><p>Decides that the mission shall have the following mandate:</p></intro>"""
            + Point("I.", "Secure environment:") + "<sublist>" + Point("(a)", "to ensure security;") + Point("(b)", "to assist the police;")
            + "<sublist>" + Point("II.", "Political process:") + "<sublist>" + Point("(a)", "to support dialogue;") + "</sublist></sublist></sublist>"
            + "</list></paragraph>");

        StringAssert.Contains(yaml, """
            operative:
              - number: 1
                text: "Decides that the mission shall have the following mandate:"
                subparagraphs:
                  - label: "i"
                    text: "Secure environment:"
                    subparagraphs:
                      - label: "a"
                        text: "to ensure security;"
                      - label: "b"
                        text: "to assist the police;"
                  - label: "ii"
                    text: "Political process:"
                    subparagraphs:
                      - label: "a"
                        text: "to support dialogue;"
            """.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void I_after_H_is_a_letter_and_a_label_printed_twice_stays_in_the_heading_of_an_unlabelled_section()
    {
        static string Section(string number, string heading) => Paragraph(number + ".", $"""<span class="bold">{heading}</span>""");
        string yaml = Import(
            Section("I", "Midterm review") + Section("H", "Outreach") + Paragraph("1.", "Requests the secretariat to report;")
            + Section("I", "Regional partners") + Paragraph("2.", "Invites regional partners to contribute;")
            + Section("II", "Programme of work") + Paragraph("3.", "Approves the programme;")
            + Section("II", "Scope of work") + Paragraph("1.", "Decides to keep the item under review."));

        StringAssert.Contains(yaml, """
            sections:
              - number: "I"
                heading: "Midterm review"
                sections:
                  - number: "H"
                    heading: "Outreach"
                    operative:
                      - number: 1
                        text: "Requests the secretariat to report;"
                  - number: "I"
                    heading: "Regional partners"
                    operative:
                      - number: 2
                        text: "Invites regional partners to contribute;"
              - number: "II"
                heading: "Programme of work"
                operative:
                  - number: 3
                    text: "Approves the programme;"
                sections:
                  - heading: "II.\nScope of work"
                    operative:
                      - number: 1
                        text: "Decides to keep the item under review."
            """.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void Yaml_the_build_would_refuse_is_not_written_and_the_error_gives_the_parsers_reasons()
    {
        using var folder = new TempFolder();
        string xml = folder.File("gap.xml");
        System.IO.File.WriteAllText(xml, Document(DefaultPreface, string.Empty, Paragraph("1.", "Decides;") + Paragraph("3.", "Requests.")));
        string output = folder.File("out");

        ToolRun run = ToolRun.Invoke("import", xml, "-o", output);

        Assert.AreEqual(1, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "gap.xml: error RC3034: The import's YAML would not build, so nothing was written (1 error(s)): RC1006 at line");
        Assert.IsFalse(System.IO.Directory.Exists(output) && System.IO.Directory.GetFiles(output).Length > 0, "nothing is written");
    }

    [TestMethod]
    public void Points_numbered_as_a_list_is_a_b_are_points_and_bullets_and_item_numbers_stay_in_their_line()
    {
        static string Point(string num, string text) => $"""<point><num>{num}</num><content><p>{text}</p></content></point>""";
        string yaml = Import(body:
            """<paragraph eId="p"><num>1.</num><list><intro><p>Encourages Member States, and in this regard the Council:</p></intro>"""
            + Point("a.", "Calls upon all Member States to ensure care;") + Point("b)", "Notes the link;") + Point("–", "in particular the most vulnerable;")
            + Point("1.1.", "Target one;") + "</list></paragraph>");

        StringAssert.Contains(yaml, """
                subparagraphs:
                  - label: "a"
                    text: "Calls upon all Member States to ensure care;"
                  - label: "b"
                    text: "Notes the link;\n– in particular the most vulnerable;\n1.1. Target one;"
            """.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void Preambular_paragraphs_printed_with_list_letters_before_paragraph_1_are_preambular_with_a_warning_at_their_line()
    {
        string xml = Document(DefaultPreface, string.Empty,
            Paragraph("a.", "<span class=\"italic\">Recalling</span> its previous resolutions,") + "\n"
            + Paragraph("b.", "<span class=\"italic\">Welcoming</span> the report,") + "\n"
            + Paragraph("1.", "Decides to extend the mandate;") + Paragraph("2.", "Decides to remain seized of the matter."));
        AknImportResult result = AknImporter.Import("lettered.xml", xml);

        Assert.IsNotNull(result.Yaml, string.Join("; ", result.Errors));
        StringAssert.Contains(result.Yaml, """
            preamble:
              - phrase: "Recalling"
                text: "Recalling its previous resolutions,"
              - phrase: "Welcoming"
                text: "Welcoming the report,"
            operative:
              - number: 1
            """.ReplaceLineEndings("\n"));
        Assert.AreEqual(2, result.Warnings.Count, string.Join("; ", result.Warnings));
        int line = xml.ReplaceLineEndings("\n").Split('\n').ToList().FindIndex(l => l.Contains("<num>b.</num>", StringComparison.Ordinal)) + 1;
        Assert.AreEqual(line, result.Warnings[1].Line);
        StringAssert.Contains(result.Warnings[1].Message, "a preambular paragraph is printed with the letter 'b.', which preambular paragraphs do not have");
    }

    [TestMethod]
    public void A_refusal_names_the_line_of_the_element_it_concerns()
    {
        string xml = Document(DefaultPreface, string.Empty, Paragraph("1.", "Decides;") + "\n" + Paragraph("1-bis", "Raise awareness."));
        AknImportResult result = AknImporter.Import("space.xml", xml);

        int line = xml.ReplaceLineEndings("\n").Split('\n').ToList().FindIndex(l => l.Contains("1-bis", StringComparison.Ordinal)) + 1;
        Assert.AreEqual(line, result.Errors.Single().Line);
        Assert.IsTrue(result.Errors.Single().Column > 0);
    }

    [TestMethod]
    public void Text_after_the_closing_paragraph_is_an_annex_with_a_warning_and_an_annex_heading_printed_as_a_paragraph_heads_it()
    {
        AknImportResult unheaded = AknImporter.Import("designations.xml", Document(DefaultPreface, string.Empty,
            Paragraph("1.", "Decides to impose the measures;") + Paragraph("2.", "Decides to remain actively seized of the matter.")
            + Paragraph(null, "Libya: proposed designations") + """<container name="table"><table><tr><td><p>1</p></td><td><p>QUREN AL QADHAFI</p></td></tr></table></container>"""));
        Assert.IsNotNull(unheaded.Yaml, string.Join("; ", unheaded.Errors));
        StringAssert.Contains(unheaded.Yaml, """
              - number: 2
                text: "Decides to remain actively seized of the matter."
            annexes:
              - paragraphs:
                  - text: "Libya: proposed designations\n1\tQUREN AL QADHAFI"
            """.ReplaceLineEndings("\n"));
        StringAssert.Contains(unheaded.Warnings.Single().Message, "text after the closing paragraph ('… seized of the matter.') is read as an annex printed without a heading");

        string headed = Import(Paragraph("1.", "Decides to remain seized of the matter.") + Paragraph(null, "-----")
            + Paragraph(null, "Annex A: benchmarks as set out in the report") + Paragraph(null, "Benchmark 1: inclusive peace process"));
        StringAssert.Contains(headed, """
                text: "Decides to remain seized of the matter.\n-----"
            annexes:
              - title: "Annex A: benchmarks as set out in the report"
                paragraphs:
                  - text: "Benchmark 1: inclusive peace process"
            """.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void A_point_printed_B_as_a_paragraph_after_point_A_is_a_point_and_numbers_under_a_lettered_point_nest_in_it()
    {
        string yaml = Import(
            """<paragraph eId="p"><num>1.</num><list><intro><p>Endorses the staffing of the Mission, including:</p></intro>"""
            + """<point><num>A.</num><content><p>To assist the parties by:</p></content></point></list></paragraph>"""
            + Paragraph(null, "(1) Chairing the Joint Commission;") + Paragraph(null, "(2) Leading the completion of the tasks;")
            + Paragraph("B.", "To assist the Government in the following tasks:") + Paragraph(null, "(1) Support for mine action;")
            + Paragraph("2.", "Decides to remain actively seized of the matter."));

        StringAssert.Contains(yaml, """
                subparagraphs:
                  - label: "a"
                    text: "To assist the parties by:"
                    subparagraphs:
                      - label: "1"
                        text: "Chairing the Joint Commission;"
                      - label: "2"
                        text: "Leading the completion of the tasks;"
                  - label: "b"
                    text: "To assist the Government in the following tasks:"
                    subparagraphs:
                      - label: "1"
                        text: "Support for mine action;"
              - number: 2
            """.ReplaceLineEndings("\n"));
        Assert.IsFalse(yaml.Contains("sections:", StringComparison.Ordinal), yaml);
    }

    [TestMethod]
    public void Labelled_paragraphs_of_a_body_between_preambles_are_items_of_the_preambular_paragraph_that_lists_them()
    {
        string xml = Document(
            preface: DefaultPreface,
            preamble: """<container name="Having received" eId="c"><blockList><listIntroduction><span class="italic">Having received</span> the advisory opinion, in which the Court found that:</listIntroduction>"""
                + """<item><num>(i)</num><p>To ensure supplies,</p></item><item><num>(ii)</num><p>To respect the prohibition,</p></item></blockList></container>""",
            body: Paragraph("(b)", "Israel has an obligation to cooperate,") + Paragraph("(c)", "Israel has an obligation to respect the premises,"),
            rest: "<preamble>" + Container("Welcoming", "Welcoming the ceasefire,") + "</preamble><mainBody>" + Paragraph("1.", "Calls upon Israel to comply;") + "</mainBody>");

        StringAssert.Contains(Yaml(xml), """
              - phrase: "Having received"
                text: "Having received the advisory opinion, in which the Court found that:\n(i) To ensure supplies,\n(ii) To respect the prohibition,\n(b) Israel has an obligation to cooperate,\n(c) Israel has an obligation to respect the premises,"
              - phrase: "Welcoming"
            """.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void A_heading_printed_with_a_label_keeps_the_label_first_as_printed()
    {
        string yaml = Import(Paragraph("1.", "Reaffirms the arms embargo;")
            + """<paragraph eId="h"><num>(i)</num><subheading>Exemptions, advance approvals and notifications</subheading></paragraph>"""
            + Paragraph("2.", "Decides that the embargo shall not apply to deliveries;"));

        StringAssert.Contains(yaml, """
              - heading: "(i) Exemptions, advance approvals and notifications"
                operative:
                  - number: 2
            """.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void Points_printed_after_the_words_that_follow_a_list_are_points_of_the_paragraph()
    {
        string yaml = Import(
            """<paragraph eId="p"><num>1.</num><list><intro><p>Requests the Panel to report on:</p></intro>"""
            + """<point><num>(a)</num><content><p>the measures;</p></content></point></list>"""
            + """<alinea><content><p>and further requests it to include:</p></content></alinea>"""
            + """<point><num>(b)</num><content><p>a list of violations.</p></content></point></paragraph>""");

        StringAssert.Contains(yaml, """
                subparagraphs:
                  - label: "a"
                    text: "the measures;\nand further requests it to include:"
                  - label: "b"
                    text: "a list of violations."
            """.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void A_quoted_structure_in_a_paragraph_is_a_quotation_with_its_points()
    {
        string yaml = Import(
            """<paragraph eId="p"><num>1.</num><content><p>Decides that paragraph 11 of resolution 2653 (2022) shall be replaced by the following:</p>"""
            + """<p><mod><quotedStructure><p>“Decides that the measure shall not apply to:</p>"""
            + """<point><num>a.</num><content><p>Supplies to the United Nations;</p></content></point>"""
            + """<point><num>b.</num><content><p>Other supplies approved in advance;”</p></content></point></quotedStructure></mod></p></content></paragraph>"""
            + Paragraph("2.", "Decides to remain seized of the matter."));

        StringAssert.Contains(yaml, """
            operative:
              - number: 1
                text: "Decides that paragraph 11 of resolution 2653 (2022) shall be replaced by the following:"
              - number: 2
                text: "Decides to remain seized of the matter."
            quotations:
              - operative:
                  - text: "“Decides that the measure shall not apply to:"
                    subparagraphs:
                      - label: "a"
                        text: "Supplies to the United Nations;"
                      - label: "b"
                        text: "Other supplies approved in advance;”"
            """.ReplaceLineEndings("\n"));
    }

    private const string DefaultPreface = "<p><docNumber>75/254.</docNumber><docTitle>Programme budget for 2021</docTitle></p>";

    private static string Import(string body, string preamble = "", string preface = DefaultPreface) => Yaml(Document(preface, preamble, body));

    private static string Yaml(string xml)
    {
        AknImportResult result = AknImporter.Import("test.xml", xml);
        Assert.IsNotNull(result.Yaml, string.Join("; ", result.Errors));
        return result.Yaml;
    }

    private static string Container(string phrase, string text) =>
        $"""<container name="{phrase}" eId="c"><p><span class="italic">{phrase}</span>{text[phrase.Length..]}</p></container>""";

    private static string Paragraph(string? number, string text) =>
        $"""<paragraph eId="p">{(number is null ? string.Empty : $"<num>{number}</num>")}<content><p>{text}</p></content></paragraph>""";

    private static string Document(string preface, string preamble, string body, string rest = "") => $"""
        <akomaNtoso xmlns="{AknReader.Namespace}">
          <statement name="resolution">
            <meta><identification source="#un"><FRBRWork><FRBRthis value="/akn/un/statement/deliberation/unga/2020-12-31/75-254/!main"/>
              <FRBRdate date="2020-12-31" name="adoption"/></FRBRWork></identification></meta>
            <coverPage><p><docNumber refersTo="#symbol">A/RES/75/254</docNumber></p><p><session value="75"/></p></coverPage>
            <preface>{preface}</preface>
            {(preamble.Length == 0 ? string.Empty : $"<preamble><formula name=\"enactingFormula\"><p>The General Assembly,</p></formula>{preamble}</preamble>")}
            <mainBody>{body}</mainBody>
            {rest}
          </statement>
        </akomaNtoso>
        """;
}
