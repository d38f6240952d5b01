using System.Net;
using System.Text.Json;
using AviationApis.CargoAi.Tests.Infrastructure;
using AviationApis.CargoAi.Users;
using AviationApis.Core.Errors;

namespace AviationApis.CargoAi.Tests.Users;

public sealed class UsersTests
{
    private const string Activated = """{"status":"Activated","message":"Successful request: User created and account already activated","token":"tok-abc-123456","link":"https://app.dev.cargoai.co/forwarder/search/forwarder-search?auth=tok-abc-123456"}""";

    private static CreateUserRequest NewUser() => new()
    {
        FirstName = "Ada",
        LastName = "Lovelace",
        Email = "ada+ops@forwarder.example",
        CompanyName = "Forwarder SAS",
        CountryCode = "FR",
        IataCode = "1234567",
        CassCode = "0001",
        OfficeAirportCode = "CDG",
        PartnerId = "crm-42",
        Offices = [new UserOffice { CountryCode = "FR", IataCode = "1234567", CassCode = "0001", OfficeAirportCode = "CDG" }],
    };

    [Fact]
    public async Task Create_posts_the_user_as_camel_case_json_with_the_api_key()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Post, "users", (HttpStatusCode.OK, Activated));

        var token = await h.RunAsync(c => c.Users.CreateAsync(NewUser()));

        var request = Assert.Single(h.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(CargoAiHarness.Base + "users", request.Uri.AbsoluteUri);
        Assert.Equal(CargoAiHarness.ApiKey, request.Headers["x-api-key"]);
        using var body = JsonDocument.Parse(request.Body!);
        var root = body.RootElement;
        Assert.Equal("Ada", root.GetProperty("firstName").GetString());
        Assert.Equal("Lovelace", root.GetProperty("lastName").GetString());
        Assert.Equal("ada+ops@forwarder.example", root.GetProperty("email").GetString());
        Assert.Equal("Forwarder SAS", root.GetProperty("companyName").GetString());
        Assert.Equal("FR", root.GetProperty("countryCode").GetString());
        Assert.Equal("1234567", root.GetProperty("iataCode").GetString());
        Assert.Equal("0001", root.GetProperty("cassCode").GetString());
        Assert.Equal("CDG", root.GetProperty("officeAirportCode").GetString());
        Assert.Equal("crm-42", root.GetProperty("partnerId").GetString());
        Assert.Equal("FR", root.GetProperty("offices")[0].GetProperty("countryCode").GetString());

        Assert.True(token.IsActivated);
        Assert.Equal(UserAccountStatus.Activated, token.Status);
        Assert.Equal("tok-abc-123456", token.Token);
        Assert.Equal("app.dev.cargoai.co", token.Link!.Host);
        Assert.DoesNotContain("tok-abc", token.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pending_account_is_told_apart_from_an_activated_one()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Post, "users", (HttpStatusCode.OK, """{"status":"Pending","message":"Successful request: User created, please follow the link","token":"t","link":"https://app.cargoai.co/x?auth=t"}"""));

        var token = await h.RunAsync(c => c.Users.CreateAsync(NewUser()));

        Assert.False(token.IsActivated);
        Assert.Equal(UserAccountStatus.Pending, token.Status);
    }

    [Fact]
    public async Task Get_token_and_delete_send_the_email_url_encoded()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Get, "users", (HttpStatusCode.OK, Activated));
        h.Respond(HttpMethod.Delete, "users", (HttpStatusCode.OK, """{"message":"Successful request: User has been successfully deleted from your API key: a+b@x.example"}"""));

        await h.RunAsync(c => c.Users.GetTokenAsync("a+b@x.example"));
        var deleted = await h.RunAsync(c => c.Users.DeleteAsync("a+b@x.example"));

        var requests = h.Requests.ToArray();
        Assert.Equal(HttpMethod.Get, requests[0].Method);
        Assert.Equal("/some/prefix/users?email=a%2Bb%40x.example", requests[0].Uri.PathAndQuery);
        Assert.Equal(HttpMethod.Delete, requests[1].Method);
        Assert.Equal("/some/prefix/users?email=a%2Bb%40x.example", requests[1].Uri.PathAndQuery);
        Assert.All(requests, r => Assert.Equal(CargoAiHarness.ApiKey, r.Headers["x-api-key"]));
        Assert.Contains("deleted", deleted.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_puts_a_json_body_with_offices()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Put, "users", (HttpStatusCode.OK, """{"status":"Activated","message":"Successful request: User updated successfully","token":"t1234","link":"https://app.dev.cargoai.co/f?auth=t1234"}"""));

        var result = await h.RunAsync(c => c.Users.UpdateAsync(new UpdateUserRequest
        {
            FirstName = "Ada",
            LastName = "Lovelace",
            Email = "ada@forwarder.example",
            CompanyName = "Forwarder SAS",
            Offices = [new UserOffice { CountryCode = "SG", OfficeAirportCode = "SIN" }],
        }));

        var request = Assert.Single(h.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.Equal("/some/prefix/users", request.Uri.PathAndQuery);
        using var body = JsonDocument.Parse(request.Body!);
        Assert.Equal("SG", body.RootElement.GetProperty("offices")[0].GetProperty("countryCode").GetString());
        Assert.Equal("SIN", body.RootElement.GetProperty("offices")[0].GetProperty("officeAirportCode").GetString());
        Assert.False(body.RootElement.GetProperty("offices")[0].TryGetProperty("iataCode", out _));
        Assert.True(result.IsActivated);
    }

    [Theory]
    [InlineData("firstName")]
    [InlineData("lastName")]
    [InlineData("email")]
    [InlineData("companyName")]
    [InlineData("countryCode")]
    [InlineData("iataCode")]
    [InlineData("cassCode")]
    [InlineData("officeAirportCode")]
    [InlineData("partnerId")]
    [InlineData("offices[0].countryCode")]
    public async Task Invalid_users_are_refused_before_sending_naming_the_field(string field)
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Post, "users", (HttpStatusCode.OK, Activated));
        var user = NewUser();
        user = field switch
        {
            "firstName" => user with { FirstName = "" },
            "lastName" => user with { LastName = new string('x', 46) },
            "email" => user with { Email = "not-an-email" },
            "companyName" => user with { CompanyName = new string('c', 46) },
            "countryCode" => user with { CountryCode = "FRA" },
            "iataCode" => user with { IataCode = "123456" },
            "cassCode" => user with { CassCode = "12a4" },
            "officeAirportCode" => user with { OfficeAirportCode = "CD1" },
            "partnerId" => user with { PartnerId = new string('p', 46) },
            _ => user with { Offices = [new UserOffice { CountryCode = "" }] },
        };

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => h.RunAsync(c => c.Users.CreateAsync(user)));

        Assert.Equal(field, Assert.Single(ex.FieldErrors).Field);
        Assert.Equal(0, ex.Attempts);
        Assert.Contains(field, ex.Message, StringComparison.Ordinal);
        Assert.Empty(h.Requests);
    }

    [Fact]
    public async Task Optional_codes_may_be_omitted()
    {
        using var h = new CargoAiHarness();
        h.Respond(HttpMethod.Post, "users", (HttpStatusCode.OK, Activated));

        await h.RunAsync(c => c.Users.CreateAsync(NewUser() with { IataCode = null, CassCode = null, OfficeAirportCode = null, PartnerId = null, Offices = null }));

        using var body = JsonDocument.Parse(Assert.Single(h.Requests).Body!);
        Assert.False(body.RootElement.TryGetProperty("iataCode", out _));
        Assert.False(body.RootElement.TryGetProperty("offices", out _));
    }
}
