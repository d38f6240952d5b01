using AviationApis.CargoAi;
using AviationApis.CargoAi.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Snippets;

/// <summary>README.md, CargoAi: A user.</summary>
public static class CargoAiUser
{
    public static async Task<UserToken> RunAsync(IServiceProvider provider)
    {
        #region Snippet:CargoAiUser
        var cargoAi = provider.GetRequiredService<ICargoAiClient>();

        UserToken user = await cargoAi.Users.CreateAsync(new CreateUserRequest
        {
            FirstName = "Ada", LastName = "Lovelace", Email = "ada@forwarder.example",
            CompanyName = "Forwarder SAS", CountryCode = "FR",
            IataCode = "1234567", CassCode = "0001", OfficeAirportCode = "CDG",
        });
        if (!user.IsActivated)
        {
            // Pending: CargoAi support activates the account, or the user completes details through user.Link.
        }

        // Before searching, warn about airlines that need a customer id.
        var report = AirlineRecognition.Assess(new AirlineCredentials { CassCode = "0001", AirlinesWithCustomerId = ["LH"] });
        foreach (var airline in report.AirlinesWithoutRates) Console.WriteLine($"{airline.Name} will not return rates");
        #endregion
        return user;
    }
}
