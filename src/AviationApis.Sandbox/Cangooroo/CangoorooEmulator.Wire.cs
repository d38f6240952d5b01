using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using AviationApis.Sandbox.Emulation;

namespace AviationApis.Sandbox.Cangooroo;

// The wire format every operation answers with: the Error envelope (HTTP 200 for business errors), money, WCF's HTML error page, and the date format.
public sealed partial class CangoorooEmulator
{
    /// <summary>How Cangooroo writes a date and time (<c>dd/MM/yyyy HH:mm:ss</c>).</summary>
    internal const string DateFormat = "dd/MM/yyyy HH:mm:ss";

    internal static JsonObject Money(decimal value, string currency = "BRL") => new() { ["Currency"] = currency, ["Value"] = value };

    private static JsonObject Error(string message, string code) => new() { ["Message"] = message, ["Code"] = code };

    private HttpResponseMessage Failure(string message, string code) => Envelope(HttpStatusCode.OK, Error(message, code), null);

    private HttpResponseMessage Envelope(HttpStatusCode status, JsonObject? error, string? token, params (string Name, JsonNode? Value)[] payload)
    {
        var body = new JsonObject
        {
            ["Error"] = error,
            ["TimeSpan"] = TimeProvider.GetUtcNow().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        };
        if (token is not null)
        {
            body["Token"] = token;
        }

        body["TotalTime"] = 0.0421;
        foreach (var (name, value) in payload)
        {
            body[name] = value;
        }

        return Json.Response(status, body, options.CangoorooByteOrderMark);
    }

    private static HttpResponseMessage Html(HttpStatusCode status, string message)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes($"<html><head><title>Request Error</title></head><body><p>{WebUtility.HtmlEncode(message)}</p></body></html>"));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/html") { CharSet = "utf-8" };
        return new HttpResponseMessage(status) { Content = content };
    }
}
