using AviationApis.Core.Errors;
using AviationApis.Reliability.Tests.Matrix;
using AviationApis.Reliability.Tests.Server;
using AviationApis.Reliability.Tests.Targets;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.Reliability.Tests.Boundaries;

/// <summary>
/// A host built like the .NET Aspire service defaults (<c>ConfigureHttpClientDefaults(b =&gt; b.AddStandardResilienceHandler())</c>),
/// registered before and after our <c>Add…Client</c>: our named clients are not wrapped by the host's resilience
/// handler, so a booking is sent once and a read is retried by our pipeline only. Real sockets (Kestrel on 127.0.0.1).
/// </summary>
public sealed class HostResilienceDefaultsTests(FaultServerFixture fixture) : IClassFixture<FaultServerFixture>
{
    private static readonly MatrixBudget Budget = MatrixBudget.Default;

    public static TheoryData<bool> Orders => new() { true, false };

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task A_Cangooroo_booking_answered_500_reaches_the_server_once(bool defaultsFirst)
    {
        var target = new CangoorooTarget();
        var booking = target.Operations.Single(o => o.Class == OperationClass.NonIdempotentCreate);
        var route = fixture.Server.Register([], FaultStep.Status(500), booking.GoodBody, booking.WrongShapeBody, name: $"aspire-cangooroo-{defaultsFirst}", setup: booking.Setup);
        await using var provider = Build(target, route, defaultsFirst);

        // A 500 after a booking was sent leaves its outcome unknown (the booking may exist): typed so, never re-sent.
        var unknown = await Assert.ThrowsAsync<AviationApis.Cangooroo.Errors.BookingOutcomeUnknownException>(() => booking.InvokeAsync(provider, CancellationToken.None));
        var error = Assert.IsType<ServiceFailureException>(unknown.InnerException);

        Assert.Equal(1, route.Count);
        Assert.Equal(1, error.Details.Attempts);
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task A_CargoAi_booking_answered_502_once_is_sent_once(bool defaultsFirst)
    {
        var target = new CargoAiTarget();
        var booking = target.Operations.Single(o => o.Class == OperationClass.NonIdempotentCreate);
        var route = fixture.Server.Register([FaultStep.Status(502)], FaultStep.Good, booking.GoodBody, booking.WrongShapeBody, name: $"aspire-cargoai-book-{defaultsFirst}", setup: booking.Setup);
        await using var provider = Build(target, route, defaultsFirst);

        var error = await Assert.ThrowsAsync<ServiceFailureException>(() => booking.InvokeAsync(provider, CancellationToken.None));

        Assert.Equal(1, route.Count);
        Assert.Equal(1, error.Details.Attempts);
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task An_idempotent_read_answered_503_then_200_is_retried_by_our_pipeline_only(bool defaultsFirst)
    {
        var target = new CargoAiTarget();
        var read = target.Operations.Single(o => o.Class == OperationClass.IdempotentRead);
        var route = fixture.Server.Register([FaultStep.Status(503)], FaultStep.Good, read.GoodBody, read.WrongShapeBody, name: $"aspire-cargoai-read-{defaultsFirst}", setup: read.Setup);
        await using var provider = Build(target, route, defaultsFirst);

        await read.InvokeAsync(provider, CancellationToken.None);

        Assert.Equal(2, route.Count);
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task A_read_that_keeps_failing_reports_our_attempts_and_the_server_saw_exactly_those(bool defaultsFirst)
    {
        var target = new CargoAiTarget();
        var read = target.Operations.Single(o => o.Class == OperationClass.IdempotentRead);
        var route = fixture.Server.Register([], FaultStep.Status(503), read.GoodBody, read.WrongShapeBody, name: $"aspire-cargoai-failing-{defaultsFirst}", setup: read.Setup);
        await using var provider = Build(target, route, defaultsFirst);

        var error = await Assert.ThrowsAsync<ServiceFailureException>(() => read.InvokeAsync(provider, CancellationToken.None));

        // Our pipeline alone: 1 + MaxRetryAttempts. Wrapped by the standard handler it would be 4 times as many.
        Assert.Equal(Budget.MaxAttempts, route.Count);
        Assert.Equal(Budget.MaxAttempts, error.Details.Attempts);
    }

    [Fact]
    public async Task A_resilience_handler_added_to_our_own_builder_is_removed_too()
    {
        var target = new CargoAiTarget();
        var booking = target.Operations.Single(o => o.Class == OperationClass.NonIdempotentCreate);
        var route = fixture.Server.Register([], FaultStep.Status(500), booking.GoodBody, booking.WrongShapeBody, name: "aspire-cargoai-explicit", setup: booking.Setup);
        var services = new ServiceCollection();
        target.Register(services, new Uri(route.BaseAddress, target.BasePath), Budget).AddStandardResilienceHandler();
        await using var provider = services.BuildServiceProvider();

        await Assert.ThrowsAsync<ServiceFailureException>(() => booking.InvokeAsync(provider, CancellationToken.None));

        Assert.Equal(1, route.Count);
    }

    private static ServiceProvider Build(IMatrixTarget target, FaultRoute route, bool defaultsFirst)
    {
        var services = new ServiceCollection();
        if (defaultsFirst)
        {
            AddServiceDefaults(services);
        }

        target.Register(services, new Uri(route.BaseAddress, target.BasePath), Budget);
        if (!defaultsFirst)
        {
            AddServiceDefaults(services);
        }

        return services.BuildServiceProvider();
    }

    // What the .NET Aspire service-defaults template registers for every HttpClient.
    private static void AddServiceDefaults(IServiceCollection services) =>
        services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
}
