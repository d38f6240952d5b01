using AviationApis.CargoAi.Errors;
using AviationApis.CargoAi.Json;
using AviationApis.CargoAi.Search;
using AviationApis.CargoAi.Transport;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;

namespace AviationApis.CargoAi.Booking;

/// <summary>The booking operations.</summary>
internal sealed class CargoAiBookingsClient(CargoAiTransport transport) : ICargoAiBookingsClient
{
    private static readonly ApiOperation Book = new("CargoAi.Book", Idempotency.NonIdempotent);
    private static readonly ApiOperation Track = new("CargoAi.Track", Idempotency.Idempotent);
    private static readonly ApiOperation Cancel = new("CargoAi.CancelBooking", Idempotency.Idempotent);

    public async Task<BookingResult> BookAsync(BookRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request = request with { FlightUuid = request.FlightUuid ?? request.Flight?.FlightUuid, RateId = request.RateId ?? request.Rate?.Id };
        CheckOffer(request);
        Validate(request);
        var poller = new Poller(transport, Book);
        var current = request;
        while (true)
        {
            var content = JsonRequestContent.Create(current, CargoAiJsonContext.Wire.BookRequest);
            var (result, _) = await transport.SendAsync(Book, HttpMethod.Post, "book", null, content, CargoAiJsonContext.Wire.BookingResult, cancellationToken, check: FailedBooking).ConfigureAwait(false);
            if (result.BookingStatus != BookingStatus.DirectBookingProcessing || string.IsNullOrEmpty(result.Id))
            {
                return result;
            }

            await poller.WaitAsync(cancellationToken).ConfigureAwait(false);
            current = current with { Id = result.Id };
        }
    }

    public async Task<IReadOnlyList<BookingDetails>> TrackAsync(string flightUuid, CancellationToken cancellationToken = default)
    {
        RequireId(Track, flightUuid);
        var (value, _) = await transport.SendAsync(Track, HttpMethod.Get, "track", [new("flight-uuid", flightUuid)], null, CargoAiJsonContext.Wire.ListBookingDetails, cancellationToken).ConfigureAwait(false);
        return value;
    }

    public async Task<CancellationResult> CancelAsync(string flightUuid, string? reason = null, CancellationToken cancellationToken = default)
    {
        RequireId(Cancel, flightUuid);
        var body = new CancelBookingWire { FlightUuid = flightUuid, CancelledReasons = reason };
        var content = JsonRequestContent.Create(body, CargoAiJsonContext.Wire.CancelBookingWire);
        var (value, _) = await transport.SendAsync(Cancel, HttpMethod.Put, "bookings/" + ApiUri.Segment(flightUuid), null, content, CargoAiJsonContext.Wire.CancellationResult, cancellationToken).ConfigureAwait(false);
        return value;
    }

    // Not documented with a success status, but never report a failed booking as a result.
    private static ApiErrorReading? FailedBooking(BookingResult result, System.Net.HttpStatusCode status)
    {
        if (result.BookingStatus != BookingStatus.Failed && result.BookingStatus != BookingStatus.BookingRejected)
        {
            return null;
        }

        var failure = new CargoAiBookingFailure(result.BookingStatus, null, result.Description, null, result.FlightUuid, result.Awb);
        return new ApiErrorReading(
            new ApiErrorContent(null, result.Description is null ? [] : [result.Description], []),
            (details, redactor) => CargoAiTransport.BookingFailure(details, failure, redactor));
    }

    /// <summary>Refuses, before sending, an offer the vendor documents as not bookable via API, and a missing or malformed AWB.</summary>
    private static void CheckOffer(BookRequest request)
    {
        var errors = new List<ApiFieldError>();
        if (request.Flight is { } flight && request.FlightUuid is { } uuid && flight.FlightUuid is not null && !string.Equals(uuid, flight.FlightUuid, StringComparison.Ordinal))
        {
            errors.Add(new ApiFieldError("flightUUID", "does not match the Flight given."));
        }

        if (request.Rate is { } chosen && request.RateId is { } rateId && chosen.Id is not null && !string.Equals(rateId, chosen.Id, StringComparison.Ordinal))
        {
            errors.Add(new ApiFieldError("rateId", "does not match the Rate given."));
        }

        if (request.Flight is { } offered && request.Rate is { } rate && offered.Rates is { } rates && !rates.Contains(rate))
        {
            errors.Add(new ApiFieldError("rateId", "the Rate given is not one of the Flight's rates."));
        }

        if (errors.Count > 0)
        {
            throw ApiExceptionFactory.ClientValidation(Book, [.. errors]);
        }

        var bookability = request.Flight is { } f
            ? request.Rate is { } r ? f.BookabilityOf(r) : f.Bookability
            // A rate alone: judge the rate on a flight whose own flags allow booking (nothing else is known of it).
            : request.Rate is { IsApiBookable: false } lone ? new Flight { Available = true, Features = new FlightFeatures { Bookable = true, AwbOptional = true } }.BookabilityOf(lone) : null;
        if (bookability is { IsBookable: false })
        {
            throw new CargoAiNotBookableException(bookability, new ApiErrorDetails { OperationName = Book.Name, Attempts = 0 });
        }

        var hasAwb = !string.IsNullOrWhiteSpace(request.Awb);
        if (bookability is { AwbRequired: true } && !hasAwb)
        {
            throw ApiExceptionFactory.ClientValidation(Book, new ApiFieldError("awb", $"is required by this flight (features.awbOptional is not true): {bookability.AwbFormat}."));
        }

        if (hasAwb && !AirWaybill.IsValid(request.Awb!.Trim(), bookability?.AwbPrefixes))
        {
            throw ApiExceptionFactory.ClientValidation(Book, new ApiFieldError("awb", $"must be {AirWaybill.Describe(bookability?.AwbPrefixes)}."));
        }
    }

    private static void RequireId(ApiOperation operation, string flightUuid)
    {
        if (string.IsNullOrWhiteSpace(flightUuid))
        {
            throw ApiExceptionFactory.ClientValidation(operation, new ApiFieldError("flightUUID", "is required."));
        }
    }

    private static void Validate(BookRequest request)
    {
        var errors = new List<ApiFieldError>();
        if (request.User is null)
        {
            errors.Add(new ApiFieldError("user", "is required."));
        }
        else
        {
            Required(errors, "user.email", request.User.Email);
            Required(errors, "user.firstName", request.User.FirstName);
            Required(errors, "user.lastName", request.User.LastName);
            Required(errors, "user.iata", request.User.Iata);
            Required(errors, "user.cass", request.User.Cass);
            Required(errors, "user.country", request.User.Country);
        }

        var classic = !string.IsNullOrWhiteSpace(request.FlightUuid) || !string.IsNullOrWhiteSpace(request.RateId);
        if (classic)
        {
            Required(errors, "flightUUID", request.FlightUuid);
            Required(errors, "rateId", request.RateId);
        }
        else if (string.IsNullOrEmpty(request.Id))
        {
            if (request.Itinerary is null)
            {
                errors.Add(new ApiFieldError("itinerary", "is required for a direct booking (or give flightUUID and rateId for a classic booking)."));
            }
            else
            {
                Required(errors, "itinerary.origin", request.Itinerary.Origin);
                Required(errors, "itinerary.destination", request.Itinerary.Destination);
                if (request.Itinerary.DepartureDates is not { Count: > 0 })
                {
                    errors.Add(new ApiFieldError("itinerary.departureDates", "is required."));
                }
            }

            if (request.Shipment is null)
            {
                errors.Add(new ApiFieldError("shipment", "is required for a direct booking."));
            }
        }

        if (errors.Count > 0)
        {
            throw ApiExceptionFactory.ClientValidation(Book, [.. errors]);
        }
    }

    private static void Required(List<ApiFieldError> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new ApiFieldError(field, "is required."));
        }
    }
}
