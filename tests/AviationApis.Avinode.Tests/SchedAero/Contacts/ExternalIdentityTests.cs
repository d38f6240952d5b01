using System.Net;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero;
using AviationApis.Avinode.SchedAero.Contacts;
using AviationApis.Avinode.Tests.Infrastructure;
using AviationApis.Core.Errors;

namespace AviationApis.Avinode.Tests.SchedAero.Contacts;

public sealed class ExternalIdentityTests
{
    [Fact]
    public async Task Creating_an_external_system_returns_the_id_from_the_location_header()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) =>
        {
            var response = AvinodeHarness.Json("""{"meta":{} }""", HttpStatusCode.Created);
            response.Headers.Location = new Uri("https://sandbox-schedaero.avinode.com/api/externalsystems/external-system-123456789");
            return response;
        };

        var created = await harness.Client.CreateExternalSystemAsync("MyCRM");

        var sent = Assert.Single(harness.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal("https://sandbox-schedaero.avinode.com/api/externalsystems", sent.Uri.AbsoluteUri);
        Assert.Equal("""{"name":"MyCRM"}""", sent.Body);
        Assert.StartsWith("application/json", sent.ContentType, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(new ResourceId("external-system-123456789"), created.Data!.Id);
        Assert.Equal("https://sandbox-schedaero.avinode.com/api/externalsystems/external-system-123456789", created.Data.Location.AbsoluteUri);
    }

    [Fact]
    public async Task A_duplicate_name_is_a_typed_422_and_a_create_is_never_retried_on_a_server_error()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => AvinodeHarness.Errors(HttpStatusCode.UnprocessableEntity, """[{"code": "ERR_DUPLICATE_NAME", "title": "An external system with this name exists", "path": "name"}]""");

        var duplicate = await Assert.ThrowsAsync<ValidationFailedException>(() => harness.Run(c => c.CreateExternalSystemAsync("MyCRM")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        Assert.Equal("ERR_DUPLICATE_NAME", duplicate.ErrorCode);
        Assert.Equal("name", Assert.Single(duplicate.FieldErrors).Field);

        harness.Handler = (_, _) => AvinodeHarness.Json("{}", HttpStatusCode.ServiceUnavailable);
        await Assert.ThrowsAsync<ServiceFailureException>(() => harness.Run(c => c.CreateExternalSystemAsync("Other")));
        Assert.Equal(2, harness.Requests.Count);
    }

    [Fact]
    public async Task Setting_an_identity_patches_the_seed_body_and_is_retried()
    {
        using var harness = new AvinodeHarness();
        var calls = 0;
        harness.Handler = (_, _) => ++calls == 1 ? AvinodeHarness.Json("{}", HttpStatusCode.InternalServerError) : AvinodeHarness.Json("""{"meta":{}}""");

        var result = await harness.Run(c => c.SetExternalIdentityAsync(
            new ResourceId("contact-123456789"),
            new ResourceId("external-system-123456789"),
            new ExternalIdentityUpdate { Identifier = "ABCDEF-123456", Name = "CRM Customer", Uri = new Uri("https://app.mycrm.com/customers/edit/abcdef-123456") }));

        Assert.False(result.HasErrors);
        var attempts = harness.Requests.ToArray();
        Assert.Equal(2, attempts.Length);
        Assert.All(attempts, a =>
        {
            Assert.Equal(HttpMethod.Patch, a.Method);
            Assert.Equal("https://sandbox-schedaero.avinode.com/api/contacts/people/contact-123456789/externalidentity/external-system-123456789", a.Uri.AbsoluteUri);
            Assert.Equal("""{"identifier":"ABCDEF-123456","name":"CRM Customer","uri":"https://app.mycrm.com/customers/edit/abcdef-123456"}""", a.Body);
        });
    }

    [Fact]
    public async Task Deactivating_sends_is_active_false_as_the_seed_does()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([]) };

        await harness.Client.DeactivateExternalIdentityAsync(new ResourceId("contact-2"), new ResourceId("external-system-1"), ContactKind.Company);

        var sent = Assert.Single(harness.Requests);
        Assert.Equal(HttpMethod.Patch, sent.Method);
        Assert.Equal("https://sandbox-schedaero.avinode.com/api/contacts/companies/contact-2/externalidentity/external-system-1", sent.Uri.AbsoluteUri);
        Assert.Equal("""{"isActive":"false"}""", sent.Body);
    }

    [Fact]
    public async Task An_identity_without_identifier_is_rejected_before_sending()
    {
        using var harness = new AvinodeHarness();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => harness.Client.SetExternalIdentityAsync(
            new ResourceId("contact-1"), new ResourceId("external-system-1"), new ExternalIdentityUpdate { Identifier = " " }));

        Assert.Equal("identifier", Assert.Single(error.FieldErrors).Field);
        Assert.Empty(harness.Requests);
    }
}
