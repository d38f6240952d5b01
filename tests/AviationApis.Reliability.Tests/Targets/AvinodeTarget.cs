using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero;
using AviationApis.Avinode.SchedAero.Contacts;
using AviationApis.Reliability.Tests.Matrix;
using AviationApis.Reliability.Tests.Secrets;
using AviationApis.Reliability.Tests.Server;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.Reliability.Tests.Targets;

/// <summary>
/// The Avinode (SchedAero) client: get a contact person (read), PATCH an external identity (idempotent command),
/// create an external system (non-idempotent, 201 with Location).
/// </summary>
public sealed class AvinodeTarget : IMatrixTarget
{
    /// <summary>A contact person answer.</summary>
    public const string PersonBody = """
        { "data": { "externalIdentities": [{ "identifier": "ABCDEF-123456", "name": "CRM Customer",
                      "uri": "https://app.mycrm.com/customers/edit/abcdef-123456", "isActive": true,
                      "id": "contact-123456789/externalidentity/external-system-123456789",
                      "href": "https://sandbox-schedaero.avinode.com/api/contacts/people/contact-123456789/externalidentity/external-system-123456789",
                      "type": "schedaero-identity" } ],
                    "id": "contact-123456789", "href": "https://sandbox-schedaero.avinode.com/api/contacts/people/contact-123456789",
                    "type": "contact-person" },
          "meta": {} }
        """;

    /// <summary>The product header value.</summary>
    public const string Product = "AviationApis.Reliability v1.0";

    /// <inheritdoc />
    public string Name => "Avinode";

    /// <inheritdoc />
    public string BasePath => "avinode/api/";

    /// <inheritdoc />
    public IReadOnlyList<string> Secrets => [TestSecrets.AvinodeApiToken, TestSecrets.BearerToken];

    /// <inheritdoc />
    public IReadOnlyList<MatrixOperation> Operations { get; } =
    [
        new(OperationClass.IdempotentRead, "Avinode.GetPerson", "/contacts/people/contact-123456789", PersonBody, "[1,2,3]", true,
            (sp, ct) => Client(sp).GetPersonAsync(new ResourceId("contact-123456789"), cancellationToken: ct)),
        new(OperationClass.IdempotentCommand, "Avinode.SetExternalIdentity", "/contacts/people/contact-123456789/externalidentity/external-system-123456789", """{"meta":{}}""", "[1,2,3]", true,
            (sp, ct) => Client(sp).SetExternalIdentityAsync(
                new ResourceId("contact-123456789"),
                new ResourceId("external-system-123456789"),
                new ExternalIdentityUpdate { Identifier = "ABCDEF-123456", Name = "CRM Customer", Uri = new Uri("https://app.mycrm.com/customers/edit/abcdef-123456") },
                cancellationToken: ct))
        {
            Deviations = new Dictionary<string, (Expectation, string)>
            {
                ["empty-200"] = (Expectation.Success(1), "an identity PATCH may be answered with an empty 200 (the vendor's seed answers the deactivation that way), so an empty body is a success, not an error"),
            },
        },
        new(OperationClass.NonIdempotentCreate, "Avinode.CreateExternalSystem", "/externalsystems", """{"meta":{}}""", "[1,2,3]", true,
            (sp, ct) => Client(sp).CreateExternalSystemAsync("ReliabilityCRM", ct))
        {
            Setup = new RouteSetup(GoodStatus: 201, GoodHeaders: new Dictionary<string, string>
            {
                ["Location"] = "https://sandbox-schedaero.avinode.com/api/externalsystems/external-system-123456789",
            }),
        },
    ];

    /// <inheritdoc />
    public IHttpClientBuilder Register(IServiceCollection services, Uri baseAddress, MatrixBudget budget) =>
        services.AddAvinodeClient(o =>
        {
            o.BaseAddress = baseAddress;
            o.WebhookBaseAddress = baseAddress;
            o.MarketplaceBaseAddress = baseAddress;
            o.ApiToken = TestSecrets.AvinodeApiToken;
            o.AuthorizationToken = TestSecrets.BearerToken;
            o.Product = Product;
            budget.Apply(o.Pipeline);
        });

    private static ISchedAeroClient Client(IServiceProvider services) => services.GetRequiredService<ISchedAeroClient>();
}
