using System.Net;
using System.Text.Json.Nodes;
using AviationApis.Sandbox.Tests.Infrastructure;

namespace AviationApis.Sandbox.Tests.Avinode;

/// <summary>
/// The seed document's SchedAero examples, sent verbatim to the in-process sandbox at the seed's own host: every member
/// of the documented response is in ours with the same value (we may add members, as the vendor says it may).
/// </summary>
public sealed class SeedExampleTests
{
    private const string Quote = """
        {
        	"data": {
        		"id": "schedaero-quote-123456789",
        		"href": "https://sandbox-schedaero.avinode.com/api/quotes/schedaero-quote-123456789",
        		"type": "schedaero-quote",
        		"links": {
        			"generate-pdf": {
        				"href": "https://sandbox-schedaero.avinode.com/api/streams/quotes/schedaero-quote-123456789"
        			}
        		}
        	},
        	"meta": {}
        }
        """;

    private const string Trip = """
        {
        	"data": {
        		"origin": "Avinode",
        		"avinodeRfqId": "arfq-123456789",
        		"id": "schedaero-trip-123456789",
        		"href": "https://sandbox-schedaero.avinode.com/api/trips/schedaero-trip-123456789",
        		"type": "schedaero-trip",
        		"links": {
        			"avinode-rfq": {
        				"href": "https://sandbox.avinode.com/api/rfqs/arfq-123456789"
        			}
        		}
        	},
        	"meta": {}
        }
        """;

    private const string LegReports = """
        {
        	"data": [{
        			"report": {
        				"name": "Passenger by leg trip sheet",
        				"reportType": "PassengerTripSheet",
        				"id": "report-10002",
        				"href": "https://sandbox-schedaero.avinode.com/api/reports/report-10002",
        				"type": "report"
        			},
        			"leg": {
        				"id": "schedaero-flightleg-123456789",
        				"href": "https://sandbox-schedaero.avinode.com/api/flightlegs/schedaero-flightleg-123456789",
        				"type": "schedaero-flightleg"
        			},
        			"id": "schedaero-flightleg-123456789-report-10002",
        			"type": "report-flightleg",
        			"links": {
        				"generate-pdf": {
        					"href": "https://sandbox-schedaero.avinode.com/api/streams/tripsheets/schedaero-flightleg-123456789-report-10002"
        				}
        			}
        		}, {
        			"report": {
        				"name": "Pilot by leg trip sheet",
        				"reportType": "PilotTripSheet",
        				"id": "report-10011",
        				"href": "https://sandbox-schedaero.avinode.com/api/reports/report-10011",
        				"type": "report"
        			},
        			"leg": {
        				"id": "schedaero-flightleg-123456789",
        				"href": "https://sandbox-schedaero.avinode.com/api/flightlegs/schedaero-flightleg-123456789",
        				"type": "schedaero-flightleg"
        			},
        			"id": "schedaero-flightleg-123456789-report-10011",
        			"type": "report-flightleg",
        			"links": {
        				"generate-pdf": {
        					"href": "https://sandbox-schedaero.avinode.com/api/streams/tripsheets/schedaero-flightleg-123456789-report-10011"
        				}
        			}
        		}
        	],
        	"meta": {}
        }
        """;

    [Theory]
    [InlineData("https://sandbox-schedaero.avinode.com/api/quotes/schedaero-quote-123456789", Quote)]
    [InlineData("https://sandbox-schedaero.avinode.com/api/trips/schedaero-trip-123456789?fields[trip]=origin,avinodeid", Trip)]
    [InlineData("https://sandbox-schedaero.avinode.com/api/flightlegs/schedaero-flightleg-123456789/reports", LegReports)]
    public async Task Seed_example_response_is_contained_in_ours(string url, string documented)
    {
        await using var harness = await SandboxHarness.CreateAsync(false);
        var (response, body) = await harness.SchedAeroAsync(HttpMethod.Get, url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertContains(JsonNode.Parse(documented)!, body!, "$");
    }

    private static void AssertContains(JsonNode expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case JsonObject obj:
                var actualObject = Assert.IsType<JsonObject>(actual);
                foreach (var (name, value) in obj)
                {
                    Assert.True(actualObject.ContainsKey(name), $"{path}.{name} is missing");
                    AssertContains(value!, actualObject[name], $"{path}.{name}");
                }

                break;
            case JsonArray array:
                var actualArray = Assert.IsType<JsonArray>(actual);
                Assert.Equal(array.Count, actualArray.Count);
                for (var i = 0; i < array.Count; i++)
                {
                    AssertContains(array[i]!, actualArray[i], $"{path}[{i}]");
                }

                break;
            default:
                Assert.True(JsonNode.DeepEquals(expected, actual), $"{path}: expected {expected.ToJsonString()}, got {actual?.ToJsonString()}");
                break;
        }
    }
}
