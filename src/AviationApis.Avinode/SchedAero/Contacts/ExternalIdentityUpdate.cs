namespace AviationApis.Avinode.SchedAero.Contacts;

/// <summary>
/// Sets a contact's identity in an external system (<c>PATCH .../externalidentity/{systemId}</c>). The identifier must
/// be unique across all SchedAero contacts linked to the same system.
/// </summary>
public sealed record ExternalIdentityUpdate
{
    /// <summary>The contact's unique identifier in the external system (required).</summary>
    public required string Identifier { get; init; }

    /// <summary>When set, SchedAero shows this as the text of the deep link.</summary>
    public string? Name { get; init; }

    /// <summary>When set, SchedAero shows this as a deep link into the external system.</summary>
    public Uri? Uri { get; init; }
}
