using Microsoft.Extensions.DependencyInjection;

namespace Snippets;

/// <summary>README.md, Avinode: One connection per company.</summary>
public static class AvinodeConnections
{
    public static void Run(Microsoft.AspNetCore.Builder.WebApplicationBuilder builder)
    {
        #region Snippet:AvinodeConnections
        const string AvinodeApiToken = "…"; // the application's token: built in, never user-editable, never published

        foreach (var company in new[] { "AcmeJets", "GlobexAir" })
        {
            builder.Services.AddAvinodeClient(company, o =>
            {
                o.ApiToken = AvinodeApiToken;
                o.AuthorizationToken = builder.Configuration[$"Avinode:{company}:AuthorizationToken"];
                o.Product = "Dispatch Hub v4.2";
                // BaseAddress defaults to the SchedAero sandbox, WebhookBaseAddress to the Avinode sandbox.
                // In production: o.BaseAddress = new Uri(AvinodeClientOptions.SchedAeroProductionBaseAddress);
                //                o.WebhookBaseAddress = new Uri(AvinodeClientOptions.AvinodeProductionBaseAddress);
            });
        }

        // Single-company applications: builder.Services.AddAvinodeClient(builder.Configuration.GetSection("Avinode"));
        // then inject ISchedAeroClient.
        #endregion
    }
}
