using System.Text.Json;
using AviationApis.Testing;

namespace AviationApis.Reliability.Tests.Mutation;

/// <summary>The documented mutation run is the one the repository sets up: the pinned tool, a config that hides nothing.</summary>
public sealed class MutationSetupTests
{
    [Fact]
    public void The_documented_stryker_version_is_the_pinned_local_tool()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Combine(".config", "dotnet-tools.json")));

        Assert.Equal(MutationDocument.ToolVersion, manifest.RootElement.GetProperty("tools").GetProperty("dotnet-stryker").GetProperty("version").GetString());
    }

    [Fact]
    public void The_stryker_config_excludes_no_code_and_ignores_no_mutation()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Combine([.. MutationDocument.ConfigPath])));
        var settings = config.RootElement.GetProperty("stryker-config");

        Assert.Equal("AviationApis.Core.csproj", settings.GetProperty("project").GetString());
        foreach (var hiding in new[] { "mutate", "ignore-mutations", "ignore-methods", "mutation-level" })
        {
            Assert.False(settings.TryGetProperty(hiding, out _), $"stryker-config.json sets '{hiding}': the recorded score would not be Core's");
        }
    }
}
