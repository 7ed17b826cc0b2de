extern alias gen;

using System.Linq;
using gen::ResolutionCorpus.Generator.Emit;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ResolutionCorpus.Tests;

/// <summary>The size classes data blocks are padded to: never shorter, little waste, few distinct sizes.</summary>
[TestClass]
public sealed class DataBlockSizeTests
{
    [TestMethod]
    public void Every_length_gets_a_size_at_least_as_long_and_at_most_a_sixteenth_longer_beyond_the_smallest()
    {
        for (int length = 0; length <= 200_000; length++)
        {
            int padded = DataBlockSize.Padded(length);
            Assert.IsGreaterThanOrEqualTo(length, padded);
            Assert.IsLessThanOrEqualTo(System.Math.Max(length + 15, length + (length / 16)), padded, $"length {length}");
        }
    }

    [TestMethod]
    public void Lengths_within_one_doubling_share_at_most_sixteen_sizes()
    {
        for (int bit = 4; bit < 20; bit++)
        {
            int sizes = Enumerable.Range((1 << bit) + 1, 1 << bit).Select(DataBlockSize.Padded).Distinct().Count();
            Assert.IsLessThanOrEqualTo(16, sizes, $"lengths {(1 << bit) + 1} to {2 << bit}");
        }
    }
}
