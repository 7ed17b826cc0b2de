using System;
using System.Collections.Generic;
using System.Threading;
using ResolutionCorpus.Generator.Diagnose;
using ResolutionCorpus.Generator.Model;

namespace ResolutionCorpus.Generator.Parse;

/// <summary>
/// The one parser of resolution files: the generator, the command-line <c>check</c> and the tests all use it.
/// </summary>
internal static class ResolutionParser
{
    /// <summary>Files past this many characters are refused before parsing: no resolution comes near it.</summary>
    public const int MaxLength = 16 * 1024 * 1024;

    /// <summary>Parses one resolution file. Never throws, except when <paramref name="cancellationToken"/> is cancelled.</summary>
    public static ParseResult Parse(string path, string? text, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<DiagnosticInfo>();
        ResolutionModel? resolution = null;
        try
        {
            if (text is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnsupportedYaml, LocationInfo.FileStart(path), "The file could not be read"));
            }
            else if (text.Length > MaxLength)
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.TooLarge, LocationInfo.FileStart(path), $"The file has {text.Length} characters, more than the {MaxLength} a resolution file may have"));
            }
            else
            {
                YamlNode? root = YamlTreeReader.Read(path, text, diagnostics, cancellationToken);
                if (diagnostics.Count == 0)
                {
                    resolution = new ResolutionReader(path, diagnostics).Read(root);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            // The generator must never throw: whatever slipped through becomes a diagnostic on the file.
            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InternalError, LocationInfo.FileStart(path), exception.GetType().Name + ": " + exception.Message));
            resolution = null;
        }

        return new ParseResult(resolution, new EquatableArray<DiagnosticInfo>(diagnostics));
    }
}
