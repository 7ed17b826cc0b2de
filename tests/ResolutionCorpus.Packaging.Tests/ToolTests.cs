using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Tests.Infrastructure;

namespace ResolutionCorpus.Packaging.Tests;

/// <summary>The resolution-corpus tool installs from the local feed and imports a seed.</summary>
[TestClass]
[TestCategory("Packaging")]
public sealed class ToolTests
{
    [TestMethod]
    [Timeout(600_000, CooperativeCancellation = true)]
    public async Task The_tool_installs_from_the_feed_and_imports_a_seed()
    {
        string feed = await PackageFeed.EnsurePackedAsync();
        string root = RepositoryFiles.Root;
        string work = Directory.CreateTempSubdirectory("resolutioncorpus-tool-").FullName;
        try
        {
            string tools = Path.Combine(work, "tools");
            var install = await DotNet.RunAsync(work, "tool", "install", "ResolutionCorpus.Tool", "--tool-path", tools, "--add-source", feed, "--version", PackageFeed.Version);
            Assert.AreEqual(0, install.ExitCode, install.ToString());

            string output = Path.Combine(work, "out");
            string seed = Path.Combine(root, "corpus", "sources", "004_dc39f0125823babb.txt");
            var import = await DotNet.RunProgramAsync(Path.Combine(tools, "resolution-corpus"), work, "import", seed, "-o", output);
            Assert.AreEqual(0, import.ExitCode, import.ToString());

            // The same YAML as the committed corpus file, but for the comment and the source path, which name where it was written.
            string[] Content(string path) => [.. File.ReadAllLines(path).Where(l => !l.StartsWith('#') && !l.StartsWith("source:", System.StringComparison.Ordinal))];
            CollectionAssert.AreEqual(
                Content(Path.Combine(root, "corpus", "resolutions", "E_RES_2004_33.yaml")),
                Content(Path.Combine(output, "E_RES_2004_33.yaml")));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
