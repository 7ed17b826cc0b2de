using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ResolutionCorpus.Tests.Infrastructure;

/// <summary>MSBuild properties as the generator sees them (<c>build_property.Name</c>), for tests of its options.</summary>
internal sealed class BuildProperties(IReadOnlyDictionary<string, string> properties) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(properties);

    /// <summary>The properties of global config lines: <c>build_property.Name = value</c>.</summary>
    public static BuildProperties Parse(string lines)
    {
        var properties = new Dictionary<string, string>();
        foreach (string line in lines.Split('\n', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries))
        {
            string[] pair = line.Split('=', 2, System.StringSplitOptions.TrimEntries);
            properties[pair[0].Replace("build_property.", string.Empty, System.StringComparison.Ordinal)] = pair[1];
        }

        return new BuildProperties(properties);
    }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.None;

    private sealed class Options(IReadOnlyDictionary<string, string> properties) : AnalyzerConfigOptions
    {
        public static Options None { get; } = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) =>
            properties.TryGetValue(key.Replace("build_property.", string.Empty, System.StringComparison.Ordinal), out value);
    }
}
