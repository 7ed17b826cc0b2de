using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Tests.Infrastructure;

namespace ResolutionCorpus.Tests;

/// <summary>
/// The publisher's metadata, typed from the YAML to the runtime: an untitled Security Council resolution with a vote
/// and each State's, sponsors, subjects with their thesaurus, SDGs and Chapter VII; and what the parser refuses.
/// </summary>
[TestClass]
public sealed class MetadataTests
{
    private const string Council = """
        schema: 1
        symbol: S/RES/2334 (2016)
        body: SecurityCouncil
        session: 2016
        adopted: 2016-12-23
        meeting: "7853rd meeting"
        metadata:
          work: "/akn/un/statement/deliberation/unsc/2016-12-23/2334-2016/!main"
          agendaTitle: "The situation in the Middle East, including the Palestinian question"
          catalogueTitle: "Security Council resolution 2334 (2016) [on cessation of Israeli settlement activities]"
          chapterVII: false
          sponsors:
            - "Malaysia"
            - "New Zealand"
          additionalSponsors:
            - "Senegal"
          vote:
            inFavour: 2
            against: 0
            abstaining: 1
            states:
              inFavour:
                - "Angola"
                - "Venezuela (Bolivarian Republic of)"
              abstaining:
                - "United States"
          subjects:
            - term: "TERRITORIES OCCUPIED BY ISRAEL"
              thesaurus: "UNBIS Thesaurus"
            - term: "The situation in the Middle East"
          sdgs: ["16", "3.7", "2.a"]
        operative:
          - number: 1
            text: "Reaffirms that the establishment by Israel of settlements has no legal validity;"
        """;

    [TestMethod]
    public void An_untitled_council_resolution_carries_its_vote_sponsors_and_subjects_to_run_time()
    {
        Resolution r = Load(Council, "S_RES_2334_2016");
        Assert.IsNull(r.Title);
        Assert.AreEqual("S/RES/2334 (2016)", r.ToString());
        Assert.AreEqual(UnBody.SecurityCouncil, r.Body);
        Assert.AreEqual(2016, r.Session);
        Assert.AreEqual("Security Council resolution 2334 (2016) [on cessation of Israeli settlement activities]", r.CatalogueTitle);
        Assert.AreEqual("The situation in the Middle East, including the Palestinian question", r.AgendaTitle);
        Assert.AreEqual("/akn/un/statement/deliberation/unsc/2016-12-23/2334-2016/!main", r.Work);
        Assert.IsFalse(r.ChapterVii);
        CollectionAssert.AreEqual(new[] { "Malaysia", "New Zealand" }, r.Sponsors.ToArray());
        CollectionAssert.AreEqual(new[] { "Senegal" }, r.AdditionalSponsors.ToArray());

        Vote vote = r.Vote!;
        Assert.AreEqual(VoteKind.Voted, vote.Kind);
        Assert.AreEqual((2, 0, 1), (vote.InFavourCount, vote.AgainstCount, vote.AbstainingCount));
        CollectionAssert.AreEqual(new[] { "Angola", "Venezuela (Bolivarian Republic of)" }, vote.InFavour.ToArray());
        Assert.IsEmpty(vote.Against);
        Assert.AreEqual(VotePosition.Abstaining, vote.Of("UNITED STATES"));
        Assert.AreEqual(VotePosition.InFavour, vote.Of("angola"));
        Assert.IsNull(vote.Of("France"));
        Assert.IsFalse(vote.IsUnanimous);
        Assert.AreEqual("adopted by 2 votes to 0, with 1 abstention", vote.ToString());

        Assert.HasCount(2, r.Subjects);
        Assert.AreEqual("TERRITORIES OCCUPIED BY ISRAEL", r.Subjects[0].Term);
        Assert.AreEqual("UNBIS Thesaurus", r.Subjects[0].Thesaurus);
        Assert.IsNull(r.Subjects[1].Thesaurus);
        CollectionAssert.AreEqual(new[] { "16", "3.7", "2.a" }, r.Sdgs.ToArray());
    }

    [TestMethod]
    public void A_resolution_without_metadata_has_none_and_a_vote_without_counts_has_its_kind()
    {
        Resolution plain = Load(SampleYaml.Minimal(), "E_RES_2004_33");
        Assert.IsNull(plain.Vote);
        Assert.IsEmpty(plain.Sponsors);
        Assert.IsEmpty(plain.Subjects);
        Assert.IsEmpty(plain.Sdgs);
        Assert.IsNull(plain.ChapterVii);

        string acclaimed = SampleYaml.Minimal().Replace("operative:", "metadata:\n  vote:\n    acclamation: true\noperative:", StringComparison.Ordinal);
        Vote vote = Load(acclaimed, "E_RES_2004_33").Vote!;
        Assert.AreEqual(VoteKind.Acclamation, vote.Kind);
        Assert.AreEqual(0, vote.InFavourCount);
        Assert.IsNull(vote.Of("France"));
    }

    [TestMethod]
    [DataRow("vote:\n    withoutVote: true\n    inFavour: 3", "RC1003", "expected one of")]
    [DataRow("vote:\n    withoutVote: false", "RC1003", "expected one of")]
    [DataRow("sdgs: [\"18\"]", "RC1003", "from 1 to 17")]
    [DataRow("sdgs: [\"3.77.1\"]", "RC1003", "or one of its targets")]
    [DataRow("chapterVII: yes", "RC1003", "expected true or false")]
    [DataRow("subjects:\n    - thesaurus: UNBIS", "RC1002", "term")]
    [DataRow("vote:\n    inFavour: 1\n    states:\n      present: [\"France\"]", "RC1004", "present")]
    public void Invalid_metadata_is_reported_where_it_stands(string metadata, string id, string expected)
    {
        string yaml = SampleYaml.Minimal().Replace("operative:", "metadata:\n  " + metadata.Replace("\n", "\n  ", StringComparison.Ordinal) + "\noperative:", StringComparison.Ordinal);
        var diagnostics = Parsing.Parse(yaml).Diagnostics.Where(d => d.Descriptor.Id == id).ToList();
        Assert.IsNotEmpty(diagnostics, $"expected {id} for:\n{yaml}");
        Assert.IsTrue(diagnostics.Any(d => d.Message.Contains(expected, StringComparison.Ordinal)), string.Join("\n", diagnostics.Select(d => d.Message)));
        Assert.IsTrue(diagnostics.All(d => d.Location.LineSpan.Start.Line >= 6), "located in the metadata block");
    }

    [TestMethod]
    public void Only_the_security_council_may_leave_out_the_title()
    {
        string untitled = SampleYaml.Minimal().Replace("title:", "# title:", StringComparison.Ordinal);
        Assert.IsTrue(Parsing.Parse(untitled).Diagnostics.Any(d => d.Descriptor.Id == "RC1002" && d.Message.Contains("'title'", StringComparison.Ordinal)));
        Assert.IsFalse(Parsing.Parse(Council).HasErrors, string.Join("\n", Parsing.Parse(Council).Diagnostics.Select(d => d.Message)));
    }

    private static Resolution Load(string yaml, string className)
    {
        var (run, output) = Compiler.Run(("/corpus/metadata.yaml", yaml));
        Assert.IsEmpty(run.Diagnostics, string.Join("\n", run.Diagnostics));
        using var stream = new MemoryStream();
        var emitted = output.Emit(stream);
        Assert.IsTrue(emitted.Success, string.Join("\n", emitted.Diagnostics));
        stream.Position = 0;

        // Not collectible: the runtime objects read here outlive the check.
        Assembly assembly = new AssemblyLoadContext("metadata-" + Guid.NewGuid().ToString("N")).LoadFromStream(stream);
        return (Resolution)assembly.GetType("ResolutionCorpus.Resolutions." + className, throwOnError: true)!.GetProperty("Resolution")!.GetValue(null)!;
    }
}
