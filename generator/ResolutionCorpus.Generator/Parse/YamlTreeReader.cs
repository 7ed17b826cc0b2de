using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using ResolutionCorpus.Generator.Diagnose;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ResolutionCorpus.Generator.Parse
{
    /// <summary>
    /// Reads YAML text into a <see cref="YamlNode"/> tree, with locations, or a diagnostic saying why it cannot.
    /// </summary>
    /// <remarks>
    /// Works from YamlDotNet's event stream with an explicit stack, so hostile nesting cannot overflow the
    /// compiler's stack; aliases are refused, so no alias-expansion bomb can grow the tree.
    /// </remarks>
    internal static class YamlTreeReader
    {
        public const int MaxDepth = 16;

        public static YamlNode? Read(string path, string text, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            var parser = new Parser(new StringReader(text));
            var open = new Stack<YamlNode>();
            var pendingKeys = new Stack<YamlScalar?>();
            YamlNode? root = null;
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
                        case DocumentStart start when !start.IsImplicit || documents > 0:
                            if (++documents > 1)
                            {
                                diagnostics.Add(Unsupported(path, current, "A resolution file holds one YAML document; this is a second one. Put each resolution in its own file"));
                                return null;
                            }

                            break;
                        case DocumentStart:
                            documents++;
                            break;
                        case AnchorAlias alias:
                            diagnostics.Add(Unsupported(path, current, $"Aliases (*{alias.Value}) are not supported in resolution files; write the value out in full"));
                            return null;
                        case Scalar scalar:
                            var node = new YamlScalar(Locate(path, current), scalar.Value, scalar.Style == ScalarStyle.Plain);
                            if (!Attach(node, open, pendingKeys, ref root, path, diagnostics))
                            {
                                return null;
                            }

                            break;
                        case MappingStart:
                        case SequenceStart:
                            YamlNode container = current is MappingStart
                                ? new YamlMapping(Locate(path, current))
                                : new YamlSequence(Locate(path, current));
                            if (open.Count >= MaxDepth)
                            {
                                diagnostics.Add(Unsupported(path, current, $"Nesting deeper than {MaxDepth} levels is not part of the resolution schema"));
                                return null;
                            }

                            if (!Attach(container, open, pendingKeys, ref root, path, diagnostics))
                            {
                                return null;
                            }

                            open.Push(container);
                            pendingKeys.Push(null);
                            break;
                        case MappingEnd:
                        case SequenceEnd:
                            open.Pop();
                            pendingKeys.Pop();
                            break;
                    }
                }
            }
            catch (YamlException exception)
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InvalidYaml, Locate(path, exception.Start, exception.End), Describe(exception)));
                return null;
            }
            catch (InvalidOperationException exception)
            {
                // Some malformed input stops YamlDotNet without a located YamlException: point at where reading stopped.
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InvalidYaml, Locate(path, lastGood, lastGood), "the YAML is malformed after this point (" + exception.Message + ")"));
                return null;
            }

            return root;
        }

        private static bool Attach(YamlNode node, Stack<YamlNode> open, Stack<YamlScalar?> pendingKeys, ref YamlNode? root, string path, List<DiagnosticInfo> diagnostics)
        {
            if (open.Count == 0)
            {
                root = node;
                return true;
            }

            if (open.Peek() is YamlSequence sequence)
            {
                sequence.Items.Add(node);
                return true;
            }

            var mapping = (YamlMapping)open.Peek();
            YamlScalar? key = pendingKeys.Pop();
            if (key is null)
            {
                if (node is not YamlScalar scalarKey)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnsupportedYaml, node.Location, "A key must be a plain name such as 'text', not " + node.Description));
                    return false;
                }

                pendingKeys.Push(scalarKey);
                return true;
            }

            mapping.Entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, node));
            pendingKeys.Push(null);
            return true;
        }

        private static string Describe(YamlException exception)
        {
            // YamlDotNet prefixes its messages with the position, which the diagnostic's location already gives.
            string message = exception.Message;
            int prefix = message.IndexOf("): ", StringComparison.Ordinal);
            return prefix >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(prefix + 3) : message;
        }

        private static DiagnosticInfo Unsupported(string path, ParsingEvent at, string message) =>
            DiagnosticInfo.Create(Diagnostics.UnsupportedYaml, Locate(path, at), message);

        private static LocationInfo Locate(string path, ParsingEvent at) => Locate(path, at.Start, at.End);

        internal static LocationInfo Locate(string path, Mark start, Mark end)
        {
            int startIndex = (int)start.Index;
            int endIndex = (int)Math.Max(start.Index, end.Index);
            return new LocationInfo(
                path,
                new TextSpan(startIndex, endIndex - startIndex),
                new LinePositionSpan(Position(start), Position(end.Index >= start.Index ? end : start)));
        }

        private static LinePosition Position(Mark mark) =>
            new LinePosition((int)Math.Max(0, mark.Line - 1), (int)Math.Max(0, mark.Column - 1));
    }
}
