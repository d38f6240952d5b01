using System.Net;
using AviationApis.Cangooroo.Booking;
using AviationApis.Cangooroo.Errors;
using AviationApis.Cangooroo.Policies;
using AviationApis.Cangooroo.Search;
using AviationApis.Cangooroo.Tests.Infrastructure;
using AviationApis.Sandbox;
using AviationApis.Sandbox.Cangooroo;
using AviationApis.Sandbox.Hosting;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AviationApis.Cangooroo.Tests.Booking;

/// <summary>The client against the sandbox, in process and over Kestrel: stretch ids, change reports, unknown booking outcomes.</summary>
public sealed class SandboxFlowTests
{
    public static TheoryData<bool> Modes => new() { false, true };

    private static readonly PaymentCard Card = CangoorooHarness.SeedCard with { ExpiryYear = 2099 };

    private static Passenger Adult => CangoorooHarness.SeedPassenger;

    private sealed class World : IAsyncDisposable
    {
        private readonly ServiceProvider _provider;
        private readonly AviationSandboxServer? _server;

        private World(AviationSandbox sandbox, ServiceProvider provider, AviationSandboxServer? server)
        {
            Sandbox = sandbox;
            _provider = provider;
            _server = server;
        }

        public AviationSandbox Sandbox { get; }

        public ICangoorooFlightClient Client => _provider.GetRequiredService<ICangoorooFlightClient>();

        /// <param name="kestrel">Over Kestrel rather than in process.</param>
        /// <param name="clientClock">The client's clock; with one, budgets are off so only the test's waits use it.</param>
        public static async Task<World> CreateAsync(bool kestrel, TimeProvider? clientClock = null)
        {
            var sandbox = new AviationSandbox();
            var server = kestrel ? await AviationSandboxServer.StartAsync(sandbox) : null;
            var services = new ServiceCollection();
            if (clientClock is not null)
            {
                services.AddSingleton(clientClock);
            }

            var builder = services.AddCangoorooClient(o =>
            {
                o.BaseAddress = server?.CangoorooBaseAddress ?? new Uri("https://ws-sandbox.cangooroo.net/");
                o.Username = "Your_Username";
                o.Password = "Your_Password";
                o.Pipeline.UseJitter = false;
                if (clientClock is not null)
                {
                    o.Pipeline.AttemptTimeout = Timeout.InfiniteTimeSpan;
                    o.Pipeline.TotalTimeout = Timeout.InfiniteTimeSpan;
                }
            });
            if (!kestrel)
            {
                builder.UseCangoorooSandbox(sandbox);
            }

            return new World(sandbox, services.BuildServiceProvider(), server);
        }

        public async Task<CancellationPolicyQuote> QuoteAsync()
        {
            var today = LocalDate.FromDateTime(DateTime.UtcNow);
            var search = await Client.SearchAsync(new FlightSearchCriteria
            {
                Origin = "GRU", Destination = "GIG", DepartureDate = today.PlusDays(30), ReturnDate = today.PlusDays(37), Nationality = "BR",
            });
            var solution = search.Solutions.Single(s => s.SolutionId == "17");
            return await Client.GetCancellationPoliciesAsync(search.Select(solution, solution.Departures[1], solution.Returns[1]));
        }

        public async ValueTask DisposeAsync()
        {
            await _provider.DisposeAsync();
            if (_server is not null)
            {
                await _server.DisposeAsync();
            }
        }
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task A_round_trip_is_selected_quoted_and_booked_by_stretch_ids(bool kestrel)
    {
        await using var world = await World.CreateAsync(kestrel);

        var quote = await world.QuoteAsync();
        var booking = await world.Client.BookAsync(quote, [Adult], Card);

        Assert.Equal(("3", "3"), (quote.Selection.Departure.Id, quote.Selection.Departure.StretchId));
        Assert.Equal("4", quote.Selection.Return!.Id);
        Assert.Equal(BookingStatus.Confirmed, booking.Status);
        Assert.Equal("3", booking.Departures.Single().Id);
        Assert.Equal("4", booking.Returns.Single().Id);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task The_change_report_lists_what_the_sandbox_changed(bool kestrel)
    {
        await using var world = await World.CreateAsync(kestrel);
        world.Sandbox.Cangooroo.PolicyChanges = CangoorooPolicyChanges.DepartureTime | CangoorooPolicyChanges.Cabin | CangoorooPolicyChanges.RateInformation;

        var quote = await world.QuoteAsync();

        // Solution 17 is 2.5 % dearer (total and every part), plus what the sandbox was told to change.
        Assert.Equal(
            [
                (QuoteAspect.Price, (FlightDirection?)null), (QuoteAspect.Fare, null), (QuoteAspect.Taxes, null), (QuoteAspect.Fees, null),
                (QuoteAspect.RateInformation, null),
                (QuoteAspect.DepartureTime, FlightDirection.Departure), (QuoteAspect.Cabin, FlightDirection.Departure),
                (QuoteAspect.DepartureTime, FlightDirection.Return), (QuoteAspect.Cabin, FlightDirection.Return),
            ],
            quote.Changes.Differences.Select(d => (d.Aspect, d.Direction)));
        Assert.True(quote.Changes.IsComplete);
        Assert.True(quote.PriceChange.IsIncrease);
    }

    [Theory]
    [InlineData(CangoorooPolicyChanges.OmitSolution, QuoteAspect.Flight)]
    [InlineData(CangoorooPolicyChanges.OmitDetails, QuoteAspect.Luggage)]
    public async Task What_the_sandbox_leaves_out_cannot_be_compared(CangoorooPolicyChanges change, QuoteAspect aspect)
    {
        await using var world = await World.CreateAsync(kestrel: false);
        world.Sandbox.Cangooroo.PolicyChanges = change;

        var quote = await world.QuoteAsync();

        Assert.False(quote.Changes.IsUnchanged);
        Assert.Contains(quote.Changes.Uncomparable, u => u.Aspect == aspect);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task A_booking_whose_answer_is_lost_is_found_by_its_reference_and_not_booked_twice(bool kestrel)
    {
        await using var world = await World.CreateAsync(kestrel);
        world.Sandbox.Cangooroo.DropNextBookingResponse();
        var quote = await world.QuoteAsync();

        var ex = await Assert.ThrowsAsync<BookingOutcomeUnknownException>(() => world.Client.BookAsync(quote, [Adult], Card));
        var found = await world.Client.FindBookingAsync(ex.ClientReference!);

        Assert.NotNull(found);
        Assert.Equal("379", found.ServiceId);
        Assert.Equal(BookingStatus.Confirmed, found.Status);
        Assert.Equal(quote.ClientReference, found.ClientReference);
        Assert.Equal(1, world.Sandbox.Cangooroo.BookingCount);
        await Assert.ThrowsAsync<SearchTokenRejectedException>(() => world.Client.BookAsync(quote, [Adult], Card));
        Assert.Equal(1, world.Sandbox.Cangooroo.BookingCount);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task A_booking_answered_with_a_5xx_is_found_by_its_reference_and_not_booked_twice(HttpStatusCode status)
    {
        await using var world = await World.CreateAsync(kestrel: false);
        world.Sandbox.Cangooroo.FailNextBookingResponse(status);
        var quote = await world.QuoteAsync();

        var ex = await Assert.ThrowsAsync<BookingOutcomeUnknownException>(() => world.Client.BookAsync(quote, [Adult], Card));

        Assert.Equal(status, ex.StatusCode);
        Assert.Equal("379", (await world.Client.FindBookingAsync(ex.ClientReference!))!.ServiceId);
        Assert.Equal(1, world.Sandbox.Cangooroo.BookingCount);
    }

    [Fact]
    public async Task A_reference_nobody_booked_with_finds_nothing()
    {
        await using var world = await World.CreateAsync(kestrel: false);
        var quote = await world.QuoteAsync();
        await world.Client.BookAsync(quote, [Adult], Card);

        Assert.Null(await world.Client.FindBookingAsync(Guid.NewGuid().ToString("N")));
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task An_InProgress_booking_settles_through_WaitForOutcome(bool kestrel)
    {
        var clock = new AviationApis.Testing.SteppingTimeProvider(DateTimeOffset.UtcNow);
        await using var world = await World.CreateAsync(kestrel, clock);
        world.Sandbox.Cangooroo.AnswerNextBookingInProgress(statusChecksBeforeSettling: 1);
        var quote = await world.QuoteAsync();

        var booking = await world.Client.BookAsync(quote, [Adult], Card);
        Assert.Equal(BookingStatus.InProgress, booking.Status);
        var started = clock.GetUtcNow();
        var settled = await clock.RunAsync(() => world.Client.WaitForOutcomeAsync(booking, TimeSpan.FromMinutes(1)), TimeSpan.FromHours(2));

        Assert.Equal(BookingStatus.Confirmed, settled.Status);
        Assert.Equal(TimeSpan.FromSeconds(10), clock.GetUtcNow() - started);
        Assert.Equal(booking.ServiceId, settled.ServiceId);
        Assert.Equal(1, world.Sandbox.Cangooroo.BookingCount);
    }

    [Fact]
    public async Task A_booking_still_InProgress_after_the_budget_is_an_unknown_outcome_that_names_the_service_to_check()
    {
        var clock = new AviationApis.Testing.SteppingTimeProvider(DateTimeOffset.UtcNow);
        await using var world = await World.CreateAsync(kestrel: false, clock);
        world.Sandbox.Cangooroo.AnswerNextBookingInProgress(statusChecksBeforeSettling: 3);
        var quote = await world.QuoteAsync();
        var booking = await world.Client.BookAsync(quote, [Adult], Card);

        var ex = await Assert.ThrowsAsync<BookingOutcomeUnknownException>(() => clock.RunAsync(() => world.Client.WaitForOutcomeAsync(booking, TimeSpan.FromSeconds(12)), TimeSpan.FromHours(2)));

        Assert.Equal(booking.ServiceId, ex.ServiceId);
        Assert.Equal(quote.ClientReference, ex.ClientReference);
        Assert.Contains($"service {booking.ServiceId}", ex.Message, StringComparison.Ordinal);

        // Later, the same booking is found by its reference and settles; it was booked once.
        var found = await world.Client.FindBookingAsync(ex.ClientReference!);
        var settled = await clock.RunAsync(() => world.Client.WaitForOutcomeAsync(found!, TimeSpan.FromMinutes(1)), TimeSpan.FromHours(2));
        Assert.Equal(BookingStatus.Confirmed, settled.Status);
        Assert.Equal(1, world.Sandbox.Cangooroo.BookingCount);
    }
}
