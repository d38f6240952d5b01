using AviationApis.AspNetCore.Inbox;
using Microsoft.Extensions.Hosting;

namespace AviationApis.AspNetCore.Processing;

/// <summary>Creates the inbox's schema when the host starts, before the endpoints or the processor use it; start-up fails when the store is unreachable.</summary>
internal sealed class InboxInitializer(IWebhookInbox inbox) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => inbox.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
