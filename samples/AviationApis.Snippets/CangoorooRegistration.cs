using AviationApis.Cangooroo;
using AviationApis.Cangooroo.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Snippets;

/// <summary>README.md, Cangooroo: Registration.</summary>
public static class CangoorooRegistration
{
    public static ICangoorooFlightClient Run(IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration, AppSecrets secrets, IServiceProvider provider)
    {
        #region Snippet:CangoorooRegistration
        // appsettings.json: { "Cangooroo": { "BaseAddress": "https://ws-yourcompany.cangooroo.net/",
        //                                     "Username": "...", "Password": "..." } }
        services.AddCangoorooClient(configuration.GetSection("Cangooroo"));

        // or in code
        services.AddCangoorooClient(o =>
        {
            o.BaseAddress = new Uri("https://ws-yourcompany.cangooroo.net/");   // each licensee has its own host
            o.Username = secrets.CangoorooUser;                                  // sent in the body as Credential
            o.Password = secrets.CangoorooPassword;                              // never logged, redacted in ToString()
        });

        // several licensees: named registrations, resolved through the factory (or as keyed services)
        services.AddCangoorooClient("agency-b", configuration.GetSection("CangoorooAgencyB"));
        var agencyB = provider.GetRequiredService<ICangoorooFlightClientFactory>().Get("agency-b");
        #endregion
        return agencyB;
    }
}
