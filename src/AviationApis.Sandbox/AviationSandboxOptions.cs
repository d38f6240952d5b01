namespace AviationApis.Sandbox;

/// <summary>
/// Settings of one sandbox world. Credentials left <see langword="null"/> accept any non-empty value (the default); set
/// them to make the sandbox reject everything else, like the real servers do.
/// </summary>
public sealed class AviationSandboxOptions
{
    /// <summary>The CargoAi <c>x-api-key</c> the sandbox accepts; <see langword="null"/> accepts any non-empty key.</summary>
    public string? CargoAiApiKey { get; set; }

    /// <summary>The Cangooroo <c>Credential.Username</c> the sandbox accepts; <see langword="null"/> accepts any non-empty one.</summary>
    public string? CangoorooUsername { get; set; }

    /// <summary>The Cangooroo <c>Credential.Password</c> the sandbox accepts; <see langword="null"/> accepts any non-empty one.</summary>
    public string? CangoorooPassword { get; set; }

    /// <summary>The Avinode <c>X-Avinode-ApiToken</c> the sandbox accepts; <see langword="null"/> accepts any non-empty one.</summary>
    public string? AvinodeApiToken { get; set; }

    /// <summary>The Avinode connection token (<c>Authorization: Bearer …</c>) the sandbox accepts; <see langword="null"/> accepts any non-empty one.</summary>
    public string? AvinodeAuthorizationToken { get; set; }

    /// <summary>Calls one Avinode connection (bearer token) may make per clock hour before it gets 403; default 1000.</summary>
    public int AvinodeRateLimitPerHour { get; set; } = 1000;

    /// <summary>
    /// Whether Cangooroo responses begin with a UTF-8 byte order mark, as some real endpoints do; default
    /// <see langword="true"/> so clients prove they strip it.
    /// </summary>
    public bool CangoorooByteOrderMark { get; set; } = true;

    /// <summary>The server clock: Avinode timestamp checks and rate-limit windows, Cangooroo token lifetimes, search dates, injected latency. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Describes the options without any credential.</summary>
    /// <returns>A redacted description.</returns>
    public override string ToString() =>
        $"AviationSandboxOptions {{ CargoAiApiKey = {Mask(CargoAiApiKey)}, CangoorooUsername = {Mask(CangoorooUsername)}, CangoorooPassword = {Mask(CangoorooPassword)}, AvinodeApiToken = {Mask(AvinodeApiToken)}, AvinodeAuthorizationToken = {Mask(AvinodeAuthorizationToken)}, AvinodeRateLimitPerHour = {AvinodeRateLimitPerHour}, CangoorooByteOrderMark = {CangoorooByteOrderMark} }}";

    internal static bool Accepts(string? expected, string? actual) =>
        !string.IsNullOrEmpty(actual) && (expected is null || string.Equals(expected, actual, StringComparison.Ordinal));

    private static string Mask(string? value) => value is null ? "(any)" : "***";
}
