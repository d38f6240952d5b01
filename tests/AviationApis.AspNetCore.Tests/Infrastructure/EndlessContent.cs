namespace AviationApis.AspNetCore.Tests.Infrastructure;

/// <summary>A request body that keeps sending until stopped.</summary>
internal sealed class EndlessContent : HttpContent
{
    private readonly CancellationTokenSource _stop = new();

    public void Stop() => _stop.Cancel();

    protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                await stream.WriteAsync(new byte[64], _stop.Token);
                await Task.Delay(50, _stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException)
        {
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        _stop.Cancel();
        base.Dispose(disposing);
    }
}
