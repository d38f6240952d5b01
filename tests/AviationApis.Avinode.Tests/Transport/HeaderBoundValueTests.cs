using AviationApis.Avinode.Marketplace;
using AviationApis.Avinode.Marketplace.EmptyLegs;
using AviationApis.Avinode.Marketplace.Quotes;
using AviationApis.Avinode.Marketplace.TripMessages;
using AviationApis.Avinode.Marketplace.Trips;
using AviationApis.Avinode.Options;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero.Quotes;
using AviationApis.Avinode.Tests.Infrastructure;
using AviationApis.Core.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AviationApis.Avinode.Tests.Transport;

/// <summary>
/// Every value that ends up in a header (options and the per-call act-as account) is refused when it carries CR, LF,
/// NUL, another control character or a non-ASCII character: a typed error naming the key or argument, and the server
/// sees nothing.
/// </summary>
public sealed class HeaderBoundValueTests
{
    private static readonly string[] HostileValues =
    [
        "bob\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: 127.0.0.1",
        "bob\r",
        "bob\nX-Injected: 1",
        "bob\0",
        "jöhn.smith",
    ];

    public static TheoryData<string, string> HostileOptions
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var key in new[] { nameof(AvinodeClientOptions.ApiToken), nameof(AvinodeClientOptions.AuthorizationToken), nameof(AvinodeClientOptions.Product), nameof(AvinodeClientOptions.ApiVersion), nameof(AvinodeClientOptions.DefaultActAsAccount) })
            {
                foreach (var value in HostileValues)
                {
                    data.Add(key, value);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(HostileOptions))]
    public void A_hostile_header_bound_option_is_refused_at_start_up_naming_its_key(string key, string value)
    {
        using var harness = new AvinodeHarness(o =>
        {
            switch (key)
            {
                case nameof(AvinodeClientOptions.ApiToken): o.ApiToken = value; break;
                case nameof(AvinodeClientOptions.AuthorizationToken): o.AuthorizationToken = value; break;
                case nameof(AvinodeClientOptions.Product): o.Product = value; break;
                case nameof(AvinodeClientOptions.ApiVersion): o.ApiVersion = value; break;
                default: o.DefaultActAsAccount = value; break;
            }
        });

        var error = Assert.Throws<OptionsValidationException>(() => harness.Marketplace);

        Assert.Contains(error.Failures, f => f.StartsWith($"Avinode:{key} is sent in an HTTP header", StringComparison.Ordinal));
        Assert.DoesNotContain(error.Failures, f => f.Contains(value, StringComparison.Ordinal));
        Assert.Empty(harness.Requests);
    }

    public static TheoryData<string, string> Calls
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var call in Invocations.Keys)
            {
                foreach (var value in HostileValues)
                {
                    data.Add(call, value);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task A_hostile_act_as_account_is_an_argument_error_on_every_marketplace_call_and_nothing_is_sent(string call, string account)
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => AvinodeHarness.Data("""{"id": "x-1"}""");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Invocations[call](harness.Marketplace, account));

        Assert.Equal("actAsAccount", error.ParamName);
        Assert.DoesNotContain(account, error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Requests);
    }

    [Fact]
    public async Task A_valid_act_as_account_is_still_sent()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => AvinodeHarness.Data("""{"id": "atrip-1"}""");

        await harness.Marketplace.GetTripAsync(new ResourceId("atrip-1"), actAsAccount: "johnsmith64");

        Assert.Equal("johnsmith64", Assert.Single(harness.Requests).Header("X-Avinode-ActAsAccount"));
    }

    [Theory]
    [InlineData("http://auth.avinode.example/api/oauth/token", "must use https")]
    [InlineData("https://client:secret-pass@127.0.0.1:5000/oauth/token", "must not contain user information")]
    public void The_token_address_follows_the_base_address_rules(string address, string problem)
    {
        using var harness = new AvinodeHarness(o =>
        {
            o.AuthorizationToken = null;
            o.OAuth.ClientId = "acme-client";
            o.OAuth.ClientSecret = "acme-secret";
            o.OAuth.TokenAddress = new Uri(address);
        });

        var error = Assert.Throws<OptionsValidationException>(() => harness.Marketplace);

        Assert.Contains(error.Failures, f => f.StartsWith("Avinode:OAuth:TokenAddress " + problem, StringComparison.Ordinal));
        Assert.DoesNotContain(error.Failures, f => f.Contains("secret-pass", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://schedaero.avinode.com./api/")]
    [InlineData("https://SCHEDAERO.AVINODE.COM/api/")]
    public void The_live_host_guard_sees_through_a_trailing_dot_and_case(string address)
    {
        using var harness = new AvinodeHarness(o => o.BaseAddress = new Uri(address), (services, _) => services.AddSingleton(new HostFacts { EnvironmentName = "Staging" }));

        var error = Assert.Throws<OptionsValidationException>(() => harness.Client);

        Assert.Contains(error.Failures, f => f.StartsWith("Avinode:BaseAddress points at the production host", StringComparison.Ordinal) && f.Contains("Avinode:AllowLiveHost", StringComparison.Ordinal));
    }

    private static readonly LocalDate Day = new(2025, 3, 1);

    private static Dictionary<string, Func<IAvinodeMarketplaceClient, string, Task>> Invocations { get; } = new()
    {
        ["CreateTrip"] = (c, a) => c.CreateTripAsync(
            new CreateTripRequest
            {
                Sourcing = true,
                Criteria = new TripCriteria { RequiredLift = [new RequiredLift { AircraftCategory = "Heavy jet" }] },
                Segments = [new TripSegment { StartAirport = MarketplaceAirport.FromIcao("KMIA"), EndAirport = MarketplaceAirport.FromIcao("EGLL"), DateTime = new SegmentDateTime { Date = Day }, PaxCount = 2 }],
            },
            a),
        ["GetTrip"] = (c, a) => c.GetTripAsync(new ResourceId("atrip-1"), actAsAccount: a),
        ["CancelTrip"] = (c, a) => c.CancelTripAsync(new ResourceId("atrip-1"), new TripCancellation { Reason = TripCancellationReason.Booked }, a),
        ["GetRfq"] = (c, a) => c.GetRfqAsync(new ResourceId("arfq-1"), actAsAccount: a),
        ["GetTripMessage"] = (c, a) => c.GetTripMessageAsync(new ResourceId("abuyermsg-1"), actAsAccount: a),
        ["GetQuote"] = (c, a) => c.GetQuoteAsync(new ResourceId("aquote-1"), actAsAccount: a),
        ["SendChat"] = (c, a) => c.SendChatAsync(new ResourceId("arfq-1"), new ChatMessage { Message = "Hello" }, a),
        ["SubmitQuote"] = (c, a) => c.SubmitQuoteAsync(new ResourceId("asellerlift-1"), new QuoteSubmission { Quote = new QuoteDetails { TotalPrice = 1m } }, a),
        ["Decline"] = (c, a) => c.DeclineAsync(new ResourceId("asellerlift-1"), new TripDecline { Reason = DeclineReason.Other, Message = "No" }, a),
        ["CreateEmptyLeg"] = (c, a) => c.CreateEmptyLegAsync(
            new CreateEmptyLegRequest { StartAirport = MarketplaceAirport.FromIcao("KTEB"), EndAirport = MarketplaceAirport.FromIcao("KPBI"), DateTime = new SegmentDateTime { Date = Day } },
            a),
        ["SearchEmptyLegs"] = (c, a) => c.SearchEmptyLegsAsync(
            new EmptyLegSearchRequest
            {
                Segments = [new TripSegment { StartAirport = MarketplaceAirport.FromIcao("LFPG"), EndAirport = MarketplaceAirport.FromIcao("LIRF"), DateTime = new SegmentDateTime { Date = Day }, PaxCount = 2 }],
            },
            a),
    };
}
