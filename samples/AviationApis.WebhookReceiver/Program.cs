// Receives CargoAi callbacks and Avinode webhooks:
//   POST /webhooks/cargoai/flywindow, POST /webhooks/cargoai/booking, POST /webhooks/avinode
// Verification: Webhooks:CargoAi:ApiKey (HMAC header cargoai-api-key; unset = unsigned, the vendor's default) and
// Webhooks:Avinode:ClientIdentifier / ClientSecret (Basic; unset = the Avinode endpoint is not mapped).
// Run: dotnet run --project samples/AviationApis.WebhookReceiver -- --urls http://127.0.0.1:5090
using AviationApis.AspNetCore.Avinode;
using AviationApis.AspNetCore.CargoAi;
using AviationApis.CargoAi.Callbacks;
using AviationApis.WebhookReceiver;

var builder = WebApplication.CreateSlimBuilder(args);

var cargoAiKey = builder.Configuration["Webhooks:CargoAi:ApiKey"];
builder.Services.AddCargoAiCallbackHandler<LoggingCargoAiHandler>(o =>
    o.Verifier = string.IsNullOrEmpty(cargoAiKey) ? CargoAiCallbackVerifier.None() : CargoAiCallbackVerifier.Hmac(cargoAiKey));

var avinodeIdentifier = builder.Configuration["Webhooks:Avinode:ClientIdentifier"];
var avinodeSecret = builder.Configuration["Webhooks:Avinode:ClientSecret"];
var avinodeConfigured = !string.IsNullOrEmpty(avinodeIdentifier) && !string.IsNullOrEmpty(avinodeSecret);
if (avinodeConfigured)
{
    builder.Services.AddAvinodeWebhookHandler<LoggingAvinodeHandler>(o =>
    {
        o.ClientIdentifier = avinodeIdentifier;
        o.ClientSecret = avinodeSecret;
    });
}

var app = builder.Build();
app.MapCargoAiCallbacks("/webhooks/cargoai");
if (avinodeConfigured)
{
    app.MapAvinodeWebhooks("/webhooks/avinode");
}

app.Logger.LogInformation(
    "Receiving CargoAi callbacks ({CargoAiVerification}) and {AvinodeState}",
    string.IsNullOrEmpty(cargoAiKey) ? "unsigned accepted" : "HMAC cargoai-api-key required",
    avinodeConfigured ? "Avinode webhooks (Basic credentials required)" : "no Avinode webhooks (set Webhooks:Avinode:ClientIdentifier and ClientSecret)");
await app.RunAsync();
