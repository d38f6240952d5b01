// Receives CargoAi callbacks and Avinode webhooks into a durable inbox, then runs the handlers from it:
//   POST /webhooks/cargoai/flywindow, POST /webhooks/cargoai/booking, POST /webhooks/avinode
// A delivery is answered 200 only once it is stored; the handlers run afterwards, with retries and a dead letter.
//
// Settings (appsettings.json or environment variables, e.g. Webhooks__CargoAi__ApiKey):
//   Webhooks:CargoAi:ApiKey                 HMAC header cargoai-api-key. Required, unless
//   Webhooks:CargoAi:AllowUnauthenticated   = true accepts unsigned callbacks (anyone could forge one).
//   Webhooks:Avinode:ClientIdentifier / ClientSecret, and/or Webhooks:Avinode:Connections:{company}:ClientIdentifier /
//                                           ClientSecret: Basic credentials per webhook subscription (unset = no Avinode endpoint).
//   Webhooks:Inbox:SqlitePath               the embedded inbox's file (default data/webhook-inbox.db).
//   Webhooks:Inbox:PostgreSql               a PostgreSQL connection string: set it and the inbox moves to PostgreSQL
//                                           (for several instances); the table is created on start.
//   Webhooks:Processing:*                   AviationWebhookOptions (MaxRetries, RetryBaseDelay, ClaimLease, ...).
//   Receiver:AdminToken                     maps /admin/webhooks (counts, dead letters, replay) behind Authorization: Bearer.
//   Receiver:JournalPath / Receiver:Latency the stand-in for your TMS: a file of handled delivery keys, and a delay.
// Run: Webhooks__CargoAi__ApiKey=... dotnet run --project samples/AviationApis.WebhookReceiver -- --urls http://127.0.0.1:5090
using AviationApis.AspNetCore;
using AviationApis.AspNetCore.Avinode;
using AviationApis.AspNetCore.CargoAi;
using AviationApis.CargoAi.Callbacks;
using AviationApis.WebhookReceiver;

var builder = WebApplication.CreateSlimBuilder(args);
var webhooks = builder.Configuration.GetSection("Webhooks");

var postgres = webhooks["Inbox:PostgreSql"];
if (!string.IsNullOrWhiteSpace(postgres))
{
    builder.Services.AddAviationWebhookPostgresInbox(o => o.ConnectionString = postgres);
}
else
{
    builder.Services.AddAviationWebhookSqliteInbox(o => o.Path = webhooks["Inbox:SqlitePath"] is { Length: > 0 } path ? path : Path.Combine("data", "webhook-inbox.db"));
}

builder.Services.AddAviationWebhooks(o => webhooks.GetSection("Processing").Bind(o));
builder.Services.AddSingleton<HandledJournal>();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, AdminJsonContext.Default));

var cargoAiKey = webhooks["CargoAi:ApiKey"];
builder.Services.AddCargoAiCallbackHandler<LoggingCargoAiHandler>(o =>
{
    o.Verifier = string.IsNullOrEmpty(cargoAiKey) ? null : CargoAiCallbackVerifier.Hmac(cargoAiKey);
    o.AllowUnauthenticatedCallbacks = webhooks.GetValue<bool>("CargoAi:AllowUnauthenticated");
});

var avinode = webhooks.GetSection("Avinode");
var avinodeConfigured = !string.IsNullOrEmpty(avinode["ClientIdentifier"]) || avinode.GetSection("Connections").GetChildren().Any();
if (avinodeConfigured)
{
    builder.Services.AddAvinodeWebhookHandler<LoggingAvinodeHandler>(avinode.Bind);
}

var app = builder.Build();
app.MapCargoAiCallbacks("/webhooks/cargoai");
if (avinodeConfigured)
{
    app.MapAvinodeWebhooks("/webhooks/avinode");
}

var adminToken = app.Configuration["Receiver:AdminToken"];
if (!string.IsNullOrEmpty(adminToken))
{
    app.MapWebhookAdmin(adminToken);
}

app.Logger.LogInformation(
    "Receiving CargoAi callbacks ({CargoAiVerification}) and {AvinodeState} into the {Inbox} inbox",
    string.IsNullOrEmpty(cargoAiKey) ? "unsigned accepted: Webhooks:CargoAi:AllowUnauthenticated is set" : "HMAC cargoai-api-key required",
    avinodeConfigured ? "Avinode webhooks (Basic credentials required)" : "no Avinode webhooks (set Webhooks:Avinode:ClientIdentifier and ClientSecret)",
    string.IsNullOrWhiteSpace(postgres) ? "SQLite" : "PostgreSQL");
await app.RunAsync();
