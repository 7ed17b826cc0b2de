using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Tool.Import;
using ResolutionCorpus.Tool.Import.Model;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>The forms of raw text that each organ and era print, one small text each, read by the import's general rules.</summary>
[TestClass]
public sealed class RawFormTests
{
    [TestMethod]
    public void A_security_council_volume_text_in_parts_with_its_vote_and_a_volume_note()
    {
        ImportedResolution resolution = Import("""
            161 (1961). Resolution of 21 February 1961
            [S/4741]

            A

            The Security Council,
            Having considered the report, dated 12 February 1961, 3 bringing
            to light the situation,

            1. Urges that measures be taken;

            2. Decides to remain seized of the matter.

            B

            The Security Council,

            Noting with concern the situation,

            1. Urges the convening of Parliament.

            Adopted at the 942nd meeting
            by 9 votes to none, with 2 abstentions (France, Union of
            Soviet Socialist Republics).


            3 Official Records of the Security Council, Sixteenth Year, Supplement for January, February and March 1961, document
            S/4691.
            """);
        Assert.AreEqual("S/RES/161 (1961)", resolution.Symbol);
        Assert.AreEqual(1961, resolution.Session);
        Assert.IsNull(resolution.Title, "the Security Council prints no title");
        Assert.AreEqual(new System.DateOnly(1961, 2, 21), resolution.Adopted);
        Assert.AreEqual("942nd meeting", resolution.Meeting);
        Assert.AreEqual("S/4741", resolution.Draft);
        CollectionAssert.AreEqual(new[] { "A", "B" }, resolution.Parts.Select(p => p.Label).ToArray());
        Assert.AreEqual(2, resolution.Parts[0].Operative.Count);
        Assert.AreEqual("1", resolution.Parts[1].Operative.Single().Number, "part B numbers from 1 again");
        Assert.AreEqual("Having considered the report, dated 12 February 1961,[^3] bringing to light the situation,", resolution.Parts[0].Preamble.Single().Text);
        Assert.AreEqual("Official Records of the Security Council, Sixteenth Year, Supplement for January, February and March 1961, document S/4691.", resolution.Footnotes.Single().Text);
        ImportedVote vote = resolution.Metadata.Vote!;
        Assert.AreEqual((9, 0, 2), (vote.InFavour, vote.Against, vote.Abstaining));
        CollectionAssert.AreEqual(new[] { "France", "Union of Soviet Socialist Republics" }, vote.StatesAbstaining);
    }

    [TestMethod]
    public void A_volumes_marker_set_apart_after_a_year_is_bound()
    {
        // S/RES/21 (1947), read by text recognition: "Whereas on 17 December 1920 24 the Council".
        ImportedResolution resolution = Import("""
            21 (1947). Resolution of 2 April 1947
            [S/318]

            The Security Council,
            Whereas on 17 December 1920 1 the Council of the League of Nations confirmed a mandate,

            1. Approves the terms of trusteeship.

            Adopted at the 124th meeting.


            1 League of Nations, Official Journal, 2nd Year, No. 1 (1921), pp. 87-88.
            """);
        Assert.AreEqual("Whereas on 17 December 1920[^1] the Council of the League of Nations confirmed a mandate,", resolution.Main.Preamble.Single().Text);
    }

    [TestMethod]
    public void Numbered_sections_with_headings_restart_their_numbering()
    {
        ImportedResolution resolution = Import("""
            78/900. Questions relating to the budget
            The General Assembly,
            I
            Enterprise resource planning project
            Recalling its resolution 60/283,
            1. Takes note of the report;
            2. Decides to continue;
            II
            Gross budget of the Unit
            Approves the gross budget for the Unit;
            III Financial report
            1. Notes the report.
            50th plenary meeting
            22 December 2023
            """);
        CollectionAssert.AreEqual(new[] { "I", "II", "III" }, resolution.Main.Sections.Select(s => s.Label).ToArray());
        CollectionAssert.AreEqual(new[] { "Enterprise resource planning project", "Gross budget of the Unit", "Financial report" }, resolution.Main.Sections.Select(s => s.Heading).ToArray());
        Assert.AreEqual(1, resolution.Main.Sections[0].Preamble.Count);
        Assert.IsNull(resolution.Main.Sections[1].Operative.Single().Number, "a section of one unnumbered clause");
        Assert.AreEqual("1", resolution.Main.Sections[2].Operative.Single().Number);
    }

    [TestMethod]
    public void A_document_set_out_after_adopts_the_following_is_an_annex_with_its_own_numbering()
    {
        ImportedResolution resolution = Import("""
            73/900. Political declaration on testing
            The General Assembly,
            Adopts the following political declaration:
            Political declaration on testing
            We, Heads of State and Government, assembled on 26 September 2018,
            1. Reaffirm our commitment;
            2. Commit to act.
            20th plenary meeting
            10 October 2018
            """);
        Assert.AreEqual("Adopts the following political declaration:", resolution.Main.Operative.Single().Text);
        ImportedAnnex annex = resolution.Annexes.Single();
        Assert.AreEqual("Political declaration on testing", annex.Title);
        CollectionAssert.AreEqual(new[] { null, "1", "2" }, annex.Paragraphs.Select(p => p.Number).ToArray());
    }

    [TestMethod]
    public void An_annex_after_the_meeting_line_keeps_its_title_paragraphs_and_points()
    {
        ImportedResolution resolution = Import("""
            80/900. Strategies on testing
            The General Assembly,
            1. Adopts the strategies annexed to the present resolution.
            60th plenary meeting
            15 December 2025
            Annex
            Model strategies on testing
            Introduction
            1. The strategies aim:
            (a) To test;
            (b) To learn.
            2. They apply to all.
            """);
        ImportedAnnex annex = resolution.Annexes.Single();
        Assert.AreEqual("Model strategies on testing", annex.Title);
        CollectionAssert.AreEqual(new[] { null, "1", "2" }, annex.Paragraphs.Select(p => p.Number).ToArray(), string.Join(" | ", annex.Paragraphs.Select(p => p.Number + " " + p.Text)));
        CollectionAssert.AreEqual(new[] { "a", "b" }, annex.Paragraphs[1].Points.Select(p => p.Number).ToArray());
    }

    [TestMethod]
    public void An_annexs_sections_lettered_in_turn_are_labelled_headings_that_the_next_line_does_not_continue()
    {
        // 80/226: "A. Introduction", "B. Individualized approaches", each over text that opens a paragraph of its own; a
        // letter out of turn ("D." after "A.") or a line that ends a sentence is wording.
        ImportedResolution resolution = Import("""
            80/903. Strategies on testing
            The General Assembly,
            1. Adopts the strategies annexed to the present resolution.
            60th plenary meeting
            15 December 2025
            Annex
            Model strategies on testing
            A. Introduction
            1. The strategies aim to test.
            B. Individualized approaches
            Core principle I
            Decisions should be tailored.
            D. Dependable results are sought.
            2. They apply to all.
            """);
        ImportedAnnex annex = resolution.Annexes.Single();
        CollectionAssert.AreEqual(
            new[] { "A Introduction", "1 The strategies aim to test.", "B Individualized approaches", " Core principle I Decisions should be tailored.", " D. Dependable results are sought.", "2 They apply to all." },
            annex.Paragraphs.Select(p => p.Number + " " + p.Text).ToArray(),
            string.Join(" | ", annex.Paragraphs.Select(p => p.Number + " " + p.Text)));
    }

    [TestMethod]
    public void The_next_paragraph_run_on_after_a_sentence_is_a_paragraph_of_its_own_in_the_body_and_in_an_annex()
    {
        // An extraction that lost line breaks: "2." after a sentence's end (and "3." after a marker glued to it) opens
        // the next paragraph; "para. 3." cites a paragraph and "4." is not the next number, so both stay wording.
        ImportedResolution resolution = Import("""
            80/902. Declaration on testing
            The General Assembly,
            1. Adopts the declaration annexed to the present resolution. 2. Decides to remain seized of the matter.
            60th plenary meeting
            15 December 2025
            Annex
            Declaration on testing
            1. We meet to test. 2. We acknowledge the work done since para. 3. Of the Plan, and of the Agenda.1 3. We welcome 4. Results.
            """);
        CollectionAssert.AreEqual(new[] { 1, 2 }, resolution.Main.Operative.Select(p => int.Parse(p.Number!, System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        Assert.AreEqual("Decides to remain seized of the matter.", resolution.Main.Operative[1].Text);
        ImportedAnnex annex = resolution.Annexes.Single();
        CollectionAssert.AreEqual(
            new[] { "1 We meet to test.", "2 We acknowledge the work done since para. 3. Of the Plan, and of the Agenda.1", "3 We welcome 4. Results." },
            annex.Paragraphs.Select(p => p.Number + " " + p.Text).ToArray(),
            string.Join(" | ", annex.Paragraphs.Select(p => p.Number + " " + p.Text)));
    }

    [TestMethod]
    public void Numbers_alone_on_a_line_and_numbers_misread_with_a_comma_still_number()
    {
        ImportedResolution resolution = Import("""
            80/901. Testing
            The General Assembly,
            Recalling its resolution 79/1,
            1.
            Decides to test;
            2, Requests a report;
            3.
            Decides to remain seized of the matter.
            30th plenary meeting
            1 December 2025
            """);
        CollectionAssert.AreEqual(new[] { "1", "2", "3" }, resolution.Main.Operative.Select(p => p.Number).ToArray());
        Assert.AreEqual("Requests a report;", resolution.Main.Operative[1].Text);
    }

    [TestMethod]
    public void A_resolution_of_one_unnumbered_clause_and_a_resumed_meeting()
    {
        ImportedResolution resolution = Import("""
            78/901. Credentials of representatives
            The General Assembly,
            Having considered the report of the Credentials Committee and the recommendation contained therein,
            Approves the report of the Credentials Committee.
            48th (resumed) plenary meeting
            18 December 2023
            """);
        Assert.AreEqual(1, resolution.Main.Preamble.Count);
        Assert.IsNull(resolution.Main.Operative.Single().Number);
        Assert.AreEqual("48th (resumed) plenary meeting", resolution.Meeting);
    }

    [TestMethod]
    public void A_pages_footnotes_under_its_rule_are_footnotes_and_the_next_pages_running_head_is_print()
    {
        ImportedResolution resolution = Import("""
            80/900. International Day of Testing Women and Girls
            The General Assembly,
            Reaffirming also the International Covenant on Civil and Political Rights, 1 the
            Convention on the Rights of the Child2 and the Convention on the Elimination of All
            _______________

            1 See resolution 2200 A (XXI), annex.

            2 Report of the Fourth World Conference on Women, Beijing, 4–15 September 1995 (United
            Nations publication, Sales No. E.96.IV.13), chap. I.
            A/RES/80/900
            International Day of Testing Women and Girls

            25-19432
            2/3
            Forms of Discrimination against Women,
            1. Decides to proclaim a day.
            51st plenary meeting
            26 November 2025
            """);

        Assert.AreEqual("Reaffirming also the International Covenant on Civil and Political Rights,[^1] the Convention on the Rights of the Child[^2] and the Convention on the Elimination of All Forms of Discrimination against Women,",
            resolution.Main.Preamble.Single().Text);
        CollectionAssert.AreEqual(
            new[] { "See resolution 2200 A (XXI), annex.", "Report of the Fourth World Conference on Women, Beijing, 4–15 September 1995 (United Nations publication, Sales No. E.96.IV.13), chap. I." },
            resolution.Footnotes.Select(f => f.Text).ToArray());
    }

    [TestMethod]
    public void The_title_right_under_a_pages_footnotes_is_the_next_pages_running_head()
    {
        ImportedResolution resolution = Import("""
            80/901. Implementation of the Declaration of Testing as a Zone of Peace
            The General Assembly,
            Recalling the report of the Meeting of the Littoral States, held in New York in 1979,1
            _______________

            1 Official Records of the General Assembly, Thirty-fourth Session, Supplement No. 45.

            Implementation of the Declaration of Testing as a Zone of Peace

            Convinced that the participation of all is important,
            1. Decides to include the item in its provisional agenda.
            52nd plenary meeting
            1 December 2025
            """);

        CollectionAssert.AreEqual(
            new[] { "Recalling the report of the Meeting of the Littoral States, held in New York in 1979,[^1]", "Convinced that the participation of all is important," },
            resolution.Main.Preamble.Select(p => p.Text).ToArray());
    }

    [TestMethod]
    public void A_heading_without_a_number_over_the_next_paragraph_heads_a_section()
    {
        ImportedResolution resolution = Import("""
            80/902. Review of the testing architecture
            The General Assembly,
            Recalling its resolution 70/262,
            Affirming that the review is aimed at enhancing the impact of testing,
            Testing Commission
            1. Reaffirms the mandate of the Commission;
            2. Requests a report;
            Testing financing

            3. Decides to continue;
            4. Calls for a further review in 2030.
            51st plenary meeting
            26 November 2025
            """);

        Assert.AreEqual(2, resolution.Main.Preamble.Count, "the preamble over headed sections stays preambular");
        Assert.AreEqual(0, resolution.Main.Operative.Count);
        CollectionAssert.AreEqual(new string?[] { null, null }, resolution.Main.Sections.Select(s => s.Label).ToArray());
        CollectionAssert.AreEqual(new[] { "Testing Commission", "Testing financing" }, resolution.Main.Sections.Select(s => s.Heading).ToArray());
        CollectionAssert.AreEqual(new[] { "1", "2" }, resolution.Main.Sections[0].Operative.Select(p => p.Number).ToArray());
        CollectionAssert.AreEqual(new[] { "3", "4" }, resolution.Main.Sections[1].Operative.Select(p => p.Number).ToArray());
        Assert.AreEqual("Requests a report;", resolution.Main.Sections[0].Operative[1].Text, "the heading is not glued onto the paragraph before it");
    }

    [TestMethod]
    public void A_line_that_opens_with_a_figure_goes_on_with_the_clause_before_it()
    {
        ImportedResolution resolution = Import("""
            80/904. Implementation of the Declaration of Testing as a Zone of Peace
            The General Assembly,
            Recalling its resolutions 54/47 of 1 December 1999, 56/16 of 29 November 2001,
            60/48 of 8 December 2005 and 78/13 of 4 December 2023,
            Recalling also the report of the Meeting,
            1. Decides to include the item in its provisional agenda.
            52nd plenary meeting
            1 December 2025
            """);

        CollectionAssert.AreEqual(
            new[] { "Recalling its resolutions 54/47 of 1 December 1999, 56/16 of 29 November 2001, 60/48 of 8 December 2005 and 78/13 of 4 December 2023,", "Recalling also the report of the Meeting," },
            resolution.Main.Preamble.Select(p => p.Text).ToArray());
    }

    [TestMethod]
    public void A_marker_glued_to_a_year_is_a_footnote_marker()
    {
        ImportedResolution resolution = Import("""
            80/903. Testing and sustaining peace
            The General Assembly,
            Taking note of the report of the Secretary-General of 25 November 20241 and the Political Declarations of 20172 and 2021,3
            1. Decides to review the 2025 outcome in 2030.
            51st plenary meeting
            26 November 2025

            1 A/79/552-S/2024/767.
            2 Resolution 72/1.
            3 Resolution 76/7, annex.
            """);

        Assert.AreEqual("Taking note of the report of the Secretary-General of 25 November 2024[^1] and the Political Declarations of 2017[^2] and 2021,[^3]",
            resolution.Main.Preamble.Single().Text);
        Assert.AreEqual("Decides to review the 2025 outcome in 2030.", resolution.Main.Operative.Single().Text, "a year is a year where no date's month comes before it");
    }

    [TestMethod]
    public void In_a_wrapped_annex_a_sentence_ending_at_a_full_line_goes_on_in_its_numbered_paragraph_and_a_heading_does_not()
    {
        // 80/9: "… with civil society and other relevant partners." fills its line; "We will ensure …" on the next is
        // the same paragraph's next sentence, not an unnumbered paragraph. A short line that ends no clause is a heading.
        ImportedResolution resolution = Import("""
            80/908. Political declaration on testing
            The General Assembly,
            Adopts the political declaration annexed to the present resolution.
            48th plenary meeting
            24 November 2025
            Annex
            Political declaration on testing
            1. We commit to provide support services and seek to enhance the provision of safe shelter,
            working with civil society and with the other relevant partners at every level.
            We will ensure that victims are treated with respect and dignity at every stage of
            the proceedings that concern them.
            Follow-up and review
            2. We recall our commitments to the review of the implementation of the declaration.
            """);

        ImportedAnnex annex = resolution.Annexes.Single();
        CollectionAssert.AreEqual(
            new[]
            {
                "We commit to provide support services and seek to enhance the provision of safe shelter, working with civil society and with the other relevant partners at every level. We will ensure that victims are treated with respect and dignity at every stage of the proceedings that concern them.",
                "Follow-up and review",
                "We recall our commitments to the review of the implementation of the declaration.",
            },
            annex.Paragraphs.Select(p => p.Text).ToArray());
    }

    [TestMethod]
    public void Dashed_items_are_lines_of_their_paragraph_and_a_paragraph_opening_with_its_first_point_has_no_text_of_its_own()
    {
        // S/RES/1445 (2002) lists dashed items under "… in this regard:"; S/RES/47 (1948) prints "10. (a) The Government …".
        ImportedResolution resolution = Import("""
            Resolution 9999 (2002)
            Adopted by the Security Council at its 4653rd meeting, on 4 December 2002
            The Security Council,
            1. Stresses that further efforts will be necessary and, in this regard:
            — Calls for a full cessation of hostilities throughout the territory, in
            particular in South Kivu;
            — Demands that all parties work to restore freedom of movement;
            2. (a) The Government should agree that a nominee will be appointed.
            (b) The nominee should have authority to nominate assistants.
            """);

        CollectionAssert.AreEqual(
            new[] { "Stresses that further efforts will be necessary and, in this regard:\n— Calls for a full cessation of hostilities throughout the territory, in particular in South Kivu;\n— Demands that all parties work to restore freedom of movement;", string.Empty },
            resolution.Main.Operative.Select(p => p.Text).ToArray());
        CollectionAssert.AreEqual(new[] { "a", "b" }, resolution.Main.Operative[1].Points.Select(p => p.Number).ToArray());
        Assert.AreEqual("The Government should agree that a nominee will be appointed.", resolution.Main.Operative[1].Points[0].Text);
    }

    [TestMethod]
    public void A_markdown_table_is_rows_of_cells_in_the_paragraph_that_introduces_it()
    {
        ImportedResolution resolution = Import("""
            # 79/909. Scale of assessments

            *The General Assembly*,

            1. *Resolves* that the scale of assessments shall be as follows:

            | Member State | Percentage |
            |---|---:|
            | Afghanistan | 0.005 |
            | Albania | 0.010 |

            2. *Requests* a report.

            55th plenary meeting
            24 December 2024
            """);

        CollectionAssert.AreEqual(
            new[] { "Resolves that the scale of assessments shall be as follows:\nMember State\tPercentage\nAfghanistan\t0.005\nAlbania\t0.010", "Requests a report." },
            resolution.Main.Operative.Select(p => p.Text).ToArray());
    }

    [TestMethod]
    public void A_masthead_over_a_title_with_no_number_is_print_down_to_the_heading()
    {
        // A/RES/79/9 prints no "79/9." before its title: the symbol is the masthead's, and the masthead (distribution,
        // date, session, agenda item) runs down to "Resolution adopted by …", every line of it accounted for.
        ImportResult result = ResolutionImporter.Import("form.txt", """
            United Nations A/RES/79/909
            General Assembly Distr.: General
            19 November 2024
            Seventy-ninth session
            Agenda item 125 (b)
            Cooperation between the United Nations and testing
            Resolution adopted by the General Assembly on 18 November 2024
            Cooperation between the United Nations and testing
            The General Assembly,
            1. Decides to test.
            39th plenary meeting
            18 November 2024
            """, null);

        Assert.IsFalse(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.AreEqual("A/RES/79/909", result.Resolution!.Symbol);
        Assert.IsEmpty(result.Diagnostics.Where(d => d.Id == ImportIds.UnreadLine), string.Join("\n", result.Diagnostics));
    }

    [TestMethod]
    public void A_hyphen_at_a_line_break_stays_where_the_document_writes_the_compound_and_goes_where_it_writes_the_word()
    {
        ImportedResolution resolution = Import("""
            80/907. Testing at a high level
            The General Assembly,
            Recalling the high-level meeting of its Government,
            1. Decides that the quadrennial high-
            level meetings of the Govern-
            ment shall continue.
            51st plenary meeting
            26 November 2025
            """);

        Assert.AreEqual("Decides that the quadrennial high-level meetings of the Government shall continue.", resolution.Main.Operative.Single().Text);
    }

    [TestMethod]
    public void A_hyphen_before_and_or_or_at_a_line_break_is_a_suspended_compounds_and_keeps_its_space()
    {
        ImportedResolution resolution = Import("""
            80/905. Testing with care
            The General Assembly,
            1. Decides that the programmes shall be culture-
            and gender-sensitive, and short-
            or long-term.
            51st plenary meeting
            26 November 2025
            """);

        Assert.AreEqual("Decides that the programmes shall be culture- and gender-sensitive, and short- or long-term.", resolution.Main.Operative.Single().Text);
    }

    [TestMethod]
    public void A_marker_set_apart_after_a_sentence_is_a_footnote_marker_and_a_numbered_reference_is_not()
    {
        // 80/9: an extraction set the marker apart after the full stop it follows ("Principles. 13 We will"). A sentence
        // never opens with figures, and "para. 4 The" is a reference.
        ImportedResolution resolution = Import("""
            80/906. Testing in compliance
            The General Assembly,
            1. Decides to act in compliance with the Paris Principles. 1 We will also act as set out in para. 4 The plan.
            51st plenary meeting
            26 November 2025

            1 Resolution 48/134, annex.
            """);

        Assert.AreEqual("Decides to act in compliance with the Paris Principles.[^1] We will also act as set out in para. 4 The plan.", resolution.Main.Operative.Single().Text);
    }

    [TestMethod]
    public void An_annexs_page_footnotes_and_a_wrapped_running_title_are_read_as_in_the_body()
    {
        ImportedResolution resolution = Import("""
            80/905. 2025 Political Declaration on the Implementation of the
            Global Plan of Action to Combat Testing
            The General Assembly
            Adopts the 2025 Political Declaration, annexed to the present resolution.
            48th plenary meeting
            24 November 2025
            Annex
            Political Declaration
            1.
            We welcome the Global Plan of Action,1 reaffirm the Political Declarations of 20172 and
            recognize its integrated and indivisible nature and acknowledging
            _______________

            1 Resolution 64/293.

            2 Resolution 72/1.

            A/RES/80/905
            2025 Political Declaration on the Implementation of the Global Plan
            of Action to Combat Testing
            25-19346
            that the 2030 Agenda includes commitments.
            2.
            We recall our commitments.
            """);

        Assert.AreEqual("2025 Political Declaration on the Implementation of the Global Plan of Action to Combat Testing", resolution.Title, "a title wraps over the lines under its first");
        ImportedAnnex annex = resolution.Annexes.Single();
        Assert.AreEqual("Political Declaration", annex.Title);
        CollectionAssert.AreEqual(
            new[] { "We welcome the Global Plan of Action,[^1] reaffirm the Political Declarations of 2017[^2] and recognize its integrated and indivisible nature and acknowledging that the 2030 Agenda includes commitments.", "We recall our commitments." },
            annex.Paragraphs.Select(p => p.Text).ToArray());
        CollectionAssert.AreEqual(new[] { "Resolution 64/293.", "Resolution 72/1." }, resolution.Footnotes.Select(f => f.Text).ToArray());
    }

    [TestMethod]
    public void Points_printed_without_their_letters_are_lettered_where_the_list_tells_the_letters()
    {
        // 80/12's extraction lost "(a)" and "(b)" under paragraph 7 and every letter under paragraph 8: the unlettered
        // points before "(c)" are (a) and (b), and a list without letters whose points end in semicolons is lettered
        // from (a). Two unlettered points where one letter is missing, and a lone sentence after a colon, are not a
        // list the letters can be told for: they stay wording of the point or paragraph before them.
        ImportResult result = ResolutionImporter.Import("form.txt", """
            80/904. Testing
            The General Assembly,
            Recalling its resolution 79/1,
            1. Requests the Secretary-General:
            To continue the practice;
            To circulate a note;
            (c) To continue consultations;
            (d) To report.
            2. Encourages Member States:
            To inform the Secretary-General;
            To continue to provide views.
            3. Invites States:
            (a) To test;
            To learn;
            To teach;
            (c) To report.
            4. Decides as follows:
            The Council shall meet.
            30th plenary meeting
            1 December 2025
            """, null);
        Assert.IsFalse(result.HasErrors, string.Join("\n", result.Diagnostics));
        var operative = result.Resolution!.Main.Operative;
        string Points(int i) => string.Join(" | ", operative[i].Points.Select(p => p.Number + " " + p.Text));
        Assert.AreEqual("a To continue the practice; | b To circulate a note; | c To continue consultations; | d To report.", Points(0));
        Assert.AreEqual("a To inform the Secretary-General; | b To continue to provide views.", Points(1));
        Assert.AreEqual("a To test; To learn; To teach; | c To report.", Points(2));
        Assert.AreEqual("Decides as follows: The Council shall meet.", operative[3].Text);
        Assert.AreEqual(0, operative[3].Points.Count);
        CollectionAssert.AreEqual(new[] { (5, "(a) to (b)"), (10, "(a) to (b)") },
            result.Diagnostics.Where(d => d.Id == ImportIds.UnletteredPoints).Select(d => (d.Line, d.Message[7..17])).ToArray());
        CollectionAssert.AreEqual(new[] { 14, 15, 18 }, result.Diagnostics.Where(d => d.Id == ImportIds.UnnumberedOperativeText).Select(d => d.Line).ToArray());
    }

    [TestMethod]
    public void An_annexs_unlettered_points_after_an_open_list_are_lettered_and_a_heading_after_a_finished_list_is_not()
    {
        // 80/5: "(m)" printed, then two points without letters under a list whose last lettered point ends in a semicolon.
        ImportedResolution resolution = Import("""
            80/905. Declaration on testing
            The General Assembly,
            1. Adopts the declaration annexed to the present resolution.
            60th plenary meeting
            15 December 2025
            Annex
            Declaration on testing
            1. We will act by:
            Taking measures;
            (b) Reinforcing cooperation;
            Exploring finance;
            Ensuring protection.
            2. We will also act by:
            (a) Testing;
            (b) Learning.
            Follow-up
            3. We will meet again.
            """);
        ImportedAnnex annex = resolution.Annexes.Single();
        CollectionAssert.AreEqual(new[] { "1", "2", null, "3" }, annex.Paragraphs.Select(p => p.Number).ToArray(), string.Join(" | ", annex.Paragraphs.Select(p => p.Number + " " + p.Text)));
        Assert.AreEqual("a Taking measures; | b Reinforcing cooperation; | c Exploring finance; | d Ensuring protection.",
            string.Join(" | ", annex.Paragraphs[0].Points.Select(p => p.Number + " " + p.Text)));
        Assert.AreEqual("Follow-up", annex.Paragraphs[2].Text);
    }

    [TestMethod]
    public void A_treaty_the_resolution_approves_is_an_annex_whose_articles_are_headings()
    {
        // S/RES/21 (1947): "hereby resolves to approve the following terms of trusteeship …:", then the agreement's
        // articles, each numbering its own paragraphs from 1; "Article I" is a heading, not the annex's title.
        ImportedResolution resolution = Import("""
            21 (1947). Resolution of 2 April 1947
            [S/318]

            Whereas the Charter provides for a Trusteeship System ; and

            Whereas Japan has ceased to exercise any authority in these islands ;

            Now, therefore, the Security Council, having satisfied itself that the Charter has been complied with, hereby
            resolves to approve the following terms of trusteeship:

            Article I

            The Territory is designated as a strategic area.

            Article 2 Administering Authority

            The Administering Authority shall be entitled :

            1. To establish bases ;

            2. To station forces.

            Article 3

            1. The Authority shall report.

            Adopted at the 124th meeting.
            """);
        CollectionAssert.AreEqual(
            new[] { "Now, therefore, the Security Council, having satisfied itself that the Charter has been complied with, hereby resolves to approve the following terms of trusteeship:" },
            resolution.Main.Operative.Select(p => p.Text).ToArray(), string.Join(" | ", resolution.Main.Operative.Select(p => p.Text)));
        ImportedAnnex annex = resolution.Annexes.Single();
        Assert.IsNull(annex.Title);
        CollectionAssert.AreEqual(
            new[] { " Article I", " The Territory is designated as a strategic area.", " Article 2 Administering Authority", " The Administering Authority shall be entitled :", "1 To establish bases ;", "2 To station forces.", " Article 3", "1 The Authority shall report." },
            annex.Paragraphs.Select(p => p.Number + " " + p.Text).ToArray(),
            string.Join(" | ", annex.Paragraphs.Select(p => p.Number + " " + p.Text)));
    }

    [TestMethod]
    public void An_annexs_title_wrapped_over_two_lines_is_one_title_and_a_subtitle_under_it_is_a_heading()
    {
        // 80/9, a text wrapped at a width: the title's second line goes on with it. 78/4, a paragraph a line: the line
        // under the title is a subtitle, a heading of its own that the next paragraph does not run into.
        ImportedResolution wrapped = Import("""
            80/906. Political declaration on testing
            The General Assembly,
            Recalling its resolution 79/1 on the
            testing of all things,
            1. Adopts the declaration annexed to the
            present resolution.
            60th plenary meeting
            15 December 2025
            Annex
            2025 Political Declaration on the Implementation of the United Nations Global
            Plan of Action to Test

            1. We, the States Members of the United Nations,
            welcome the plan.
            """);
        Assert.AreEqual("2025 Political Declaration on the Implementation of the United Nations Global Plan of Action to Test", wrapped.Annexes.Single().Title);
        Assert.AreEqual("We, the States Members of the United Nations, welcome the plan.", wrapped.Annexes.Single().Paragraphs.Single().Text);

        ImportedResolution lines = Import("""
            80/907. Political declaration on testing
            The General Assembly,
            Recalling its resolution 79/1,
            Recalling also its resolution 79/2,
            Noting the report of the Secretary-General,
            1. Adopts the declaration annexed to the present resolution.
            60th plenary meeting
            15 December 2025
            Annex
            Political declaration on testing
            Testing: expanding our ambition
            We, Heads of State and Government, are assembled to test.
            1. Reaffirm the right to test;
            2. Commit to test.
            """);
        ImportedAnnex annex = lines.Annexes.Single();
        Assert.AreEqual("Political declaration on testing", annex.Title);
        CollectionAssert.AreEqual(
            new[] { "Testing: expanding our ambition", "We, Heads of State and Government, are assembled to test.", "Reaffirm the right to test;", "Commit to test." },
            annex.Paragraphs.Select(p => p.Text).ToArray());
    }

    [TestMethod]
    public void A_sections_clause_that_opens_with_an_operative_phrase_is_operative_and_holds_its_points()
    {
        // 78/253: "Recalls …," before paragraph 1 is introductory, though it ends in a comma; "Approves …, broken down as
        // follows:" in a section without numbered paragraphs holds the points under it.
        ImportedResolution resolution = Import("""
            78/908. Special subjects relating to the budget
            The General Assembly,
            I
            Contingency fund
            Recalls its resolution 77/263 A, in which the level of the fund was set at 25,472,300 dollars,
            1. Notes the balance of the fund;
            2. Decides that the fund shall be kept.
            II
            Budget of the Department of Safety and Security
            Approves the budget of the Department for 2024, broken down as follows:
            (a) Field Security Operations: 149,110,800 dollars;
            (b) Security and Safety Services: 16,115,500 dollars.
            50th plenary meeting
            22 December 2023
            """);
        ImportedDivision first = resolution.Main.Sections[0], second = resolution.Main.Sections[1];
        Assert.IsEmpty(first.Preamble);
        Assert.AreEqual("Recalls its resolution 77/263 A, in which the level of the fund was set at 25,472,300 dollars,", first.Intro.Single().Text);
        CollectionAssert.AreEqual(new[] { "1", "2" }, first.Operative.Select(p => p.Number).ToArray());
        ImportedParagraph approves = second.Operative.Single();
        Assert.AreEqual("Approves the budget of the Department for 2024, broken down as follows:", approves.Text);
        CollectionAssert.AreEqual(new[] { "a", "b" }, approves.Points.Select(p => p.Number).ToArray());
    }

    private static ImportedResolution Import(string text)
    {
        ImportResult result = ResolutionImporter.Import("form.txt", text, null);
        Assert.IsFalse(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Resolution!;
    }
}
