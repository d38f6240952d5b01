using AviationApis.Core.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AviationApis.Avinode;

/// <summary>Validates each named connection, naming the configuration key to fix (e.g. <c>Avinode:Product is required.</c>).</summary>
internal sealed class AvinodeClientOptionsValidator : IValidateOptions<AvinodeClientOptions>
{
    /// <summary>The live hosts a development or test build must not call.</summary>
    internal static readonly string[] ProductionHosts = ["schedaero.avinode.com", "services.avinode.com"];

    private readonly IEnumerable<AvinodeConnectionRegistration> _registrations;
    private readonly IServiceProvider _services;

    public AvinodeClientOptionsValidator(IEnumerable<AvinodeConnectionRegistration> registrations, IServiceProvider services)
    {
        _registrations = registrations;
        _services = services;
    }

    public ValidateOptionsResult Validate(string? name, AvinodeClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var registration = _registrations.LastOrDefault(r => r.Name == name);
        if (registration is null)
        {
            return ValidateOptionsResult.Skip;
        }

        var key = registration.ConfigurationPath;
        var environment = _services.GetService<IHostEnvironment>();
        var failures = new List<string>();
        Add(failures, BaseAddressRules.Validate(options.BaseAddress, $"{key}:{nameof(options.BaseAddress)}"));
        Add(failures, BaseAddressRules.Validate(options.WebhookBaseAddress, $"{key}:{nameof(options.WebhookBaseAddress)}"));
        Add(failures, BaseAddressRules.Validate(options.MarketplaceBaseAddress, $"{key}:{nameof(options.MarketplaceBaseAddress)}"));
        var optIn = $"{key}:{nameof(options.AllowProductionHostInNonProduction)}";
        Add(failures, ProductionHostGuard.Check(options.BaseAddress, ProductionHosts, environment, options.AllowProductionHostInNonProduction, $"{key}:{nameof(options.BaseAddress)}", optIn));
        Add(failures, ProductionHostGuard.Check(options.WebhookBaseAddress, ProductionHosts, environment, options.AllowProductionHostInNonProduction, $"{key}:{nameof(options.WebhookBaseAddress)}", optIn));
        Add(failures, ProductionHostGuard.Check(options.MarketplaceBaseAddress, ProductionHosts, environment, options.AllowProductionHostInNonProduction, $"{key}:{nameof(options.MarketplaceBaseAddress)}", optIn));
        Required(failures, options.ApiToken, $"{key}:{nameof(options.ApiToken)}");
        if (options.OAuth is { IsConfigured: true } oauth)
        {
            ValidateOAuth(failures, options, oauth, key, environment, optIn);
        }
        else
        {
            Required(failures, options.AuthorizationToken, $"{key}:{nameof(options.AuthorizationToken)}");
        }

        Required(failures, options.Product, $"{key}:{nameof(options.Product)}");
        Required(failures, options.ApiVersion, $"{key}:{nameof(options.ApiVersion)}");
        if (options.AuthorizationToken is { } token && token.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"{key}:{nameof(options.AuthorizationToken)} must be the token alone; the 'Bearer' prefix is added by the client.");
        }

        if (options.Pipeline is null)
        {
            failures.Add($"{key}:{nameof(options.Pipeline)} is required.");
        }
        else
        {
            failures.AddRange(options.Pipeline.Validate($"{key}:{nameof(options.Pipeline)}"));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateOAuth(List<string> failures, AvinodeClientOptions options, AvinodeOAuthOptions oauth, string key, Microsoft.Extensions.Hosting.IHostEnvironment? environment, string optIn)
    {
        var oauthKey = $"{key}:{nameof(options.OAuth)}";
        Required(failures, oauth.ClientId, $"{oauthKey}:{nameof(oauth.ClientId)}");
        Required(failures, oauth.ClientSecret, $"{oauthKey}:{nameof(oauth.ClientSecret)}");
        if (!string.IsNullOrWhiteSpace(options.AuthorizationToken))
        {
            failures.Add($"{key}:{nameof(options.AuthorizationToken)} must not be set together with {oauthKey}: the bearer token comes from the OAuth server.");
        }

        if (oauth.TokenLifetimeMinutes is { } minutes and (< AvinodeOAuthOptions.MinTokenLifetimeMinutes or > AvinodeOAuthOptions.MaxTokenLifetimeMinutes))
        {
            failures.Add($"{oauthKey}:{nameof(oauth.TokenLifetimeMinutes)} must be between {AvinodeOAuthOptions.MinTokenLifetimeMinutes} and {AvinodeOAuthOptions.MaxTokenLifetimeMinutes} (got {minutes}).");
        }

        var lifetime = TimeSpan.FromMinutes(oauth.TokenLifetimeMinutes ?? AvinodeOAuthOptions.DefaultTokenLifetimeMinutes);
        if (oauth.RefreshBeforeExpiry < TimeSpan.Zero || oauth.RefreshBeforeExpiry >= lifetime)
        {
            failures.Add($"{oauthKey}:{nameof(oauth.RefreshBeforeExpiry)} must be at least zero and shorter than the token lifetime ({lifetime}).");
        }

        if (oauth.TokenAddress is not null)
        {
            Add(failures, BaseAddressRules.Validate(oauth.TokenAddress, $"{oauthKey}:{nameof(oauth.TokenAddress)}"));
            Add(failures, ProductionHostGuard.Check(oauth.TokenAddress, ProductionHosts, environment, options.AllowProductionHostInNonProduction, $"{oauthKey}:{nameof(oauth.TokenAddress)}", optIn));
        }
    }

    private static void Required(List<string> failures, string? value, string key)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{key} is required.");
        }
    }

    private static void Add(List<string> failures, string? failure)
    {
        if (failure is not null)
        {
            failures.Add(failure);
        }
    }
}
