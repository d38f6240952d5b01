using AviationApis.CargoAi.Search;
using AviationApis.CargoAi.Shipments;
using NodaTime;

namespace Snippets;

/// <summary>README.md, CargoAi: A search.</summary>
public static class CargoAiSearch
{
    public static async Task<IEnumerable<Flight>> RunAsync(AviationApis.CargoAi.ICargoAiClient cargoAi, CancellationToken cancellationToken)
    {
        #region Snippet:CargoAiSearch
        var request = new SearchRequest
        {
            Origin = "CDG", Destination = "SIN", DepartureDate = LocalDate.FromDateTime(DateTime.Today.AddDays(14)),
            Shipment = new Shipment { Pieces = 1, Weight = 100m, Volume = 1m },
            User = new SearchUser { Email = "ada@forwarder.example" },
        };

        // Polls 202 STARTED → 200 COMPLETED for you, merging flights by flightUUID.
        SearchResponse result = await cargoAi.Search.SearchAsync(request, cancellationToken);

        // Or show results as they arrive.
        await foreach (var batch in cargoAi.Search.SearchProgressivelyAsync(request, cancellationToken))
            Render(batch.Flights);

        var bookable = result.Flights?.Where(f => f.Bookability.IsBookable) ?? [];
        // Not bookable via API: coloader-fallback options and manual rates (isManualRate), unavailable flights, features.bookable
        // false. Bookability.Problem names the reason; Bookability.FlyWindowLink books them in CargoMART (it holds a portal token).
        // Schedules only (header x-api-name: Schedules): cargoAi.Search.SearchSchedulesAsync(...)
        #endregion
        return bookable;
    }

    private static void Render(object? flights) => Ui.Render(flights);
}
