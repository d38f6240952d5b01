using AviationApis.Sandbox;
using AviationApis.Sandbox.Hosting;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Serves a sandbox from your own ASP.NET Core application.</summary>
public static class SandboxApplicationBuilderExtensions
{
    /// <summary>
    /// Answers every request reaching this point of the pipeline from <paramref name="sandbox"/> (terminal middleware),
    /// under the fixed prefixes of <see cref="SandboxPrefixes"/>; other paths get 404 with a short help text.
    /// </summary>
    /// <param name="app">The application.</param>
    /// <param name="sandbox">The sandbox world.</param>
    /// <returns>The same application builder.</returns>
    public static IApplicationBuilder UseAviationSandbox(this IApplicationBuilder app, AviationSandbox sandbox)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(sandbox);
        app.Run(SandboxRequestDelegate.Create(sandbox));
        return app;
    }
}
