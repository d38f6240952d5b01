namespace AviationApis.Cangooroo.Search;

/// <summary>
/// The result of <see cref="ICangoorooFlightClient.SearchAsync"/>: the solutions found and the search token that binds
/// the rest of the flow. The token is valid for 30 minutes from the search (measured on the client's
/// <see cref="TimeProvider"/> when the search was sent) and allows one booking. Only the client creates this type, and
/// only from it can a <see cref="FlightSelection"/> be made. <see cref="ToString"/> does not show the token.
/// </summary>
public sealed class FlightSearchResult
{
    /// <summary>How long a search token stays valid.</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(30);

    internal FlightSearchResult(object issuer, FlightSearchCriteria criteria, string token, DateTimeOffset searchedAt, int? numberOfResults, IReadOnlyList<FlightSolution> solutions)
    {
        Issuer = issuer;
        Criteria = criteria;
        Token = token;
        SearchedAt = searchedAt;
        ExpiresAt = searchedAt + TokenLifetime;
        Solutions = solutions;
        NumberOfResults = numberOfResults ?? solutions.Count;
    }

    /// <summary>The client (connection) that ran the search: tokens are bound to its credentials.</summary>
    internal object Issuer { get; }

    /// <summary>The criteria searched for.</summary>
    public FlightSearchCriteria Criteria { get; }

    /// <summary>The vendor's search token (a GUID string), sent with the policies and booking calls.</summary>
    public string Token { get; }

    /// <summary>When the search was sent, on the client's clock.</summary>
    public DateTimeOffset SearchedAt { get; }

    /// <summary>When the token expires: <see cref="SearchedAt"/> plus <see cref="TokenLifetime"/>.</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>The number of results the vendor reports (<c>NumberOfResults</c>; the count of solutions when absent).</summary>
    public int NumberOfResults { get; }

    /// <summary>The solutions found.</summary>
    public IReadOnlyList<FlightSolution> Solutions { get; }

    /// <summary>Whether the token has expired at <paramref name="now"/>.</summary>
    /// <param name="now">The current time, e.g. <c>timeProvider.GetUtcNow()</c>.</param>
    /// <returns><see langword="true"/> when <paramref name="now"/> is at or after <see cref="ExpiresAt"/>.</returns>
    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    /// <summary>Selects a solution and its outbound (and, for a round trip, return) option to quote and book.</summary>
    /// <param name="solution">One of <see cref="Solutions"/>.</param>
    /// <param name="departure">One of the solution's <see cref="FlightSolution.Departures"/>.</param>
    /// <param name="returnFlight">One of the solution's <see cref="FlightSolution.Returns"/>; required when the solution has return options.</param>
    /// <returns>The selection to pass to <see cref="ICangoorooFlightClient.GetCancellationPoliciesAsync"/>.</returns>
    /// <exception cref="ArgumentException">An option does not belong to this result or solution, or a required return is missing.</exception>
    public FlightSelection Select(FlightSolution solution, Flight departure, Flight? returnFlight = null)
    {
        ArgumentNullException.ThrowIfNull(solution);
        ArgumentNullException.ThrowIfNull(departure);
        if (!Solutions.Any(s => ReferenceEquals(s, solution)))
        {
            throw new ArgumentException("The solution does not belong to this search result.", nameof(solution));
        }

        if (!solution.Departures.Any(f => ReferenceEquals(f, departure)))
        {
            throw new ArgumentException($"The departure option is not one of solution {solution.SolutionId}'s Departures.", nameof(departure));
        }

        if (returnFlight is null && solution.Returns.Count > 0)
        {
            throw new ArgumentException($"Solution {solution.SolutionId} is a round trip: choose one of its Returns.", nameof(returnFlight));
        }

        if (returnFlight is not null && !solution.Returns.Any(f => ReferenceEquals(f, returnFlight)))
        {
            throw new ArgumentException($"The return option is not one of solution {solution.SolutionId}'s Returns.", nameof(returnFlight));
        }

        return new FlightSelection(this, solution, departure, returnFlight);
    }

    /// <summary>Selects options by their ids; see <see cref="Select(FlightSolution, Flight, Flight?)"/>.</summary>
    /// <param name="solutionId">A <see cref="FlightSolution.SolutionId"/> of this result.</param>
    /// <param name="departureId">An <see cref="Flight.Id"/> of the solution's departures (its stretch id on round trips; the plain <c>Id</c> member is accepted when it names one option).</param>
    /// <param name="returnId">An <see cref="Flight.Id"/> of the solution's returns, for a round trip.</param>
    /// <returns>The selection.</returns>
    /// <exception cref="ArgumentException">An id is not found.</exception>
    public FlightSelection Select(string solutionId, string departureId, string? returnId = null)
    {
        ArgumentNullException.ThrowIfNull(solutionId);
        ArgumentNullException.ThrowIfNull(departureId);
        var solution = Solutions.FirstOrDefault(s => s is not null && s.SolutionId == solutionId)
                       ?? throw new ArgumentException($"No solution with id '{solutionId}' in this search result.", nameof(solutionId));
        var departure = FindOption(solution.Departures, departureId)
                        ?? throw new ArgumentException($"Solution {solutionId} has no departure with id '{departureId}'.", nameof(departureId));
        Flight? returnFlight = null;
        if (returnId is not null)
        {
            returnFlight = FindOption(solution.Returns, returnId)
                           ?? throw new ArgumentException($"Solution {solutionId} has no return with id '{returnId}'.", nameof(returnId));
        }

        return Select(solution, departure, returnFlight);
    }

    // The preferred id (stretch id on round trips) first; the plain Id member when it names exactly one option.
    private static Flight? FindOption(IReadOnlyList<Flight> options, string id) =>
        options.FirstOrDefault(f => f is not null && f.Id == id)
        ?? (options.Count(f => f is not null && f.OptionId == id) == 1 ? options.First(f => f is not null && f.OptionId == id) : null);

    /// <inheritdoc />
    public override string ToString() => $"{nameof(FlightSearchResult)}({Solutions.Count} solution(s), token expires {ExpiresAt:O})";
}
