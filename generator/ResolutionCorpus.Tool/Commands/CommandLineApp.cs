using System.CommandLine;
using System.IO;

namespace ResolutionCorpus.Tool.Commands;

/// <summary>The command line: <c>resolution-corpus import …</c>, <c>check …</c> and <c>export akn …</c>.</summary>
internal static class CommandLineApp
{
    /// <summary>Builds the root command. Output and error writers come from the invocation configuration, so tests can capture them.</summary>
    public static RootCommand Create(bool isTerminal)
    {
        var root = new RootCommand("Imports United Nations resolution texts into ResolutionCorpus YAML files, and checks YAML files.");
        root.Add(CreateImport(isTerminal));
        root.Add(CreateCheck());
        root.Add(CreateExport());
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>, writing to the given writers; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool isTerminal)
    {
        RootCommand root = Create(isTerminal);
        ParseResult parse = root.Parse(args);
        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static Command CreateImport(bool isTerminal)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Files to import (AKN4UN XML; raw texts, Markdown, PDF or Word, told apart by their bytes), or folders: every .xml, .txt, .md, .pdf, .docx and .doc file below a folder.",
            Arity = ArgumentArity.OneOrMore,
        };
        var bySession = new Option<bool>("--by-session")
        {
            Description = "Write each YAML file in a folder per organ and session or year (ga/79/, ga/ES-11/, sc/2016/, ecosoc/2024/, hrc/58/), as corpus/record is laid out.",
        };
        var report = new Option<string?>("--report")
        {
            Description = "Also write a report of the run to this file: files imported, refused with why, the same document twice, counts by organ and feature.",
        };
        var outputOption = new Option<string>("--output", "-o")
        {
            Description = "Folder for the YAML files (created when missing). Default: the current folder.",
            DefaultValueFactory = _ => ".",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Replace YAML files that already exist.",
        };

        var command = new Command("import", "Import raw texts, writing one YAML file per resolution, named from its symbol (A/RES/79/284 -> A_RES_79_284.yaml).")
        {
            files,
            outputOption,
            force,
            bySession,
            report,
        };
        command.SetAction(parse =>
        {
            var runner = new ImportRunner(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, isTerminal);
            return runner.Run(ImportInputs.Expand(parse.GetValue(files)!), parse.GetValue(outputOption)!, parse.GetValue(force), parse.GetValue(report), parse.GetValue(bySession));
        });
        return command;
    }

    private static Command CreateExport()
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Resolution YAML files to export.",
            Arity = ArgumentArity.OneOrMore,
        };
        var outputOption = new Option<string>("--output", "-o")
        {
            Description = "Folder for the XML files (created when missing). Default: the current folder.",
            DefaultValueFactory = _ => ".",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Replace XML files that already exist.",
        };
        var akn = new Command("akn", "Write Akoma Ntoso for the United Nations (AKN4UN) XML, one file per resolution named from its symbol (A/RES/75/1 -> A_RES_75_1.xml).")
        {
            files,
            outputOption,
            force,
        };
        akn.SetAction(parse =>
        {
            var runner = new ExportRunner(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            return runner.Run(parse.GetValue(files)!, parse.GetValue(outputOption)!, parse.GetValue(force));
        });
        return new Command("export", "Export resolution YAML files to other formats.") { akn };
    }

    private static Command CreateCheck()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "YAML files, or folders searched recursively for *.yaml and *.yml.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("check", "Check resolution YAML files with the generator's own parser; prints one line per diagnostic.")
        {
            paths,
        };
        command.SetAction(parse =>
        {
            var runner = new CheckRunner(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            return runner.Run(parse.GetValue(paths)!);
        });
        return command;
    }
}
