namespace AviationApis.Sandbox.Hosting;

/// <summary>The fixed path prefixes under which a hosted sandbox serves each API.</summary>
public static class SandboxPrefixes
{
    /// <summary>CargoAi: <c>/cargoai/solutions/</c> (then <c>users</c>, <c>search</c>, <c>book</c>, …).</summary>
    public const string CargoAi = "/cargoai/solutions/";

    /// <summary>Cangooroo: <c>/cangooroo/</c> (then <c>ws/Rest/Flight.svc/{Method}</c>).</summary>
    public const string Cangooroo = "/cangooroo/";

    /// <summary>SchedAero: <c>/schedaero/api/</c>.</summary>
    public const string SchedAero = "/schedaero/api/";

    /// <summary>The Avinode host (webhook settings): <c>/avinode/api/</c>.</summary>
    public const string Avinode = "/avinode/api/";
}
