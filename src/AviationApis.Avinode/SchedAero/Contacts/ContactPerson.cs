using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Avinode.Resources;

namespace AviationApis.Avinode.SchedAero.Contacts;

/// <summary>A person contact (<c>GET /contacts/people/{id}</c>, type <c>contact-person</c>).</summary>
public sealed record ContactPerson
{
    /// <summary>The contact's id (an API id: store it and pass it back; do not display or parse it).</summary>
    public ResourceId Id { get; init; }

    /// <summary>The contact's URI.</summary>
    public string? Href { get; init; }

    /// <summary>The resource type, <c>contact-person</c>.</summary>
    public string? Type { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>E-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>The contact's identities in external systems; sent only when asked for with <see cref="SchedAeroFields.ContactExternalIdentities"/>.</summary>
    public IReadOnlyList<ExternalIdentity>? ExternalIdentities { get; init; }

    /// <summary>Relationships: company, trips, salesperson.</summary>
    public ContactLinks? Links { get; init; }

    /// <summary>Members this SDK version does not know.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Id).Add(Href).Add(Type).Add(FirstName).Add(LastName).Add(Email).Add(Phone)
            .Add(ExternalIdentities).Add(Links).Add(AdditionalProperties).Written;
}
