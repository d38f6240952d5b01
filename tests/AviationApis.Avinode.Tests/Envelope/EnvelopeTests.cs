using System.Net;
using AviationApis.Avinode.Errors;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero;
using AviationApis.Avinode.SchedAero.Contacts;
using AviationApis.Avinode.Tests.Infrastructure;

namespace AviationApis.Avinode.Tests.Envelope;

public sealed class EnvelopeTests
{
    private const string SoftError = """
        { "meta": { "errors": [ { "title": "Invalid start airport", "code": "START_AIRPORT_INVALID", "path": "activities[1].startAirport" } ],
                    "warnings": [ { "title": "Deprecated field", "code": "W_DEPRECATED" } ],
                    "infos": [ { "title": "Saved", "code": "I_SAVED" } ] },
          "data": { "id": "contact-1", "type": "contact-person", "firstName": "Ada" } }
        """;

    [Fact]
    public async Task Unknown_members_are_kept_and_known_ones_typed()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => AvinodeHarness.Json("""
            { "data": { "id": "contact-123456789", "href": "https://sandbox-schedaero.avinode.com/api/contacts/people/contact-123456789",
                        "type": "contact-person", "firstName": "Ada", "lastName": "Lovelace", "email": "ada@example.com", "phone": "+1 555",
                        "loyaltyTier": "gold",
                        "links": { "company": { "id": "contact-2", "href": "https://sandbox-schedaero.avinode.com/api/contacts/companies/contact-2", "type": "contact-company" },
                                   "trips": [ { "id": "schedaero-trip-123456789", "href": "https://sandbox-schedaero.avinode.com/api/trips/schedaero-trip-123456789", "type": "schedaero-trip" } ],
                                   "salesperson": { "id": "staff-9", "href": "https://sandbox-schedaero.avinode.com/api/staff/staff-9", "type": "staff" },
                                   "brandNew": { "href": "https://x" } } },
              "meta": { "pagination": { "pageNumber": 1 } }, "extra": true }
            """);

        var result = await harness.Client.GetPersonAsync(new ResourceId("contact-123456789"));

        var person = result.Data!;
        Assert.Equal(new ResourceId("contact-123456789"), person.Id);
        Assert.Equal("Lovelace", person.LastName);
        Assert.Equal("gold", person.AdditionalProperties!["loyaltyTier"].GetString());
        Assert.Equal(new ResourceId("contact-2"), person.Links!.Company!.Id);
        Assert.Equal("schedaero-trip", Assert.Single(person.Links.Trips!).Type);
        Assert.True(person.Links.AdditionalProperties!.ContainsKey("brandNew"));
        Assert.True(result.Meta.AdditionalProperties!.ContainsKey("pagination"));
        Assert.False(result.HasErrors);
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
    }

    [Fact]
    public async Task Soft_errors_warnings_and_infos_are_exposed_not_dropped()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => AvinodeHarness.Json(SoftError);

        var result = await harness.Client.GetPersonAsync(new ResourceId("contact-1"));

        Assert.True(result.HasErrors);
        var error = Assert.Single(result.Meta.Errors);
        Assert.Equal("START_AIRPORT_INVALID", error.Code);
        Assert.Equal("activities[1].startAirport", error.Path);
        Assert.Equal("W_DEPRECATED", Assert.Single(result.Meta.Warnings).Code);
        Assert.Equal("I_SAVED", Assert.Single(result.Meta.Infos).Code);
        Assert.Equal("Ada", result.Data!.FirstName);
        var thrown = Assert.Throws<AvinodeSoftErrorException>(() => result.EnsureNoErrors());
        Assert.Equal("START_AIRPORT_INVALID", thrown.ErrorCode);
    }

    [Fact]
    public async Task Strict_mode_turns_soft_errors_into_exceptions()
    {
        using var harness = new AvinodeHarness(o => o.TreatSoftErrorsAsExceptions = true);
        harness.Handler = (_, _) => AvinodeHarness.Json(SoftError);

        var error = await Assert.ThrowsAsync<AvinodeSoftErrorException>(() => harness.Client.GetPersonAsync(new ResourceId("contact-1")));

        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.Equal("START_AIRPORT_INVALID", error.ErrorCode);
        var field = Assert.Single(error.FieldErrors);
        Assert.Equal("activities[1].startAirport", field.Field);
        Assert.Equal("Invalid start airport", field.Message);
        Assert.Equal("START_AIRPORT_INVALID", field.Code);
        Assert.Equal("W_DEPRECATED", Assert.Single(error.Meta.Warnings).Code);
        Assert.Equal("SchedAero.GetPerson", error.OperationName);
    }

    [Fact]
    public async Task A_success_without_data_is_an_invalid_response()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => AvinodeHarness.Json("""{"meta": {}}""");

        await Assert.ThrowsAsync<AviationApis.Core.Errors.InvalidResponseException>(() => harness.Client.GetQuoteAsync(new ResourceId("q-1")));
    }

    [Fact]
    public async Task Malformed_json_is_an_invalid_response()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => AvinodeHarness.Json("""{"data": {"id": "q-1", """);

        await Assert.ThrowsAsync<AviationApis.Core.Errors.InvalidResponseException>(() => harness.Client.GetQuoteAsync(new ResourceId("q-1")));
    }

    [Fact]
    public async Task Request_strings_are_escaped_as_the_seed_specifies()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => AvinodeHarness.Json("""{"meta":{}}""");

        await harness.Client.SetExternalIdentityAsync(
            new ResourceId("contact-1"),
            new ResourceId("external-system-1"),
            new ExternalIdentityUpdate { Identifier = "A\\B", Name = "Say \"hi\"\nline two" });

        var body = Assert.Single(harness.Requests).Body!;
        Assert.Contains("\"identifier\":\"A\\\\B\"", body, StringComparison.Ordinal);
        Assert.Contains("Say \\\"hi\\\"\\nline two", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0022", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Soft_errors_on_a_meta_only_answer_are_exposed_or_thrown_in_strict_mode()
    {
        const string softError = """{"meta": {"errors": [{"code": "URI_INVALID", "title": "The uri was ignored", "path": "uri"}]}}""";
        using var lenient = new AvinodeHarness();
        lenient.Handler = (_, _) => AvinodeHarness.Json(softError);
        using var strict = new AvinodeHarness(o => o.TreatSoftErrorsAsExceptions = true);
        strict.Handler = (_, _) => AvinodeHarness.Json(softError);
        var identity = new ExternalIdentityUpdate { Identifier = "X-1" };

        var result = await lenient.Client.SetExternalIdentityAsync(new ResourceId("contact-1"), new ResourceId("external-system-1"), identity);
        var error = await Assert.ThrowsAsync<AvinodeSoftErrorException>(() => strict.Client.SetExternalIdentityAsync(new ResourceId("contact-1"), new ResourceId("external-system-1"), identity));

        Assert.True(result.HasErrors);
        Assert.Equal("URI_INVALID", Assert.Single(result.Meta.Errors).Code);
        Assert.Equal("uri", Assert.Single(error.FieldErrors).Field);
        Assert.Equal("SchedAero.SetExternalIdentity", error.OperationName);
    }
}
