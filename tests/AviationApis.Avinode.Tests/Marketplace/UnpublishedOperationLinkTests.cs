using AviationApis.Avinode.Marketplace;
using AviationApis.Avinode.Marketplace.Rfqs;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.Tests.Infrastructure;

namespace AviationApis.Avinode.Tests.Marketplace;

/// <summary>Operations whose paths are not public are reached through the hrefs a trip returns, as the README shows.</summary>
public sealed class UnpublishedOperationLinkTests
{
    private const string PrefixedBase = "http://127.0.0.1:5057/some/prefix/api/";

    [Fact]
    public async Task The_RFQs_of_a_trip_are_read_through_the_links_the_trip_carries()
    {
        using var harness = new AvinodeHarness(o => o.MarketplaceBaseAddress = new Uri(PrefixedBase));
        harness.Handler = (recorded, _) => recorded.Uri.AbsolutePath.EndsWith("/trips/atrip-1", StringComparison.Ordinal)
            ? AvinodeHarness.Data($$$"""{"id": "atrip-1", "type": "trips", "links": {"rfqs": [{"id": "arfq-7", "type": "rfqs", "href": "{{{PrefixedBase}}}trips/atrip-1/rfqs/arfq-7"}]}}""")
            : AvinodeHarness.Data("""{"id": "arfq-7", "type": "rfqs", "sellerLift": [{"id": "alift-1"}, {"id": "alift-2"}]}""");

        var trip = (await harness.RunMarketplace(c => c.GetTripAsync(new ResourceId("atrip-1")))).Data!;
        var rfq = (await harness.RunMarketplace(c => c.GetAsync<Rfq>(trip.Links!.Rfqs![0]))).Data!;

        Assert.Equal(new ResourceId("arfq-7"), rfq.Id);
        Assert.Equal(2, rfq.SellerLifts!.Count);
        Assert.Equal(
            [PrefixedBase + "trips/atrip-1", PrefixedBase + "trips/atrip-1/rfqs/arfq-7"],
            harness.Requests.Select(r => r.Uri.AbsoluteUri));
    }
}
