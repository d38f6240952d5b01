namespace AviationApis.Reliability.Tests.Hostile;

/// <summary>Every parser exposed to hostile input.</summary>
public static class HostileParsers
{
    /// <summary>The parsers, by name.</summary>
    public static IReadOnlyList<IHostileParser> All { get; } =
    [
        new CoreResponseParser(),
    ];

    /// <summary>The parser named <paramref name="name"/>.</summary>
    public static IHostileParser Get(string name) => All.Single(p => p.Name == name);
}
