using System;
using OwnCorpus.Resolutions;
using ResolutionCorpus;

// Every file in resolutions/ is a class in OwnCorpus.Resolutions (the namespace is set in the project file).
foreach (Resolution resolution in Corpus.All)
{
    Console.WriteLine($"{resolution.Symbol}: {resolution.Title} ({resolution.Operative.Count} operative paragraphs)");
}

Console.WriteLine();
Console.WriteLine(E_RES_2099_7.Operative.P2.Citation);
Console.WriteLine(E_RES_2099_7.Operative.P2.Text);
foreach (SubParagraph sub in E_RES_2099_7.Operative.P2.Paragraph.SubParagraphs)
{
    Console.WriteLine($"  ({sub.Label}) {sub.Text}");
}
