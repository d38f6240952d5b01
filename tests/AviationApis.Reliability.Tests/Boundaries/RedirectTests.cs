using AviationApis.Avinode.Resources;
using AviationApis.CargoAi.Booking;
using AviationApis.Core.Errors;
using AviationApis.Reliability.Tests.Secrets;
using AviationApis.Reliability.Tests.Targets;

namespace AviationApis.Reliability.Tests.Boundaries;

/// <summary>
/// Redirects are followed by the pipeline, not the transport: one within the configured base is sent again and signed
/// afresh; one to another origin, with user information, or out of the base path is a typed error, and the other origin
/// accepts zero connections (so neither a header credential nor a credential in a body ever reaches it).
/// </summary>
public sealed class RedirectTests(TwoOriginsFixture origins) : IClassFixture<TwoOriginsFixture>
{
    public static TheoryData<int> RedirectStatuses() => [301, 302, 303, 307, 308];

    [Theory]
    [MemberData(nameof(RedirectStatuses))]
    public async Task A_read_redirected_to_another_origin_is_refused(int status)
    {
        await using var host = Start(c => BoundaryHost.Answer(c, status, "", ("Location", new Uri(origins.Foreign.Root, "schedaero/api/contacts/people/p1").AbsoluteUri)));

        var error = await Assert.ThrowsAsync<OriginNotAllowedException>(() => host.SchedAero.GetPersonAsync(new ResourceId("p1")));

        AssertRefused(error, origins.Foreign);
        Assert.Equal((System.Net.HttpStatusCode)status, error.StatusCode);
    }

    [Theory]
    [InlineData(307)]
    [InlineData(308)]
    public async Task A_CargoAi_booking_redirected_to_another_origin_never_carries_the_key_there(int status)
    {
        await using var host = Start(c => BoundaryHost.Answer(c, status, "", ("Location", new Uri(origins.Foreign.Root, "cargo/solutions/book").AbsoluteUri)));

        var error = await Assert.ThrowsAsync<OriginNotAllowedException>(() => CargoAiBookAsync(host));

        AssertRefused(error, origins.Foreign);
        Assert.Equal(TestSecrets.EscapableApiKey, Assert.Single(origins.Home.Seen).Header("x-api-key"));
    }

    [Theory]
    [InlineData(307)]
    [InlineData(302)]
    public async Task A_Cangooroo_search_redirected_to_another_origin_never_carries_the_password_there(int status)
    {
        await using var host = Start(c => BoundaryHost.Answer(c, status, "", ("Location", new Uri(origins.Foreign.Root, "cangooroo/ws/Rest/Flight.svc/Search").AbsoluteUri)));

        var error = await Assert.ThrowsAsync<OriginNotAllowedException>(() => host.Cangooroo.SearchAsync(CangoorooTarget.Criteria));

        AssertRefused(error, origins.Foreign);
        Assert.Contains("\"Password\"", Assert.Single(origins.Home.Seen).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_Avinode_create_redirected_to_another_origin_is_refused()
    {
        await using var host = Start(c => BoundaryHost.Answer(c, 307, "", ("Location", new Uri(origins.Foreign.Root, "schedaero/api/externalsystems").AbsoluteUri)));

        var error = await Assert.ThrowsAsync<OriginNotAllowedException>(() => host.SchedAero.CreateExternalSystemAsync("Boundaries"));

        AssertRefused(error, origins.Foreign);
    }

    [Theory]
    [InlineData("userinfo")]
    [InlineData("outside-base")]
    [InlineData("other-host-name")]
    public async Task A_redirect_on_the_same_host_is_refused_when_it_leaves_the_configured_origin_or_path(string kind)
    {
        var location = kind switch
        {
            "userinfo" => $"http://user:secret-pw@127.0.0.1:{origins.Home.Port}/schedaero/api/contacts/people/p2",
            "outside-base" => "/other/api/contacts/people/p2",
            _ => $"http://localhost:{origins.Home.Port}/schedaero/api/contacts/people/p2",
        };
        await using var host = Start(c => BoundaryHost.Answer(c, 302, "", ("Location", location)));

        var error = await Assert.ThrowsAsync<OriginNotAllowedException>(() => host.SchedAero.GetPersonAsync(new ResourceId("p1")));

        Assert.DoesNotContain("secret-pw", error.ToString(), StringComparison.Ordinal);
        Assert.Single(origins.Home.Seen);
        BoundaryHost.AssertNothingLeaked(error);
    }

    [Fact]
    public async Task A_redirect_within_the_base_is_followed_and_signed_afresh()
    {
        await using var host = Start(c => c.Request.Path.Value!.EndsWith("/p1", StringComparison.Ordinal)
            ? BoundaryHost.Answer(c, 302, "", ("Location", "/schedaero/api/contacts/people/p2"))
            : BoundaryHost.Answer(c, 200, """{"meta":{},"data":{"id":"p2","type":"contact-person"}}"""));

        var person = await host.SchedAero.GetPersonAsync(new ResourceId("p1"));

        Assert.Equal(new ResourceId("p2"), person.Data!.Id);
        var seen = origins.Home.Seen;
        Assert.Equal(["/schedaero/api/contacts/people/p1", "/schedaero/api/contacts/people/p2"], seen.Select(s => s.PathAndQuery));
        Assert.All(seen, s =>
        {
            Assert.Equal(TestSecrets.EscapableAvinodeToken, s.Header("X-Avinode-ApiToken"));
            Assert.Equal("Bearer " + TestSecrets.EscapableBearerToken, s.Header("Authorization"));
        });
        // The signing stage ran again for the second hop: its timestamp is its own.
        Assert.NotEqual(seen[0].Header("X-Avinode-SentTimestamp"), seen[1].Header("X-Avinode-SentTimestamp"));
        Assert.Equal(0, origins.Foreign.Connections);
    }

    [Fact]
    public async Task A_307_within_the_base_resends_the_POST_with_its_body_and_key()
    {
        await using var host = Start(c => c.Request.Path.Value!.EndsWith("/book", StringComparison.Ordinal)
            ? BoundaryHost.Answer(c, 307, "", ("Location", "book-again"))
            : BoundaryHost.Answer(c, 200, CargoAiTarget.BookingBody));

        var booking = await CargoAiBookAsync(host);

        Assert.NotNull(booking);
        var seen = origins.Home.Seen;
        Assert.Equal(["/cargo/solutions/book", "/cargo/solutions/book-again"], seen.Select(s => s.PathAndQuery));
        Assert.All(seen, s => Assert.Equal("POST", s.Method));
        Assert.All(seen, s => Assert.Equal(TestSecrets.EscapableApiKey, s.Header("x-api-key")));
        Assert.Equal(seen[0].Text, seen[1].Text);
    }

    private static Task<BookingResult> CargoAiBookAsync(BoundaryHost host) =>
        host.CargoAi.Bookings.BookAsync(new BookRequest
        {
            User = new BookingUser { Email = "ada@forwarder.example", FirstName = "Ada", LastName = "Lovelace", Iata = "1234567", Cass = "0001", Country = "FR" },
            FlightUuid = "cea884fc-a000-11ee-9471-a61fc42e35dd",
            RateId = "d88ea3ab-864e-11ef-9f4f-465af58dc8d0",
        });

    private BoundaryHost Start(Func<Microsoft.AspNetCore.Http.HttpContext, Task> home)
    {
        origins.Reset();
        origins.Home.Handler = home;
        return new BoundaryHost(origins.Home.Root);
    }

    private void AssertRefused(OriginNotAllowedException error, OriginServer foreign)
    {
        Assert.Equal($"http://127.0.0.1:{foreign.Port}", error.RefusedOrigin);
        Assert.Contains(error.RefusedOrigin, error.Message, StringComparison.Ordinal);
        Assert.Single(origins.Home.Seen);
        Assert.Equal(0, foreign.Connections);
        Assert.Empty(foreign.Seen);
        BoundaryHost.AssertNothingLeaked(error);
    }
}
