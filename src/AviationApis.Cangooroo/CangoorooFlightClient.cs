using System.Text.Json.Serialization.Metadata;
using AviationApis.Cangooroo.Booking;
using AviationApis.Cangooroo.Errors;
using AviationApis.Cangooroo.Json;
using AviationApis.Cangooroo.Options;
using AviationApis.Cangooroo.Policies;
using AviationApis.Cangooroo.Search;
using AviationApis.Cangooroo.Transport;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.Json;
using AviationApis.Core.Redaction;
using Microsoft.Extensions.Options;

namespace AviationApis.Cangooroo;

/// <summary>The <see cref="ICangoorooFlightClient"/> over the Core pipeline; one instance per registration.</summary>
internal sealed class CangoorooFlightClient : ICangoorooFlightClient
{
    internal const string ServicePath = "ws/Rest/Flight.svc/";

    /// <summary>The BackOffice booking list (newer REST prefix, as the vendor's BackOffice documentation shows).</summary>
    internal const string BookingListPath = "API/REST/CangoorooBackOffice.svc/GetBookingList";

    /// <summary>How often <see cref="WaitForOutcomeAsync"/> asks for the status of an <c>InProgress</c> booking.</summary>
    internal static readonly TimeSpan OutcomePollInterval = TimeSpan.FromSeconds(5);

    private static readonly ApiOperation SearchOperation = new("Cangooroo.Search", Idempotency.Idempotent);
    private static readonly ApiOperation PoliciesOperation = new("Cangooroo.GetCancellationPolicies", Idempotency.Idempotent);
    private static readonly ApiOperation BookingOperation = new("Cangooroo.Booking", Idempotency.NonIdempotent);
    private static readonly ApiOperation DetailsOperation = new("Cangooroo.GetServiceDetails", Idempotency.Idempotent);
    private static readonly ApiOperation CancelOperation = new("Cangooroo.Cancel", Idempotency.Idempotent);
    private static readonly ApiOperation BookingListOperation = new("Cangooroo.GetBookingList", Idempotency.Idempotent);

    private readonly CangoorooTransport _transport;
    private readonly IOptionsMonitor<CangoorooClientOptions> _options;
    private readonly TimeProvider _time;
    private readonly string _name;
    private readonly UsedTokenRegistry _usedTokens = new();

    public CangoorooFlightClient(IHttpClientFactory factory, IOptionsMonitor<CangoorooClientOptions> options, TimeProvider time, string name, string httpClientName)
    {
        _transport = new CangoorooTransport(factory, httpClientName);
        _options = options;
        _time = time;
        _name = name;
    }

    public async Task<FlightSearchResult> SearchAsync(FlightSearchCriteria criteria, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var errors = FlightSearchCriteriaValidation.Validate(criteria);
        if (errors.Count > 0)
        {
            throw ApiExceptionFactory.ClientValidation(SearchOperation, [.. errors]);
        }

        var options = _options.Get(_name);
        var body = new SearchRequestWire
        {
            Credential = CangoorooTransport.Credential(options),
            Criteria = new SearchCriteriaWire
            {
                DepartureDate = criteria.DepartureDate,
                ReturnDate = criteria.ReturnDate,
                IataOriginAirport = criteria.Origin.ToUpperInvariant(),
                IataDestinationAirport = criteria.Destination.ToUpperInvariant(),
                NumberOfAdults = criteria.Adults,
                ChildrenAge = criteria.ChildrenAges is { Count: > 0 } ages ? ages : null,
                NationalityPax = criteria.Nationality.ToUpperInvariant(),
                SearchType = criteria.IsRoundTrip ? "RoundTrip" : "OneWay",
                ClassFlight = criteria.Cabin,
                Luggage = criteria.Luggage,
            },
        };

        var searchedAt = _time.GetUtcNow();
        var (response, dto) = await _transport.SendAsync(options, SearchOperation, ServicePath + "Search", body, CangoorooJsonContext.Configured.SearchRequestWire, CangoorooJsonContext.Configured.SearchResponseWire, cancellationToken).ConfigureAwait(false);
        using (response)
        {
            var solutions = dto.Solutions?.Where(s => s is not null).ToArray() ?? [];
            if (string.IsNullOrWhiteSpace(dto.Token) && solutions.Length > 0)
            {
                throw ApiExceptionFactory.InvalidResponse(response, "The search response has solutions but no Token.", null, null, CangoorooTransport.RedactorFor(options));
            }

            return new FlightSearchResult(this, criteria, dto.Token ?? string.Empty, searchedAt, dto.NumberOfResults, solutions);
        }
    }

    public async Task<CancellationPolicyQuote> GetCancellationPoliciesAsync(FlightSelection selection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(selection);
        EnsureTokenUsable(selection.Search, PoliciesOperation);
        var options = _options.Get(_name);
        var body = new CancellationPoliciesRequestWire
        {
            Credential = CangoorooTransport.Credential(options),
            Token = selection.Search.Token,
            SolutionId = selection.Solution.SolutionId,
            DepartId = selection.Departure.Id,
            ReturnId = selection.Return?.Id,
        };

        var (response, dto) = await _transport.SendAsync(options, PoliciesOperation, ServicePath + "GetCancellationPolicies", body, CangoorooJsonContext.Configured.CancellationPoliciesRequestWire, CangoorooJsonContext.Configured.CancellationPoliciesResponseWire, cancellationToken).ConfigureAwait(false);
        response.Dispose();
        return new CancellationPolicyQuote(
            selection,
            dto.Solution,
            dto.CancelationPolicies,
            dto.PaymentConditions?.Where(p => p is not null).ToArray() ?? [],
            Guid.NewGuid().ToString("N"));
    }

    public async Task<FlightBooking> BookAsync(CancellationPolicyQuote quote, IReadOnlyList<Passenger> passengers, PaymentCard payment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(quote);
        ArgumentNullException.ThrowIfNull(passengers);
        ArgumentNullException.ThrowIfNull(payment);
        var search = quote.Selection.Search;
        EnsureTokenUsable(search, BookingOperation);
        var errors = BookingValidation.Validate(search.Criteria, passengers, payment, _time.GetUtcNow());
        if (errors.Count > 0)
        {
            throw ApiExceptionFactory.ClientValidation(BookingOperation, [.. errors]);
        }

        if (!_usedTokens.TryClaim(search.Token, search.ExpiresAt, _time.GetUtcNow()))
        {
            throw TokenRejected(SearchTokenProblem.AlreadyUsed, search, BookingOperation);
        }

        var options = _options.Get(_name);
        var body = new BookingRequestWire
        {
            Credential = CangoorooTransport.Credential(options),
            Token = search.Token,
            ExternalReference = quote.ClientReference,
            SolutionId = quote.Selection.Solution.SolutionId,
            DepartId = quote.Selection.Departure.Id,
            ReturnId = quote.Selection.Return?.Id,
            Passengers = passengers.Select((p, i) => new PassengerWire
            {
                Name = p.Name,
                Surname = p.Surname,
                Age = p.Age,
                Cpf = p.Cpf,
                Title = p.Title,
                MainPax = i == 0,
                IsChild = p.IsChild,
                Address = p.Address,
                City = p.City,
                ZipCode = p.ZipCode,
                State = p.State,
                AddressNumber = p.AddressNumber,
                Email = p.Email,
                PhoneDdd = p.PhoneAreaCode,
                PhoneDdi = p.PhoneCountryCode,
                PhoneNumber = p.PhoneNumber,
            }).ToArray(),
            Payment = new PaymentWire
            {
                CreditCard = new CreditCardWire
                {
                    Holder = payment.Holder,
                    CardNumber = payment.NormalizedNumber,
                    SecurityCode = payment.SecurityCode,
                    YearExpiration = payment.ExpiryYear,
                    MonthExpiration = payment.ExpiryMonth,
                    Installments = payment.Installments,
                    CardOperator = payment.Brand,
                },
            },
        };

        var path = ServicePath + options.BookingPathSegment;
        // The redactor removes the card number wherever it appears and the short security code wherever it stands alone.
        var redactor = CangoorooTransport.RedactorFor(options).WithSecrets(payment.NormalizedNumber, payment.Number, payment.SecurityCode);
        try
        {
            var (response, dto) = await _transport.SendAsync(options, BookingOperation, path, body, CangoorooJsonContext.Configured.BookingRequestWire, CangoorooJsonContext.Configured.ServiceResponseWire, cancellationToken, redactor).ConfigureAwait(false);
            using (response)
            {
                var service = dto.Service ?? throw ApiExceptionFactory.InvalidResponse(response, "The booking response has no Service.", null, null, redactor);
                return service with { ClientReference = service.ClientReference ?? quote.ClientReference, Quote = quote };
            }
        }
        catch (AviationApiException ex) when (BookingOutcome.UnknownCause(ex) is { } cause)
        {
            // Never resent: the server may have booked it. The exception carries what the user needs to find it.
            throw new BookingOutcomeUnknownException(cause, search.Token, quote.ClientReference, quote.Selection, null, null, ex.Details, ex);
        }
    }

    public async Task<FlightBooking?> FindBookingAsync(string clientReference, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(clientReference))
        {
            throw ApiExceptionFactory.ClientValidation(BookingListOperation, new ApiFieldError("ExternalReference", "is required."));
        }

        var reference = clientReference.Trim();
        var options = _options.Get(_name);
        var body = new BookingListRequestWire
        {
            Credential = CangoorooTransport.Credential(options),
            SearchBookingCriteria = new BookingListCriteriaWire { ExternalReference = reference },
        };
        var (response, dto) = await _transport.SendAsync(options, BookingListOperation, BookingListPath, body, CangoorooJsonContext.Configured.BookingListRequestWire, CangoorooJsonContext.Configured.BookingListResponseWire, cancellationToken).ConfigureAwait(false);
        response.Dispose();

        // Filtered here too: a server that ignores the criteria must not hand back someone else's booking.
        var match = dto.Reservations?.FirstOrDefault(r => r is not null
                                                          && string.Equals(r.ExternalReference?.Trim(), reference, StringComparison.Ordinal)
                                                          && !string.IsNullOrWhiteSpace(r.ServiceId)
                                                          && BookingOutcome.IsFlightService(r.ServiceType));
        if (match is null)
        {
            return null;
        }

        var booking = await GetServiceDetailsAsync(match.ServiceId!, cancellationToken).ConfigureAwait(false);
        return booking with { ClientReference = booking.ClientReference ?? reference };
    }

    public async Task<FlightBooking> WaitForOutcomeAsync(FlightBooking booking, TimeSpan budget, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(booking);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(budget, TimeSpan.Zero);
        var deadline = _time.GetUtcNow() + budget;
        var current = booking;
        while (current.Status == BookingStatus.InProgress)
        {
            if (_time.GetUtcNow() + OutcomePollInterval > deadline)
            {
                var quote = booking.Quote;
                throw new BookingOutcomeUnknownException(
                    $"service {current.ServiceId} was still InProgress after {budget.TotalSeconds:0} s",
                    quote?.Selection.Search.Token,
                    current.ClientReference ?? quote?.ClientReference,
                    quote?.Selection,
                    current.ServiceId,
                    current.Status,
                    new ApiErrorDetails { OperationName = DetailsOperation.Name });
            }

            await Task.Delay(OutcomePollInterval, _time, cancellationToken).ConfigureAwait(false);
            var details = await GetServiceDetailsAsync(current.ServiceId, cancellationToken).ConfigureAwait(false);
            current = details with { ClientReference = details.ClientReference ?? current.ClientReference, Quote = booking.Quote };
        }

        return current;
    }

    public async Task<FlightBooking> GetServiceDetailsAsync(string serviceId, CancellationToken cancellationToken = default)
    {
        var (response, dto) = await SendServiceAsync(DetailsOperation, "GetServiceDetails", serviceId, cancellationToken).ConfigureAwait(false);
        using (response)
        {
            return dto.Service ?? throw ApiExceptionFactory.InvalidResponse(response, "The GetServiceDetails response has no Service.");
        }
    }

    public async Task<FlightCancellation> CancelAsync(string serviceId, CancellationToken cancellationToken = default)
    {
        var (response, dto) = await SendServiceAsync(CancelOperation, "Cancel", serviceId, cancellationToken).ConfigureAwait(false);
        using (response)
        {
            return new FlightCancellation(dto.Service ?? throw ApiExceptionFactory.InvalidResponse(response, "The Cancel response has no Service."));
        }
    }

    private Task<(HttpResponseMessage Response, ServiceResponseWire Body)> SendServiceAsync(ApiOperation operation, string method, string serviceId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(serviceId))
        {
            throw ApiExceptionFactory.ClientValidation(operation, new ApiFieldError("ServiceId", "is required."));
        }

        var options = _options.Get(_name);
        var body = new ServiceRequestWire { Credential = CangoorooTransport.Credential(options), ServiceId = serviceId.Trim() };
        return _transport.SendAsync(options, operation, ServicePath + method, body, CangoorooJsonContext.Configured.ServiceRequestWire, CangoorooJsonContext.Configured.ServiceResponseWire, cancellationToken);
    }

    private void EnsureTokenUsable(FlightSearchResult search, ApiOperation operation)
    {
        if (!ReferenceEquals(search.Issuer, this))
        {
            throw new ArgumentException("The search was made with another Cangooroo connection; its token is bound to that connection's credentials.", nameof(search));
        }

        if (search.IsExpired(_time.GetUtcNow()))
        {
            throw TokenRejected(SearchTokenProblem.Expired, search, operation);
        }

        if (_usedTokens.IsUsed(search.Token))
        {
            throw TokenRejected(SearchTokenProblem.AlreadyUsed, search, operation);
        }

        if (string.IsNullOrWhiteSpace(search.Token))
        {
            throw ApiExceptionFactory.ClientValidation(operation, new ApiFieldError("Token", "the search returned no token (no results to book)."));
        }
    }

    private static SearchTokenRejectedException TokenRejected(SearchTokenProblem problem, FlightSearchResult search, ApiOperation operation) =>
        new(problem, search.ExpiresAt, new ApiErrorDetails { OperationName = operation.Name, Attempts = 0 });
}
