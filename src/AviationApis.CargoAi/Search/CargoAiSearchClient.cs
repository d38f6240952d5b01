using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using AviationApis.CargoAi.Json;
using AviationApis.CargoAi.Transport;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.Json;

namespace AviationApis.CargoAi.Search;

/// <summary>The search operations, with the STARTED / COMPLETED polling loop.</summary>
internal sealed class CargoAiSearchClient(CargoAiTransport transport) : ICargoAiSearchClient
{
    private static readonly ApiOperation QuoteAndBook = new("CargoAi.Search", Idempotency.Idempotent);
    private static readonly ApiOperation Schedules = new("CargoAi.SearchSchedules", Idempotency.Idempotent);
    private static readonly KeyValuePair<string, string> SchedulesHeader = new("x-api-name", "Schedules");

    public Task<SearchResponse> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default) =>
        SearchToCompletionAsync(request, QuoteAndBook, cancellationToken);

    public IAsyncEnumerable<SearchResponse> SearchProgressivelyAsync(SearchRequest request, CancellationToken cancellationToken = default) =>
        PollAsync(request, QuoteAndBook, cancellationToken);

    public Task<SearchResponse> SearchSchedulesAsync(SearchRequest request, CancellationToken cancellationToken = default) =>
        SearchToCompletionAsync(request, Schedules, cancellationToken);

    // One async method, no iterator: a search answered in one batch (the common case) is returned as the vendor sent
    // it; the merge, its list, its index and the copy of the response are paid only when the search is still running.
    private async Task<SearchResponse> SearchToCompletionAsync(SearchRequest request, ApiOperation operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        Validate(request, operation);
        var started = transport.Time.GetTimestamp();
        var (response, status) = await SendOnceAsync(request, operation, cancellationToken).ConfigureAwait(false);
        var id = NextPollId(response, status, request);
        if (id is null)
        {
            return WithoutNullFlights(response);
        }

        var poller = new Poller(transport, operation, started);
        var flights = new List<Flight>();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        Merge(response, flights, byId);
        var current = request;
        while (id is not null)
        {
            await poller.WaitAsync(cancellationToken).ConfigureAwait(false);
            current = current with { Id = id };
            (response, status) = await SendOnceAsync(current, operation, cancellationToken).ConfigureAwait(false);
            Merge(response, flights, byId);
            id = NextPollId(response, status, current);
        }

        return response with { Flights = flights };
    }

    private static void Merge(SearchResponse batch, List<Flight> flights, Dictionary<string, int> byId)
    {
        foreach (var flight in batch.Flights ?? [])
        {
            // A null entry ("flights": [null, …]) carries nothing: skipped, as in a single batch.
            if (flight is null)
            {
                continue;
            }

            if (flight.FlightUuid is { Length: > 0 } id && byId.TryGetValue(id, out var index))
            {
                flights[index] = flight;
                continue;
            }

            if (flight.FlightUuid is { Length: > 0 } newId)
            {
                byId[newId] = flights.Count;
            }

            flights.Add(flight);
        }
    }

    // "flights": [null, …] is read as a list with null entries; callers get only the flights (copied only then).
    private static SearchResponse WithoutNullFlights(SearchResponse response) =>
        response.Flights is { } flights && flights.Contains(null!) ? response with { Flights = flights.Where(f => f is not null).ToArray() } : response;

    private async IAsyncEnumerable<SearchResponse> PollAsync(SearchRequest request, ApiOperation operation, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        Validate(request, operation);
        var poller = new Poller(transport, operation);
        var current = request;
        while (true)
        {
            var (response, status) = await SendOnceAsync(current, operation, cancellationToken).ConfigureAwait(false);
            yield return WithoutNullFlights(response);
            if (NextPollId(response, status, current) is not { } id)
            {
                yield break;
            }

            await poller.WaitAsync(cancellationToken).ConfigureAwait(false);
            current = current with { Id = id };
        }
    }

    private Task<(SearchResponse Value, HttpStatusCode Status)> SendOnceAsync(SearchRequest request, ApiOperation operation, CancellationToken cancellationToken) =>
        transport.SendAsync(
            operation,
            HttpMethod.Post,
            "search",
            null,
            JsonRequestContent.Create(request, CargoAiJsonContext.Wire.SearchRequest),
            CargoAiJsonContext.Wire.SearchResponse,
            cancellationToken,
            operation == Schedules ? SchedulesHeader : null,
            ErrorBody);

    // Assumption (the vendor documents errors with 4xx/5xx statuses only): a 2xx body without a status and without
    // flights but with the error shape's statusCode is a failure reported in the wrong place, not an empty search.
    private static ApiErrorReading? ErrorBody(SearchResponse response, HttpStatusCode status)
    {
        if (!string.IsNullOrEmpty(response.Status.Value) || response.Flights is not null
            || response.AdditionalProperties is not { } extra || !extra.ContainsKey("statusCode"))
        {
            return null;
        }

        var message = extra.TryGetValue("message", out var text) && LenientJsonText.GetString(text) is { } vendorText ? vendorText : null;
        return new ApiErrorReading(
            new ApiErrorContent(null, [message ?? "an error body with a success status"], []),
            (details, _) => new InvalidResponseException(
                "The search was answered with a success status and an error body" + (message is null ? string.Empty : ": " + details.Messages[0]),
                details));
    }

    // STARTED (or an unlabelled 202) means more results, to be fetched with the returned id; anything else is final.
    private static string? NextPollId(SearchResponse response, HttpStatusCode status, SearchRequest sent)
    {
        var started = response.Status == SearchStatus.Started || (string.IsNullOrEmpty(response.Status.Value) && status == HttpStatusCode.Accepted);
        var id = response.Id ?? sent.Id;
        return started && !string.IsNullOrEmpty(id) ? id : null;
    }

    private static void Validate(SearchRequest request, ApiOperation operation)
    {
        List<ApiFieldError>? errors = null;
        if (string.IsNullOrWhiteSpace(request.Origin))
        {
            (errors ??= []).Add(new ApiFieldError("origin", "is required."));
        }

        if (string.IsNullOrWhiteSpace(request.Destination))
        {
            (errors ??= []).Add(new ApiFieldError("destination", "is required."));
        }

        if (operation == QuoteAndBook)
        {
            if (request.Shipment is null)
            {
                (errors ??= []).Add(new ApiFieldError("shipment", "is required for Quote & Book (use SearchSchedulesAsync for schedules only)."));
            }

            if (request.User is null)
            {
                (errors ??= []).Add(new ApiFieldError("user", "is required for Quote & Book."));
            }
            else if (string.IsNullOrWhiteSpace(request.User.Email)
                     && (string.IsNullOrWhiteSpace(request.User.Iata) || string.IsNullOrWhiteSpace(request.User.Cass) || string.IsNullOrWhiteSpace(request.User.Country)))
            {
                (errors ??= []).Add(new ApiFieldError("user", "needs an email, or iata, cass and country."));
            }
        }

        if (request.Filters is { IsOriginByCity: true, IsDestinationByCity: true })
        {
            (errors ??= []).Add(new ApiFieldError("filters", "only one of isOriginByCity and isDestinationByCity may be true."));
        }

        if (errors is not null)
        {
            throw ApiExceptionFactory.ClientValidation(operation, [.. errors]);
        }
    }
}
