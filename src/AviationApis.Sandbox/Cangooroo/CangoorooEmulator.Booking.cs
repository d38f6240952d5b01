using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using AviationApis.Sandbox.Emulation;

namespace AviationApis.Sandbox.Cangooroo;

// Booking: refused unless the policies were checked; passengers and card validated; the service created, then answered (or not).
public sealed partial class CangoorooEmulator
{
    private HttpResponseMessage Booking(JsonNode body, string user)
    {
        if (!TrySelected(body, user, out var token, out var selection, out var failure))
        {
            return failure!;
        }

        if (token!.Booked)
        {
            return Failure("This token was already used for a booking: search again", "TokenAlreadyUsed");
        }

        if (!token.PoliciesChecked.Contains(selection.Key))
        {
            return Failure("GetCancellationPolicies must be called for this solution and flights before booking", "CancellationPoliciesRequired");
        }

        var passengers = Json.Array(body, "Passengers");
        if (passengers is null || passengers.Count == 0)
        {
            return Failure("At least one passenger is required", "InvalidRequest");
        }

        var paxOut = new JsonArray();
        foreach (var pax in passengers)
        {
            if (string.IsNullOrWhiteSpace(Json.String(pax, "Name")) || string.IsNullOrWhiteSpace(Json.String(pax, "Surname")))
            {
                return Failure("Every passenger needs Name and Surname", "InvalidRequest");
            }

            paxOut.AddNode(new JsonObject
            {
                ["Name"] = Json.String(pax, "Name"),
                ["Surname"] = Json.String(pax, "Surname"),
                ["Title"] = Json.String(pax, "Title"),
                ["MainPax"] = Json.Bool(pax, "MainPax") ?? false,
                ["isChild"] = Json.Bool(pax, "isChild") ?? false,
                ["Age"] = Json.Long(pax, "Age"),
            });
        }

        if (!paxOut.Any(p => Json.Bool(p, "MainPax") == true))
        {
            paxOut[0]!["MainPax"] = true;
        }

        var card = Json.Object(Json.Object(body, "Payment"), "CreditCard");
        var number = Json.String(card, "CardNumber")?.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (card is null || number is null || !Luhn(number) || string.IsNullOrWhiteSpace(Json.String(card, "Holder"))
            || Json.String(card, "SecurityCode") is not { Length: 3 or 4 } || Json.Long(card, "MonthExpiration") is null or < 1 or > 12 || Json.Long(card, "YearExpiration") is null)
        {
            return Failure("Payment.CreditCard is invalid (Holder, CardNumber, SecurityCode, MonthExpiration, YearExpiration)", "InvalidPayment");
        }

        token.Booked = true;
        var rejected = number == "4000000000000002";
        var serviceId = nextServiceId++;
        var solution = SelectedSolution(selection, policyChanges & ~(CangoorooPolicyChanges.OmitSolution | CangoorooPolicyChanges.OmitDetails));
        var finalStatus = rejected ? "Rejected" : "Confirmed";
        var finalPayment = rejected ? "NotPaid" : "Paid";
        var inProgress = nextBookingInProgressChecks;
        nextBookingInProgressChecks = null;
        var reference = Json.String(body, "ExternalReference");
        var service = new JsonObject
        {
            ["ServiceId"] = serviceId,
            ["ReservationId"] = string.Create(CultureInfo.InvariantCulture, $"SBX{serviceId:D3}"),
            ["Status"] = inProgress is null ? finalStatus : "InProgress",
            ["PaymentStatus"] = inProgress is null ? finalPayment : "Pending",
            ["Price"] = solution["Price"]!.DeepClone(),
            ["Depart"] = solution["Depart"]!.DeepClone(),
            ["Return"] = solution["Return"]!.DeepClone(),
            ["Passengers"] = paxOut,
            ["CancelationPolicies"] = Policies,
        };
        if (!string.IsNullOrEmpty(reference))
        {
            service["ExternalReference"] = reference;
        }

        services[serviceId] = new Service(user, service, reference, finalStatus, finalPayment) { PendingChecks = inProgress ?? 0 };
        var fault = nextBookingFault;
        nextBookingFault = null;
        if (fault is { Status: null })
        {
            throw SandboxConnectionDropped.Create(HttpRequestError.ResponseEnded);
        }

        if (fault is { Status: { } status })
        {
            return Envelope(status, Error("Sandbox fault injection after the booking was made: HTTP " + ((int)status).ToString(CultureInfo.InvariantCulture), "SandboxFault"), null);
        }

        return Envelope(HttpStatusCode.OK, null, null, ("Service", service.DeepClone()));
    }

    private static bool Luhn(string number)
    {
        if (number.Length is < 13 or > 19 || !number.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < number.Length; i++)
        {
            var digit = number[number.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }

    /// <summary>A booking made but answered badly: <see cref="Status"/> null drops the connection.</summary>
    private sealed record BookingFault(HttpStatusCode? Status);
}
