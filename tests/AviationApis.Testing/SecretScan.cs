namespace AviationApis.Testing;

/// <summary>Finds secrets in captured text (logs, exception messages, ToString output, activity tags).</summary>
public static class SecretScan
{
    /// <summary>Returns each (secret, text) pair where the text contains the secret verbatim.</summary>
    public static IReadOnlyList<string> Find(IEnumerable<string> texts, IEnumerable<string> secrets)
    {
        var secretList = secrets.Where(s => !string.IsNullOrEmpty(s)).ToArray();
        var hits = new List<string>();
        foreach (var text in texts)
        {
            foreach (var secret in secretList)
            {
                if (text.Contains(secret, StringComparison.Ordinal))
                {
                    hits.Add($"'{secret[..Math.Min(3, secret.Length)]}…' found in: {text[..Math.Min(300, text.Length)]}");
                }
            }
        }

        return hits;
    }
}
