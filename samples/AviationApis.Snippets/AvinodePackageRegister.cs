using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Snippets;

/// <summary>src/AviationApis.Avinode/README.md: Register.</summary>
public static class AvinodePackageRegister
{
    public static void Run(Microsoft.Extensions.DependencyInjection.IServiceCollection services, IConfiguration configuration)
    {
        #region Snippet:AvinodePackageRegister
        // One company: section "Avinode" → inject ISchedAeroClient and IAvinodeMarketplaceClient
        services.AddAvinodeClient(configuration.GetSection("Avinode"));

        // Several companies: one named connection each → ISchedAeroClientFactory / IAvinodeMarketplaceClientFactory .Get(name)
        services.AddAvinodeClient("AcmeJets", o =>
        {
            o.ApiToken = AppConstants.AvinodeApiToken;          // the application's token, fixed in the build
            o.AuthorizationToken = configuration["Avinode:AcmeJets:AuthorizationToken"];
            o.Product = "Dispatch Hub v4.2";
        });
        #endregion
    }
}
