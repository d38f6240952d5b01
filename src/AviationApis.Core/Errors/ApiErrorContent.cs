namespace AviationApis.Core.Errors;

/// <summary>What a vendor's error body says, as read by that vendor's error reader.</summary>
/// <param name="ErrorCode">The vendor's code for the error.</param>
/// <param name="Messages">The vendor's messages.</param>
/// <param name="FieldErrors">Problems with individual fields.</param>
public sealed record ApiErrorContent(string? ErrorCode, IReadOnlyList<string> Messages, IReadOnlyList<ApiFieldError> FieldErrors)
{
    /// <summary>Nothing could be read from the body.</summary>
    public static ApiErrorContent Empty { get; } = new(null, [], []);

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(ErrorCode).Add(Messages).Add(FieldErrors).Written;
}
