using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using AviationApis.Sandbox.Emulation;

namespace AviationApis.Sandbox.Avinode;

// Avinode webhook settings: create, list, read and update (versioned; the client secret is never echoed).
public sealed partial class AvinodeEmulator
{
    private HttpResponseMessage CreateWebhook(EmulatorRequest request)
    {
        if (!request.TryReadObject(out var body))
        {
            return InvalidBody();
        }

        var settings = new AvinodeWebhookSettings(string.Create(CultureInfo.InvariantCulture, $"whs-{nextWebhook++}"));
        if (settings.Apply(body, creating: true) is { } error)
        {
            nextWebhook--;
            return error;
        }

        webhooks[settings.Id] = settings;
        var response = Data(settings.ToJson(request.BaseUri), HttpStatusCode.Created);
        response.Headers.Location = new Uri(Href(request, "webhooks/settings/" + settings.Id));
        return response;
    }

    private HttpResponseMessage ListWebhooks(EmulatorRequest request)
    {
        var list = new JsonArray();
        foreach (var settings in webhooks.Values.OrderBy(w => w.Id, StringComparer.Ordinal))
        {
            list.AddNode(settings.ToJson(request.BaseUri));
        }

        return Data(list);
    }

    private HttpResponseMessage UpdateWebhook(EmulatorRequest request)
    {
        if (!webhooks.TryGetValue(request.Match["id"], out var settings))
        {
            return NotFound();
        }

        if (!request.TryReadObject(out var body))
        {
            return InvalidBody();
        }

        var copy = settings.Copy();
        if (copy.Apply(body, creating: false) is { } error)
        {
            return error;
        }

        copy.Version = settings.Version + 1;
        webhooks[copy.Id] = copy;
        return Data(copy.ToJson(request.BaseUri));
    }
}
