namespace Snippets;

/// <summary>What the snippets assume the reader's application already has: its secrets and a few UI helpers.</summary>
public sealed class AppSecrets
{
    public string? CargoAiKey { get; init; }

    public string? CangoorooUser { get; init; }

    public string? CangoorooPassword { get; init; }
}

internal static class Ui
{
    /// <summary>Opens a deep link for the user; the snippets only show where.</summary>
    public static Action<Uri> OpenBrowser { get; set; } = _ => { };

    /// <summary>Shows flights as they arrive; the snippets only show where.</summary>
    public static Action<object?> Render { get; set; } = _ => { };
}

/// <summary>The reader's build-time constants.</summary>
internal static class AppConstants
{
    /// <summary>The application's Avinode API token: fixed in the build, never user-editable.</summary>
    public const string AvinodeApiToken = "…";
}
