using AviationApis.Core.Errors;
using AviationApis.Reliability.Tests.Matrix;
using AviationApis.Reliability.Tests.Server;
using AviationApis.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AviationApis.Reliability.Tests.Cancellation;

/// <summary>Every client's every matrix operation: the caller's own cancellation stays <see cref="OperationCanceledException"/>.</summary>
public sealed class ClientCancellationTests(FaultServerFixture fixture) : IClassFixture<FaultServerFixture>
{
    public static TheoryData<string, OperationClass, FaultKind> Cases()
    {
        var data = new TheoryData<string, OperationClass, FaultKind>();
        foreach (var target in MatrixTargets.All)
        {
            foreach (var operation in target.Operations)
            {
                data.Add(target.Name, operation.Class, FaultKind.StallBeforeHeaders);
                data.Add(target.Name, operation.Class, FaultKind.StallMidBody);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Caller_cancellation_during_a_stall_is_OperationCanceledException(string targetName, OperationClass operationClass, FaultKind stall)
    {
        var target = MatrixTargets.All.Single(t => t.Name == targetName);
        var operation = target.Operations.Single(o => o.Class == operationClass);
        var route = fixture.Server.Register([FaultStep.Of(stall)], goodBody: operation.GoodBody, name: $"cancel-{targetName}", setup: operation.Setup);
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Trace));
        var budget = MatrixBudget.Default with { AttemptTimeout = TimeSpan.FromSeconds(20), TotalTimeout = TimeSpan.FromSeconds(30) };
        target.Register(services, new Uri(route.BaseAddress, target.BasePath), budget).ConfigurePrimaryHttpMessageHandler(() => new ConnectPlan().CreateHandler());
        await using var provider = services.BuildServiceProvider();
        using var cts = new CancellationTokenSource();

        var call = operation.InvokeAsync(provider, cts.Token);
        var deadline = DateTime.UtcNow + SteppingTimeProvider.RealTimeGuard;
        while (route.Count == 0 && !call.IsCompleted && DateTime.UtcNow < deadline)
        {
            await Task.Delay(25);
        }

        Assert.False(call.IsCompleted, "the call ended before the caller cancelled it");
        await cts.CancelAsync();
        var error = await Record.ExceptionAsync(() => call.WaitAsync(TimeSpan.FromSeconds(15)));

        Assert.IsAssignableFrom<OperationCanceledException>(error);
        Assert.IsNotAssignableFrom<AviationApiException>(error);
        Assert.Equal(1, route.Count);
    }
}
