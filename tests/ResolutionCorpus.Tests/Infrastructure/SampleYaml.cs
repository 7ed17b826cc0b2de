namespace ResolutionCorpus.Tests.Infrastructure;

/// <summary>Small, valid resolution files for tests, and ways to vary them.</summary>
internal static class SampleYaml
{
    /// <summary>A resolution with every field: preamble, operative paragraphs with sub-paragraphs, footnotes.</summary>
    public const string Full = """
        schema: 1
        symbol: A/RES/79/284
        body: GeneralAssembly
        session: 79
        title: Cooperation between the United Nations and the Council of Europe
        adopted: 2025-04-16
        meeting: 64th plenary meeting
        agendaItem: 125 (l)
        draft: A/79/L.75
        notes:
          - Reissued for technical reasons on 15 July 2025.
        preamble:
          - phrase: Recalling
            text: "Recalling its resolution 44/6 of 17 October 1989,[^1]"
          - phrase: Acknowledging also
            text: Acknowledging also the contribution of the Council of Europe,
        operative:
          - number: 1
            phrase: Welcomes
            text: Welcomes the 2030 Agenda for Sustainable Development[^2] in Europe;
          - number: 2
            phrase: Requests
            text: "Requests the Secretary-General, inter alia:"
            subparagraphs:
              - label: a
                text: To develop procedures;
              - label: b
                text: To report back.
        footnotes:
          - marker: "1"
            text: Resolution 44/6.
          - marker: "2"
            text: Resolution 70/1.
        """;

    /// <summary>The smallest valid file, for a given symbol.</summary>
    public static string Minimal(string symbol = "E/RES/2004/33", string body = "EconomicAndSocialCouncil", int session = 2004) => $"""
        schema: 1
        symbol: {symbol}
        body: {body}
        session: {session}
        title: A title
        adopted: 2004-07-21
        operative:
          - number: 1
            phrase: Decides
            text: Decides to remain seized of the matter.
        """;
}
