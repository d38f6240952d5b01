using AviationApis.AspNetCore.Inbox;

namespace AviationApis.AspNetCore.Processing;

/// <summary>
/// How the processor runs a stored delivery of one endpoint: parse the raw body into the vendor's model (throwing
/// <see cref="DeliveryParseException"/> when it does not parse) and call the user's handler from the given scope.
/// Registered by <c>AddCargoAiCallbackHandler</c> and <c>AddAvinodeWebhookHandler</c>.
/// </summary>
/// <param name="Endpoint">The endpoint name stored with the delivery.</param>
/// <param name="Handle">Parses and handles one delivery.</param>
internal sealed record WebhookRoute(string Endpoint, Func<IServiceProvider, InboxDelivery, CancellationToken, Task> Handle);
