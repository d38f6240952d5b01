using System.Net;
using System.Text.Json.Nodes;
using AviationApis.Sandbox.Emulation;

namespace AviationApis.Sandbox.Cangooroo;

// What follows a booking: GetServiceDetails (an InProgress booking settles), Cancel, and BackOffice GetBookingList.
public sealed partial class CangoorooEmulator
{
    private HttpResponseMessage GetBookingList(JsonNode body, string user)
    {
        var reference = Json.String(Json.Object(body, "SearchBookingCriteria"), "ExternalReference");
        var list = new JsonArray();
        foreach (var (id, service) in services.OrderBy(s => s.Key))
        {
            if (service.User != user || (reference is not null && !string.Equals(service.Reference, reference, StringComparison.Ordinal)))
            {
                continue;
            }

            var main = Json.Array(service.Node, "Passengers")?.FirstOrDefault(p => Json.Bool(p, "MainPax") == true);
            list.AddNode(new JsonObject
            {
                ["BookingId"] = 900000 + id,
                ["ServiceId"] = id,
                ["ServiceType"] = 10,
                ["Status"] = Json.String(service.Node, "Status"),
                ["Price"] = service.Node["Price"]?.DeepClone(),
                ["MainPax"] = main is null ? null : $"{Json.String(main, "Name")} {Json.String(main, "Surname")}",
                ["ExternalReference"] = service.Reference,
            });
        }

        return Envelope(HttpStatusCode.OK, null, null, ("TotalResults", list.Count), ("Reservations", list));
    }

    private HttpResponseMessage Cancel(JsonNode body, string user)
    {
        if (!TryService(body, user, out var service, out var failure))
        {
            return failure!;
        }

        if (Json.String(service!.Node, "Status") == "Cancelled")
        {
            return Failure("The service is already cancelled", "ServiceAlreadyCancelled");
        }

        service.Node["Status"] = "Cancelled";
        service.Node["PaymentStatus"] = "Refunded";
        return Envelope(HttpStatusCode.OK, null, null, ("Service", service.Node.DeepClone()));
    }

    private HttpResponseMessage GetServiceDetails(JsonNode body, string user)
    {
        if (!TryService(body, user, out var service, out var failure))
        {
            return failure!;
        }

        if (Json.String(service!.Node, "Status") == "InProgress")
        {
            if (service.PendingChecks > 0)
            {
                service.PendingChecks--;
            }
            else
            {
                service.Node["Status"] = service.FinalStatus;
                service.Node["PaymentStatus"] = service.FinalPayment;
            }
        }

        return Envelope(HttpStatusCode.OK, null, null, ("Service", service.Node.DeepClone()));
    }

    private bool TryService(JsonNode body, string user, out Service? service, out HttpResponseMessage? failure)
    {
        service = null;
        failure = null;
        var id = Json.Long(body, "ServiceId");
        if (id is null)
        {
            failure = Failure("ServiceId is required", "InvalidRequest");
            return false;
        }

        if (!services.TryGetValue(id.Value, out service) || service.User != user)
        {
            failure = Failure($"Service {id} not found", "ServiceNotFound");
            return false;
        }

        return true;
    }

    private sealed record Service(string User, JsonObject Node, string? Reference, string FinalStatus, string FinalPayment)
    {
        public int PendingChecks { get; set; }
    }
}
