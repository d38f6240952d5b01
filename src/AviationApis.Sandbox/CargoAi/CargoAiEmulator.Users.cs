using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AviationApis.Sandbox.Emulation;

namespace AviationApis.Sandbox.CargoAi;

// Users: provision (POST users), token and portal link (GET), offices (PUT), delete; the profile validation rules.
public sealed partial class CargoAiEmulator
{
    private JsonObject TokenResponse(User user, string message) => new()
    {
        ["status"] = "Activated",
        ["message"] = message,
        ["token"] = user.Token,
        ["link"] = $"{CargoAiFlights.PortalBase}forwarder-search?auth={Uri.EscapeDataString(user.Token)}",
    };

    private HttpResponseMessage CreateUser(EmulatorRequest request)
    {
        if (!request.TryReadObject(out var body))
        {
            return Message(HttpStatusCode.BadRequest, "Invalid request: the body must be a JSON object");
        }

        var errors = new List<string>();
        Require(body, "firstName", 45, errors);
        Require(body, "lastName", 45, errors);
        Require(body, "email", 66, errors);
        Require(body, "companyName", 45, errors);
        var email = Json.String(body, "email");
        if (!string.IsNullOrEmpty(email) && !EmailPattern().IsMatch(email))
        {
            errors.Add("email: must be a valid email address");
        }

        var country = Json.String(body, "countryCode");
        if (string.IsNullOrEmpty(country))
        {
            errors.Add("countryCode cannot be empty");
        }

        ValidateOffice(body, errors, rootLevel: true);
        if (Json.Array(body, "offices") is { } offices)
        {
            foreach (var office in offices)
            {
                ValidateOffice(office, errors, rootLevel: false);
            }
        }
        else if (body["offices"] is not null)
        {
            errors.Add("offices: must be an array");
        }

        if (errors.Count > 0)
        {
            return Message(HttpStatusCode.BadRequest, $"Invalid request: validation errors: [{string.Join("; ", errors)}]");
        }

        if (users.ContainsKey(email!))
        {
            return Message(HttpStatusCode.BadRequest, $"Invalid request: user already exists: {email}");
        }

        var user = new User(email!, NewToken(email!), (JsonObject)body!.DeepClone());
        users[email!] = user;
        return Json.Response(HttpStatusCode.OK, TokenResponse(user, "Successful request: User created and account already activated"));
    }

    private HttpResponseMessage GetUserToken(EmulatorRequest request)
    {
        var email = request.QueryValue("email");
        if (string.IsNullOrEmpty(email))
        {
            return Message(HttpStatusCode.BadRequest, "Invalid request: email is required");
        }

        if (!users.TryGetValue(email, out var user))
        {
            return Message(HttpStatusCode.BadRequest, $"Invalid request: user not found: {email}");
        }

        return Json.Response(HttpStatusCode.OK, TokenResponse(user, "Successful request: please follow the link"));
    }

    private HttpResponseMessage UpdateUser(EmulatorRequest request)
    {
        JsonObject? body;
        if (!request.TryReadObject(out body))
        {
            // The OpenAPI lists the fields as query parameters; the vendor's own curl sends JSON. Accept both.
            body = new JsonObject { ["email"] = request.QueryValue("email") };
        }

        var email = Json.String(body, "email");
        if (string.IsNullOrEmpty(email))
        {
            return Json.Response(HttpStatusCode.BadRequest, new JsonObject { ["error"] = "Invalid request: email is required" });
        }

        if (!users.TryGetValue(email, out var user))
        {
            return Json.Response(HttpStatusCode.BadRequest, new JsonObject { ["error"] = $"Invalid request: user not found: {email}" });
        }

        var errors = new List<string>();
        if (Json.Array(body, "offices") is { } offices)
        {
            foreach (var office in offices)
            {
                ValidateOffice(office, errors, rootLevel: false);
            }

            if (errors.Count > 0)
            {
                return Json.Response(HttpStatusCode.BadRequest, new JsonObject { ["error"] = $"Invalid request: validation errors: [{string.Join("; ", errors)}]" });
            }

            foreach (var office in offices)
            {
                user.Offices.Add(office!.DeepClone());
            }
        }

        return Json.Response(HttpStatusCode.OK, TokenResponse(user, "Successful request: User updated successfully"));
    }

    private HttpResponseMessage DeleteUser(EmulatorRequest request)
    {
        var email = request.QueryValue("email");
        if (string.IsNullOrEmpty(email) || !users.Remove(email))
        {
            return Message(HttpStatusCode.BadRequest, $"Invalid request: user not found: {email}");
        }

        return Message(HttpStatusCode.OK, $"Successful request: User has been successfully deleted from your API key: {email}");
    }

    private string NewToken(string email) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{{\"sandbox\":true,\"user\":\"{email}\",\"n\":{++sequence}}}")));

    private sealed class User(string email, string token, JsonObject profile)
    {
        public string Email { get; } = email;

        public string Token { get; } = token;

        public JsonObject Profile { get; } = profile;

        public JsonArray Offices { get; } = [];
    }
}
