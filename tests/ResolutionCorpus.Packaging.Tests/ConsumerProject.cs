using System;
using System.IO;
using System.Threading.Tasks;

namespace ResolutionCorpus.Packaging.Tests;

/// <summary>A new project in a temporary folder, outside this repository, that knows only the local feed.</summary>
internal sealed class ConsumerProject : IDisposable
{
    private ConsumerProject(string folder) => Folder = folder;

    public string Folder { get; }

    public static async Task<ConsumerProject> CreateAsync(string name, string packageReferences, string properties = "")
    {
        string feed = await PackageFeed.EnsurePackedAsync();
        string folder = Path.Combine(Path.GetTempPath(), "resolutioncorpus-consumer-" + name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);

        // The local feed is added to the machine's own package sources.
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="resolutioncorpus-local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                {packageReferences.Replace("$(Version)", PackageFeed.Version)}
              </ItemGroup>
            </Project>
            """);
        return new ConsumerProject(folder);
    }

    public void Write(string relativePath, string content)
    {
        string path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public Task<DotNet.Result> BuildAsync() => DotNet.RunAsync(Folder, "build", "-nodeReuse:false");

    public Task<DotNet.Result> RunAsync() => DotNet.RunAsync(Folder, "run", "--no-build");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
