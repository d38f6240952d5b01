namespace AviationApis.Benchmarks.Payloads;

// Mirrors of the Avinode client's person-contact envelope (camelCase).

/// <summary>The envelope.</summary>
public sealed record AvinodeContactEnvelope
{
    /// <summary>Meta.</summary>
    public AvinodeMeta? Meta { get; init; }

    /// <summary>Data.</summary>
    public AvinodeContact? Data { get; init; }
}

/// <summary>Meta.</summary>
public sealed record AvinodeMeta
{
    /// <summary>Errors.</summary>
    public IReadOnlyList<AvinodeMessage>? Errors { get; init; }

    /// <summary>Warnings.</summary>
    public IReadOnlyList<AvinodeMessage>? Warnings { get; init; }

    /// <summary>Infos.</summary>
    public IReadOnlyList<AvinodeMessage>? Infos { get; init; }
}

/// <summary>A meta message.</summary>
public sealed record AvinodeMessage
{
    /// <summary>Code.</summary>
    public string? Code { get; init; }

    /// <summary>Title.</summary>
    public string? Title { get; init; }
}

/// <summary>A person contact.</summary>
public sealed record AvinodeContact
{
    /// <summary>Id.</summary>
    public string? Id { get; init; }

    /// <summary>Href.</summary>
    public string? Href { get; init; }

    /// <summary>Type.</summary>
    public string? Type { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Email.</summary>
    public string? Email { get; init; }

    /// <summary>Phone.</summary>
    public string? Phone { get; init; }

    /// <summary>External identities.</summary>
    public IReadOnlyList<AvinodeExternalIdentity> ExternalIdentities { get; init; } = [];

    /// <summary>Links.</summary>
    public AvinodeContactLinks? Links { get; init; }
}

/// <summary>An external identity.</summary>
public sealed record AvinodeExternalIdentity
{
    /// <summary>System.</summary>
    public AvinodeLink? ExternalSystem { get; init; }

    /// <summary>Identifier.</summary>
    public string? Identifier { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Uri.</summary>
    public string? Uri { get; init; }
}

/// <summary>Links.</summary>
public sealed record AvinodeContactLinks
{
    /// <summary>Company.</summary>
    public AvinodeLink? Company { get; init; }

    /// <summary>Trips.</summary>
    public IReadOnlyList<AvinodeLink> Trips { get; init; } = [];

    /// <summary>Salesperson.</summary>
    public AvinodeLink? Salesperson { get; init; }
}

/// <summary>A relation.</summary>
public sealed record AvinodeLink
{
    /// <summary>Id.</summary>
    public string? Id { get; init; }

    /// <summary>Href.</summary>
    public string? Href { get; init; }

    /// <summary>Type.</summary>
    public string? Type { get; init; }
}
