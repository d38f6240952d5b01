namespace AviationApis.Reliability.Tests.Server;

/// <summary>What the fault server does with one attempt.</summary>
public enum FaultKind
{
    /// <summary>200 with the route's canned good body.</summary>
    Good,

    /// <summary>A status code with an optional body and headers (5xx, 408, 429, 403 rate limit, ...).</summary>
    Status,

    /// <summary>HTTP 429 with <c>Retry-After</c> as an HTTP-date computed when the attempt arrives.</summary>
    TooManyRequestsUntilDate,

    /// <summary>The connection is closed before any response byte (<c>HttpContext.Abort()</c>).</summary>
    AbortBeforeResponse,

    /// <summary>200 headers with a Content-Length are sent, then the connection is closed.</summary>
    AbortAfterHeaders,

    /// <summary>200 headers and half the body are sent, then the connection is closed.</summary>
    AbortMidBody,

    /// <summary>Nothing is sent until the client gives up (bounded by <see cref="FaultServer.StallLimit"/>).</summary>
    StallBeforeHeaders,

    /// <summary>200 headers and half the body are sent, then nothing until the client gives up.</summary>
    StallMidBody,

    /// <summary>200 with the good body cut in half (Content-Length matches the cut body: a complete, broken message).</summary>
    TruncatedJson,

    /// <summary>200 with an empty body.</summary>
    EmptyBody,

    /// <summary>200 with JSON of the wrong shape (the route's wrong-shape body).</summary>
    WrongShape,

    /// <summary>A body of <see cref="FaultStep.LargeBodyBytes"/> bytes streamed from one reused buffer.</summary>
    LargeBody,

    /// <summary>200 announcing <c>Content-Length: </c><see cref="FaultStep.LargeBodyBytes"/>, sending 1 KiB, then closing the connection.</summary>
    AnnounceLargeThenAbort,
}
