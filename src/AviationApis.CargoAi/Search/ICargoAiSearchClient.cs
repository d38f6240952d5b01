using AviationApis.CargoAi.Options;

namespace AviationApis.CargoAi.Search;

/// <summary>Routes, schedules and rates (<c>POST /search</c>).</summary>
public interface ICargoAiSearchClient
{
    /// <summary>
    /// Quote &amp; Book search, polled to completion: while the answer is 202 STARTED the request is sent again with the
    /// returned <c>id</c> every <see cref="CargoAiClientOptions.PollInterval"/>, until 200 COMPLETED or
    /// <see cref="CargoAiClientOptions.PollBudget"/> runs out. Flights of all batches are merged by <c>flightUUID</c>
    /// (a later batch replaces an earlier copy), so both cumulative and incremental batches give the full list. A search
    /// answered in one batch is returned exactly as the vendor sent it.
    /// </summary>
    /// <param name="request">The search; needs a shipment and a user.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>The final response with all flights.</returns>
    /// <exception cref="Core.Errors.AviationTimeoutException">The search did not complete within the poll budget.</exception>
    Task<SearchResponse> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>Quote &amp; Book search yielding each batch as it arrives (STARTED batches, then the COMPLETED one).</summary>
    /// <param name="request">The search; needs a shipment and a user.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>The batches, as the server sent them.</returns>
    IAsyncEnumerable<SearchResponse> SearchProgressivelyAsync(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Route &amp; Schedule search (header <c>x-api-name: Schedules</c>): schedules only, needing only origin,
    /// destination and departure date. Polled like <see cref="SearchAsync"/>.
    /// </summary>
    /// <param name="request">The search.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>The final response with all flights.</returns>
    Task<SearchResponse> SearchSchedulesAsync(SearchRequest request, CancellationToken cancellationToken = default);
}
