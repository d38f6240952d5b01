namespace AviationApis.Core.Http;

/// <summary>
/// Sees every answer <see cref="ApiTransport"/> receives, success or not, before it is checked (e.g. to keep the
/// service's latest rate limit or drop a rejected token). An instance per what it observes, created once: the
/// transport's call then carries one reference, no delegate or state.
/// </summary>
internal interface IResponseObserver
{
    /// <summary>Looks at an answer; must not read or dispose it.</summary>
    /// <param name="response">The answer.</param>
    void Observe(HttpResponseMessage response);
}
