namespace AviationApis.AspNetCore.CargoAi;

/// <summary>Which CargoAi callback endpoint a delivery arrived on.</summary>
public enum CargoAiCallbackKind
{
    /// <summary>A FlyWINDOW callback (<c>POST {prefix}/flywindow</c>).</summary>
    FlyWindow = 0,

    /// <summary>A booking callback (<c>POST {prefix}/booking</c>); the same object as FlyWINDOW.</summary>
    Booking = 1,
}
