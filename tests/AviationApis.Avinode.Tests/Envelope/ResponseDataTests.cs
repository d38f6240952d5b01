using System.Net;
using System.Text.Json;
using AviationApis.Avinode.Envelope;
using AviationApis.Avinode.Errors;
using AviationApis.Avinode.Marketplace;
using AviationApis.Avinode.Marketplace.EmptyLegs;
using AviationApis.Avinode.Marketplace.Trips;
using AviationApis.Avinode.Notifications;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.Tests.Infrastructure;
using AviationApis.Avinode.Webhooks;
using AviationApis.Core.Errors;
using AviationApis.Core.Signing;
using AviationApis.Testing;
using NodaTime;

namespace AviationApis.Avinode.Tests.Envelope;

/// <summary>
/// The data contract of every operation that returns <see cref="AvinodeResponse{T}"/>: the data is always there; soft
/// errors without data are thrown (whatever <c>TreatSoftErrorsAsExceptions</c> says) with the meta, status and rate
/// limit; soft errors with data are returned; an answer without data and without errors is an invalid response (an
/// empty list for the list operations).
/// </summary>
public sealed class ResponseDataTests
{
    private const string SoftErrors = """
        {"errors": [{"code": "START_AIRPORT_INVALID", "title": "Invalid start airport", "path": "segments[0].startAirport"}],
         "warnings": [{"code": "W_DEPRECATED", "title": "Deprecated field"}], "infos": []}
        """;

    private const string NoMessages = """{"errors": [], "warnings": [], "infos": []}""";

    private static readonly Dictionary<string, Operation> Operations = new(StringComparer.Ordinal)
    {
        ["SchedAero.GetPerson"] = new("""{"id": "contact-1", "type": "contact-person"}""", h => Of(h.Client.GetPersonAsync(new ResourceId("contact-1")))),
        ["SchedAero.GetQuote"] = new("""{"id": "schedaero-quote-1", "type": "schedaero-quote"}""", h => Of(h.Client.GetQuoteAsync(new ResourceId("schedaero-quote-1")))),
        ["SchedAero.GetNotificationResource"] = new("""{"id": "contact-1", "type": "contact-person"}""", h => Of(h.Client.GetNotificationResourceAsync<JsonElement>(Notification("https://sandbox-schedaero.avinode.com/api/contacts/people/contact-1")))),
        ["SchedAero.CreateExternalSystem"] = new(null, h => Of(h.Client.CreateExternalSystemAsync("MyCRM")), DataInLocation: "https://sandbox-schedaero.avinode.com/api/externalsystems/external-system-1"),
        ["Marketplace.GetTrip"] = new(MarketplacePayloads.Trip, h => Of(h.Marketplace.GetTripAsync(new ResourceId("atrip-1000000137")))),
        ["Marketplace.CreateTrip"] = new(MarketplacePayloads.Trip, h => Of(h.Marketplace.CreateTripAsync(NewTrip()))),
        ["Marketplace.CancelTrip"] = new(MarketplacePayloads.Trip, h => Of(h.Marketplace.CancelTripAsync(new ResourceId("atrip-1000000137"), new TripCancellation { Reason = TripCancellationReason.ByClient }))),
        ["Marketplace.CreateEmptyLeg"] = new("""{"id": "aemptyleg-1", "type": "emptylegs"}""", h => Of(h.Marketplace.CreateEmptyLegAsync(NewLeg()))),
        ["Marketplace.SearchEmptyLegs"] = new("""[{"id": "aemptyleg-1"}]""", h => Of(h.Marketplace.SearchEmptyLegsAsync(NewSearch())), ListWhenAbsent: true),
        ["Marketplace.GetNotificationResource"] = new("""{"id": "arfq-1", "type": "rfqs"}""", h => Of(h.Marketplace.GetNotificationResourceAsync(Notification("https://sandbox.avinode.com/api/rfqs/arfq-1"), WebhookEventType.TripRequest))),
        ["Webhooks.Create"] = new(Settings, h => Of(h.Client.Webhooks.CreateAsync(NewSettings()))),
        ["Webhooks.Get"] = new(Settings, h => Of(h.Client.Webhooks.GetAsync(new ResourceId("whs-1")))),
        ["Webhooks.Update"] = new(Settings, h => Of(h.Client.Webhooks.UpdateAsync(new ResourceId("whs-1"), NewSettings()))),
        ["Webhooks.SetActive"] = new(Settings, h => Of(h.Client.Webhooks.SetActiveAsync(new ResourceId("whs-1"), active: false))),
        ["Webhooks.List"] = new($"[{Settings}]", h => Of(h.Client.Webhooks.ListAsync()), ListWhenAbsent: true),
    };

    private const string Settings = """
        {"id": "whs-1", "version": 2, "targetURI": "https://myapplication.com/notifications", "displayName": "Mine", "active": true, "eventTypes": ["TripRequest"]}
        """;

    public static TheoryData<string> DataOperations() => new(Operations.Keys);

    [Theory]
    [MemberData(nameof(DataOperations))]
    public async Task Data_present_is_returned(string name)
    {
        using var harness = Harness(name, withData: true, NoMessages);

        var result = await Operations[name].Call(harness);

        Assert.NotNull(result.Data);
        Assert.False(result.HasErrors);
    }

    [Theory]
    [MemberData(nameof(DataOperations))]
    public async Task Soft_errors_without_data_throw_with_the_meta_status_and_rate_limit_even_when_not_strict(string name)
    {
        using var harness = Harness(name, withData: false, SoftErrors, strict: false);

        var error = await Assert.ThrowsAsync<AvinodeSoftErrorException>(() => Operations[name].Call(harness));

        Assert.Equal("START_AIRPORT_INVALID", Assert.Single(error.Meta.Errors).Code);
        Assert.Equal("W_DEPRECATED", Assert.Single(error.Meta.Warnings).Code);
        Assert.Equal("START_AIRPORT_INVALID: Invalid start airport (at segments[0].startAirport)", Assert.Single(error.Messages));
        Assert.Equal("START_AIRPORT_INVALID", error.ErrorCode);
        Assert.Equal("segments[0].startAirport", Assert.Single(error.FieldErrors).Field);
        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.Equal(998, error.RateLimit!.Remaining);
        Assert.Equal(1000, error.RateLimit.Limit);
        Assert.NotNull(error.OperationName);
    }

    [Theory]
    [MemberData(nameof(DataOperations))]
    public async Task Soft_errors_with_data_return_the_response_with_HasErrors(string name)
    {
        using var harness = Harness(name, withData: true, SoftErrors, strict: false);

        var result = await Operations[name].Call(harness);

        Assert.NotNull(result.Data);
        Assert.True(result.HasErrors);
        Assert.Equal("START_AIRPORT_INVALID", Assert.Single(result.Meta.Errors).Code);
    }

    [Theory]
    [MemberData(nameof(DataOperations))]
    public async Task Soft_errors_are_thrown_in_strict_mode_with_or_without_data(string name)
    {
        using var withData = Harness(name, withData: true, SoftErrors, strict: true);
        using var withoutData = Harness(name, withData: false, SoftErrors, strict: true);

        var first = await Assert.ThrowsAsync<AvinodeSoftErrorException>(() => Operations[name].Call(withData));
        var second = await Assert.ThrowsAsync<AvinodeSoftErrorException>(() => Operations[name].Call(withoutData));

        Assert.Equal("START_AIRPORT_INVALID", first.ErrorCode);
        Assert.Equal("START_AIRPORT_INVALID", second.ErrorCode);
    }

    [Theory]
    [MemberData(nameof(DataOperations))]
    public async Task No_data_and_no_errors_is_an_invalid_response_or_an_empty_list(string name)
    {
        using var harness = Harness(name, withData: false, NoMessages);

        if (Operations[name].ListWhenAbsent)
        {
            var result = await Operations[name].Call(harness);
            Assert.Empty(Assert.IsAssignableFrom<System.Collections.IEnumerable>(result.Data).Cast<object>());
            Assert.False(result.HasErrors);
        }
        else
        {
            var error = await Assert.ThrowsAsync<InvalidResponseException>(() => Operations[name].Call(harness));
            Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        }
    }

    [Fact]
    public void The_constructor_refuses_null_data()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new AvinodeResponse<string>(null!, HttpStatusCode.OK, AvinodeMeta.Empty, null));

        Assert.Equal("data", error.ParamName);
        Assert.Equal("x", new AvinodeResponse<string>("x", HttpStatusCode.OK, null!, null).EnsureNoErrors());
    }

    [Fact]
    public async Task A_create_with_soft_errors_and_only_a_Location_reads_the_resource_and_keeps_the_errors()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (r, _) =>
        {
            if (r.Method == HttpMethod.Post)
            {
                var created = AvinodeHarness.Json($$"""{"meta": {{SoftErrors}}}""", HttpStatusCode.Created);
                created.Headers.Location = new Uri(MarketplacePayloads.Base + "trips/atrip-1000000137");
                return created;
            }

            return AvinodeHarness.Data(MarketplacePayloads.Trip);
        };

        var result = await harness.Marketplace.CreateTripAsync(NewTrip());

        Assert.Equal("A1B2C3", result.Data.TripId);
        Assert.True(result.HasErrors);
        Assert.Equal(HttpStatusCode.Created, result.StatusCode);
        Assert.Equal([HttpMethod.Post, HttpMethod.Get], harness.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task A_webhook_create_with_soft_errors_and_only_a_Location_reads_the_subscription_without_acting_as_anyone()
    {
        using var harness = new AvinodeHarness(o => o.DefaultActAsAccount = "johnsmith64");
        harness.Handler = (r, _) =>
        {
            if (r.Method == HttpMethod.Post)
            {
                var created = AvinodeHarness.Json($$"""{"meta": {{SoftErrors}}}""", HttpStatusCode.Created);
                created.Headers.Location = new Uri("https://sandbox.avinode.com/api/webhooks/settings/whs-1");
                return created;
            }

            return AvinodeHarness.Data(Settings);
        };

        var result = await harness.Client.Webhooks.CreateAsync(NewSettings());

        Assert.Equal(new ResourceId("whs-1"), result.Data.Id);
        Assert.True(result.HasErrors);
        Assert.Equal(HttpStatusCode.Created, result.StatusCode);
        Assert.All(harness.Requests, r => Assert.Null(r.Header(AvinodeHeaders.ActAsAccount)));
    }

    private static AvinodeHarness Harness(string name, bool withData, string metaJson, bool strict = false)
    {
        var operation = Operations[name];
        var harness = new AvinodeHarness(o => o.TreatSoftErrorsAsExceptions = strict);
        harness.Handler = (_, _) => Answer(operation, withData, metaJson);
        return harness;
    }

    private static HttpResponseMessage Answer(Operation operation, bool withData, string metaJson)
    {
        HttpResponseMessage response;
        if (operation.DataInLocation is { } location)
        {
            response = AvinodeHarness.Json($$"""{"meta": {{metaJson}}}""", withData ? HttpStatusCode.Created : HttpStatusCode.OK);
            if (withData)
            {
                response.Headers.Location = new Uri(location);
            }
        }
        else
        {
            response = AvinodeHarness.Json(withData ? $$"""{"meta": {{metaJson}}, "data": {{operation.DataJson}}}""" : $$"""{"meta": {{metaJson}}}""");
        }

        return response.WithRateLimit(1000, 998, 3600);
    }

    private static async Task<Outcome> Of<T>(Task<AvinodeResponse<T>> call)
    {
        var response = await call;
        return new Outcome(response.Data, response.HasErrors, response.Meta);
    }

    private static AvinodeNotification Notification(string href) => AvinodeNotificationParser.Parse($$"""{"id": "x-1", "href": "{{href}}"}""");

    private static CreateTripRequest NewTrip() => new()
    {
        Sourcing = true,
        Criteria = new TripCriteria(),
        Segments = [new() { StartAirport = MarketplaceAirport.FromIcao("KTEB"), EndAirport = MarketplaceAirport.FromIcao("KPBI"), DateTime = new SegmentDateTime { Date = new LocalDate(2025, 3, 1) }, PaxCount = 2 }],
    };

    private static CreateEmptyLegRequest NewLeg() => new()
    {
        StartAirport = MarketplaceAirport.FromIcao("LFPB"),
        EndAirport = MarketplaceAirport.FromIcao("LIRA"),
        DateTime = new SegmentDateTime { Date = new LocalDate(2025, 5, 1) },
    };

    private static EmptyLegSearchRequest NewSearch() => new() { Segments = [new TripSegment { StartAirport = MarketplaceAirport.FromIcao("LFPG") }] };

    private static WebhookSettingsRequest NewSettings() => new()
    {
        TargetUri = new Uri("https://myapplication.com/notifications"),
        DisplayName = "Mine",
        Active = true,
        EventTypes = [WebhookEventType.TripRequest],
    };

    /// <summary>One operation returning data: the data JSON it reads, the call, and how it answers without data.</summary>
    /// <param name="DataJson">The <c>data</c> member of a full answer.</param>
    /// <param name="Call">Calls the operation.</param>
    /// <param name="ListWhenAbsent">An answer without data and without errors is an empty list.</param>
    /// <param name="DataInLocation">The data is the <c>Location</c> of a 201 (a create answered with meta only).</param>
    private sealed record Operation(string? DataJson, Func<AvinodeHarness, Task<Outcome>> Call, bool ListWhenAbsent = false, string? DataInLocation = null);

    private sealed record Outcome(object? Data, bool HasErrors, AvinodeMeta Meta);
}
