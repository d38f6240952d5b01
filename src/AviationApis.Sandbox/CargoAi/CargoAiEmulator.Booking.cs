using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AviationApis.Sandbox.Emulation;

namespace AviationApis.Sandbox.CargoAi;

// Booking: classic bookings of a searched flight and rate, with the vendor's bookability and AWB rules.
public sealed partial class CargoAiEmulator
{
    private HttpResponseMessage Book(EmulatorRequest request)
    {
        if (!request.TryReadObject(out var body))
        {
            return BookingFailed(null, "Invalid request", "The body must be a JSON object");
        }

        var user = Json.Object(body, "user");
        string[] userFields = ["email", "firstName", "lastName", "iata", "cass", "country"];
        if (user is null || userFields.Any(f => string.IsNullOrEmpty(Json.String(user, f))))
        {
            return Json.Response(HttpStatusCode.Forbidden, new JsonObject { ["field"] = "global", ["error"] = "Cannot match user information" });
        }

        var flightUuid = Json.String(body, "flightUUID");
        var rateId = Json.String(body, "rateId");
        if (string.IsNullOrEmpty(flightUuid) && body["itinerary"] is not null)
        {
            return Json.Response(HttpStatusCode.BadRequest, new JsonObject
            {
                ["bookingStatus"] = "FAILED",
                ["flights"] = new JsonArray(),
                ["error"] = "Cannot match flight details",
                ["description"] = "The sandbox supports classic bookings (flightUUID and rateId from a search) only",
            });
        }

        if (string.IsNullOrEmpty(flightUuid) || string.IsNullOrEmpty(rateId))
        {
            return BookingFailed(flightUuid, "Invalid request", "flightUUID and rateId are required");
        }

        if (!flights.TryGetValue(flightUuid, out var found))
        {
            return BookingFailed(flightUuid, "FlightNotAvailable", "Unknown flightUUID: search again");
        }

        var flight = found.Flight;
        if (Json.Bool(flight, "available") != true || Json.Bool(flight["features"], "bookable") != true)
        {
            return BookingFailed(flightUuid, "FlightNotAvailable", "This offer cannot be booked through the API: book it in FlyWINDOW");
        }

        var rate = Json.Array(flight, "rates")?.FirstOrDefault(r => Json.String(r, "id") == rateId);
        if (rate is null)
        {
            return BookingFailed(flightUuid, "ProductOfferExpired", "The rate is not part of this flight's offer");
        }

        if (Json.Bool(rate, "isManualRate") == true || (Json.Long(rate, "coloaderOfficeId") ?? 0) != 0)
        {
            return BookingFailed(flightUuid, "FlightNotAvailable", "Manual and coloader rates are not bookable via API: book it in FlyWINDOW (CargoMART)");
        }

        var awb = Json.String(body, "awb");
        if (string.IsNullOrEmpty(awb))
        {
            if (Json.Bool(flight["features"], "awbOptional") != true)
            {
                return BookingFailed(flightUuid, "CheckAWBFailed", "An AWB is required for this airline");
            }

            awb = string.Create(CultureInfo.InvariantCulture, $"{Json.Array(flight, "awbPrefixes")![0]}-{awbSequence++:D8}");
        }
        else if (!AwbPattern().IsMatch(awb) || Json.Array(flight, "awbPrefixes")!.All(p => Json.Text(p) != awb[..3]))
        {
            return BookingFailed(flightUuid, "CheckAWBFailed", $"AWB {awb} is not valid for this airline");
        }

        if (bookings.TryGetValue(flightUuid, out var existing) && existing.Status != "CANCELLED")
        {
            return Json.Response(HttpStatusCode.BadRequest, new JsonObject
            {
                ["flightUIID"] = flightUuid,
                ["awb"] = existing.Awb,
                ["bookingStatus"] = "FAILED",
                ["error"] = "FlightUUID and Rateld are already used",
                ["description"] = "Booking already exists",
            });
        }

        var handlingCodes = body["handlingCodes"] as JsonArray ?? new JsonArray("GCR");
        bookings[flightUuid] = new Booking(flightUuid, rateId, awb, (JsonObject)flight.DeepClone(), found.Search) { Status = "PENDING_DELIVERY" };
        return Json.Response(HttpStatusCode.OK, new JsonObject
        {
            ["flightUUID"] = flightUuid,
            ["bookingStatus"] = "PENDING_DELIVERY",
            ["awb"] = awb,
            ["handlingCodes"] = handlingCodes.DeepClone(),
        });
    }

    private static HttpResponseMessage BookingFailed(string? flightUuid, string error, string description) =>
        Json.Response(HttpStatusCode.BadRequest, new JsonObject
        {
            ["flightUIID"] = flightUuid,
            ["bookingStatus"] = "FAILED",
            ["error"] = error,
            ["description"] = description,
        });

    [GeneratedRegex("^[0-9]{3}-[0-9]{8}$")]
    private static partial Regex AwbPattern();

    private sealed class Booking(string flightUuid, string rateId, string awb, JsonObject flight, Search search)
    {
        public string FlightUuid { get; } = flightUuid;

        public string RateId { get; } = rateId;

        public string Awb { get; } = awb;

        public JsonObject Flight { get; } = flight;

        public Search Search { get; } = search;

        public required string Status { get; set; }
    }
}
