using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using ResolutionCorpus.Generator.Diagnose;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ResolutionCorpus.Generator.Parse;

/// <summary>
/// Reads YAML text into a <see cref="YamlNode"/> tree, with locations, or a diagnostic saying why it cannot.
/// </summary>
/// <remarks>
/// Works from YamlDotNet's event stream with an explicit stack, so hostile nesting cannot overflow the
/// compiler's stack; aliases are refused, so no alias-expansion bomb can grow the tree.
/// </remarks>
internal sealed class YamlTreeReader
{
    public const int MaxDepth = 16;

    private readonly string _path;
    private readonly TextBounds _bounds;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly Stack<YamlNode> _open = new Stack<YamlNode>();
    private readonly Stack<YamlScalar?> _pendingKeys = new Stack<YamlScalar?>();
    private YamlNode? _root;

    private YamlTreeReader(string path, string text, List<DiagnosticInfo> diagnostics)
    {
        _path = path;
        _bounds = new TextBounds(text);
        _diagnostics = diagnostics;
    }

    public static YamlNode? Read(string path, string text, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken) =>
        new YamlTreeReader(path, text, diagnostics).Read(text, cancellationToken);

    private YamlNode? Read(string text, CancellationToken cancellationToken)
    {
        var parser = new Parser(new StringReader(text));
        int documents = 0;
        Mark lastGood = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                cancellationToken.ThrowIfCancellationRequested();
                ParsingEvent current = parser.Current!;
                lastGood = current.End;
                switch (current)
                {
                    case DocumentStart:
                        if (++documents > 1)
                        {
                            return Unsupported(current, "A resolution file holds one YAML document; this is a second one. Put each resolution in its own file");
                        }

                        break;
                    case AnchorAlias alias:
                        return Unsupported(current, $"Aliases (*{alias.Value}) are not supported in resolution files; write the value out in full");
                    case Scalar scalar:
                        if (!Attach(new YamlScalar(Locate(current.Start, current.End), scalar.Value, scalar.Style == ScalarStyle.Plain)))
                        {
                            return null;
                        }

                        break;
                    case MappingStart:
                    case SequenceStart:
                        if (_open.Count >= MaxDepth)
                        {
                            return Unsupported(current, $"Nesting deeper than {MaxDepth} levels is not part of the resolution schema");
                        }

                        LocationInfo location = Locate(current.Start, current.End);
                        YamlNode container = current is MappingStart ? new YamlMapping(location) : new YamlSequence(location);
                        if (!Attach(container))
                        {
                            return null;
                        }

                        _open.Push(container);
                        _pendingKeys.Push(null);
                        break;
                    case MappingEnd:
                    case SequenceEnd:
                        _open.Pop();
                        _pendingKeys.Pop();
                        break;
                }
            }
        }
        catch (YamlException exception)
        {
            _diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InvalidYaml, Locate(exception.Start, exception.End), Describe(exception)));
            return null;
        }
        catch (InvalidOperationException exception)
        {
            // Some malformed input stops YamlDotNet without a located YamlException: point at where reading stopped.
            _diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InvalidYaml, Locate(lastGood, lastGood), "the YAML is malformed after this point (" + exception.Message + ")"));
            return null;
        }

        return _root;
    }

    private bool Attach(YamlNode node)
    {
        if (_open.Count == 0)
        {
            _root = node;
            return true;
        }

        if (_open.Peek() is YamlSequence sequence)
        {
            sequence.Items.Add(node);
            return true;
        }

        var mapping = (YamlMapping)_open.Peek();
        YamlScalar? key = _pendingKeys.Pop();
        if (key is null)
        {
            if (node is not YamlScalar scalarKey)
            {
                _diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnsupportedYaml, node.Location, "A key must be a plain name such as 'text', not " + node.Description));
                return false;
            }

            _pendingKeys.Push(scalarKey);
            return true;
        }

        mapping.Entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, node));
        _pendingKeys.Push(null);
        return true;
    }

    private static string Describe(YamlException exception)
    {
        // YamlDotNet prefixes its messages with the position, which the diagnostic's location already gives.
        string message = exception.Message;
        int prefix = message.IndexOf("): ", StringComparison.Ordinal);
        return prefix >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(prefix + 3) : message;
    }

    private YamlNode? Unsupported(ParsingEvent at, string message)
    {
        _diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnsupportedYaml, Locate(at.Start, at.End), message));
        return null;
    }

    private LocationInfo Locate(Mark start, Mark end)
    {
        Mark last = end.Index >= start.Index ? end : start;
        int startIndex = _bounds.ClampIndex(start.Index);
        int endIndex = Math.Max(startIndex, _bounds.ClampIndex(last.Index));
        return new LocationInfo(_path, new TextSpan(startIndex, endIndex - startIndex), new LinePositionSpan(_bounds.Clamp(start), _bounds.Clamp(last)));
    }
}
