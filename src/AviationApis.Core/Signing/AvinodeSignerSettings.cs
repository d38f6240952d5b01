namespace AviationApis.Core.Signing;

/// <summary>What <see cref="AvinodeHeaderSigner"/> sends. Credentials are never written by <see cref="ToString"/>.</summary>
public sealed record AvinodeSignerSettings
{
    /// <summary>The application's API token (<c>X-Avinode-ApiToken</c>).</summary>
    public required string ApiToken { get; init; }

    /// <summary>The calling application's name and version (<c>X-Avinode-Product</c>), e.g. <c>Smart Flight Finder v2.3</c>.</summary>
    public required string Product { get; init; }

    /// <summary>The API version (<c>X-Avinode-ApiVersion</c>); default <c>v1</c>.</summary>
    public string ApiVersion { get; init; } = "v1";

    /// <summary>The account to act as when a call does not name one; <see langword="null"/> sends no header.</summary>
    public string? DefaultActAsAccount { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{nameof(AvinodeSignerSettings)} {{ ApiToken = [REDACTED], Product = {Product}, ApiVersion = {ApiVersion}, DefaultActAsAccount = {DefaultActAsAccount} }}";
}
