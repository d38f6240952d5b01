using AviationApis.Avinode.Resources;

namespace AviationApis.Avinode.SchedAero;

/// <summary>The sparse-field sets the SchedAero documentation names, ready to pass to a read.</summary>
public static class SchedAeroFields
{
    /// <summary>The resource type name for contacts in <c>fields[...]</c>.</summary>
    public const string ContactType = "contact";

    /// <summary>The resource type name for trips in <c>fields[...]</c>.</summary>
    public const string TripType = "trip";

    /// <summary><c>fields[contact]=externalidentities</c>: include a contact's external identities.</summary>
    public static SparseFields ContactExternalIdentities { get; } = SparseFields.For(ContactType, "externalidentities");

    /// <summary><c>fields[trip]=origin,avinodeid</c>: include where a trip originated and its Avinode RFQ or lead id.</summary>
    public static SparseFields TripAvinodeOrigin { get; } = SparseFields.For(TripType, "origin", "avinodeid");
}
