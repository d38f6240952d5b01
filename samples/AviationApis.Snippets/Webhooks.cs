using AviationApis.AspNetCore.Avinode;
using AviationApis.AspNetCore.CargoAi;
using AviationApis.CargoAi.Callbacks;

namespace Snippets;

/// <summary>README.md, "Receiving callbacks and webhooks (AviationApis.AspNetCore)", and src/AviationApis.AspNetCore/README.md.</summary>
public static class Webhooks
{
    public static Microsoft.AspNetCore.Builder.WebApplication Readme(Microsoft.AspNetCore.Builder.WebApplicationBuilder builder)
    {
        #region Snippet:WebhooksReadme
        builder.Services.AddCargoAiCallbackHandler<MyCargoAiHandler>(o =>
            o.Verifier = CargoAiCallbackVerifier.Hmac(builder.Configuration["Webhooks:CargoAi:ApiKey"]!)); // or Basic / Bearer
        builder.Services.AddAvinodeWebhookHandler<MyAvinodeHandler>(o =>
        {
            // one connection per company (Avinode: one API connection per company); the handler gets the connection's name
            o.Connections["acme-jets"] = new() { ClientIdentifier = "acme-hook", ClientSecret = builder.Configuration["Webhooks:Avinode:Connections:acme-jets:ClientSecret"] };
            o.Connections["blue-sky"] = new() { ClientIdentifier = "blue-hook", ClientSecret = builder.Configuration["Webhooks:Avinode:Connections:blue-sky:ClientSecret"] };
        });
        // The inbox: SQLite by default (file aviation-webhook-inbox.db); for several instances, PostgreSQL:
        // builder.Services.AddAviationWebhookSqliteInbox(o => o.Path = "/var/lib/receiver/webhook-inbox.db");
        // builder.Services.AddAviationWebhookPostgresInbox(o => o.ConnectionString = builder.Configuration.GetConnectionString("Inbox"));

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
            o.Verifier = CargoAiCallbackVerifier.Hmac(builder.Configuration["Webhooks:CargoAi:ApiKey"]!)); // required
        builder.Services.AddAvinodeWebhookHandler<MyAvinodeHandler>(o =>
        {
            o.ClientIdentifier = builder.Configuration["Webhooks:Avinode:ClientIdentifier"];   // connection "default"
            o.ClientSecret = builder.Configuration["Webhooks:Avinode:ClientSecret"];
            // or one per company: o.Connections["acme-jets"] = new() { ClientIdentifier = …, ClientSecret = … };
        });
        // SQLite (file aviation-webhook-inbox.db) unless told otherwise; for several instances:
        // builder.Services.AddAviationWebhookPostgresInbox(o => o.ConnectionString = builder.Configuration.GetConnectionString("Inbox"));

        var app = builder.Build();
        app.MapCargoAiCallbacks("/webhooks/cargoai");   // POST /webhooks/cargoai/flywindow, POST /webhooks/cargoai/booking
        app.MapAvinodeWebhooks("/webhooks/avinode");    // POST /webhooks/avinode
        #endregion
        return app;
    }
}
