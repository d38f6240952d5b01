using System.Net;
using AviationApis.Sandbox.Tests.Infrastructure;

namespace AviationApis.Sandbox.Tests.Avinode;

public sealed class AvinodeFlowTests
{
    [Theory]
    [MemberData(nameof(Modes.Both), MemberType = typeof(Modes))]
    public async Task External_system_gets_an_id_and_identities_stick_to_the_contact(bool kestrel)
    {
        await using var harness = await SandboxHarness.CreateAsync(kestrel);
        var baseUri = harness.SchedAero.BaseAddress!.AbsoluteUri;

        var (before, beforeBody) = await harness.SchedAeroAsync(HttpMethod.Get, "contacts/people/contact-123456789?fields[contact]=externalidentities");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Empty(beforeBody!["data"]!["externalIdentities"]!.AsArray());

        // The seed's examples, verbatim.
        var (created, createdBody) = await harness.SchedAeroAsync(HttpMethod.Post, "externalsystems", """
            {
            	"name": "MyCRM"
            }
            """);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("{\"meta\":{}}", createdBody!.ToJsonString());
        var location = created.Headers.Location!;
        Assert.StartsWith(baseUri + "externalsystems/external-system-", location.AbsoluteUri, StringComparison.Ordinal);
        var systemId = location.Segments[^1];

        var (duplicate, duplicateBody) = await harness.SchedAeroAsync(HttpMethod.Post, "externalsystems", """{"name":"mycrm"}""");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        Assert.Equal("name", (string?)duplicateBody!["meta"]!["errors"]![0]!["path"]);

        var (patched, patchedBody) = await harness.SchedAeroAsync(HttpMethod.Patch, "contacts/people/contact-123456789/externalidentity/" + systemId, """
            {
            	"identifier": "ABCDEF-123456",
            	"name": "CRM Customer",
            	"uri": "https://app.mycrm.com/customers/edit/abcdef-123456"
            }
            """);
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal("{\"meta\":{}}", patchedBody!.ToJsonString());

        // The seeded system works as in the seed's PATCH example.
        var (seeded, _) = await harness.SchedAeroAsync(HttpMethod.Patch, "contacts/people/contact-123456789/externalidentity/external-system-123456789", """{"identifier":"SEED-1"}""");
        Assert.Equal(HttpStatusCode.OK, seeded.StatusCode);

        var (read, readBody) = await harness.SchedAeroAsync(HttpMethod.Get, "contacts/people/contact-123456789?fields%5Bcontact%5D=externalidentities");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var identities = readBody!["data"]!["externalIdentities"]!.AsArray();
        Assert.Equal(2, identities.Count);
        var identity = identities.Single(i => (string?)i!["identifier"] == "ABCDEF-123456")!;
        Assert.Equal("CRM Customer", (string?)identity["name"]);
        Assert.True((bool?)identity["isActive"]);
        Assert.Equal("schedaero-identity", (string?)identity["type"]);
        Assert.Equal($"contact-123456789/externalidentity/{systemId}", (string?)identity["id"]);
        Assert.Equal($"{baseUri}contacts/people/contact-123456789/externalidentity/{systemId}", (string?)identity["href"]);
        Assert.Equal("contact-person", (string?)readBody["data"]!["type"]);

        var (plain, plainBody) = await harness.SchedAeroAsync(HttpMethod.Get, "contacts/people/contact-123456789");
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Null(plainBody!["data"]!["externalIdentities"]);
        Assert.Equal(baseUri + "contacts/people/contact-123456789", (string?)plainBody["data"]!["href"]);

        var (deactivated, _) = await harness.SchedAeroAsync(HttpMethod.Patch, "contacts/people/contact-123456789/externalidentity/" + systemId, """{"isActive":"false"}""");
        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        var (_, afterBody) = await harness.SchedAeroAsync(HttpMethod.Get, "contacts/people/contact-123456789?fields[contact]=externalidentities");
        Assert.False((bool?)afterBody!["data"]!["externalIdentities"]!.AsArray().Single(i => (string?)i!["identifier"] == "ABCDEF-123456")!["isActive"]);

        var (unknownSystem, _) = await harness.SchedAeroAsync(HttpMethod.Patch, "contacts/people/contact-123456789/externalidentity/external-system-1", """{"identifier":"X"}""");
        Assert.Equal(HttpStatusCode.NotFound, unknownSystem.StatusCode);
        var (noIdentifier, _) = await harness.SchedAeroAsync(HttpMethod.Patch, "contacts/people/contact-123456789/externalidentity/" + systemId, """{"name":"x"}""");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noIdentifier.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Modes.Both), MemberType = typeof(Modes))]
    public async Task Trip_sparse_fields_reports_and_tripsheet_pdf(bool kestrel)
    {
        await using var harness = await SandboxHarness.CreateAsync(kestrel);
        var baseUri = harness.SchedAero.BaseAddress!.AbsoluteUri;
        var (trip, tripBody) = await harness.SchedAeroAsync(HttpMethod.Get, "trips/schedaero-trip-123456789?fields[trip]=origin,avinodeid");
        Assert.Equal(HttpStatusCode.OK, trip.StatusCode);
        var data = tripBody!["data"]!;
        Assert.Equal("Avinode", (string?)data["origin"]);
        Assert.Equal("arfq-123456789", (string?)data["avinodeRfqId"]);
        Assert.Equal("schedaero-trip", (string?)data["type"]);
        Assert.NotNull(data["links"]!["avinode-rfq"]!["href"]);
        Assert.Equal(baseUri + "quotes/schedaero-quote-123456789", (string?)data["links"]!["quotes"]![0]!["href"]);

        var (_, plainBody) = await harness.SchedAeroAsync(HttpMethod.Get, "trips/schedaero-trip-123456789");
        Assert.Null(plainBody!["data"]!["origin"]);
        Assert.Null(plainBody["data"]!["avinodeRfqId"]);

        var (reports, reportsBody) = await harness.SchedAeroAsync(HttpMethod.Get, "trips/schedaero-trip-123456789/reports");
        Assert.Equal(HttpStatusCode.OK, reports.StatusCode);
        var list = reportsBody!["data"]!.AsArray();
        Assert.Equal(2, list.Count);
        Assert.Equal("report-trip", (string?)list[0]!["type"]);
        Assert.Equal("PassengerTripSheet", (string?)list[0]!["report"]!["reportType"]);
        Assert.Equal("schedaero-trip-123456789", (string?)list[0]!["trip"]!["id"]);
        var pdfHref = (string)list[1]!["links"]!["generate-pdf"]!["href"]!;
        Assert.Equal(baseUri + "streams/tripsheets/schedaero-trip-123456789-report-10011", pdfHref);

        using var request = SandboxHarness.AvinodeRequest(HttpMethod.Get, pdfHref, TimeProvider.System);
        var pdf = await harness.SchedAero.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        PdfAssert.Valid(await pdf.Content.ReadAsByteArrayAsync());

        var (leg, legBody) = await harness.SchedAeroAsync(HttpMethod.Get, "flightlegs/schedaero-flightleg-123456789");
        Assert.Equal(HttpStatusCode.OK, leg.StatusCode);
        Assert.Equal("schedaero-flightleg", (string?)legBody!["data"]!["type"]);
        Assert.EndsWith("Z", (string?)legBody["data"]!["departureTimeUtc"], StringComparison.Ordinal);
        var (legReports, legReportsBody) = await harness.SchedAeroAsync(HttpMethod.Get, "flightlegs/schedaero-flightleg-123456789/reports");
        Assert.Equal(HttpStatusCode.OK, legReports.StatusCode);
        Assert.Equal("report-flightleg", (string?)legReportsBody!["data"]![0]!["type"]);
        Assert.Equal("schedaero-flightleg-123456789", (string?)legReportsBody["data"]![0]!["leg"]!["id"]);
    }

    [Theory]
    [MemberData(nameof(Modes.Both), MemberType = typeof(Modes))]
    public async Task Quote_pdf_is_downloaded_through_the_generate_pdf_link(bool kestrel)
    {
        await using var harness = await SandboxHarness.CreateAsync(kestrel);
        var (quote, quoteBody) = await harness.SchedAeroAsync(HttpMethod.Get, "quotes/schedaero-quote-123456789");
        Assert.Equal(HttpStatusCode.OK, quote.StatusCode);
        Assert.Equal("schedaero-quote", (string?)quoteBody!["data"]!["type"]);
        var href = (string)quoteBody["data"]!["links"]!["generate-pdf"]!["href"]!;
        Assert.Equal(harness.SchedAero.BaseAddress!.AbsoluteUri + "streams/quotes/schedaero-quote-123456789", href);

        using var request = SandboxHarness.AvinodeRequest(HttpMethod.Get, href, TimeProvider.System);
        var pdf = await harness.SchedAero.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", pdf.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Quote N100AB (Gulfstream V)  $28,650.00", pdf.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("attachment; filename=\"Quote N100AB (Gulfstream V)  $28,650.00\"", string.Join(",", pdf.Content.Headers.GetValues("Content-Disposition")));
        PdfAssert.Valid(await pdf.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [MemberData(nameof(Modes.Both), MemberType = typeof(Modes))]
    public async Task Webhook_settings_round_trip_and_the_secret_is_never_echoed(bool kestrel)
    {
        await using var harness = await SandboxHarness.CreateAsync(kestrel);
        const string create = """
            {
            	"targetURI": "https://myapplication.com/notifications",
            	"displayName": "Schedaero contact changes",
            	"active": true,
            	"clientIdentifier": "myapplication",
            	"clientSecret": "s3cr3t-value",
            	"clientAuthenticationType": "BASIC",
            	"eventTypes": [
            		"SchedAeroContacts"
            	]
            }
            """;
        var (created, createdBody) = await harness.SchedAeroAsync(HttpMethod.Post, "webhooks/settings", create, harness.Avinode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var settings = createdBody!["data"]!;
        var id = (string)settings["id"]!;
        Assert.Equal(1, (int?)settings["version"]);
        Assert.Equal("https://myapplication.com/notifications", (string?)settings["targetURI"]);
        Assert.Equal("myapplication", (string?)settings["clientIdentifier"]);
        Assert.Equal("BASIC", (string?)settings["clientAuthenticationType"]);
        Assert.Equal("SchedAeroContacts", (string?)settings["eventTypes"]![0]);
        Assert.True((bool?)settings["active"]);
        Assert.Null(settings["clientSecret"]);
        Assert.Equal(harness.Avinode.BaseAddress!.AbsoluteUri + "webhooks/settings/" + id, created.Headers.Location!.AbsoluteUri);

        var (listed, listedBody) = await harness.SchedAeroAsync(HttpMethod.Get, "webhooks/settings", client: harness.Avinode);
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Equal(id, (string?)listedBody!["data"]!.AsArray().Single()!["id"]);

        var (updated, updatedBody) = await harness.SchedAeroAsync(HttpMethod.Put, "webhooks/settings/" + id, """{"active":false,"eventTypes":["SchedAeroContacts","SchedAeroQuotes","TripRequest"]}""", harness.Avinode);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.False((bool?)updatedBody!["data"]!["active"]);
        Assert.Equal(2, (int?)updatedBody["data"]!["version"]);
        Assert.Equal("Schedaero contact changes", (string?)updatedBody["data"]!["displayName"]);

        var (got, gotBody) = await harness.SchedAeroAsync(HttpMethod.Get, "webhooks/settings/" + id, client: harness.Avinode);
        Assert.Equal(HttpStatusCode.OK, got.StatusCode);
        Assert.Equal(3, gotBody!["data"]!["eventTypes"]!.AsArray().Count);

        foreach (var body in new[] { createdBody, listedBody, updatedBody, gotBody })
        {
            Assert.DoesNotContain("s3cr3t-value", body.ToJsonString(), StringComparison.Ordinal);
        }

        var (missing, _) = await harness.SchedAeroAsync(HttpMethod.Get, "webhooks/settings/whs-1", client: harness.Avinode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [InlineData("""{"targetURI":"http://example.com/hook","displayName":"x","eventTypes":["SchedAeroContacts"]}""", "targetURI")]
    [InlineData("""{"targetURI":"https://example.com/hook","displayName":"x","eventTypes":["SchedAeroContact"]}""", "eventTypes[0]")]
    [InlineData("""{"targetURI":"https://example.com/hook","eventTypes":["SchedAeroContacts"]}""", "displayName")]
    [InlineData("""{"targetURI":"https://example.com/hook","displayName":"x","eventTypes":[]}""", "eventTypes")]
    [InlineData("""{"targetURI":"https://example.com/hook","displayName":"x","clientAuthenticationType":"DIGEST","eventTypes":["TripRequest"]}""", "clientAuthenticationType")]
    public async Task Invalid_webhook_settings_are_422_with_the_path(string json, string path)
    {
        await using var harness = await SandboxHarness.CreateAsync(false);
        var (response, body) = await harness.SchedAeroAsync(HttpMethod.Post, "webhooks/settings", json, harness.Avinode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(path, (string?)body!["meta"]!["errors"]![0]!["path"]);
    }

    [Fact]
    public async Task Loopback_http_targets_are_accepted_for_local_receivers()
    {
        await using var harness = await SandboxHarness.CreateAsync(false);
        var (response, _) = await harness.SchedAeroAsync(HttpMethod.Post, "webhooks/settings", """{"targetURI":"http://127.0.0.1:5005/webhooks/avinode","displayName":"local","eventTypes":["SchedAeroContacts"]}""", harness.Avinode);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Company_contact_lists_its_employee()
    {
        await using var harness = await SandboxHarness.CreateAsync(false);
        var (response, body) = await harness.SchedAeroAsync(HttpMethod.Get, "contacts/companies/contact-223456789");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("contact-company", (string?)body!["data"]!["type"]);
        Assert.Equal("contact-123456789", (string?)body["data"]!["links"]!["employees"]![0]!["id"]);
    }
}
