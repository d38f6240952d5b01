namespace AviationApis.Sandbox.Emulation;

/// <summary>The API an emulator speaks; used to address fault injection.</summary>
public enum SandboxApi
{
    /// <summary>CargoAi CargoCONNECT (users, search, book, track, cancel).</summary>
    CargoAi,

    /// <summary>Cangooroo Air (<c>ws/Rest/Flight.svc/{Method}</c>).</summary>
    Cangooroo,

    /// <summary>Avinode / SchedAero (contacts, trips, flight legs, quotes, PDF streams, external systems, webhook settings).</summary>
    Avinode,
}
