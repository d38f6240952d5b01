using System.Net;
using System.Text.Json.Nodes;
using AviationApis.Sandbox.Emulation;

namespace AviationApis.Sandbox.CargoAi;

// Tracking and cancelling a booking (GET track?flight-uuid=…, PUT bookings/{flightUUID}).
public sealed partial class CargoAiEmulator
{
    private HttpResponseMessage Track(EmulatorRequest request)
    {
        var flightUuid = request.QueryValue("flight-uuid");
        if (string.IsNullOrEmpty(flightUuid))
        {
            return Json.Response(HttpStatusCode.InternalServerError, new JsonObject { ["status"] = 500, ["error"] = "Required request parameter 'flight-uuid' is not present" });
        }

        if (!bookings.TryGetValue(flightUuid, out var booking))
        {
            return Json.Response(HttpStatusCode.NotFound, new JsonObject { ["status"] = 404, ["error"] = "not found" });
        }

        var requestShipment = Json.Object(booking.Search.Request, "shipment");
        var shipment = requestShipment is null ? new JsonObject() : (JsonObject)requestShipment.DeepClone();
        shipment["chargeableWeight"] = Math.Round(booking.Search.Shipment.ChargeableWeight, 0);
        shipment["measurementUnit"] ??= "METRIC";
        shipment["dimensions"] ??= new JsonArray();
        return Json.Response(HttpStatusCode.OK, new JsonArray(new JsonObject
        {
            ["flightUUID"] = booking.FlightUuid,
            ["awb"] = booking.Awb,
            ["flight"] = booking.Flight.DeepClone(),
            ["shipment"] = shipment,
            ["bookingResponse"] = new JsonObject
            {
                ["flightUUID"] = booking.FlightUuid,
                ["bookingStatus"] = booking.Status,
                ["awb"] = booking.Awb,
                ["ffr"] = null,
            },
        }));
    }

    private HttpResponseMessage Cancel(EmulatorRequest request)
    {
        var pathUuid = request.Match["flightUUID"];
        if (!request.TryReadObject(out var body))
        {
            return CancelError("The body must be a JSON object with flightUUID and action");
        }

        var flightUuid = Json.String(body, "flightUUID");
        if (string.IsNullOrEmpty(flightUuid))
        {
            return CancelError("flightUUID is required");
        }

        if (!string.Equals(flightUuid, pathUuid, StringComparison.OrdinalIgnoreCase))
        {
            return CancelError("flightUUID in the body does not match the path");
        }

        if (!string.Equals(Json.String(body, "action"), "CANCEL", StringComparison.Ordinal))
        {
            return CancelError("action must be CANCEL");
        }

        if (!bookings.TryGetValue(flightUuid, out var booking))
        {
            return CancelError($"No booking found for flightUUID {flightUuid}");
        }

        if (booking.Status == "CANCELLED")
        {
            return CancelError("The booking is already cancelled");
        }

        booking.Status = "CANCELLED";
        return Json.Response(HttpStatusCode.OK, new JsonObject
        {
            ["status"] = "CANCELLED",
            ["flightUUID"] = flightUuid,
            ["trackingURL"] = new Uri(request.BaseUri, "track?flight-uuid=" + Uri.EscapeDataString(flightUuid)).AbsoluteUri,
        });
    }

    private static HttpResponseMessage CancelError(string message) =>
        Json.Response(HttpStatusCode.BadRequest, new JsonObject { ["errorCode"] = 400, ["errorMessage"] = message });
}
