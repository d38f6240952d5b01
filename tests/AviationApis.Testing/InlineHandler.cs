namespace AviationApis.Testing;

/// <summary>
/// An <see cref="HttpMessageHandler"/> from a delegate that receives the cancellation token, for MockHttp's
/// <c>Respond(HttpMessageHandler)</c> when a response must hang until cancelled or observe the token.
/// </summary>
public sealed class InlineHandler(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> respond) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        respond(request, cancellationToken);
}
