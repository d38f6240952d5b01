namespace AviationApis.AspNetCore.Tests.Inbox;

/// <summary>One temporary directory per test process for SQLite inbox files and journals, removed when the process exits.</summary>
public static class TestDirectory
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var root = Path.Combine(Path.GetTempPath(), $"aviationapis-inbox-tests-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A child process may still hold a file; the OS temp cleaner takes the rest.
            }
        };
        return root;
    });

    /// <summary>A new file path (not created) in the process's directory.</summary>
    public static string NewFile(string prefix, string extension) => Path.Combine(Root.Value, $"{prefix}-{Guid.NewGuid():N}{extension}");
}
