namespace AviationApis.Cangooroo.Json;

internal sealed class SearchRequestWire
{
    public required CredentialWire Credential { get; init; }

    public required SearchCriteriaWire Criteria { get; init; }
}
