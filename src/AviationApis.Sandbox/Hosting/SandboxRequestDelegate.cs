using AviationApis.Sandbox.Emulation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace AviationApis.Sandbox.Hosting;

/// <summary>Bridges Kestrel to the emulators: HttpContext → HttpRequestMessage → emulator → HttpContext.</summary>
internal static class SandboxRequestDelegate
{
    private const int MaxBodyBytes = 16 * 1024 * 1024;

    public static RequestDelegate Create(AviationSandbox sandbox) => context => HandleAsync(sandbox, context);

    private static async Task HandleAsync(AviationSandbox sandbox, HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var first = path.TrimStart('/').Split('/', 2)[0].ToLowerInvariant();
        (SandboxEmulator? emulator, string? prefix) = first switch
        {
            "cargoai" => (sandbox.CargoAi, SandboxPrefixes.CargoAi),
            "cangooroo" => (sandbox.Cangooroo, SandboxPrefixes.Cangooroo),
            "schedaero" => (sandbox.Avinode, SandboxPrefixes.SchedAero),
            "avinode" => (sandbox.Avinode, SandboxPrefixes.Avinode),
            _ => ((SandboxEmulator?)null, (string?)null),
        };
        if (emulator is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(
                $"AviationApis sandbox. APIs: {SandboxPrefixes.CargoAi}, {SandboxPrefixes.Cangooroo}ws/Rest/Flight.svc/, {SandboxPrefixes.SchedAero}, {SandboxPrefixes.Avinode}\n",
                context.RequestAborted).ConfigureAwait(false);
            return;
        }

        using var message = await ToRequestMessageAsync(context).ConfigureAwait(false);
        if (message is null)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        // Exact routing under the vendor host's prefix: /cargoai/search (no solutions/) or webhook settings on the
        // SchedAero host get the vendor's 404, as they would in production.
        message.Options.Set(HostedPrefix.Key, new HostedPrefix(context.Request.PathBase.Value ?? string.Empty, prefix!, first));

        HttpResponseMessage response;
        try
        {
            response = await emulator.HandleAsync(message, context.RequestAborted).ConfigureAwait(false);
        }
        catch (HttpRequestException exception) when (SandboxConnectionDropped.Is(exception))
        {
            context.Abort();
            return;
        }

        using (response)
        {
            context.Response.StatusCode = (int)response.StatusCode;
            foreach (var header in response.Headers)
            {
                if (!string.Equals(header.Key, "Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
                {
                    context.Response.Headers.Append(header.Key, header.Value.ToArray());
                }
            }

            var bytes = response.Content is null ? [] : await response.Content.ReadAsByteArrayAsync(context.RequestAborted).ConfigureAwait(false);
            if (response.Content is not null)
            {
                foreach (var header in response.Content.Headers)
                {
                    if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
                    {
                        context.Response.Headers.Append(header.Key, header.Value.ToArray());
                    }
                }
            }

            context.Response.ContentLength = bytes.Length;
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static async Task<HttpRequestMessage?> ToRequestMessageAsync(HttpContext context)
    {
        var request = context.Request;
        var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(request.GetEncodedUrl(), UriKind.Absolute));
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                message.Dispose();
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length > 0 || request.ContentType is not null)
        {
            message.Content = new ByteArrayContent(buffer.ToArray());
        }

        foreach (var header in request.Headers)
        {
            if (!message.Headers.TryAddWithoutValidation(header.Key, (IEnumerable<string?>)header.Value))
            {
                message.Content?.Headers.TryAddWithoutValidation(header.Key, (IEnumerable<string?>)header.Value);
            }
        }

        return message;
    }
}
