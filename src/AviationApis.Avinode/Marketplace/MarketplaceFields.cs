using AviationApis.Avinode.Resources;

namespace AviationApis.Avinode.Marketplace;

/// <summary>
/// Sparse fields for Marketplace reads (<c>fields[trips]</c>, <c>fields[rfqs]</c>, <c>fields[tripmsgs]</c>,
/// <c>fields[quotes]</c>, <c>fields[airports]</c>), sent as array parameters (one <c>fields[type]=value</c> per value,
/// as the Marketplace reference documents them). Field names are the vendor's; combine types with
/// <see cref="SparseFields.And"/>.
/// </summary>
public static class MarketplaceFields
{
    /// <summary>Fields of trips (<c>fields[trips]</c>).</summary>
    /// <param name="fields">The field names.</param>
    /// <returns>The sparse-field set.</returns>
    public static SparseFields Trips(params string[] fields) => SparseFields.For("trips", fields);

    /// <summary>Fields of RFQs (<c>fields[rfqs]</c>).</summary>
    /// <param name="fields">The field names.</param>
    /// <returns>The sparse-field set.</returns>
    public static SparseFields Rfqs(params string[] fields) => SparseFields.For("rfqs", fields);

    /// <summary>Fields of trip messages (<c>fields[tripmsgs]</c>).</summary>
    /// <param name="fields">The field names.</param>
    /// <returns>The sparse-field set.</returns>
    public static SparseFields TripMessages(params string[] fields) => SparseFields.For("tripmsgs", fields);

    /// <summary>Fields of quotes (<c>fields[quotes]</c>).</summary>
    /// <param name="fields">The field names.</param>
    /// <returns>The sparse-field set.</returns>
    public static SparseFields Quotes(params string[] fields) => SparseFields.For("quotes", fields);

    /// <summary>Fields of airports (<c>fields[airports]</c>).</summary>
    /// <param name="fields">The field names.</param>
    /// <returns>The sparse-field set.</returns>
    public static SparseFields Airports(params string[] fields) => SparseFields.For("airports", fields);
}
