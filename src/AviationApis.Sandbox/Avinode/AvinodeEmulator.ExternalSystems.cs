using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using AviationApis.Sandbox.Emulation;

namespace AviationApis.Sandbox.Avinode;

// SchedAero external systems: create (201 with Location) and read.
public sealed partial class AvinodeEmulator
{
    private HttpResponseMessage CreateExternalSystem(EmulatorRequest request)
    {
        if (!request.TryReadObject(out var body))
        {
            return InvalidBody();
        }

        var name = Json.String(body, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            return Errors(HttpStatusCode.UnprocessableEntity, "ERR_INPUT_MISSING", "The name is required", "name");
        }

        if (externalSystems.Values.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return Errors(HttpStatusCode.UnprocessableEntity, "ERR_INPUT_GENERIC_INVALID", $"An external system named '{name}' already exists", "name");
        }

        var id = string.Create(CultureInfo.InvariantCulture, $"external-system-{nextExternalSystem++}");
        externalSystems[id] = name;
        var response = Meta(HttpStatusCode.Created);
        response.Headers.Location = new Uri(Href(request, "externalsystems/" + id));
        return response;
    }

    private HttpResponseMessage GetExternalSystem(EmulatorRequest request)
    {
        var id = request.Match["id"];
        if (!externalSystems.TryGetValue(id, out var name))
        {
            return NotFound();
        }

        var data = Ref(request, "externalsystems", id, "external-system");
        data["name"] = name;
        return Data(data);
    }
}
