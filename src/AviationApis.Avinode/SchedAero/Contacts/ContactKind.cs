namespace AviationApis.Avinode.SchedAero.Contacts;

/// <summary>Which contact collection an id belongs to.</summary>
public enum ContactKind
{
    /// <summary>A person (<c>/contacts/people</c>).</summary>
    Person = 0,

    /// <summary>A company (<c>/contacts/companies</c>). External identities on companies follow the people pattern (assumed; the vendor documents people only).</summary>
    Company = 1,
}
