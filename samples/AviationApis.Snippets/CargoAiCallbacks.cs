using AviationApis.CargoAi.Callbacks;
using Microsoft.AspNetCore.Http;

namespace Snippets;

/// <summary>README.md, CargoAi: Callbacks (FlyWINDOW and booking).</summary>
public static class CargoAiCallbacks
{
    public static IResult Run(string apiKey, byte[] rawBody, HttpRequest request)
    {
        #region Snippet:CargoAiCallbacks
        var verifier = CargoAiCallbackVerifier.Hmac(apiKey);   // or None(), Basic(user, password), Bearer(token)
        var check = verifier.Verify(rawBody, name => request.Headers[name].FirstOrDefault());
        if (!check.IsValid) return Results.Unauthorized();      // check.Reason is safe to log
        FlyWindowCallback callback = CargoAiCallbackParser.Parse(rawBody);  // accepts the vendor's trailing commas
        #endregion
        return Results.Ok(callback);
    }
}
