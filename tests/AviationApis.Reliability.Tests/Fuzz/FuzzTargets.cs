using System.Net;
using AviationApis.Avinode.Marketplace;
using AviationApis.Avinode.Marketplace.EmptyLegs;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero;
using AviationApis.Cangooroo;
using AviationApis.CargoAi;
using AviationApis.Reliability.Tests.Hostile;
using AviationApis.Reliability.Tests.Secrets;
using AviationApis.Reliability.Tests.Targets;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.Reliability.Tests.Fuzz;

/// <summary>
/// What the fuzzer mutates: every parser of the hostile corpus (<see cref="HostileParsers.All"/>), plus the error-body
/// readers (the case is answered with an error status, where the vendors' broken texts were found) and the Marketplace
/// empty-leg search. Each keeps its parser's contract: a result or its documented typed error.
/// </summary>
public static class FuzzTargets
{
    /// <summary>The error-status and extra targets, fuzzed only (no hostile families or corpus of their own).</summary>
    public static IReadOnlyList<IHostileParser> ErrorBodies { get; } =
    [
        new ClientResponseParser(
            "cargoai-book-error-400",
            """{"flightUUID":"ca64b09f","bookingStatus":"BOOKING_REJECTED","awb":"000-00042652","error":"Cl\u00e9 invalide","description":"Rejected by the airline","rejectedReason":"No space","flights":[{"flightUUID":"f-1","rates":[]}]}""",
            [],
            (services, baseAddress, pipeline) => services.AddCargoAiClient(o => { o.BaseAddress = baseAddress; o.ApiKey = TestSecrets.ApiKey; pipeline(o.Pipeline); }),
            (sp, ct) => CargoAiTarget.BookAsync(sp, ct),
            CaseStatus: HttpStatusCode.BadRequest),
        new ClientResponseParser(
            "cargoai-search-error-400",
            """[{"field":"destination","error":"airport XXX not found"},{"field":"departureDate","error":"the date is out of range"},"plain text",{"errorCode":"E1","errorMessage":"Invalid"}]""",
            [],
            (services, baseAddress, pipeline) => services.AddCargoAiClient(o => { o.BaseAddress = baseAddress; o.ApiKey = TestSecrets.ApiKey; pipeline(o.Pipeline); }),
            (sp, ct) => sp.GetRequiredService<ICargoAiClient>().Search.SearchAsync(HostileParsers.CargoAiSearchRequest, ct),
            CaseStatus: HttpStatusCode.BadRequest),
        new ClientResponseParser(
            "cangooroo-service-error-500",
            """{"Error":{"Message":"Servi\u00e7o n\u00e3o encontrado","Code":"404"},"TimeSpan":"2020-01-10 12:02:00","Service":null,"Message":"fallback"}""",
            [],
            (services, baseAddress, pipeline) => services.AddCangoorooClient(o => { o.BaseAddress = baseAddress; o.Username = "u"; o.Password = TestSecrets.CangoorooPassword; pipeline(o.Pipeline); }),
            (sp, ct) => sp.GetRequiredService<ICangoorooFlightClient>().GetServiceDetailsAsync("379", ct),
            CaseStatus: HttpStatusCode.InternalServerError),
        new ClientResponseParser(
            "avinode-person-error-400",
            """{"meta":{"errors":[{"code":"ERR_INPUT_GENERIC_INVALID","title":"Invalid input","detail":"The segments are invalid","path":"segments"}],"warnings":[{"title":"w"}],"infos":[]},"data":null}""",
            [],
            (services, baseAddress, pipeline) => HostileParsers.RegisterAvinode(services, baseAddress, pipeline, marketplace: false),
            (sp, ct) => sp.GetRequiredService<ISchedAeroClient>().GetPersonAsync(new ResourceId("contact-123456789"), cancellationToken: ct),
            CaseStatus: HttpStatusCode.BadRequest),
        new ClientResponseParser(
            "avinode-marketplace-emptylegs",
            """{"meta":{"errors":[],"warnings":[]},"data":[{"id":"aemptyleg-1","href":"https://sandbox.avinode.com/api/emptylegs/aemptyleg-1","type":"emptylegs","startAirport":{"icao":"KTEB","iata":"TEB","id":"arp-1"},"endAirport":{"icao":"KPBI"},"aircraftType":{"name":"Gulfstream G650"},"aircraftTail":{"id":"atail-1","name":"N650GX"},"links":{"quotes":[{"id":"aquote-1","href":"https://sandbox.avinode.com/api/quotes/aquote-1","type":"quotes"}]},"price":{"amount":9500,"currency":"USD"}}]}""",
            [],
            (services, baseAddress, pipeline) => HostileParsers.RegisterAvinode(services, baseAddress, pipeline, marketplace: true),
            (sp, ct) => sp.GetRequiredService<IAvinodeMarketplaceClient>().SearchEmptyLegsAsync(
                new EmptyLegSearchRequest { Segments = [new TripSegment { StartAirport = new MarketplaceAirport { Icao = "KTEB" } }] },
                cancellationToken: ct),
            HostileParsers.OAuthTokenAnswer()),
    ];

    /// <summary>Every fuzzed target: the hostile parsers, then the error bodies.</summary>
    public static IReadOnlyList<IHostileParser> All { get; } = [.. HostileParsers.All, .. ErrorBodies];

    /// <summary>The target named <paramref name="name"/>.</summary>
    public static IHostileParser Get(string name) => All.Single(p => p.Name == name);
}
