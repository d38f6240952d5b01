using System.Globalization;
using AviationApis.Reliability.Tests.Secrets;
using AviationApis.Reliability.Tests.Targets;

namespace AviationApis.Reliability.Tests.Matrix;

/// <summary>What the fault server saw on the wire during the matrix: every attempt signed afresh.</summary>
[Collection(MatrixCollection.Name)]
public sealed class SigningOnTheWireTests(MatrixFixture matrix)
{
    [Fact]
    public void Every_Avinode_attempt_carries_the_credentials_and_a_fresh_timestamp()
    {
        var retried = matrix.Results.Where(r => r.Target == "Avinode" && r.Seen.Count >= 2).ToArray();
        Assert.NotEmpty(retried);
        foreach (var cell in retried)
        {
            foreach (var attempt in cell.Seen)
            {
                Assert.Equal(TestSecrets.AvinodeApiToken, attempt.Headers["X-Avinode-ApiToken"]);
                Assert.Equal("Bearer " + TestSecrets.BearerToken, attempt.Headers["Authorization"]);
                Assert.Equal(AvinodeTarget.Product, attempt.Headers["X-Avinode-Product"]);
                var sent = DateTimeOffset.ParseExact(attempt.Headers["X-Avinode-SentTimestamp"], "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
                Assert.InRange(attempt.ArrivedAt - sent, TimeSpan.FromSeconds(-1), TimeSpan.FromSeconds(5));
            }
        }

        // After a rate-limit wait (≥ 1 s) the retry must carry a new timestamp, not the first attempt's.
        var waited = retried.Where(r => r.Row.Family == FaultFamily.RateLimitWithinBudget).ToArray();
        Assert.NotEmpty(waited);
        Assert.All(waited, cell => Assert.NotEqual(cell.Seen[0].Headers["X-Avinode-SentTimestamp"], cell.Seen[1].Headers["X-Avinode-SentTimestamp"]));
    }

    [Fact]
    public void Every_CargoAi_attempt_carries_the_api_key_and_the_same_body()
    {
        var retried = matrix.Results.Where(r => r.Target == "CargoAi" && r.Seen.Count >= 2).ToArray();
        Assert.NotEmpty(retried);
        foreach (var cell in retried)
        {
            Assert.All(cell.Seen, attempt => Assert.Equal(TestSecrets.ApiKey, attempt.Headers["x-api-key"]));
            Assert.All(cell.Seen, attempt => Assert.Equal(cell.Seen[0].Body, attempt.Body));
        }
    }
}
