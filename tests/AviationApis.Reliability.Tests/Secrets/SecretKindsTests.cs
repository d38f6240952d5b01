using System.Reflection;
using AviationApis.Core.Redaction;

namespace AviationApis.Reliability.Tests.Secrets;

/// <summary>
/// A new secret kind added to any package must be added to the scan: every public settable string member whose name
/// denotes a secret (<see cref="Redactor.IsSensitiveName"/>) must be listed here, with the <see cref="TestSecrets"/>
/// value the reliability tests configure it with.
/// </summary>
public sealed class SecretKindsTests
{
    /// <summary>Every known secret member → how the scan covers it.</summary>
    public static readonly IReadOnlyDictionary<string, string> Covered = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AviationApis.CargoAi.Options.CargoAiClientOptions.ApiKey"] = nameof(TestSecrets.ApiKey),
        ["AviationApis.Cangooroo.Options.CangoorooClientOptions.Password"] = nameof(TestSecrets.CangoorooPassword),
        ["AviationApis.Avinode.Options.AvinodeClientOptions.ApiToken"] = nameof(TestSecrets.AvinodeApiToken),
        ["AviationApis.Avinode.Options.AvinodeClientOptions.AuthorizationToken"] = nameof(TestSecrets.BearerToken),
        ["AviationApis.Avinode.Options.AvinodeOAuthOptions.ClientSecret"] = nameof(TestSecrets.AvinodeOAuthClientSecret),
        ["AviationApis.Cangooroo.Booking.PaymentCard.Number"] = nameof(TestSecrets.CardNumber),
        ["AviationApis.Cangooroo.Booking.PaymentCard.SecurityCode"] = nameof(TestSecrets.CardSecurityCode),
        ["AviationApis.Core.Signing.AvinodeSignerSettings.ApiToken"] = nameof(TestSecrets.AvinodeApiToken),
        ["AviationApis.CargoAi.Users.UserToken.Token"] = nameof(TestSecrets.CargoAiUserToken),
        ["AviationApis.Avinode.Webhooks.WebhookSettingsRequest.ClientSecret"] = nameof(TestSecrets.AvinodeWebhookSecret),
        ["AviationApis.AspNetCore.Avinode.AvinodeWebhookEndpointOptions.ClientSecret"] = nameof(TestSecrets.AvinodeWebhookSecret),
        ["AviationApis.AspNetCore.Avinode.AvinodeWebhookConnection.ClientSecret"] = nameof(TestSecrets.AvinodeWebhookSecret),
    };

    [Fact]
    public void Every_public_secret_member_is_covered_by_the_scan()
    {
        var found = SecretMembers().ToArray();
        var uncovered = found.Where(m => !Covered.ContainsKey(m) && !NotSecret.Contains(m)).ToArray();

        Assert.True(uncovered.Length == 0, "New secret members: add a value to TestSecrets, configure it in a matrix target, and list it in SecretKindsTests.Covered:\n  " + string.Join("\n  ", uncovered));
        Assert.All(Covered.Values, name => Assert.NotNull(typeof(TestSecrets).GetField(name)));
    }

    /// <summary>Members whose names look secret but hold none (documented why).</summary>
    private static readonly HashSet<string> NotSecret = new(StringComparer.Ordinal)
    {
    };

    private static IEnumerable<string> SecretMembers()
    {
        Assembly[] assemblies =
        [
            typeof(Core.Http.ApiOperation).Assembly,
            typeof(CargoAi.ICargoAiClient).Assembly,
            typeof(Cangooroo.ICangoorooFlightClient).Assembly,
            typeof(Avinode.Options.AvinodeClientOptions).Assembly,
            typeof(AspNetCore.AviationWebhookOptions).Assembly,
        ];
        foreach (var type in assemblies.SelectMany(a => a.GetExportedTypes()))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                var settable = property.SetMethod is { IsPublic: true } || property.GetMethod?.ReturnParameter?.ParameterType == typeof(string) && type.GetConstructors().Any(c => c.GetParameters().Any(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase)));
                if (property.PropertyType == typeof(string) && settable && (Redactor.IsSensitiveName(property.Name) || property.Name.Contains("Card", StringComparison.Ordinal) || property.Name == "Number" && type.Name.Contains("Card", StringComparison.Ordinal)))
                {
                    yield return $"{type.FullName}.{property.Name}";
                }
            }
        }
    }
}
