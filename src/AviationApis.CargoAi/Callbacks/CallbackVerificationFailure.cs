namespace AviationApis.CargoAi.Callbacks;

/// <summary>Why a callback failed verification.</summary>
public enum CallbackVerificationFailure
{
    /// <summary>It did not fail.</summary>
    None = 0,

    /// <summary>The expected header is absent or empty.</summary>
    MissingHeader = 1,

    /// <summary>The header is present but not in the expected form (wrong scheme, not Base64).</summary>
    MalformedHeader = 2,

    /// <summary>The credentials or signature do not match.</summary>
    Mismatch = 3,
}
