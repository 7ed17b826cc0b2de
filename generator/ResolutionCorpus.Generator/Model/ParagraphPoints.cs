namespace ResolutionCorpus.Generator.Model;

/// <summary>The labels of one operative paragraph's points, in order.</summary>
internal sealed record ParagraphPoints(int Paragraph, EquatableArray<string> Labels);
