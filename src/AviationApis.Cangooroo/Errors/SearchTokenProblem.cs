using AviationApis.Cangooroo.Search;

namespace AviationApis.Cangooroo.Errors;

/// <summary>Why a search token was refused before calling the server.</summary>
public enum SearchTokenProblem
{
    /// <summary>The token is older than <see cref="FlightSearchResult.TokenLifetime"/>: search again.</summary>
    Expired = 0,

    /// <summary>A booking was already sent with this token (one booking per token): search again.</summary>
    AlreadyUsed = 1,
}
