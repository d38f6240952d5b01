using AviationApis.AspNetCore.Avinode;
using AviationApis.AspNetCore.CargoAi;

namespace Snippets;

/// <summary>The reader's CargoAi callback handler that the webhook snippets register.</summary>
public sealed class MyCargoAiHandler : ICargoAiCallbackHandler
{
    public Task HandleAsync(CargoAiCallbackDelivery delivery, CancellationToken cancellationToken = default) => Task.CompletedTask;
}

/// <summary>The reader's Avinode webhook handler that the webhook snippets register.</summary>
public sealed class MyAvinodeHandler : IAvinodeWebhookHandler
{
    public Task HandleAsync(AvinodeWebhookDelivery delivery, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
