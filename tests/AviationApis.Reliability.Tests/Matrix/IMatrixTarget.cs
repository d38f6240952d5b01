using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.Reliability.Tests.Matrix;

/// <summary>A client driven through the fault matrix: how to register it against a base address, and its three operations.</summary>
public interface IMatrixTarget
{
    /// <summary>The client's name in test names and the document.</summary>
    string Name { get; }

    /// <summary>The path below the scenario route the client's base address ends with (e.g. <c>cargoai/solutions/</c>).</summary>
    string BasePath { get; }

    /// <summary>The three operations, one per <see cref="OperationClass"/>.</summary>
    IReadOnlyList<MatrixOperation> Operations { get; }

    /// <summary>The secrets this client is configured with (scanned for in logs, exceptions and traces).</summary>
    IReadOnlyList<string> Secrets { get; }

    /// <summary>Registers the client with <paramref name="baseAddress"/> and the matrix budgets; returns its HTTP client builder.</summary>
    /// <param name="services">The container.</param>
    /// <param name="baseAddress">The base address (a loopback prefix).</param>
    /// <param name="budget">The budgets.</param>
    /// <returns>The builder, so the harness can set the primary handler.</returns>
    IHttpClientBuilder Register(IServiceCollection services, Uri baseAddress, MatrixBudget budget);
}
