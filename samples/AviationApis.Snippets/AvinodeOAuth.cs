using Microsoft.Extensions.DependencyInjection;

namespace Snippets;

/// <summary>README.md, Avinode: OAuth client credentials.</summary>
public static class AvinodeOAuth
{
    public static void Run(Microsoft.AspNetCore.Builder.WebApplicationBuilder builder)
    {
        const string AvinodeApiToken = "…";
        #region Snippet:AvinodeOAuth
        builder.Services.AddAvinodeClient("AcmeJets", o =>
        {
            o.ApiToken = AvinodeApiToken;
            o.Product = "Dispatch Hub v4.2";
            o.OAuth.ClientId = builder.Configuration["Avinode:AcmeJets:OAuth:ClientId"];
            o.OAuth.ClientSecret = builder.Configuration["Avinode:AcmeJets:OAuth:ClientSecret"];
            o.OAuth.TokenLifetimeMinutes = 60;
        });
        #endregion
    }
}
