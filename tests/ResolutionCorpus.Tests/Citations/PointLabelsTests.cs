extern alias gen;

using gen::ResolutionCorpus.Generator.Model;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ResolutionCorpus.Tests.Citations;

/// <summary>
/// The point labels a resolution class carries for build-time checks in other assemblies: written and read by one
/// type, and the one rule for what a citation of a point misses.
/// </summary>
[TestClass]
public sealed class PointLabelsTests
{
    private static readonly PointLabels s_labels = new(new EquatableArray<ParagraphPoints>(
    [
        new ParagraphPoints(5, new EquatableArray<string>(["a", "b"])),
        new ParagraphPoints(12, new EquatableArray<string>(["i", "ii", "iii"])),
    ]));

    [TestMethod]
    public void The_attribute_form_reads_back_as_the_labels_it_was_written_from()
    {
        Assert.AreEqual("5:a,b;12:i,ii,iii", s_labels.Encode());
        Assert.AreEqual(s_labels, PointLabels.Decode(s_labels.Encode()));
        Assert.AreEqual(PointLabels.Empty, PointLabels.Decode(string.Empty));
    }

    [TestMethod]
    public void An_entry_that_cannot_be_read_is_skipped_not_thrown()
    {
        PointLabels read = PointLabels.Decode("x:a;5:a,b;:c;12:i,ii,iii");
        Assert.AreEqual(s_labels, read);
    }

    [TestMethod]
    [DataRow(5, "a", null)]
    [DataRow(12, "iii", null)]
    [DataRow(5, "c", "paragraph 5 of A/RES/1/1 has sub-paragraphs (a), (b)")]
    [DataRow(6, "a", "paragraph 6 of A/RES/1/1 has no sub-paragraphs")]
    public void A_missing_point_is_told_by_what_exists(int paragraph, string label, string? expected) =>
        Assert.AreEqual(expected, s_labels.Missing("A/RES/1/1", paragraph, label));
}
