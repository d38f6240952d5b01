using AviationApis.AspNetCore.Avinode;
using AviationApis.AspNetCore.CargoAi;
using AviationApis.CargoAi.Callbacks;

namespace Snippets;

/// <summary>
/// README.md, "Receiving callbacks and webhooks (AviationApis.AspNetCore)", and src/AviationApis.AspNetCore/README.md.
/// Kept apart from the other snippets: this API is being replaced by a durable inbox.
/// </summary>
public static class Webhooks
{
    public static Microsoft.AspNetCore.Builder.WebApplication Readme(Microsoft.AspNetCore.Builder.WebApplicationBuilder builder)
    {
        #region Snippet:WebhooksReadme
        builder.Services.AddCargoAiCallbackHandler<MyCargoAiHandler>(o =>
            o.Verifier = CargoAiCallbackVerifier.Hmac(builder.Configuration["Webhooks:CargoAi:ApiKey"]!)); // default: None()
        builder.Services.AddAvinodeWebhookHandler<MyAvinodeHandler>(o =>
        {
            o.ClientIdentifier = builder.Configuration["Webhooks:Avinode:ClientIdentifier"];
            o.ClientSecret = builder.Configuration["Webhooks:Avinode:ClientSecret"];
        });

        var app = builder.Build();
        app.MapCargoAiCallbacks("/webhooks/cargoai");   // POST …/flywindow and …/booking
        app.MapAvinodeWebhooks("/webhooks/avinode");    // POST /webhooks/avinode
        #endregion
        return app;
    }

    public static Microsoft.AspNetCore.Builder.WebApplication PackageReadme(Microsoft.AspNetCore.Builder.WebApplicationBuilder builder)
    {
        #region Snippet:WebhooksPackageReadme
        builder.Services.AddCargoAiCallbackHandler<MyCargoAiHandler>(o =>
            o.Verifier = CargoAiCallbackVerifier.Hmac(builder.Configuration["Webhooks:CargoAi:ApiKey"]!)); // default: None()
        builder.Services.AddAvinodeWebhookHandler<MyAvinodeHandler>(o =>
        {
            o.ClientIdentifier = builder.Configuration["Webhooks:Avinode:ClientIdentifier"];
            o.ClientSecret = builder.Configuration["Webhooks:Avinode:ClientSecret"];
        });

        var app = builder.Build();
        app.MapCargoAiCallbacks("/webhooks/cargoai");   // POST /webhooks/cargoai/flywindow, POST /webhooks/cargoai/booking
        app.MapAvinodeWebhooks("/webhooks/avinode");    // POST /webhooks/avinode
        #endregion
        return app;
    }
}
