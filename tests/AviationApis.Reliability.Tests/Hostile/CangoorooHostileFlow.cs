using System.Runtime.CompilerServices;
using AviationApis.Cangooroo;
using AviationApis.Cangooroo.Search;
using AviationApis.Reliability.Tests.Targets;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.Reliability.Tests.Hostile;

/// <summary>
/// The Cangooroo steps before the operation under test, answered with valid samples: a selection needs a search, a
/// booking needs a cancellation-policies quote. A search token is good for one booking only, so the booking flow is
/// answered with a new token per case; the policies flow searches once per client (again only near the token's expiry).
/// </summary>
public static class CangoorooHostileFlow
{
    /// <summary>The token of the valid search sample.</summary>
    public const string SampleToken = "917eb346-660e-4e7d-9717-25cb381a4221";

    private static readonly ConditionalWeakTable<IServiceProvider, FlightSelection> Selections = [];

    /// <summary>The valid search answer.</summary>
    public static string SearchAnswer { get; } = Payloads.Read("cangooroo-search-response.json");

    /// <summary>The valid cancellation-policies answer.</summary>
    public static string PoliciesAnswer { get; } = Payloads.Read("cangooroo-policies-response.json");

    /// <summary>The valid search answer with a token never seen before.</summary>
    /// <returns>The answer.</returns>
    public static string SearchAnswerWithNewToken() => SearchAnswer.Replace(SampleToken, Guid.NewGuid().ToString(), StringComparison.Ordinal);

    /// <summary>The selection of the sample (solution 17, flights 1 and 2), searched once per client.</summary>
    /// <param name="services">The client's services.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>The selection.</returns>
    public static async Task<FlightSelection> SelectionAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (Selections.TryGetValue(services, out var kept) && !kept.Search.IsExpired(DateTimeOffset.UtcNow.AddMinutes(5)))
        {
            return kept;
        }

        var search = await Client(services).SearchAsync(CangoorooTarget.Criteria, cancellationToken);
        var selection = search.Select("17", "1", "2");
        Selections.AddOrUpdate(services, selection);
        return selection;
    }

    /// <summary>Gets the policies of the kept selection (the case answers them) and reads the price change, as a caller must.</summary>
    /// <param name="services">The client's services.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public static async Task GetPoliciesAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var quote = await Client(services).GetCancellationPoliciesAsync(await SelectionAsync(services, cancellationToken), cancellationToken);
        _ = quote.PriceChange.Difference;
        _ = quote.ToString();
    }

    /// <summary>Searches (new token), gets the policies, then books (the case answers the booking).</summary>
    /// <param name="services">The client's services.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>A task.</returns>
    public static async Task BookAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var client = Client(services);
        var search = await client.SearchAsync(CangoorooTarget.Criteria, cancellationToken);
        var quote = await client.GetCancellationPoliciesAsync(search.Select("17", "1", "2"), cancellationToken);
        await client.BookAsync(quote, [CangoorooTarget.Passenger], CangoorooTarget.Card, cancellationToken);
    }

    private static ICangoorooFlightClient Client(IServiceProvider services) => services.GetRequiredService<ICangoorooFlightClient>();
}
