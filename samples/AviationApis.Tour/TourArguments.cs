namespace AviationApis.Tour;

/// <summary>Splits the tour's own switches from the host's configuration arguments.</summary>
internal static class TourArguments
{
    public static (string? Only, bool Verbose, string[] HostArgs) Parse(string[] args)
    {
        string? only = null;
        var verbose = false;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--verbose" or "-v":
                    verbose = true;
                    break;
                case "--only" when i + 1 < args.Length:
                    only = args[++i].ToLowerInvariant();
                    break;
                default:
                    if (args[i].StartsWith("--only=", StringComparison.Ordinal))
                    {
                        only = args[i]["--only=".Length..].ToLowerInvariant();
                    }
                    else
                    {
                        rest.Add(args[i]);
                    }

                    break;
            }
        }

        return (only, verbose, rest.ToArray());
    }
}
