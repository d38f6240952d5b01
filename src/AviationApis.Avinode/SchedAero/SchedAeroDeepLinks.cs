using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero.Trips;
using AviationApis.Core.Http;

namespace AviationApis.Avinode.SchedAero;

/// <summary>Deep links into the SchedAero web application.</summary>
public static class SchedAeroDeepLinks
{
    /// <summary>
    /// The SchedAero page of the trip imported from an Avinode RFQ: <c>{host}/mvc/trip/fromImportedAvinodeRfq/{rfqId}</c>.
    /// The web application lives on the SchedAero host beside the API, so a base address ending in <c>/api/</c> loses
    /// that segment (<c>https://sandbox-schedaero.avinode.com/api/</c> → <c>https://sandbox-schedaero.avinode.com/mvc/…</c>);
    /// any other base address (a test server's prefix) is kept as is.
    /// </summary>
    /// <param name="schedAeroBaseAddress">The connection's SchedAero API base address.</param>
    /// <param name="avinodeRfqId">The Avinode RFQ id (e.g. from <see cref="Trip.AvinodeRfqId"/> or an Avinode webhook).</param>
    /// <returns>The absolute deep link.</returns>
    public static Uri FromImportedAvinodeRfq(Uri schedAeroBaseAddress, ResourceId avinodeRfqId)
    {
        ArgumentNullException.ThrowIfNull(schedAeroBaseAddress);
        if (avinodeRfqId.IsEmpty)
        {
            throw new ArgumentException("The RFQ id is empty.", nameof(avinodeRfqId));
        }

        var root = ApiUri.EnsureTrailingSlash(schedAeroBaseAddress);
        var path = root.AbsolutePath;
        if (path.EndsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            root = new UriBuilder(root) { Path = path[..^"api/".Length], Query = string.Empty }.Uri;
        }

        return ApiUri.Combine(root, "mvc/trip/fromImportedAvinodeRfq/" + ApiUri.Segment(avinodeRfqId.ToString()));
    }
}
