using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Avinode.Resources;

namespace AviationApis.Avinode.SchedAero.Contacts;

/// <summary>A company contact (<c>GET /contacts/companies/{id}</c>, type <c>contact-company</c>).</summary>
public sealed record ContactCompany
{
    /// <summary>The contact's id (an API id: store it and pass it back; do not display or parse it).</summary>
    public ResourceId Id { get; init; }

    /// <summary>The contact's URI.</summary>
    public string? Href { get; init; }

    /// <summary>The resource type, <c>contact-company</c>.</summary>
    public string? Type { get; init; }

    /// <summary>The company name.</summary>
    public string? Name { get; init; }

    /// <summary>The company's identities in external systems; sent only when asked for with <see cref="SchedAeroFields.ContactExternalIdentities"/>.</summary>
    public IReadOnlyList<ExternalIdentity>? ExternalIdentities { get; init; }

    /// <summary>Relationships: employees, trips, salesperson.</summary>
    public ContactLinks? Links { get; init; }

    /// <summary>Members this SDK version does not know.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Id).Add(Href).Add(Type).Add(Name).Add(ExternalIdentities).Add(Links)
            .Add(AdditionalProperties).Written;
}
