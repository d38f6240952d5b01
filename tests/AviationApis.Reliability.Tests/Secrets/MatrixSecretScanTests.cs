using AviationApis.Reliability.Tests.Matrix;

namespace AviationApis.Reliability.Tests.Secrets;

/// <summary>
/// The whole fault matrix ran with logging at Trace into a capturing provider: no log line, exception message or
/// <c>ToString()</c>, and no <c>Activity</c> tag may contain a configured secret.
/// </summary>
[Collection(MatrixCollection.Name)]
public sealed class MatrixSecretScanTests(MatrixFixture matrix)
{
    [Fact]
    public void No_secret_in_any_log_line_exception_or_activity_tag()
    {
        // The scan is only meaningful if there was something to scan.
        Assert.True(matrix.Capture.LogLines > 200, $"only {matrix.Capture.LogLines} log lines captured");
        Assert.True(matrix.Capture.ExceptionTexts > 100, $"only {matrix.Capture.ExceptionTexts} exception texts captured");
        Assert.True(matrix.Capture.Activities > 50, $"only {matrix.Capture.Activities} activities captured");
        Assert.Contains(matrix.Capture.Logs.GetSnapshot(), e => e.Level == Microsoft.Extensions.Logging.LogLevel.Trace);

        var hits = SecretScanner.Scan(matrix.Capture.AllTexts);

        Assert.True(hits.Count == 0, $"{hits.Count} secret hits:\n" + string.Join('\n', hits.Take(20)));
    }

    [Fact]
    public void The_secrets_were_really_in_play()
    {
        // The server received every configured credential and quoted it back in its error bodies, so the clean scan
        // above proves redaction, not absence.
        var requests = matrix.Server.Routes.SelectMany(r => r.Seen.Concat(r.SetupSeen)).ToArray();
        var headers = requests.SelectMany(s => s.Headers.Values).ToArray();
        var bodies = requests.Select(s => System.Text.Encoding.UTF8.GetString(s.Body)).ToArray();
        foreach (var secret in MatrixTargets.All.SelectMany(t => t.Secrets).Distinct())
        {
            Assert.True(headers.Any(h => h.Contains(secret, StringComparison.Ordinal)) || bodies.Any(b => b.Contains(secret, StringComparison.Ordinal)), $"secret {secret[..3]}… never reached the server");
        }

        Assert.Contains(bodies, b => b.Contains(TestSecrets.CardNumber, StringComparison.Ordinal));
    }

    [Fact]
    public void The_scanner_finds_what_it_looks_for()
    {
        Assert.NotEmpty(SecretScanner.Scan(["x-api-key: " + TestSecrets.ApiKey]));
        Assert.NotEmpty(SecretScanner.Scan(["card 4111 1111 1111 1111"]));
        Assert.NotEmpty(SecretScanner.Scan(["{\"cvv\":\"737\"}"]));
        Assert.NotEmpty(SecretScanner.Scan(["SecurityCode = 737"]));
        Assert.Empty(SecretScanner.Scan(["took 737 ms, card ************1111, cvv [REDACTED]"]));
    }
}
