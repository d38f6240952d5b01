using AviationApis.Core.Pipeline;
using AviationApis.Core.Signing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AviationApis.Core.Tests.Infrastructure.WritingAClient;

/// <summary>docs/writing-a-client.md: Registration.</summary>
public static class ExampleRegistration
{
    #region Snippet:WritingAClientRegistration
    public static IHttpClientBuilder AddExampleClient(this IServiceCollection services, string name, Action<ExampleClientOptions> configure)
    {
        services.AddOptions<ExampleClientOptions>(name).Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ExampleClientOptions>, ExampleClientOptionsValidator>());
        return services.AddHttpClient(HttpClientName(name))
            .AddAviationPipeline(sp =>
            {
                var options = sp.GetRequiredService<IOptionsMonitor<ExampleClientOptions>>().Get(name); // validates
                var signer = new ApiKeyHeaderSigner("x-api-key", options.ApiKey!);
                return new AviationPipelineSettings
                {
                    ClientName = name,
                    AllowedBaseAddresses = [options.BaseAddress!], // origin pinning: requests go nowhere else
                    Options = options.Pipeline,
                    Signer = signer,
                };
            });
    }
    #endregion

    internal static string HttpClientName(string name) => "AviationApis.Example." + name;
}
