using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using ResolutionCorpus.Generator.Model;

namespace ResolutionCorpus.Generator.Diagnose;

/// <summary>
/// A diagnostic as plain values: the pipeline caches it and turns it into a <see cref="Diagnostic"/> only when reporting.
/// </summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo Location, EquatableArray<string> MessageArgs)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, params string[] messageArgs) =>
        new DiagnosticInfo(descriptor, location, new EquatableArray<string>(messageArgs));

    public bool IsError => Descriptor.DefaultSeverity == DiagnosticSeverity.Error;

    public string Message => string.Format(
        CultureInfo.InvariantCulture,
        Descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture),
        ToObjects(MessageArgs));

    public Diagnostic ToDiagnostic() => Diagnostic.Create(Descriptor, Location.ToLocation(), ToObjects(MessageArgs));

    /// <summary>The form compilers print: <c>path(line,col): error RC1002: message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {(IsError ? "error" : "warning")} {Descriptor.Id}: {Message}";

    private static object[] ToObjects(EquatableArray<string> args)
    {
        var objects = new object[args.Count];
        for (int i = 0; i < objects.Length; i++)
        {
            objects[i] = args[i];
        }

        return objects;
    }
}
