using System.Net;
using System.Text.Json.Nodes;
using AviationApis.Sandbox.Emulation;

namespace AviationApis.Sandbox.Avinode;

// SchedAero contacts: the seeded person and company, and external identities (PATCH/PUT …/externalidentity/{systemId}).
public sealed partial class AvinodeEmulator
{
    private HttpResponseMessage GetPerson(EmulatorRequest request)
    {
        var id = request.Match["id"];
        if (id != SeedContactId)
        {
            return NotFound();
        }

        var data = Ref(request, "contacts/people", id, "contact-person");
        data["firstName"] = "John";
        data["lastName"] = "Smith";
        data["email"] = "john.smith@example.com";
        data["phone"] = "+1 555 0100";
        if (request.QueryValues("fields[contact]").Contains("externalidentities", StringComparer.OrdinalIgnoreCase))
        {
            var list = new JsonArray();
            foreach (var ((contact, system), identity) in identities.OrderBy(i => i.Key.System, StringComparer.Ordinal))
            {
                if (contact != id)
                {
                    continue;
                }

                var relative = $"contacts/people/{Uri.EscapeDataString(contact)}/externalidentity/{Uri.EscapeDataString(system)}";
                list.AddNode(new JsonObject
                {
                    ["identifier"] = identity.Identifier,
                    ["name"] = identity.Name,
                    ["uri"] = identity.Uri,
                    ["isActive"] = identity.IsActive,
                    ["id"] = $"{contact}/externalidentity/{system}",
                    ["href"] = Href(request, relative),
                    ["type"] = "schedaero-identity",
                });
            }

            data["externalIdentities"] = list;
        }

        data["links"] = new JsonObject
        {
            ["company"] = Ref(request, "contacts/companies", SeedCompanyId, "contact-company"),
            ["trips"] = new JsonArray(Ref(request, "trips", SeedTripId, "schedaero-trip")),
            ["salesperson"] = Ref(request, "staff", "staff-123456789", "staff"),
        };
        return Data(data);
    }

    private HttpResponseMessage GetCompany(EmulatorRequest request)
    {
        if (request.Match["id"] != SeedCompanyId)
        {
            return NotFound();
        }

        var data = Ref(request, "contacts/companies", SeedCompanyId, "contact-company");
        data["name"] = "Acme Jets LLC";
        data["links"] = new JsonObject { ["employees"] = new JsonArray(Ref(request, "contacts/people", SeedContactId, "contact-person")) };
        return Data(data);
    }

    private HttpResponseMessage SetIdentity(EmulatorRequest request)
    {
        var contact = request.Match["id"];
        var system = request.Match["systemId"];
        if (contact != SeedContactId)
        {
            return NotFound();
        }

        if (!externalSystems.ContainsKey(system))
        {
            return Errors(HttpStatusCode.NotFound, "NOT_FOUND", $"External system '{system}' not found");
        }

        if (!request.TryReadObject(out var body))
        {
            return InvalidBody();
        }

        identities.TryGetValue((contact, system), out var existing);
        if (Json.String(body, "isActive") is { } active && bool.TryParse(active, out var isActive) && !isActive)
        {
            if (existing is not null)
            {
                existing.IsActive = false;
            }

            return Meta(HttpStatusCode.OK);
        }

        var identifier = Json.String(body, "identifier");
        if (string.IsNullOrWhiteSpace(identifier))
        {
            return Errors(HttpStatusCode.UnprocessableEntity, "ERR_INPUT_MISSING", "The identifier is required", "identifier");
        }

        if (identities.Any(i => i.Key.System == system && i.Key.Contact != contact && i.Value.IsActive && i.Value.Identifier == identifier))
        {
            return Errors(HttpStatusCode.UnprocessableEntity, "ERR_INPUT_GENERIC_INVALID", "The identifier must be unique across the contacts linked to this external system", "identifier");
        }

        var uri = Json.String(body, "uri");
        if (uri is not null && !Uri.TryCreate(uri, UriKind.Absolute, out _))
        {
            return Errors(HttpStatusCode.UnprocessableEntity, "ERR_INPUT_GENERIC_INVALID", "The uri must be an absolute URI", "uri");
        }

        identities[(contact, system)] = new Identity(identifier, Json.String(body, "name") ?? existing?.Name, uri ?? existing?.Uri) { IsActive = true };
        return Meta(HttpStatusCode.OK);
    }

    private sealed class Identity(string identifier, string? name, string? uri)
    {
        public string Identifier { get; } = identifier;

        public string? Name { get; } = name;

        public string? Uri { get; } = uri;

        public bool IsActive { get; set; }
    }
}
