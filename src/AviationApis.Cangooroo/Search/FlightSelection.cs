namespace AviationApis.Cangooroo.Search;

/// <summary>
/// A solution with its chosen outbound and (optional) return option, made only by
/// <see cref="FlightSearchResult.Select(FlightSolution, Flight, Flight?)"/>, so ids from different searches cannot be
/// mixed up. Pass it to <see cref="ICangoorooFlightClient.GetCancellationPoliciesAsync"/>.
/// </summary>
public sealed class FlightSelection
{
    internal FlightSelection(FlightSearchResult search, FlightSolution solution, Flight departure, Flight? returnFlight)
    {
        Search = search;
        Solution = solution;
        Departure = departure;
        Return = returnFlight;
    }

    /// <summary>The search this selection comes from (its token is used).</summary>
    public FlightSearchResult Search { get; }

    /// <summary>The chosen solution, as the search returned it.</summary>
    public FlightSolution Solution { get; }

    /// <summary>The chosen outbound option.</summary>
    public Flight Departure { get; }

    /// <summary>The chosen return option; <see langword="null"/> for one way.</summary>
    public Flight? Return { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{nameof(FlightSelection)}(solution {Solution.SolutionId}, departure {Departure.Id}{(Return is null ? string.Empty : ", return " + Return.Id)})";
}
