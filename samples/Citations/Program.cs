using System;
using System.Reflection;
using ResolutionCorpus;
using ResolutionCorpus.Resolutions;

// Code that implements a mandate says which paragraphs it answers to; the build checks every citation.
foreach (MethodInfo method in typeof(CrimePreventionReport).GetMethods(BindingFlags.Public | BindingFlags.Static))
{
    foreach (CitesAttribute cites in method.GetCustomAttributes<CitesAttribute>())
    {
        var result = Corpus.Resolve(cites.Citation);
        Console.WriteLine($"{method.Name} cites {result.Paragraph!.Citation}:");
        Console.WriteLine($"  {result.Paragraph.Text}");
    }
}

internal static class CrimePreventionReport
{
    // A typed constant cannot be wrong; a string is checked against the corpus when the project builds.
    [Cites(E_RES_2004_33.Operative.P8.Citation)]
    [Cites("E/RES/2004/33, para. 9")]
    public static void RequestResources()
    {
    }

    [Cites("resolution 79/284, paragraph 41")]
    [Cites("A/RES/75/101 A-B, part B, section II, para. 12")]
    public static void ReportToTheAssembly()
    {
    }

    // Uncomment to see the build fail:
    //   error RC2003: E/RES/2004/33, para. 12 does not exist: E/RES/2004/33 has 9 operative paragraphs;
    //                 did you mean E/RES/2004/33, para. 9?
    // [Cites("E/RES/2004/33, para. 12")]
    public static void NotYetMandated()
    {
    }
}
