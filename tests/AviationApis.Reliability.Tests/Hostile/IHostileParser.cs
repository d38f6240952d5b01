namespace AviationApis.Reliability.Tests.Hostile;

/// <summary>A parser exposed to hostile input: a client's response reader, a callback or a notification parser.</summary>
public interface IHostileParser
{
    /// <summary>The parser's name; its corpus lives in <c>Corpus/&lt;Name&gt;/</c>.</summary>
    string Name { get; }

    /// <summary>A valid input the generated cases are derived from.</summary>
    string ValidSample { get; }

    /// <summary>JSON paths (as <see cref="JsonPaths"/> writes them) whose unknown string values must still parse (extensible enums).</summary>
    IReadOnlyList<string> ExtensibleEnumPaths { get; }

    /// <summary>Parses <paramref name="input"/>; returns normally on success, throws on rejection.</summary>
    /// <param name="input">The raw bytes.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    /// <returns>A task.</returns>
    Task ParseAsync(byte[] input, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="exception"/> is the parser's documented, typed rejection and names the problem.</summary>
    /// <param name="exception">What the parser threw.</param>
    /// <returns><see langword="true"/> for a typed error with a message.</returns>
    bool IsTypedError(Exception exception);
}
