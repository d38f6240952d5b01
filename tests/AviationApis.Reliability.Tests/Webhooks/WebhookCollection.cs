namespace AviationApis.Reliability.Tests.Webhooks;

/// <summary>The webhook endpoint tests share one application on Kestrel.</summary>
[CollectionDefinition(Name)]
public sealed class WebhookCollection : ICollectionFixture<WebhookHostFixture>
{
    /// <summary>The collection name.</summary>
    public const string Name = "Webhook endpoints";
}
