using AviationApis.Avinode.Marketplace;
using AviationApis.Avinode.Marketplace.Trips;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero.Trips;
using AviationApis.Reliability.Tests.Matrix;
using AviationApis.Reliability.Tests.Secrets;
using AviationApis.Reliability.Tests.Server;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AviationApis.Reliability.Tests.Targets;

/// <summary>
/// The Avinode Marketplace client on OAuth client credentials: get a trip (read), cancel a trip (idempotent command),
/// create a trip (non-idempotent). The token endpoint (<c>oauth/token</c>) answers well and is not scripted.
/// </summary>
public sealed class AvinodeMarketplaceTarget : IMatrixTarget
{
    /// <summary>A trip.</summary>
    public const string Trip = """
        {
          "id": "atrip-1000000137", "href": "https://sandbox.avinode.com/api/trips/atrip-1000000137", "type": "trips",
          "tripId": "A1B2C3", "externalTripId": "CRM-42",
          "actions": {
            "viewInAvinode": {"type": "deeplink", "description": "View in Avinode", "httpMethod": "GET", "href": "https://sandbox.avinode.com/marketplace/mvc/trips/buying/atrip-1000000137"},
            "cancel": {"type": "api", "description": "Cancel the trip", "httpMethod": "PUT", "href": "https://sandbox.avinode.com/api/trips/atrip-1000000137/cancel"}
          },
          "links": {"rfqs": [{"id": "arfq-1001", "href": "https://sandbox.avinode.com/api/rfqs/arfq-1001", "type": "rfqs"}]}
        }
        """;

    private static readonly Dictionary<string, (Expectation, string)> TokenFetchedBeforeTheCall = new()
    {
        ["refused-always"] = (
            new Expectation(typeof(Core.Errors.ServiceFailureException), 0, 0),
            "the OAuth token is fetched before the call enters its pipeline; with every connection refused, the token request's own pipeline retries and fails, so the call ends with the token request's ServiceFailureException before its first attempt; no request reaches the server"),
    };

    private static readonly RouteSetup TokenEndpoint = new(
        null,
        new Dictionary<string, string>
        {
            ["/oauth/token"] = $$"""{"access_token": "{{TestSecrets.AvinodeOAuthAccessToken}}", "token_type": "Bearer", "expires_in": 1800}""",
        });

    /// <inheritdoc />
    public string Name => "AvinodeMarketplace";

    /// <inheritdoc />
    public string BasePath => "avinode-marketplace/api/";

    /// <inheritdoc />
    public IReadOnlyList<string> Secrets => [TestSecrets.AvinodeApiToken, TestSecrets.AvinodeOAuthClientSecret, TestSecrets.AvinodeOAuthAccessToken];

    /// <inheritdoc />
    public IReadOnlyList<MatrixOperation> Operations { get; } =
    [
        new(OperationClass.IdempotentRead, "AvinodeMarketplace.GetTrip", "/trips/atrip-1000000137", Envelope(Trip), "[1,2,3]", true,
            (sp, ct) => Client(sp).GetTripAsync(new ResourceId("atrip-1000000137"), cancellationToken: ct))
        {
            Setup = TokenEndpoint with { ScriptedPath = "/trips/atrip-1000000137" },
            Deviations = TokenFetchedBeforeTheCall,
        },
        new(OperationClass.IdempotentCommand, "AvinodeMarketplace.CancelTrip", "/trips/atrip-1000000137/cancel", Envelope(Trip), "[1,2,3]", true,
            (sp, ct) => Client(sp).CancelTripAsync(new ResourceId("atrip-1000000137"), new TripCancellation { Reason = TripCancellationReason.ByClient, MessageToSeller = "Client cancelled." }, cancellationToken: ct))
        {
            Setup = TokenEndpoint with { ScriptedPath = "/trips/atrip-1000000137/cancel" },
            // The answer carries the trip (the vendor documents fields[trips] on the cancel): an empty 200 is an
            // invalid response, as for a read.
            Deviations = TokenFetchedBeforeTheCall,
        },
        new(OperationClass.NonIdempotentCreate, "AvinodeMarketplace.CreateTrip", "/trips", Envelope(Trip), "[1,2,3]", true,
            (sp, ct) => Client(sp).CreateTripAsync(NewTrip(), cancellationToken: ct))
        {
            Setup = TokenEndpoint with { ScriptedPath = "/trips", GoodStatus = 201 },
            Deviations = TokenFetchedBeforeTheCall,
        },
    ];

    /// <inheritdoc />
    public IHttpClientBuilder Register(IServiceCollection services, Uri baseAddress, MatrixBudget budget) =>
        services.AddAvinodeClient(o =>
        {
            o.BaseAddress = baseAddress;
            o.WebhookBaseAddress = baseAddress;
            o.MarketplaceBaseAddress = baseAddress;
            o.ApiToken = TestSecrets.AvinodeApiToken;
            o.Product = AvinodeTarget.Product;
            o.OAuth.ClientId = "reliability-client";
            o.OAuth.ClientSecret = TestSecrets.AvinodeOAuthClientSecret;
            budget.Apply(o.Pipeline);
        });

    private static string Envelope(string data) => $$"""{"meta": {}, "data": {{data}}}""";

    internal static CreateTripRequest NewTrip() => new()
    {
        ExternalTripId = "CRM-42",
        Sourcing = true,
        Criteria = new TripCriteria { RequiredLift = [new RequiredLift { AircraftCategory = "Heavy jet" }], MinimumYearOfMake = 2010 },
        Segments =
        [
            new TripSegment
            {
                StartAirport = MarketplaceAirport.FromIcao("KMIA"),
                EndAirport = MarketplaceAirport.FromIata("LHR"),
                DateTime = new SegmentDateTime { Date = new LocalDate(2027, 3, 1), Time = new LocalTime(10, 0) },
                PaxCount = 4,
                PaxSegment = true,
            },
        ],
    };

    private static IAvinodeMarketplaceClient Client(IServiceProvider services) => services.GetRequiredService<IAvinodeMarketplaceClient>();
}
