namespace AviationApis.Tour;

/// <summary>One API's walk-through.</summary>
internal interface ITourPart
{
    /// <summary>Runs every step; throws on the first failure.</summary>
    Task RunAsync(TourReporter reporter, CancellationToken cancellationToken);
}
