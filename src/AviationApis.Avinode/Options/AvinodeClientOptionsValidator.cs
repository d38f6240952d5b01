using AviationApis.Avinode.DependencyInjection;
using AviationApis.Core.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AviationApis.Avinode.Options;

/// <summary>Validates each named connection, naming the configuration key to fix (e.g. <c>Avinode:Product is required.</c>).</summary>
internal sealed class AvinodeClientOptionsValidator : IValidateOptions<AvinodeClientOptions>
{
    /// <summary>The live hosts a development or test build must not call.</summary>
    internal static readonly string[] ProductionHosts = ["schedaero.avinode.com", "services.avinode.com"];

    /// <summary>The vendor's sandbox hosts, which automated tests must not call (seed 004).</summary>
    internal static readonly string[] SandboxHosts = ["sandbox-schedaero.avinode.com", "sandbox.avinode.com"];

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
        var failures = new List<string>();
        var liveOptIn = $"{key}:{nameof(options.AllowLiveHost)}";
        var sandboxOptIn = $"{key}:{nameof(options.AllowVendorSandboxInTestHost)}";
        foreach (var (address, property) in new[]
                 {
                     (options.BaseAddress, nameof(options.BaseAddress)),
                     (options.WebhookBaseAddress, nameof(options.WebhookBaseAddress)),
                     (options.MarketplaceBaseAddress, nameof(options.MarketplaceBaseAddress)),
                 })
        {
            Add(failures, BaseAddressRules.Validate(address, $"{key}:{property}"));
            Add(failures, ProductionHostGuard.Check(address, ProductionHosts, _services, options.AllowLiveHost, $"{key}:{property}", liveOptIn));
            Add(failures, ProductionHostGuard.CheckTestHost(address, SandboxHosts, _services, options.AllowVendorSandboxInTestHost, $"{key}:{property}", sandboxOptIn));
        }

        Required(failures, options.ApiToken, $"{key}:{nameof(options.ApiToken)}");
        if (options.OAuth is { IsConfigured: true } oauth)
        {
            ValidateOAuth(failures, options, oauth, key, _services);
        }
        else
        {
            Required(failures, options.AuthorizationToken, $"{key}:{nameof(options.AuthorizationToken)}");
        }

        Required(failures, options.Product, $"{key}:{nameof(options.Product)}");
        Required(failures, options.ApiVersion, $"{key}:{nameof(options.ApiVersion)}");

        // Every value below is sent in a header: none may split the request or be mangled on the wire.
        Add(failures, HeaderValueRules.Validate(options.ApiToken, $"{key}:{nameof(options.ApiToken)}"));
        Add(failures, HeaderValueRules.Validate(options.AuthorizationToken, $"{key}:{nameof(options.AuthorizationToken)}"));
        Add(failures, HeaderValueRules.Validate(options.Product, $"{key}:{nameof(options.Product)}"));
        Add(failures, HeaderValueRules.Validate(options.ApiVersion, $"{key}:{nameof(options.ApiVersion)}"));
        Add(failures, HeaderValueRules.Validate(options.DefaultActAsAccount, $"{key}:{nameof(options.DefaultActAsAccount)}"));
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

    private static void ValidateOAuth(List<string> failures, AvinodeClientOptions options, AvinodeOAuthOptions oauth, string key, IServiceProvider services)
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
            var tokenKey = $"{oauthKey}:{nameof(oauth.TokenAddress)}";
            Add(failures, ProductionHostGuard.Check(oauth.TokenAddress, ProductionHosts, services, options.AllowLiveHost, tokenKey, $"{key}:{nameof(options.AllowLiveHost)}"));
            Add(failures, ProductionHostGuard.CheckTestHost(oauth.TokenAddress, SandboxHosts, services, options.AllowVendorSandboxInTestHost, tokenKey, $"{key}:{nameof(options.AllowVendorSandboxInTestHost)}"));
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
