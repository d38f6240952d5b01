using System.Threading.Channels;

namespace AviationApis.AspNetCore.Dispatch;

/// <summary>Accepted deliveries waiting for their handler; the endpoint answers 200 as soon as one is queued.</summary>
internal sealed class WebhookWorkQueue
{
    private readonly Channel<WebhookWorkItem> _channel;

    public WebhookWorkQueue(int capacity) =>
        _channel = Channel.CreateBounded<WebhookWorkItem>(new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    public ValueTask EnqueueAsync(WebhookWorkItem item, CancellationToken cancellationToken) => _channel.Writer.WriteAsync(item, cancellationToken);

    public IAsyncEnumerable<WebhookWorkItem> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
