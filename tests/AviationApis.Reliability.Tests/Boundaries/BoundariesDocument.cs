namespace AviationApis.Reliability.Tests.Boundaries;

/// <summary>
/// The "Boundaries" section of docs/reliability.md (rendered by <see cref="Matrix.ReliabilityDocument"/>): where
/// requests go, what they carry and how they survive the user's host. Each line names the tests that prove it.
/// </summary>
public static class BoundariesDocument
{
    /// <summary>The section's Markdown.</summary>
    public const string Section = """

        ## Boundaries

        Requests go only where the user pointed them, carry only what they should, and survive the user's host. Every
        case below is a test; the result column is what the test asserts.

        ### What requests carry

        | Case | Result |
        | --- | --- |
        | CR, LF, CRLF-smuggled request, NUL, other control character or non-ASCII character in `CargoAi:ApiKey`, `Avinode:ApiToken`, `AuthorizationToken`, `Product`, `ApiVersion`, `DefaultActAsAccount` | start-up refused, the message names the key and never the value; the server sees nothing (`BoundaryOptionTests`, `HeaderBoundValueTests`) |
        | The same values as `actAsAccount` on every Marketplace call (create, get, cancel trip; get RFQ, trip message, quote; chat; submit quote; decline; empty-leg search) | `ArgumentException` with `ParamName` `actAsAccount` before anything is sent; zero requests (`HeaderBoundValueTests`) |
        | A hostile bearer token or act-as account reaching a signer | `ArgumentException` from the signer, no header written (`HeaderValueRulesTests`) |
        | `http://` base address or `OAuth:TokenAddress` on a non-loopback host | refused naming the key; `http://` stays allowed on `localhost`, `127.0.0.0/8`, `::1` (`BaseAddressBoundaryTests`) |
        | `user:password@` in a base address or token address | refused naming the key, the password not repeated (`BaseAddressBoundaryTests`, `BoundaryOptionTests`) |

        ### The live-host guard

        | Process | `api.cargoai.co`, `schedaero.avinode.com`, `services.avinode.com` (also with a trailing dot, any case) |
        | --- | --- |
        | Release, `Production`, not a test host | allowed |
        | Debug build of the entry assembly | refused, names `AllowLiveHost` |
        | `Staging` (any environment but Production) | refused, names `AllowLiveHost` |
        | No host environment | refused, names `AllowLiveHost` |
        | Test host (xunit, NUnit, MSTest, testhost) | refused, names `AllowLiveHost`; Avinode's sandbox hosts refused too, naming `AllowVendorSandboxInTestHost` |
        | Opt-in set | allowed, one Warning logged (`LiveHostGuardTests`, `BoundaryOptionTests`) |

        ### The user's host

        A host built like the .NET Aspire service defaults (`ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler())`),
        registered before and after our `Add…Client`, over Kestrel on `127.0.0.1` (`HostResilienceDefaultsTests`):

        | Case | Before the fix | Now |
        | --- | --- | --- |
        | Cangooroo booking answered 500 | seen 4 | seen 1, `ServiceFailureException`, 1 attempt |
        | CargoAi booking answered 502 once, then 200 | seen 2 (booked twice), no error | seen 1, `ServiceFailureException`, 1 attempt |
        | CargoAi read answered 503 then 200 | seen 2 | seen 2 (our retry), success |
        | CargoAi read answered 503 every time | seen 16 | seen 4 = 1 + `MaxRetryAttempts`, the error reports 4 attempts |
        | `AddStandardResilienceHandler()` on our own builder, CargoAi booking answered 500 | (not measured) | seen 1 |

        ### Rate limits behind 401 and 403

        A 401 or 403 with `X-Rate-Limit-Remaining: 0` is waited for within the total budget, then sent again (even a
        non-idempotent operation: the server did not process it); a reset beyond the budget, or a 401/403 whose
        message says "rate limit", is `RateLimitExceededException` (`RateLimitRefusalTests`).

        """;
}
