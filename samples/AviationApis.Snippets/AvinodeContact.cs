using AviationApis.Avinode.DependencyInjection;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero;
using AviationApis.Avinode.SchedAero.Contacts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Snippets;

/// <summary>README.md, Avinode: A contact.</summary>
public static class AvinodeContact
{
    public static async Task<ContactPerson> RunAsync(IServiceProvider services, string storedContactId, ILogger logger, CancellationToken ct)
    {
        #region Snippet:AvinodeContact
        var acme = services.GetRequiredService<ISchedAeroClientFactory>().Get("AcmeJets");

        var result = await acme.GetPersonAsync(new ResourceId(storedContactId), SchedAeroFields.ContactExternalIdentities, ct);
        var person = result.Data;
        Console.WriteLine($"{person.FirstName} {person.LastName}: {person.ExternalIdentities?.Count ?? 0} external identities");

        // Soft errors (HTTP 200 with meta.errors) are never dropped:
        if (result.HasErrors) { foreach (var e in result.Meta.Errors) logger.LogWarning("{Code}: {Title}", e.Code, e.Title); }

        // Relationships are followed by their href:
        if (person.Links?.Company is { } company)
        {
            var employer = (await acme.GetAsync<ContactCompany>(company, cancellationToken: ct)).Data;
        }

        // Link the contact to your CRM (create the external system once and store its id):
        var crm = (await acme.CreateExternalSystemAsync("MyCRM", ct)).Data;          // 201 + Location → crm.Id
        await acme.SetExternalIdentityAsync(person.Id, crm.Id,
            new ExternalIdentityUpdate { Identifier = "ABCDEF-123456", Name = "CRM Customer", Uri = new Uri("https://app.mycrm.com/customers/edit/abcdef-123456") }, cancellationToken: ct);
        #endregion
        return person;
    }
}
