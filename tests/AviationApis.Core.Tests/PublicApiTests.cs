using AviationApis.Core.Pipeline;
using AviationApis.Testing;
using Xunit.Sdk;

namespace AviationApis.Core.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_matches_the_approved_snapshot() =>
        PublicApiSnapshot.Verify(typeof(AviationPipelineOptions).Assembly);

    [Fact]
    public void A_difference_fails_with_the_diff_and_the_approve_command_and_never_rewrites_the_approved_file()
    {
        var dir = Directory.CreateTempSubdirectory("aviationapis-api-");
        try
        {
            var approved = Path.Combine(dir.FullName, "AviationApis.Core.txt");
            var generated = PublicApiSnapshot.Generate(typeof(AviationPipelineOptions).Assembly);
            var stale = generated.Replace("class AviationPipelineOptions", "class AviationPipelineSettings", StringComparison.Ordinal);
            Assert.NotEqual(generated, stale);
            File.WriteAllText(approved, stale);

            var failure = Assert.Throws<XunitException>(() => PublicApiSnapshot.Verify(typeof(AviationPipelineOptions).Assembly, approved));

            var received = Path.Combine(dir.FullName, "AviationApis.Core.received.txt");
            Assert.Equal(stale, File.ReadAllText(approved));
            Assert.Equal(generated, File.ReadAllText(received));
            Assert.Contains($"mv {received} {approved}", failure.Message, StringComparison.Ordinal);
            var diff = failure.Message.Split('\n');
            Assert.Contains(diff, l => l.StartsWith("- ", StringComparison.Ordinal) && l.EndsWith("public sealed class AviationPipelineSettings", StringComparison.Ordinal));
            Assert.Contains(diff, l => l.StartsWith("+ ", StringComparison.Ordinal) && l.EndsWith("public sealed class AviationPipelineOptions", StringComparison.Ordinal));

            // Approval is the explicit move; afterwards the same check passes and the received file is gone.
            File.Move(received, approved, overwrite: true);
            PublicApiSnapshot.Verify(typeof(AviationPipelineOptions).Assembly, approved);
            Assert.False(File.Exists(received));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_snapshot_keeps_nullability_and_required_members()
    {
        var text = PublicApiSnapshot.Generate(typeof(AviationPipelineOptions).Assembly);
        Assert.Contains("string?", text, StringComparison.Ordinal);
        Assert.Contains("public required string ClientName { get; init; }", text, StringComparison.Ordinal);
        Assert.Equal(text, PublicApiSnapshot.Generate(typeof(AviationPipelineOptions).Assembly));
    }

    [Fact]
    public void A_missing_approved_file_fails_and_is_not_created()
    {
        var dir = Directory.CreateTempSubdirectory("aviationapis-api-");
        try
        {
            var approved = Path.Combine(dir.FullName, "AviationApis.Core.txt");
            var failure = Assert.Throws<XunitException>(() => PublicApiSnapshot.Verify(typeof(AviationPipelineOptions).Assembly, approved));
            Assert.False(File.Exists(approved));
            Assert.Contains("does not exist yet", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
