using AviationApis.AspNetCore.Deliveries;
using AviationApis.Testing;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace AviationApis.AspNetCore.Tests;

public sealed class DeliveryStoreTests
{
    [Fact]
    public async Task The_in_memory_store_remembers_a_delivery_for_the_window_and_forgets_it_after()
    {
        var time = new ManualTimeProvider();
        var store = new InMemoryWebhookDeliveryStore(time);

        Assert.True(await store.TryRecordAsync("avinode:abc", TimeSpan.FromHours(48)));
        Assert.False(await store.TryRecordAsync("avinode:abc", TimeSpan.FromHours(48)));
        time.Advance(TimeSpan.FromHours(47));
        Assert.False(await store.TryRecordAsync("avinode:abc", TimeSpan.FromHours(48)));
        time.Advance(TimeSpan.FromHours(2));
        Assert.True(await store.TryRecordAsync("avinode:abc", TimeSpan.FromHours(48)));
    }

    [Fact]
    public async Task Two_instances_sharing_a_distributed_cache_handle_a_delivery_once()
    {
        IDistributedCache shared = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
        var first = new DistributedCacheWebhookDeliveryStore(shared);
        var second = new DistributedCacheWebhookDeliveryStore(shared);

        Assert.True(await first.TryRecordAsync("cargoai/flywindow:123", TimeSpan.FromHours(1)));
        Assert.False(await second.TryRecordAsync("cargoai/flywindow:123", TimeSpan.FromHours(1)));
        Assert.True(await second.TryRecordAsync("cargoai/flywindow:456", TimeSpan.FromHours(1)));
    }
}
