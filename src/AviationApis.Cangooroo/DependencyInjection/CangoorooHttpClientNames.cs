namespace AviationApis.Cangooroo.DependencyInjection;

/// <summary>The one rule for the names of a connection's <c>HttpClient</c> (also its pipeline's <c>ClientName</c>).</summary>
internal static class CangoorooHttpClientNames
{
    private const string Prefix = "AviationApis.Cangooroo";

    /// <summary><c>AviationApis.Cangooroo</c> for the unnamed connection, <c>AviationApis.Cangooroo:&lt;name&gt;</c> for a named one.</summary>
    /// <param name="name">The connection name (empty for the unnamed one).</param>
    /// <returns>The HTTP client name.</returns>
    public static string For(string name) => string.IsNullOrEmpty(name) ? Prefix : Prefix + ":" + name;
}
