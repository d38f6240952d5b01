namespace AviationApis.Core.Http;

/// <summary>Attaches per-call information to a request for the pipeline stages to read.</summary>
public static class HttpRequestMessageExtensions
{
    private static readonly HttpRequestOptionsKey<RequestState> StateKey = new("AviationApis.RequestState");

    /// <summary>Marks the request with its operation (name, idempotency, streaming). Call once per request.</summary>
    /// <param name="request">The request to mark.</param>
    /// <param name="operation">The operation the request belongs to.</param>
    /// <returns>The same request, for chaining.</returns>
    public static HttpRequestMessage SetOperation(this HttpRequestMessage request, ApiOperation operation)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(operation);
        GetState(request).Operation = operation;
        return request;
    }

    /// <summary>The operation attached by <see cref="SetOperation"/>, or one derived from the HTTP method.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The operation descriptor.</returns>
    public static ApiOperation GetOperation(this HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return TryGetState(request)?.Operation ?? ApiOperation.Unnamed(request.Method);
    }

    /// <summary>
    /// Asks the signing stage to send <c>X-Avinode-ActAsAccount</c> with this value. When not called (or called with
    /// <see langword="null"/>) the header is sent only if the connection has a default account configured.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="account">The Avinode user name to act as.</param>
    /// <returns>The same request, for chaining.</returns>
    /// <exception cref="ArgumentException">The account contains a control or non-ASCII character (it is sent in a header).</exception>
    public static HttpRequestMessage SetActAsAccount(this HttpRequestMessage request, string? account)
    {
        ArgumentNullException.ThrowIfNull(request);
        Options.HeaderValueRules.ThrowIfInvalid(account, "actAsAccount");
        GetState(request).ActAsAccount = account;
        return request;
    }

    /// <summary>The account set by <see cref="SetActAsAccount"/>, if any.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The account name or <see langword="null"/>.</returns>
    public static string? GetActAsAccount(this HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return TryGetState(request)?.ActAsAccount;
    }

    /// <summary>How many attempts the pipeline made for this request so far (0 before it was sent).</summary>
    /// <param name="request">The request.</param>
    /// <returns>The attempt count.</returns>
    public static int GetAttemptCount(this HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return TryGetState(request)?.Attempts ?? 0;
    }

    /// <summary>
    /// The rate-limit headers of the last response the pipeline received for this request, or <see langword="null"/>
    /// when it sent none (or the request was not sent through the pipeline).
    /// </summary>
    /// <param name="request">The request.</param>
    /// <returns>The rate-limit state.</returns>
    public static RateLimits.RateLimitInfo? GetRateLimit(this HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return TryGetState(request)?.RateLimit;
    }

    /// <summary>
    /// Names secrets that this call sends in its body (a card number, a security code, a webhook client secret): error
    /// messages, field errors and body excerpts about this call redact them in every spelling, like the client's
    /// configured credentials.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="secrets">The values; null and short values are ignored as by <see cref="Redaction.Redactor"/>.</param>
    /// <returns>The same request, for chaining.</returns>
    public static HttpRequestMessage AddSecrets(this HttpRequestMessage request, params string?[] secrets)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(secrets);
        var state = GetState(request);
        state.Secrets = state.Secrets is null ? secrets : [.. state.Secrets, .. secrets];
        return request;
    }

    internal static RequestState GetState(HttpRequestMessage request)
    {
        if (!request.Options.TryGetValue(StateKey, out var state))
        {
            state = new RequestState();
            request.Options.Set(StateKey, state);
        }

        return state;
    }

    internal static RequestState? TryGetState(HttpRequestMessage request) =>
        request.Options.TryGetValue(StateKey, out var state) ? state : null;
}
