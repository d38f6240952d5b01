using System.Net;
using System.Runtime.CompilerServices;
using AviationApis.CargoAi.Http;
using AviationApis.CargoAi.Json;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;

namespace AviationApis.CargoAi.Search;

/// <summary>The search operations, with the STARTED / COMPLETED polling loop.</summary>
internal sealed class CargoAiSearchClient(CargoAiTransport transport) : ICargoAiSearchClient
{
    private static readonly ApiOperation QuoteAndBook = new("CargoAi.Search", Idempotency.Idempotent);
    private static readonly ApiOperation Schedules = new("CargoAi.SearchSchedules", Idempotency.Idempotent);
    private static readonly KeyValuePair<string, string> SchedulesHeader = new("x-api-name", "Schedules");

    public Task<SearchResponse> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default) =>
        CollectAsync(PollAsync(request, QuoteAndBook, cancellationToken));

    public IAsyncEnumerable<SearchResponse> SearchProgressivelyAsync(SearchRequest request, CancellationToken cancellationToken = default) =>
        PollAsync(request, QuoteAndBook, cancellationToken);

    public Task<SearchResponse> SearchSchedulesAsync(SearchRequest request, CancellationToken cancellationToken = default) =>
        CollectAsync(PollAsync(request, Schedules, cancellationToken));

    private static async Task<SearchResponse> CollectAsync(IAsyncEnumerable<SearchResponse> batches)
    {
        // A search answered in one batch (the common case) is returned as the vendor sent it: the merge, its list,
        // its index and the copy of the response are paid only when a second batch arrives.
        SearchResponse? last = null;
        List<Flight>? flights = null;
        Dictionary<string, int>? byId = null;
        await foreach (var batch in batches.ConfigureAwait(false))
        {
            if (last is not null && flights is null)
            {
                flights = [];
                byId = new Dictionary<string, int>(StringComparer.Ordinal);
                Merge(last, flights, byId);
            }

            if (flights is not null)
            {
                Merge(batch, flights, byId!);
            }

            last = batch;
        }

        return flights is null ? last! : last! with { Flights = flights };
    }

    private static void Merge(SearchResponse batch, List<Flight> flights, Dictionary<string, int> byId)
    {
        foreach (var flight in batch.Flights ?? [])
        {
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

    private async IAsyncEnumerable<SearchResponse> PollAsync(SearchRequest request, ApiOperation operation, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        Validate(request, operation);
        var poller = new Poller(transport, operation);
        var current = request;
        while (true)
        {
            var content = JsonRequestContent.Create(current, CargoAiJsonContext.Wire.SearchRequest);
            var (response, status) = await transport.SendAsync(
                operation, HttpMethod.Post, "search", null, content, CargoAiJsonContext.Wire.SearchResponse, cancellationToken,
                operation == Schedules ? SchedulesHeader : null).ConfigureAwait(false);
            yield return response;

            // STARTED (or an unlabelled 202) means more results; anything else is final.
            var started = response.Status == SearchStatus.Started || (string.IsNullOrEmpty(response.Status.Value) && status == HttpStatusCode.Accepted);
            var id = response.Id ?? current.Id;
            if (!started || string.IsNullOrEmpty(id))
            {
                yield break;
            }

            await poller.WaitAsync(cancellationToken).ConfigureAwait(false);
            current = current with { Id = id };
        }
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
