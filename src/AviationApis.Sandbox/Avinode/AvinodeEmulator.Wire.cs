using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using AviationApis.Sandbox.Emulation;

namespace AviationApis.Sandbox.Avinode;

// The wire format: the {"meta":…,"data":…} envelope, errors in meta.errors, absolute hrefs on the request's base, PDF streams.
public sealed partial class AvinodeEmulator
{
    private static string Href(EmulatorRequest request, string relative) => new Uri(request.BaseUri, relative).AbsoluteUri;

    private static JsonObject Ref(EmulatorRequest request, string collection, string id, string type) => new()
    {
        ["id"] = id,
        ["href"] = Href(request, collection + "/" + Uri.EscapeDataString(id)),
        ["type"] = type,
    };

    private static string Timestamp(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static HttpResponseMessage Data(JsonNode data, HttpStatusCode status = HttpStatusCode.OK) =>
        Json.Response(status, new JsonObject { ["data"] = data, ["meta"] = new JsonObject() });

    private static HttpResponseMessage Meta(HttpStatusCode status) => Json.Response(status, new JsonObject { ["meta"] = new JsonObject() });

    private static HttpResponseMessage InvalidBody() => Errors(HttpStatusCode.BadRequest, "ERR_INPUT_GENERIC_INVALID", "The body must be a JSON object");

    private static HttpResponseMessage NotFound() => Errors(HttpStatusCode.NotFound, "NOT_FOUND", "Not found");

    internal static HttpResponseMessage Errors(HttpStatusCode status, string code, string title, string? path = null)
    {
        var error = new JsonObject { ["code"] = code, ["title"] = title };
        if (path is not null)
        {
            error["path"] = path;
        }

        return Json.Response(status, new JsonObject
        {
            ["meta"] = new JsonObject { ["errors"] = new JsonArray(error), ["warnings"] = new JsonArray(), ["infos"] = new JsonArray() },
        });
    }

    private static HttpResponseMessage Pdf(string fileName, byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Headers.TryAddWithoutValidation("Content-Disposition", $"attachment; filename=\"{fileName}\"");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }
}
