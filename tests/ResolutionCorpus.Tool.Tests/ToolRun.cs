using System.IO;
using ResolutionCorpus.Tool.Commands;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Error)
{
    public static ToolRun Invoke(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CommandLineApp.Run(args, output, error, isTerminal: false);
        return new ToolRun(exit, output.ToString(), error.ToString());
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}
