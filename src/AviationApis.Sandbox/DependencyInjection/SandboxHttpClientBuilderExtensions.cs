using AviationApis.Sandbox;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Points a client registration at the in-process sandbox:
/// <c>services.AddCargoAiClient(...).UseCargoAiSandbox(sandbox)</c>. The client keeps its configured base address; the
/// sandbox answers whatever base it uses.
/// </summary>
public static class SandboxHttpClientBuilderExtensions
{
    /// <summary>Answers this client's requests from <paramref name="sandbox"/>'s CargoAi emulator.</summary>
    /// <param name="builder">The client's builder (returned by <c>AddCargoAiClient</c>).</param>
    /// <param name="sandbox">The sandbox world.</param>
    /// <returns>The same builder.</returns>
    public static IHttpClientBuilder UseCargoAiSandbox(this IHttpClientBuilder builder, AviationSandbox sandbox)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(sandbox);
        return builder.ConfigurePrimaryHttpMessageHandler(sandbox.CreateCargoAiHandler);
    }

    /// <summary>Answers this client's requests from <paramref name="sandbox"/>'s Cangooroo emulator.</summary>
    /// <param name="builder">The client's builder (returned by <c>AddCangoorooClient</c>).</param>
    /// <param name="sandbox">The sandbox world.</param>
    /// <returns>The same builder.</returns>
    public static IHttpClientBuilder UseCangoorooSandbox(this IHttpClientBuilder builder, AviationSandbox sandbox)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(sandbox);
        return builder.ConfigurePrimaryHttpMessageHandler(sandbox.CreateCangoorooHandler);
    }

    /// <summary>Answers this client's requests (SchedAero and the Avinode webhook host) from <paramref name="sandbox"/>'s Avinode emulator.</summary>
    /// <param name="builder">The client's builder (returned by <c>AddAvinodeClient</c> or equivalent).</param>
    /// <param name="sandbox">The sandbox world.</param>
    /// <returns>The same builder.</returns>
    public static IHttpClientBuilder UseAvinodeSandbox(this IHttpClientBuilder builder, AviationSandbox sandbox)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(sandbox);
        return builder.ConfigurePrimaryHttpMessageHandler(sandbox.CreateAvinodeHandler);
    }
}
