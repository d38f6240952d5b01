using System.Net;
using AviationApis.Sandbox.Cangooroo;
using AviationApis.Sandbox.Emulation;

namespace Snippets;

/// <summary>src/AviationApis.Sandbox/README.md: Fault injection.</summary>
public static class SandboxPackageFaults
{
    public static int Run(AviationApis.Sandbox.AviationSandbox sandbox)
    {
        #region Snippet:SandboxPackageFaults
        sandbox.Faults.FailNext(SandboxApi.CargoAi, "Search", count: 2, HttpStatusCode.ServiceUnavailable);
        sandbox.Faults.AddLatency(SandboxApi.Avinode, operation: null, TimeSpan.FromSeconds(3));
        sandbox.Faults.DropConnection(SandboxApi.Cangooroo, "Booking");   // HttpRequestException / aborted TCP connection
        sandbox.Faults.Clear();

        // Cangooroo: what may change between Search and GetCancellationPolicies, and bookings whose outcome the client cannot see
        sandbox.Cangooroo.PolicyChanges = CangoorooPolicyChanges.DepartureTime | CangoorooPolicyChanges.Luggage;
        sandbox.Cangooroo.AnswerNextBookingInProgress(statusChecksBeforeSettling: 2);   // InProgress, then settles
        sandbox.Cangooroo.DropNextBookingResponse();                                     // booked, answer lost
        sandbox.Cangooroo.FailNextBookingResponse(HttpStatusCode.BadGateway);            // booked, answered 502
        var booked = sandbox.Cangooroo.BookingCount;                                     // proves nothing was booked twice
        #endregion
        return booked;
    }
}
