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

        ### Where requests go

        `tests/AviationApis.Reliability.Tests/Boundaries` runs every client against two Kestrel origins on
        `127.0.0.1` (two ports): the client is configured for a prefixed base on the first
        (`http://127.0.0.1:PORT/<vendor>/…/`); the second counts every TCP connection it accepts. Credentials go
        only to the exact origin (scheme, host, port) of a configured base address and under its path (Avinode:
        the SchedAero, Marketplace and webhook bases and the OAuth token endpoint's folder); Core's origin stage
        checks every attempt and every redirect hop before the signing stage runs.

        | case | clients and operations | result |
        | --- | --- | --- |
        | href to another port, another host name (`localhost`), user information, another scheme, outside the base path, `%2e%2e` climbing | SchedAero `GetAsync`, `DownloadPdfAsync`, `GetNotificationResourceAsync`; Marketplace `GetAsync`, `GetNotificationResourceAsync` | `OriginNotAllowedException` naming the origin, 0 attempts; first origin: 0 requests; second origin: 0 connections |
        | relative href climbing out of the base (`../../../other/x`, `%2e%2e/%2e%2e/other/x`) | SchedAero `GetAsync`, `DownloadPdfAsync`; Marketplace `GetAsync` | refused, 0 requests anywhere |
        | https client, http href on the same host and port (downgrade) | SchedAero `GetAsync` | refused, 0 connections |
        | 201 `Location` on another origin, or with user information | Marketplace `CreateTripAsync`, webhooks `CreateAsync` | the create is sent once; the read of the `Location` is refused; 0 connections to the other origin |
        | 301, 302, 303, 307, 308 to another origin | SchedAero `GetPersonAsync` | refused with the redirect's status; 0 connections to the other origin |
        | 307 / 308 for a POST to another origin | CargoAi `BookAsync` (`x-api-key`), Cangooroo `SearchAsync` (password in the body), SchedAero `CreateExternalSystemAsync` | refused; the key and the password reach the first origin only |
        | redirect on the same host with user information, out of the base path, or to another host name | SchedAero `GetPersonAsync` | refused; the user information is not in the message |
        | redirect within the base (302 for a GET, 307 for a POST) | SchedAero `GetPersonAsync`, CargoAi `BookAsync` | followed by the pipeline; each hop signed afresh (own `X-Avinode-SentTimestamp`); the POST body resent whole |
        | ids `.`, `..`, `%2e`, `%2e%2e`, `%2E.`, `.%2e` | 19 path-bound operations (SchedAero, webhooks, Marketplace, CargoAi `CancelAsync`) | `ArgumentException` naming the argument; 0 requests |

        ### What requests carry

        | Case | Result |
        | --- | --- |
        | CR, LF, CRLF-smuggled request, NUL, other control character or non-ASCII character in `CargoAi:ApiKey`, `Avinode:ApiToken`, `AuthorizationToken`, `Product`, `ApiVersion`, `DefaultActAsAccount` | start-up refused, the message names the key and never the value; the server sees nothing (`BoundaryOptionTests`, `HeaderBoundValueTests`) |
        | The same values as `actAsAccount` on every Marketplace call (create, get, cancel trip; get RFQ, trip message, quote; chat; submit quote; decline; empty-leg create and search) | `ArgumentException` with `ParamName` `actAsAccount` before anything is sent; zero requests (`HeaderBoundValueTests`) |
        | A hostile bearer token or act-as account reaching a signer | `ArgumentException` from the signer, no header written (`HeaderValueRulesTests`) |
        | `http://` base address or `OAuth:TokenAddress` on a non-loopback host | refused naming the key; `http://` stays allowed on `localhost`, `127.0.0.0/8`, `::1` (`BaseAddressBoundaryTests`) |
        | `user:password@` in a base address or token address | refused naming the key, the password not repeated (`BaseAddressBoundaryTests`, `BoundaryOptionTests`) |

        ### What comes back

        A hostile server on the same two origins (`HostileServerTests`):

        | case | clients and operations | result |
        | --- | --- | --- |
        | 500 with a 400 MiB body | SchedAero, Marketplace, CargoAi, Cangooroo | `ServiceFailureException`; the client reads at most 1 MiB from its socket (64 KiB kept for the report) |
        | every secret echoed verbatim, JSON-escaped (default, relaxed, `\/`, lower-case `\u`), HTML-escaped, percent-encoded; card numbers grouped by spaces, dashes or dots | SchedAero, Marketplace, CargoAi, Cangooroo; an Avinode webhook secret in a 422 | 0 hits in messages, field errors, excerpts, `ToString()`, logs and trace tags |

        ### The live-host guard

        | Process | `api.cargoai.co`, `schedaero.avinode.com`, `services.avinode.com` (also with a trailing dot, any case) |
        | --- | --- |
        | Release, `Production`, not a test host | allowed |
        | Debug build of the entry assembly | refused, names `AllowLiveHost` |
        | `Staging` (any environment but Production) | refused, names `AllowLiveHost` |
        | No host environment | refused, names `AllowLiveHost` |
        | Test host (xunit, NUnit, MSTest, testhost) | refused, names `AllowLiveHost`; Avinode's sandbox hosts refused too, naming `AllowVendorSandboxInTestHost` |
        | Opt-in set | allowed, one Warning logged (`LiveHostGuardTests`, `BoundaryOptionTests`) |

        The Avinode webhook endpoint applies the same rule to notifications: one whose `href` is on a live host
        (`schedaero.avinode.com`, `services.avinode.com`, any case, trailing dot) gets 403 and nothing is stored in a
        test host, in `Staging`, in a Debug build; it is accepted in Release + `Production`, with the opt-in
        `AllowLiveNotifications`, and whatever the process when the `href` is a sandbox host (`LiveNotificationTests`).

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
