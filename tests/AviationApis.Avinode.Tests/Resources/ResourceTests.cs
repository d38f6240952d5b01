using System.Net;
using System.Text.Json;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero;
using AviationApis.Avinode.SchedAero.Reports;
using AviationApis.Avinode.SchedAero.Trips;
using AviationApis.Avinode.Tests.Infrastructure;
using AviationApis.Core.Errors;

namespace AviationApis.Avinode.Tests.Resources;

public sealed class ResourceTests
{
    private const string SeedTrip = """
        { "data": { "origin": "Avinode", "avinodeRfqId": "arfq-123456789", "id": "schedaero-trip-123456789",
                    "href": "https://sandbox-schedaero.avinode.com/api/trips/schedaero-trip-123456789", "type": "schedaero-trip",
                    "links": { "avinode-rfq": { "href": "https://sandbox.avinode.com/api/rfqs/arfq-123456789" } } },
          "meta": {} }
        """;

    private const string SeedIdentities = """
        { "data": { "externalIdentities": [{ "identifier": "ABCDEF-123456", "name": "CRM Customer",
                      "uri": "https://app.mycrm.com/customers/edit/abcdef-123456", "isActive": true,
                      "id": "contact-123456789/externalidentity/external-system-123456789",
                      "href": "https://dotnetvm-schedaero.avinode.local/api/contacts/people/contact-123456789/externalidentity/external-system-123456789",
                      "type": "schedaero-identity" } ],
                    "id": "contact-123456789", "href": "https://dotnetvm-schedaero.avinode.local/api/contacts/people/contact-123456789",
                    "type": "contact-person", },
          "meta": {} }
        """;

    [Fact]
    public async Task Sparse_fields_are_sent_as_fields_type_equals_list_and_the_avinode_origin_is_read()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => AvinodeHarness.Json(SeedTrip);

        var trip = (await harness.Client.GetTripAsync(new ResourceId("schedaero-trip-123456789"), SchedAeroFields.TripAvinodeOrigin)).Data!;

        var sent = Assert.Single(harness.Requests);
        Assert.Equal("https://sandbox-schedaero.avinode.com/api/trips/schedaero-trip-123456789?fields[trip]=origin,avinodeid", sent.Uri.OriginalString);
        Assert.True(trip.IsFromAvinode);
        Assert.Equal(new ResourceId("arfq-123456789"), trip.AvinodeRfqId);
        Assert.Equal("https://sandbox.avinode.com/api/rfqs/arfq-123456789", trip.Links!.AvinodeRfq!.Href);
        Assert.Equal(
            "https://sandbox-schedaero.avinode.com/mvc/trip/fromImportedAvinodeRfq/arfq-123456789",
            harness.Client.GetImportedAvinodeRfqDeepLink(trip.AvinodeRfqId).AbsoluteUri);
    }

    [Fact]
    public async Task External_identities_are_read_through_the_contact_sparse_field()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => AvinodeHarness.Json(SeedIdentities);

        var identities = (await harness.Client.GetExternalIdentitiesAsync(new ResourceId("contact-123456789"))).Data!;

        Assert.Equal(
            "https://sandbox-schedaero.avinode.com/api/contacts/people/contact-123456789?fields[contact]=externalidentities",
            Assert.Single(harness.Requests).Uri.OriginalString);
        var identity = Assert.Single(identities);
        Assert.Equal("ABCDEF-123456", identity.Identifier);
        Assert.True(identity.IsActive);
        Assert.Equal(new ResourceId("contact-123456789/externalidentity/external-system-123456789"), identity.Id);
    }

    [Fact]
    public void Sparse_fields_combine_and_refuse_query_syntax()
    {
        var fields = SparseFields.For("trip", "origin").And("trip", "avinodeid").And("contact", "externalidentities");

        Assert.Equal("fields[trip]=origin,avinodeid&fields[contact]=externalidentities", fields.ToString());
        Assert.Throws<ArgumentException>(() => SparseFields.For("trip"));
        Assert.Throws<ArgumentException>(() => SparseFields.For("trip", "a&b=c"));
        Assert.Throws<ArgumentException>(() => SparseFields.For("tr]ip", "a"));
    }

    [Fact]
    public async Task Links_are_followed_by_href_and_a_prefixed_base_address_keeps_its_path()
    {
        using var harness = new AvinodeHarness(o => o.BaseAddress = new Uri("http://127.0.0.1:5000/some/prefix"));
        harness.Handler = (r, _) => r.Uri.AbsolutePath switch
        {
            "/some/prefix/flightlegs/schedaero-flightleg-1" => AvinodeHarness.Data("""
                { "id": "schedaero-flightleg-1", "type": "schedaero-flightleg", "departureAirport": "KTEB", "arrivalAirport": { "icao": "EGGW" },
                  "departureTimeUtc": "2026-02-01T14:00:00.000Z", "arrivalTimeUtc": "2026-02-01T21:05:00.000Z",
                  "links": { "trip": { "id": "schedaero-trip-1", "href": "trips/schedaero-trip-1", "type": "schedaero-trip" },
                             "crew": { "id": "crew-1", "href": "http://127.0.0.1:5000/some/prefix/crewassignments/crew-1", "type": "crew" } } }
                """),
            "/some/prefix/trips/schedaero-trip-1" => AvinodeHarness.Data("""{ "id": "schedaero-trip-1", "type": "schedaero-trip", "tripNumber": "T-1001" }"""),
            "/some/prefix/crewassignments/crew-1" => AvinodeHarness.Data("""{ "id": "crew-1", "role": "PIC" }"""),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        };

        var leg = (await harness.Client.GetFlightLegAsync(new ResourceId("schedaero-flightleg-1"))).Data!;
        var trip = (await harness.Client.GetAsync<Trip>(leg.Links!.Trip!)).Data!;
        var crew = (await harness.Client.GetAsync<JsonElement>(Assert.Single(leg.Links.Crew!))).Data;

        Assert.Equal("KTEB", leg.DepartureAirport);
        Assert.Equal("EGGW", leg.ArrivalAirport);
        Assert.Equal(NodaTime.Instant.FromUtc(2026, 2, 1, 14, 0), leg.DepartureTimeUtc);
        Assert.Equal("T-1001", trip.TripNumber);
        Assert.Equal("PIC", crew.GetProperty("role").GetString());
        Assert.All(harness.Requests, r => Assert.StartsWith("http://127.0.0.1:5000/some/prefix/", r.Uri.AbsoluteUri, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Following_a_link_to_an_unsupported_type_is_refused_before_sending()
    {
        using var harness = new AvinodeHarness();

        await Assert.ThrowsAsync<NotSupportedException>(() => harness.Client.GetAsync<Uri>(new ResourceLink { Href = "https://sandbox-schedaero.avinode.com/api/x" }));

        Assert.Empty(harness.Requests);
    }

    [Fact]
    public async Task Trip_and_leg_tripsheets_are_listed_with_their_pdf_links()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (r, _) => AvinodeHarness.Json(r.Uri.AbsolutePath.StartsWith("/api/trips/", StringComparison.Ordinal)
            ? """
              { "data": [ { "report": { "name": "Passenger by leg trip sheet", "reportType": "PassengerTripSheet", "id": "report-10002",
                                        "href": "https://sandbox-schedaero.avinode.com/api/reports/report-10002", "type": "report" },
                            "trip": { "id": "schedaero-trip-123456789", "href": "https://sandbox-schedaero.avinode.com/api/trips/schedaero-trip-123456789", "type": "schedaero-trip" },
                            "id": "schedaero-trip-123456789-report-10002", "type": "report-trip",
                            "links": { "generate-pdf": { "href": "https://sandbox-schedaero.avinode.com/api/streams/tripsheets/schedaero-trip-123456789-report-10002" } } } ],
                "meta": {} }
              """
            : """
              { "data": [ { "report": { "name": "Pilot by leg trip sheet", "reportType": "PilotTripSheet", "id": "report-10011", "type": "report" },
                            "leg": { "id": "schedaero-flightleg-123456789", "href": "https://sandbox-schedaero.avinode.com/api/flightlegs/schedaero-flightleg-123456789", "type": "schedaero-flightleg" },
                            "id": "schedaero-flightleg-123456789-report-10011", "type": "report-flightleg",
                            "links": { "generate-pdf": { "href": "https://sandbox-schedaero.avinode.com/api/streams/tripsheets/schedaero-flightleg-123456789-report-10011" } } },
                          { "report": { "name": "Crew list", "reportType": "CrewListSheet", "id": "report-1", "type": "report" }, "id": "r", "type": "report-flightleg" } ],
                "meta": {} }
              """);

        var tripReports = (await harness.Client.GetTripReportsAsync(new ResourceId("schedaero-trip-123456789"))).Data!;
        var legReports = (await harness.Client.GetFlightLegReportsAsync(new ResourceId("schedaero-flightleg-123456789"))).Data!;

        var tripReport = Assert.Single(tripReports);
        Assert.Equal(TripsheetReportType.PassengerTripSheet, tripReport.Report!.ReportType);
        Assert.EndsWith("/streams/tripsheets/schedaero-trip-123456789-report-10002", tripReport.Links!.GeneratePdf!.Href, StringComparison.Ordinal);
        Assert.Equal(2, legReports.Count);
        Assert.Equal(TripsheetReportType.PilotTripSheet, legReports[0].Report!.ReportType);
        Assert.Equal(new ResourceId("schedaero-flightleg-123456789"), legReports[0].Leg!.Id);
        Assert.False(legReports[1].Report!.ReportType!.Value.IsKnown);
        Assert.Equal("CrewListSheet", legReports[1].Report!.ReportType!.Value.Value);
        Assert.Equal(
            ["https://sandbox-schedaero.avinode.com/api/trips/schedaero-trip-123456789/reports", "https://sandbox-schedaero.avinode.com/api/flightlegs/schedaero-flightleg-123456789/reports"],
            harness.Requests.Select(r => r.Uri.AbsoluteUri));
    }

    [Fact]
    public async Task Company_contacts_are_read_with_their_employees()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => AvinodeHarness.Data("""
            { "id": "contact-2", "type": "contact-company", "name": "Acme Jets",
              "links": { "employees": [ { "id": "contact-123456789", "href": "https://sandbox-schedaero.avinode.com/api/contacts/people/contact-123456789", "type": "contact-person" } ] } }
            """);

        var company = (await harness.Client.GetCompanyAsync(new ResourceId("contact-2"))).Data!;

        Assert.Equal("https://sandbox-schedaero.avinode.com/api/contacts/companies/contact-2", Assert.Single(harness.Requests).Uri.AbsoluteUri);
        Assert.Equal("Acme Jets", company.Name);
        Assert.Equal(new ResourceId("contact-123456789"), Assert.Single(company.Links!.Employees!).Id);
    }

    [Fact]
    public void Resource_ids_are_opaque_values()
    {
        var a = new ResourceId("contact-123456789");
        Assert.Equal(a, new ResourceId("contact-123456789"));
        Assert.True(a == new ResourceId("contact-123456789"));
        Assert.NotEqual(a, new ResourceId("CONTACT-123456789"));
        Assert.Equal("contact-123456789", a.ToString());
        Assert.True(default(ResourceId).IsEmpty);
        Assert.Throws<ArgumentException>(() => new ResourceId(" "));
        Assert.DoesNotContain(typeof(ResourceId).GetMethods(), m => m.Name.Contains("Parse", StringComparison.Ordinal) || m.Name.Contains("Split", StringComparison.Ordinal));
    }
}
