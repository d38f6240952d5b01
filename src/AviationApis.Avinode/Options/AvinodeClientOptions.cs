using AviationApis.Avinode.Errors;
using AviationApis.Avinode.SchedAero;
using AviationApis.Core.Pipeline;

namespace AviationApis.Avinode.Options;

/// <summary>
/// One Avinode API connection (one company account). Bound from configuration (conventionally the <c>Avinode</c>
/// section; named connections from any section you pass) and validated at startup. The options are read once, when
/// the connection is first used: the API token in particular cannot change per call or at run time (the vendor's
/// checklist requires it to be fixed by the application).
/// </summary>
public sealed class AvinodeClientOptions
{
    /// <summary>
    /// The conventional configuration section, <c>Avinode</c> (a named connection's is <c>Avinode:&lt;name&gt;</c>).
    /// The connection registered without a name is <see cref="Microsoft.Extensions.Options.Options.DefaultName"/>.
    /// </summary>
    public const string SectionName = "Avinode";

    /// <summary>The SchedAero API sandbox.</summary>
    public const string SchedAeroSandboxBaseAddress = "https://sandbox-schedaero.avinode.com/api/";

    /// <summary>The SchedAero API production host (assumed from the public host name <c>schedaero.avinode.com</c>; the vendor publishes only the sandbox).</summary>
    public const string SchedAeroProductionBaseAddress = "https://schedaero.avinode.com/api/";

    /// <summary>The Avinode API sandbox (webhook settings for every product, and the Marketplace API).</summary>
    public const string AvinodeSandboxBaseAddress = "https://sandbox.avinode.com/api/";

    /// <summary>The Avinode API production host (webhook settings for every product, and the Marketplace API).</summary>
    public const string AvinodeProductionBaseAddress = "https://services.avinode.com/api/";

    /// <summary>The SchedAero API base address. Default: <see cref="SchedAeroSandboxBaseAddress"/>. Any base works, including a prefixed local test server.</summary>
    public Uri? BaseAddress { get; set; } = new(SchedAeroSandboxBaseAddress);

    /// <summary>
    /// The Avinode API base address where <c>/webhooks/settings</c> lives (even for SchedAero events, the vendor
    /// exposes webhooks on the Avinode host). Default: <see cref="AvinodeSandboxBaseAddress"/>.
    /// </summary>
    public Uri? WebhookBaseAddress { get; set; } = new(AvinodeSandboxBaseAddress);

    /// <summary>
    /// The Avinode Marketplace API base address (trips, RFQs, trip messages, empty legs, OAuth tokens). Default:
    /// <see cref="AvinodeSandboxBaseAddress"/>; production is <see cref="AvinodeProductionBaseAddress"/>. Any base works,
    /// including a prefixed local test server.
    /// </summary>
    public Uri? MarketplaceBaseAddress { get; set; } = new(AvinodeSandboxBaseAddress);

    /// <summary>
    /// The application's API token (<c>X-Avinode-ApiToken</c>). Required. Set it in code or in host configuration
    /// your users cannot edit; never share or publish it. Never logged.
    /// </summary>
    public string? ApiToken { get; set; }

    /// <summary>
    /// The API connection's token, sent as <c>Authorization: Bearer …</c>. Required unless <see cref="OAuth"/> is
    /// configured (then it must be left unset). Treat it like a password; never logged.
    /// </summary>
    public string? AuthorizationToken { get; set; }

    /// <summary>
    /// OAuth 2.0 client credentials (<c>Avinode:OAuth:*</c>): when <see cref="AvinodeOAuthOptions.ClientId"/> is set, the
    /// bearer token of every call of this connection is obtained from <c>POST /oauth/token</c> and cached, instead of
    /// the static <see cref="AuthorizationToken"/>. The feature must be enabled for the company by Avinode.
    /// </summary>
    public AvinodeOAuthOptions OAuth { get; set; } = new();

    /// <summary>The application's name and version (<c>X-Avinode-Product</c>), e.g. <c>Smart Flight Finder v2.3</c>. Required.</summary>
    public string? Product { get; set; }

    /// <summary>The API version (<c>X-Avinode-ApiVersion</c>). Default <c>v1</c>.</summary>
    public string ApiVersion { get; set; } = "v1";

    /// <summary>The Avinode user name sent as <c>X-Avinode-ActAsAccount</c> when a call names none; <see langword="null"/> sends no header.</summary>
    public string? DefaultActAsAccount { get; set; }

    /// <summary>
    /// Allows the live hosts (<c>schedaero.avinode.com</c>, <c>services.avinode.com</c>) from a process not known to be
    /// a production deployment: a Debug build, a host environment other than Production, an app without a host
    /// environment, or a test host. Off by default: the vendor forbids development and test builds from calling the
    /// live servers, so such a process is refused at start-up. When set, its use is logged once at Warning.
    /// </summary>
    public bool AllowLiveHost { get; set; }

    /// <summary>
    /// Allows the vendor's sandbox hosts (<c>sandbox-schedaero.avinode.com</c>, <c>sandbox.avinode.com</c>, the
    /// defaults) from a test host. Off by default: the vendor forbids automated tests against its sandbox, so tests
    /// should point at <c>AviationApis.Sandbox</c>. Set it only when the connection's transport is in-process (a mock
    /// handler, or <c>UseAvinodeSandbox</c>) and never reaches the network; its use is logged once at Warning.
    /// </summary>
    public bool AllowVendorSandboxInTestHost { get; set; }

    /// <summary>
    /// Throws <see cref="AvinodeSoftErrorException"/> when a successful response carries <c>meta.errors</c> (soft
    /// errors). Off by default: the errors are then on the result's <c>Meta</c> (<c>HasErrors</c>,
    /// <c>EnsureNoErrors()</c>). Whatever this says, an operation that returns data throws
    /// <see cref="AvinodeSoftErrorException"/> when the answer has soft errors and no data: there is nothing to return,
    /// and <c>AvinodeResponse&lt;T&gt;.Data</c> is never <see langword="null"/>.
    /// </summary>
    public bool TreatSoftErrorsAsExceptions { get; set; }

    /// <summary>Retries, timeouts, circuit breaker and logging (<c>Avinode:Pipeline:*</c>).</summary>
    public AviationPipelineOptions Pipeline { get; set; } = new();

    /// <summary>Describes the options with the tokens redacted.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{nameof(AvinodeClientOptions)} {{ BaseAddress = {BaseAddress}, WebhookBaseAddress = {WebhookBaseAddress}, "
        + $"MarketplaceBaseAddress = {MarketplaceBaseAddress}, "
        + $"ApiToken = {Redacted(ApiToken)}, AuthorizationToken = {Redacted(AuthorizationToken)}, OAuth = {OAuth}, Product = {Product}, "
        + $"ApiVersion = {ApiVersion}, DefaultActAsAccount = {DefaultActAsAccount}, "
        + $"AllowLiveHost = {AllowLiveHost}, AllowVendorSandboxInTestHost = {AllowVendorSandboxInTestHost}, TreatSoftErrorsAsExceptions = {TreatSoftErrorsAsExceptions} }}";

    private static string Redacted(string? value) => value is null ? "null" : "[REDACTED]";
}
