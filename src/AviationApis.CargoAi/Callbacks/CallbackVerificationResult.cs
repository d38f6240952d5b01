namespace AviationApis.CargoAi.Callbacks;

/// <summary>The outcome of <see cref="CargoAiCallbackVerifier.Verify"/>. Never contains the expected or received secret.</summary>
/// <param name="IsValid">Whether the request is authentic (answer 401 otherwise).</param>
/// <param name="Failure">Why not, when not valid.</param>
/// <param name="Reason">A human-readable reason, safe to log.</param>
public sealed record CallbackVerificationResult(bool IsValid, CallbackVerificationFailure Failure, string Reason)
{
    internal static CallbackVerificationResult Valid(string reason) => new(true, CallbackVerificationFailure.None, reason);

    internal static CallbackVerificationResult Invalid(CallbackVerificationFailure failure, string reason) => new(false, failure, reason);
}
