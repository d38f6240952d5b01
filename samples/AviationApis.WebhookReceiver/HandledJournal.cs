namespace AviationApis.WebhookReceiver;

/// <summary>
/// Stands in for your TMS or booking system: each handled delivery appends one line, <c>deliveryKey TAB summary</c>, to
/// the file at <c>Receiver:JournalPath</c> (when set), after an optional <c>Receiver:Latency</c> that imitates a slow
/// downstream system. A real handler writes to its own database in one transaction keyed by the delivery key, so that a
/// re-run after a crash (at least once) finds the key and does nothing.
/// </summary>
internal sealed class HandledJournal(IConfiguration configuration)
{
    private readonly string? _path = configuration["Receiver:JournalPath"] is { Length: > 0 } path ? path : null;
    private readonly TimeSpan _latency = configuration.GetValue("Receiver:Latency", TimeSpan.Zero);
    private readonly Lock _gate = new();

    public async Task RecordAsync(string deliveryKey, string summary, CancellationToken cancellationToken)
    {
        if (_latency > TimeSpan.Zero)
        {
            await Task.Delay(_latency, cancellationToken);
        }

        if (_path is null)
        {
            return;
        }

        lock (_gate)
        {
            File.AppendAllText(_path, $"{deliveryKey}\t{summary}\n");
        }
    }
}
