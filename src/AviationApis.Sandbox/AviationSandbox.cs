using AviationApis.Sandbox.Avinode;
using AviationApis.Sandbox.Cangooroo;
using AviationApis.Sandbox.CargoAi;
using AviationApis.Sandbox.Faults;

namespace AviationApis.Sandbox;

/// <summary>
/// One stateful sandbox world: emulators of CargoAi, Cangooroo and Avinode/SchedAero sharing one clock, one set of
/// credentials and one fault-injection table. Plug it into a client registration (<c>UseCargoAiSandbox(sandbox)</c>,
/// …) or host it on Kestrel with <see cref="Hosting.AviationSandboxServer"/>. Thread-safe.
/// </summary>
public sealed class AviationSandbox
{
    /// <summary>Creates a world with the seeded data of the vendors' documents.</summary>
    /// <param name="options">Credentials, rate limit, clock; <see langword="null"/> for the defaults (any non-empty credentials).</param>
    public AviationSandbox(AviationSandboxOptions? options = null)
    {
        Options = options ?? new AviationSandboxOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.AvinodeRateLimitPerHour, 1, nameof(options));
        ArgumentNullException.ThrowIfNull(Options.TimeProvider, nameof(options));
        Faults = new SandboxFaults();
        CargoAi = new CargoAiEmulator(Options, Faults);
        Cangooroo = new CangoorooEmulator(Options, Faults);
        Avinode = new AvinodeEmulator(Options, Faults);
    }

    /// <summary>The options this world was created with.</summary>
    public AviationSandboxOptions Options { get; }

    /// <summary>Fault injection shared by the three emulators.</summary>
    public SandboxFaults Faults { get; }

    /// <summary>The CargoAi CargoCONNECT emulator.</summary>
    public CargoAiEmulator CargoAi { get; }

    /// <summary>The Cangooroo Air emulator.</summary>
    public CangoorooEmulator Cangooroo { get; }

    /// <summary>The Avinode / SchedAero emulator (also the Avinode webhook-settings host).</summary>
    public AvinodeEmulator Avinode { get; }

    /// <summary>Creates an in-process handler for CargoAi clients.</summary>
    /// <returns>A handler answering from <see cref="CargoAi"/>.</returns>
    public HttpMessageHandler CreateCargoAiHandler() => CargoAi.CreateHandler();

    /// <summary>Creates an in-process handler for Cangooroo clients.</summary>
    /// <returns>A handler answering from <see cref="Cangooroo"/>.</returns>
    public HttpMessageHandler CreateCangoorooHandler() => Cangooroo.CreateHandler();

    /// <summary>Creates an in-process handler for Avinode / SchedAero clients.</summary>
    /// <returns>A handler answering from <see cref="Avinode"/>.</returns>
    public HttpMessageHandler CreateAvinodeHandler() => Avinode.CreateHandler();
}
