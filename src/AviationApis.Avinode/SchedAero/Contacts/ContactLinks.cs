using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Avinode.Json;
using AviationApis.Avinode.Resources;

namespace AviationApis.Avinode.SchedAero.Contacts;

/// <summary>The relationships of a contact (the seed's lists for all contacts, people and companies).</summary>
public sealed record ContactLinks
{
    /// <summary>The employer (people only).</summary>
    public ResourceLink? Company { get; init; }

    /// <summary>The employees (companies only).</summary>
    [JsonConverter(typeof(ResourceLinkListJsonConverter))]
    public IReadOnlyList<ResourceLink>? Employees { get; init; }

    /// <summary>Quoted or scheduled trips the contact requested.</summary>
    [JsonConverter(typeof(ResourceLinkListJsonConverter))]
    public IReadOnlyList<ResourceLink>? Trips { get; init; }

    /// <summary>The staff member who is the contact's salesperson.</summary>
    public ResourceLink? Salesperson { get; init; }

    /// <summary>The contact's external identities, when sent as links.</summary>
    [JsonConverter(typeof(ResourceLinkListJsonConverter))]
    public IReadOnlyList<ResourceLink>? ExternalIdentities { get; init; }

    /// <summary>Relationships this SDK version does not know.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Company).Add(Employees).Add(Trips).Add(Salesperson).Add(ExternalIdentities)
            .Add(AdditionalProperties).Written;
}
