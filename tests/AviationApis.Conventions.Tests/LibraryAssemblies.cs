using System.Reflection;

namespace AviationApis.Conventions.Tests;

/// <summary>The shipping libraries whose public surface the house rules apply to.</summary>
internal static class LibraryAssemblies
{
    public static IReadOnlyList<Assembly> All { get; } =
    [
        typeof(AviationApis.Core.Pipeline.AviationPipelineOptions).Assembly,
        typeof(AviationApis.CargoAi.ICargoAiClient).Assembly,
        typeof(AviationApis.Cangooroo.ICangoorooFlightClient).Assembly,
        typeof(AviationApis.Sandbox.AviationSandbox).Assembly,
        typeof(AviationApis.Avinode.Options.AvinodeClientOptions).Assembly,
        typeof(AviationApis.AspNetCore.AviationWebhookOptions).Assembly,
        typeof(OpenTelemetry.Trace.AviationApisTracerProviderBuilderExtensions).Assembly,
    ];

    public static IEnumerable<Type> PublicTypes => All.SelectMany(a => a.GetExportedTypes());

    public static TheoryData<string> AssemblyNames()
    {
        var data = new TheoryData<string>();
        foreach (var assembly in All)
        {
            data.Add(assembly.GetName().Name!);
        }

        return data;
    }
}
