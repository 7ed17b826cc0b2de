using System;
using ResolutionCorpus.Tool.Commands;

namespace ResolutionCorpus.Tool;

/// <summary>Entry point of <c>resolution-corpus</c>.</summary>
internal static class Program
{
    private static int Main(string[] args) =>
        CommandLineApp.Run(args, Console.Out, Console.Error, isTerminal: !Console.IsOutputRedirected);
}
