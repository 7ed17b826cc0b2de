using System;

namespace ResolutionCorpus;

/// <summary>
/// Says that the code it marks implements, reports on or otherwise cites a resolution or a paragraph. The
/// citation is checked at build time against the resolutions the project can see: a paragraph that does not
/// exist is a compile error.
/// </summary>
/// <example>
/// <code>
/// [Cites("E/RES/2004/33, para. 8")]
/// [Cites(E_RES_2004_33.Operative.P9.Citation)]
/// [Cites("A/RES/79/284", 41)]
/// void ReportToTheCouncil() { }
/// </code>
/// </example>
[AttributeUsage(
    AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Field,
    AllowMultiple = true,
    Inherited = false)]
public sealed class CitesAttribute : Attribute
{
    /// <summary>Cites a resolution, paragraph or annex: <c>"A/RES/79/284, para. 41"</c>, or any form <see cref="Citations.Citation"/> reads.</summary>
    public CitesAttribute(string citation) => Citation = citation;

    /// <summary>Cites operative paragraph <paramref name="paragraph"/> of the resolution <paramref name="symbol"/>.</summary>
    public CitesAttribute(string symbol, int paragraph)
    {
        Citation = symbol + ", para. " + paragraph.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The citation as written.</summary>
    public string Citation { get; }
}
