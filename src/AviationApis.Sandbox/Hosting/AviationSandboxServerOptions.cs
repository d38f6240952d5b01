namespace AviationApis.Sandbox.Hosting;

/// <summary>How <see cref="AviationSandboxServer"/> listens.</summary>
public sealed class AviationSandboxServerOptions
{
    /// <summary>The TCP port on 127.0.0.1; 0 (the default) picks a free port.</summary>
    public int Port { get; set; }

    /// <summary>The sandbox world's options when the server creates its own world; <see langword="null"/> for the defaults.</summary>
    public AviationSandboxOptions? Sandbox { get; set; }
}
