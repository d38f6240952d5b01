using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using AviationApis.Sandbox.Tests.Infrastructure;

namespace AviationApis.Sandbox.Tests.CargoAi;

public sealed class CargoAiEmulatorTests
{
    private static readonly string Date = DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string SearchBody(string origin = "CDG", string destination = "SIN", string? id = null) => $$"""
        {"origin":"{{origin}}","destination":"{{destination}}","departureDate":"{{Date}}",
         "shipment":{"pieces":1,"weight":100,"volume":1,"dimensions":[],"measurementUnit":"METRIC","product":"GCR"},
         "user":{"email":"jane@forwarder.example","firstName":"Jane","lastName":"Doe","companyName":"Forwarder"}{{(id is null ? "" : $",\"id\":\"{id}\"")}}}
        """;

    private const string BookUser = """{"email":"jane@forwarder.example","firstName":"Jane","lastName":"Doe","iata":"0000000","cass":"0000","country":"FR"}""";

    [Theory]
    [MemberData(nameof(Modes.Both), MemberType = typeof(Modes))]
    public async Task Missing_api_key_is_403_Forbidden(bool kestrel)
    {
        await using var harness = await SandboxHarness.CreateAsync(kestrel);
        var (response, body) = await harness.CargoAiAsync(HttpMethod.Post, "search", SearchBody(), apiKey: null);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Forbidden", (string?)body!["message"]);
    }

    [Fact]
    public async Task Configured_api_key_rejects_any_other()
    {
        await using var harness = await SandboxHarness.CreateAsync(false, new AviationSandboxOptions { CargoAiApiKey = "right" });
        Assert.Equal(HttpStatusCode.Forbidden, (await harness.CargoAiAsync(HttpMethod.Get, "users?email=a%40b.co", apiKey: "wrong")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await harness.CargoAiAsync(HttpMethod.Get, "users?email=a%40b.co", apiKey: "right")).Response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Modes.Both), MemberType = typeof(Modes))]
    public async Task User_is_created_gets_a_token_gets_offices_and_is_deleted(bool kestrel)
    {
        await using var harness = await SandboxHarness.CreateAsync(kestrel);
        const string create = """{"firstName":"Jane","lastName":"Doe","email":"jane+tour@forwarder.example","companyName":"Forwarder","countryCode":"FR","offices":[{"countryCode":"FR","officeAirportCode":"CDG","iataCode":"1234567","cassCode":"1234"}]}""";
        var (created, createdBody) = await harness.CargoAiAsync(HttpMethod.Post, "users", create);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal("Activated", (string?)createdBody!["status"]);
        var token = (string?)createdBody["token"];
        Assert.False(string.IsNullOrEmpty(token));
        Assert.Contains("auth=", (string?)createdBody["link"], StringComparison.Ordinal);

        var (duplicate, duplicateBody) = await harness.CargoAiAsync(HttpMethod.Post, "users", create);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.StartsWith("Invalid request:", (string?)duplicateBody!["message"], StringComparison.Ordinal);

        var (got, gotBody) = await harness.CargoAiAsync(HttpMethod.Get, "users?email=jane%2Btour%40forwarder.example");
        Assert.Equal(HttpStatusCode.OK, got.StatusCode);
        Assert.Equal(token, (string?)gotBody!["token"]);

        var (updated, updatedBody) = await harness.CargoAiAsync(HttpMethod.Put, "users",
            """{"firstName":"Jane","lastName":"Doe","email":"jane+tour@forwarder.example","companyName":"Forwarder","offices":[{"countryCode":"SG","officeAirportCode":"SIN"}]}""");
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("Successful request: User updated successfully", (string?)updatedBody!["message"]);

        var (deleted, deletedBody) = await harness.CargoAiAsync(HttpMethod.Delete, "users?email=jane%2Btour%40forwarder.example");
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.EndsWith("jane+tour@forwarder.example", (string?)deletedBody!["message"], StringComparison.Ordinal);

        var (gone, goneBody) = await harness.CargoAiAsync(HttpMethod.Get, "users?email=jane%2Btour%40forwarder.example");
        Assert.Equal(HttpStatusCode.BadRequest, gone.StatusCode);
        Assert.Contains("user not found", (string?)goneBody!["message"], StringComparison.Ordinal);

        var (updateGone, updateGoneBody) = await harness.CargoAiAsync(HttpMethod.Put, "users", """{"email":"jane+tour@forwarder.example","offices":[]}""");
        Assert.Equal(HttpStatusCode.BadRequest, updateGone.StatusCode);
        Assert.NotNull(updateGoneBody!["error"]);
    }

    [Fact]
    public async Task Create_user_validates_fields()
    {
        await using var harness = await SandboxHarness.CreateAsync(false);
        var (response, body) = await harness.CargoAiAsync(HttpMethod.Post, "users", """{"firstName":"Jane","lastName":"Doe","companyName":"F","countryCode":"FR","iataCode":"12"}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (string?)body!["message"];
        Assert.Contains("email cannot be empty", message, StringComparison.Ordinal);
        Assert.Contains("iataCode", message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Modes.Both), MemberType = typeof(Modes))]
    public async Task First_search_is_202_STARTED_and_the_poll_with_its_id_is_200_COMPLETED(bool kestrel)
    {
        await using var harness = await SandboxHarness.CreateAsync(kestrel);
        var (started, startedBody) = await harness.CargoAiAsync(HttpMethod.Post, "search", SearchBody());
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.Equal("STARTED", (string?)startedBody!["status"]);
        Assert.Single(startedBody["flights"]!.AsArray());
        var id = (string)startedBody["id"]!;

        var (completed, completedBody) = await harness.CargoAiAsync(HttpMethod.Post, "search", SearchBody(id: id));
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal("COMPLETED", (string?)completedBody!["status"]);
        Assert.Equal(id, (string?)completedBody["id"]);
        var flights = completedBody["flights"]!.AsArray();
        Assert.Equal(4, flights.Count);
        var bookable = flights.First(f => (bool)f!["available"]! && (bool?)f["features"]!["bookable"] == true)!;
        Assert.Equal("d88ea3cc-864e-11ef-9f4f-465af58dc8d0", (string?)bookable["flightUUID"]);
        Assert.Equal("d88ea3ab-864e-11ef-9f4f-465af58dc8d0", (string?)bookable["rates"]![0]!["id"]);
        Assert.Equal("00768", (string?)bookable["flightNumber"]);
        Assert.StartsWith(Date + "T16:00:01+02:00", (string?)bookable["departureTime"], StringComparison.Ordinal);
        Assert.Equal("CHARGEABLE_WEIGHT", (string?)bookable["rates"]![0]!["charges"]![0]!["type"]);
        Assert.False((bool?)flights[0]!["features"]!["bookable"]);
        Assert.Equal("Dimensions are not loadable", (string?)flights[1]!["availableReason"]);
    }

    [Fact]
    public async Task Search_rejects_invalid_input_with_field_errors()
    {
        await using var harness = await SandboxHarness.CreateAsync(false);
        var (response, body) = await harness.CargoAiAsync(HttpMethod.Post, "search", """{"origin":"PARIS","destination":"SIN","departureDate":"2001-01-01"}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = body!.AsArray().Select(e => (string?)e!["field"]).ToList();
        Assert.Contains("origin", fields);
        Assert.Contains("departureDate", fields);
        Assert.Contains("shipment", fields);
        Assert.Contains("user", fields);
    }

    [Theory]
    [MemberData(nameof(Modes.Both), MemberType = typeof(Modes))]
    public async Task Booked_flight_is_tracked_and_cancelled(bool kestrel)
    {
        await using var harness = await SandboxHarness.CreateAsync(kestrel);
        var (_, started) = await harness.CargoAiAsync(HttpMethod.Post, "search", SearchBody());
        var (_, completed) = await harness.CargoAiAsync(HttpMethod.Post, "search", SearchBody(id: (string)started!["id"]!));
        var flights = completed!["flights"]!.AsArray();
        var flight = flights.First(f => (bool)f!["available"]! && (bool?)f["features"]!["bookable"] == true)!;
        var uuid = (string)flight["flightUUID"]!;
        var rateId = (string)flight["rates"]![0]!["id"]!;
        var book = $$"""{"user":{{BookUser}},"flightUUID":"{{uuid}}","rateId":"{{rateId}}"}""";

        var (booked, bookedBody) = await harness.CargoAiAsync(HttpMethod.Post, "book", book);
        Assert.Equal(HttpStatusCode.OK, booked.StatusCode);
        Assert.Equal("PENDING_DELIVERY", (string?)bookedBody!["bookingStatus"]);
        var awb = (string)bookedBody["awb"]!;
        Assert.Matches("^000-[0-9]{8}$", awb);

        var (again, againBody) = await harness.CargoAiAsync(HttpMethod.Post, "book", book);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal("Booking already exists", (string?)againBody!["description"]);

        var (tracked, trackedBody) = await harness.CargoAiAsync(HttpMethod.Get, "track?flight-uuid=" + uuid);
        Assert.Equal(HttpStatusCode.OK, tracked.StatusCode);
        var item = trackedBody!.AsArray().Single()!;
        Assert.Equal(awb, (string?)item["awb"]);
        Assert.Equal("PENDING_DELIVERY", (string?)item["bookingResponse"]!["bookingStatus"]);
        Assert.Equal(uuid, (string?)item["flight"]!["flightUUID"]);
        Assert.Equal(167.0, (double?)item["shipment"]!["chargeableWeight"]);

        var (cancelled, cancelledBody) = await harness.CargoAiAsync(HttpMethod.Put, "bookings/" + uuid, $$"""{"flightUUID":"{{uuid}}","action":"CANCEL","cancelledReasons":"Tour"}""");
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("CANCELLED", (string?)cancelledBody!["status"]);
        Assert.StartsWith(harness.CargoAi.BaseAddress!.AbsoluteUri + "track?flight-uuid=", (string?)cancelledBody["trackingURL"], StringComparison.Ordinal);

        var (_, afterCancel) = await harness.CargoAiAsync(HttpMethod.Get, "track?flight-uuid=" + uuid);
        Assert.Equal("CANCELLED", (string?)afterCancel!.AsArray().Single()!["bookingResponse"]!["bookingStatus"]);

        var (twice, twiceBody) = await harness.CargoAiAsync(HttpMethod.Put, "bookings/" + uuid, $$"""{"flightUUID":"{{uuid}}","action":"CANCEL"}""");
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Equal(400, (int?)twiceBody!["errorCode"]);
    }

    [Fact]
    public async Task Booking_refuses_non_bookable_offers_unknown_users_and_missing_awb()
    {
        await using var harness = await SandboxHarness.CreateAsync(false);
        var (_, started) = await harness.CargoAiAsync(HttpMethod.Post, "search", SearchBody("FRA", "JFK"));
        var (_, completed) = await harness.CargoAiAsync(HttpMethod.Post, "search", SearchBody("FRA", "JFK", (string)started!["id"]!));
        var flights = completed!["flights"]!.AsArray();

        var coloader = flights[0]!;
        var (notBookable, notBookableBody) = await harness.CargoAiAsync(HttpMethod.Post, "book",
            $$"""{"user":{{BookUser}},"flightUUID":"{{coloader["flightUUID"]}}","rateId":"{{coloader["rates"]![0]!["id"]}}"}""");
        Assert.Equal(HttpStatusCode.BadRequest, notBookable.StatusCode);
        Assert.Equal("FAILED", (string?)notBookableBody!["bookingStatus"]);
        Assert.Equal("FlightNotAvailable", (string?)notBookableBody["error"]);

        var awbRequired = flights[3]!;
        var (noAwb, noAwbBody) = await harness.CargoAiAsync(HttpMethod.Post, "book",
            $$"""{"user":{{BookUser}},"flightUUID":"{{awbRequired["flightUUID"]}}","rateId":"{{awbRequired["rates"]![0]!["id"]}}"}""");
        Assert.Equal(HttpStatusCode.BadRequest, noAwb.StatusCode);
        Assert.Equal("CheckAWBFailed", (string?)noAwbBody!["error"]);

        var (withAwb, _) = await harness.CargoAiAsync(HttpMethod.Post, "book",
            $$"""{"user":{{BookUser}},"flightUUID":"{{awbRequired["flightUUID"]}}","rateId":"{{awbRequired["rates"]![0]!["id"]}}","awb":"000-12345675"}""");
        Assert.Equal(HttpStatusCode.OK, withAwb.StatusCode);

        var (noUser, noUserBody) = await harness.CargoAiAsync(HttpMethod.Post, "book", $$"""{"flightUUID":"{{awbRequired["flightUUID"]}}","rateId":"x"}""");
        Assert.Equal(HttpStatusCode.Forbidden, noUser.StatusCode);
        Assert.Equal("global", (string?)noUserBody!["field"]);
    }

    [Fact]
    public async Task Track_of_an_unknown_flight_is_404_and_without_parameter_500()
    {
        await using var harness = await SandboxHarness.CreateAsync(false);
        var (unknown, unknownBody) = await harness.CargoAiAsync(HttpMethod.Get, "track?flight-uuid=nope");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(404, (int?)unknownBody!["status"]);
        var (missing, _) = await harness.CargoAiAsync(HttpMethod.Get, "track");
        Assert.Equal(HttpStatusCode.InternalServerError, missing.StatusCode);
    }

    [Fact]
    public async Task Provisioned_user_gets_FlyWINDOW_links_in_search_results()
    {
        await using var harness = await SandboxHarness.CreateAsync(false);
        await harness.CargoAiAsync(HttpMethod.Post, "users", """{"firstName":"Jane","lastName":"Doe","email":"jane@forwarder.example","companyName":"Forwarder","countryCode":"FR"}""");
        var (_, started) = await harness.CargoAiAsync(HttpMethod.Post, "search", SearchBody());
        Assert.Contains("search-result?uuid=", (string?)started!["resultsURL"], StringComparison.Ordinal);
        Assert.Contains("auth=", (string?)started["flights"]![0]!["rates"]![0]!["bookingURL"], StringComparison.Ordinal);
        Assert.IsType<JsonObject>(started["metadata"]);
    }

    [Fact]
    public async Task Filters_and_schedules_mode_shape_the_result()
    {
        await using var harness = await SandboxHarness.CreateAsync(false);
        var withRates = SearchBody().Replace("\"departureDate\"", "\"filters\":{\"withRateOnly\":true},\"departureDate\"", StringComparison.Ordinal);
        var (_, started) = await harness.CargoAiAsync(HttpMethod.Post, "search", withRates);
        var (_, completed) = await harness.CargoAiAsync(HttpMethod.Post, "search", SearchBody(id: (string)started!["id"]!));
        Assert.Equal(3, completed!["flights"]!.AsArray().Count);
        Assert.All(completed["flights"]!.AsArray(), f => Assert.NotEmpty(f!["rates"]!.AsArray()));

        using var schedules = new HttpRequestMessage(HttpMethod.Post, "search") { Content = SandboxHarness.JsonBody($$"""{"origin":"CDG","destination":"SIN","departureDate":"{{Date}}"}""") };
        schedules.Headers.Add("x-api-key", "k");
        schedules.Headers.Add("x-api-name", "Schedules");
        var response = await harness.CargoAi.SendAsync(schedules);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await SandboxHarness.ReadJsonAsync(response);
        Assert.Equal("COMPLETED", (string?)body!["status"]);
        Assert.All(body["flights"]!.AsArray(), f => Assert.Empty(f!["rates"]!.AsArray()));
    }
}
