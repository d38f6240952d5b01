using AviationApis.Avinode.Marketplace;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero;
using AviationApis.Avinode.SchedAero.Quotes;
using AviationApis.Cangooroo;
using AviationApis.Cangooroo.Options;
using AviationApis.CargoAi;
using AviationApis.CargoAi.Search;
using AviationApis.CargoAi.Shipments;
using AviationApis.Core.Pipeline;
using AviationApis.Reliability.Tests.Secrets;
using AviationApis.Reliability.Tests.Targets;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AviationApis.Reliability.Tests.Hostile;

/// <summary>Every parser exposed to hostile input.</summary>
public static class HostileParsers
{
    /// <summary>The parsers, by name.</summary>
    public static IReadOnlyList<IHostileParser> All { get; } =
    [
        new CoreResponseParser(),
        new ClientResponseParser(
            "cargoai-user-token",
            CargoAiTarget.UserTokenBody,
            ["$.status"],
            (services, baseAddress, pipeline) => services.AddCargoAiClient(o => { o.BaseAddress = baseAddress; o.ApiKey = TestSecrets.ApiKey; pipeline(o.Pipeline); }),
            (sp, ct) => sp.GetRequiredService<ICargoAiClient>().Users.GetTokenAsync("ada@forwarder.example", ct)),
        new ClientResponseParser(
            "cargoai-book",
            CargoAiTarget.BookingBody,
            ["$.bookingStatus"],
            (services, baseAddress, pipeline) => services.AddCargoAiClient(o => { o.BaseAddress = baseAddress; o.ApiKey = TestSecrets.ApiKey; pipeline(o.Pipeline); }),
            (sp, ct) => CargoAiTarget.BookAsync(sp, ct)),
        new ClientResponseParser(
            "cargoai-track",
            Payloads.Read("cargoai-track-200.json"),
            [],
            (services, baseAddress, pipeline) => services.AddCargoAiClient(o => { o.BaseAddress = baseAddress; o.ApiKey = TestSecrets.ApiKey; pipeline(o.Pipeline); }),
            (sp, ct) => sp.GetRequiredService<ICargoAiClient>().Bookings.TrackAsync("1bc492d0-bbee-11f0-8f9c-86c2340adebc", ct)),
        new ClientResponseParser(
            "cargoai-search",
            Payloads.Read("cargoai-search-200.json"),
            ["$.status", "$.flights[0].legs[0].bodyType", "$.flights[0].rates[0].type", "$.flights[0].rates[0].charges[0].type"],
            (services, baseAddress, pipeline) => services.AddCargoAiClient(o =>
            {
                o.BaseAddress = baseAddress;
                o.ApiKey = TestSecrets.ApiKey;

                // A STARTED answer is polled with the same bytes: a short budget turns it into a typed timeout quickly.
                o.PollInterval = TimeSpan.FromMilliseconds(5);
                o.PollBudget = TimeSpan.FromMilliseconds(100);
                pipeline(o.Pipeline);
            }),
            (sp, ct) => sp.GetRequiredService<ICargoAiClient>().Search.SearchAsync(CargoAiSearchRequest, ct)),
        new CargoAiCallbackHostileParser(),
        new ClientResponseParser(
            "cangooroo-service",
            Payloads.Read("cangooroo-details-response.json"),
            ["$.Service.Status"],
            (services, baseAddress, pipeline) => services.AddCangoorooClient(o => { o.BaseAddress = baseAddress; o.Username = "u"; o.Password = TestSecrets.CangoorooPassword; pipeline(o.Pipeline); }),
            (sp, ct) => sp.GetRequiredService<ICangoorooFlightClient>().GetServiceDetailsAsync("379", ct)),
        new ClientResponseParser(
            "cangooroo-search",
            Payloads.Read("cangooroo-search-response.json"),
            [],
            (services, baseAddress, pipeline) => services.AddCangoorooClient(o => { o.BaseAddress = baseAddress; o.Username = "u"; o.Password = TestSecrets.CangoorooPassword; pipeline(o.Pipeline); }),
            (sp, ct) => sp.GetRequiredService<ICangoorooFlightClient>().SearchAsync(CangoorooTarget.Criteria, ct)),
        new ClientResponseParser(
            "cangooroo-policies",
            CangoorooHostileFlow.PoliciesAnswer,
            [],
            (services, baseAddress, pipeline) => services.AddCangoorooClient(o => { o.BaseAddress = baseAddress; o.Username = "u"; o.Password = TestSecrets.CangoorooPassword; pipeline(o.Pipeline); }),
            CangoorooHostileFlow.GetPoliciesAsync,
            new Dictionary<string, Func<string>>(StringComparer.Ordinal) { ["/Search"] = () => CangoorooHostileFlow.SearchAnswer }),
        new ClientResponseParser(
            "cangooroo-booking",
            Payloads.Read("cangooroo-booking-response.json"),
            ["$.Service.Status"],
            (services, baseAddress, pipeline) => services.AddCangoorooClient(o =>
            {
                o.BaseAddress = baseAddress;
                o.Username = "u";
                o.Password = TestSecrets.CangoorooPassword;
                o.BookingPathSegment = CangoorooClientOptions.DoBookingPathSegment;
                pipeline(o.Pipeline);
            }),
            CangoorooHostileFlow.BookAsync,
            new Dictionary<string, Func<string>>(StringComparer.Ordinal)
            {
                ["/Search"] = CangoorooHostileFlow.SearchAnswerWithNewToken,
                ["/GetCancellationPolicies"] = () => CangoorooHostileFlow.PoliciesAnswer,
            }),
        new ClientResponseParser(
            "avinode-person",
            AvinodeTarget.PersonBody,
            [],
            (services, baseAddress, pipeline) => services.AddAvinodeClient(o =>
            {
                o.BaseAddress = baseAddress;
                o.WebhookBaseAddress = baseAddress;
                o.MarketplaceBaseAddress = baseAddress;
                o.ApiToken = TestSecrets.AvinodeApiToken;
                o.AuthorizationToken = TestSecrets.BearerToken;
                o.Product = AvinodeTarget.Product;
                pipeline(o.Pipeline);
            }),
            (sp, ct) => sp.GetRequiredService<ISchedAeroClient>().GetPersonAsync(new ResourceId("contact-123456789"), cancellationToken: ct)),
        new AvinodeNotificationHostileParser(),
        new ClientResponseParser(
            "avinode-trip",
            Payloads.Read("avinode-trip-200.json"),
            [],
            (services, baseAddress, pipeline) => RegisterAvinode(services, baseAddress, pipeline, marketplace: false),
            (sp, ct) => sp.GetRequiredService<ISchedAeroClient>().GetTripAsync(new ResourceId("schedaero-trip-123456789"), cancellationToken: ct)),
        new ClientResponseParser(
            "avinode-quote",
            Payloads.Read("avinode-quote-200.json"),
            [],
            (services, baseAddress, pipeline) => RegisterAvinode(services, baseAddress, pipeline, marketplace: false),
            (sp, ct) => sp.GetRequiredService<ISchedAeroClient>().GetQuoteAsync(new ResourceId("schedaero-quote-123456789"), cancellationToken: ct)),
        new ClientResponseParser(
            "avinode-marketplace-trip",
            Payloads.Read("avinode-marketplace-trip-200.json"),
            [],
            (services, baseAddress, pipeline) => RegisterAvinode(services, baseAddress, pipeline, marketplace: true),
            (sp, ct) => sp.GetRequiredService<IAvinodeMarketplaceClient>().GetTripAsync(new ResourceId("atrip-1000000137"), cancellationToken: ct),
            OAuthTokenAnswer()),
        new ClientResponseParser(
            "avinode-marketplace-rfq",
            Payloads.Read("avinode-marketplace-rfq-200.json"),
            [],
            (services, baseAddress, pipeline) => RegisterAvinode(services, baseAddress, pipeline, marketplace: true),
            (sp, ct) => sp.GetRequiredService<IAvinodeMarketplaceClient>().GetRfqAsync(new ResourceId("arfq-1001"), cancellationToken: ct),
            OAuthTokenAnswer()),
    ];

    /// <summary>A Quote &amp; Book search matching the vendor's sample answer.</summary>
    internal static SearchRequest CargoAiSearchRequest => new()
    {
        Origin = "CDG",
        Destination = "SIN",
        DepartureDate = new LocalDate(2025, 11, 9),
        Shipment = new Shipment
        {
            Pieces = 1,
            Weight = 100m,
            Volume = 1m,
            MeasurementUnit = MeasurementUnit.Metric,
            Product = "GCR",
        },
        User = new SearchUser { Email = "ada@forwarder.example" },
    };

    /// <summary>An Avinode connection: SchedAero with a bearer token, or the Marketplace on OAuth client credentials.</summary>
    internal static IHttpClientBuilder RegisterAvinode(IServiceCollection services, Uri baseAddress, Action<AviationPipelineOptions> pipeline, bool marketplace) =>
        services.AddAvinodeClient(o =>
        {
            o.BaseAddress = baseAddress;
            o.WebhookBaseAddress = baseAddress;
            o.MarketplaceBaseAddress = baseAddress;
            o.ApiToken = TestSecrets.AvinodeApiToken;
            o.Product = AvinodeTarget.Product;
            if (marketplace)
            {
                o.OAuth.ClientId = "hostile-client";
                o.OAuth.ClientSecret = TestSecrets.AvinodeOAuthClientSecret;
            }
            else
            {
                o.AuthorizationToken = TestSecrets.BearerToken;
            }

            pipeline(o.Pipeline);
        });

    /// <summary>The Marketplace's OAuth token endpoint, answered well (the token is cached, so it is asked once).</summary>
    internal static Dictionary<string, Func<string>> OAuthTokenAnswer() => new(StringComparer.Ordinal)
    {
        ["/oauth/token"] = () => $$"""{"access_token": "{{TestSecrets.AvinodeOAuthAccessToken}}", "token_type": "Bearer", "expires_in": 1800}""",
    };

    /// <summary>The parser named <paramref name="name"/>.</summary>
    public static IHostileParser Get(string name) => All.Single(p => p.Name == name);
}
