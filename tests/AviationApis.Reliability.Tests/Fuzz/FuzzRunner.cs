using System.Text;
using AviationApis.Reliability.Tests.Hostile;

namespace AviationApis.Reliability.Tests.Fuzz;

/// <summary>Runs one fuzz case against a target and throws when the parsing contract is broken.</summary>
public static class FuzzRunner
{
    private const int PreviewLength = 400;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> DocumentsByTarget = new(StringComparer.Ordinal);

    /// <summary>
    /// The documents a target's cases start from: its valid sample, then its hostile corpus (<c>Corpus/&lt;name&gt;/</c>,
    /// sorted), so the families already found keep being mutated (an error envelope, a STARTED batch, …).
    /// </summary>
    /// <param name="target">The parser.</param>
    /// <returns>The documents.</returns>
    public static string[] Documents(IHostileParser target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return DocumentsByTarget.GetOrAdd(target.Name, _ =>
            [target.ValidSample, .. HostileCorpus.Files(target.Name).Select(f => Encoding.UTF8.GetString(HostileCorpus.Load(target.Name, f).Input))]);
    }

    /// <summary>The input of a case.</summary>
    /// <param name="target">The parser.</param>
    /// <param name="plan">The case.</param>
    /// <returns>The bytes.</returns>
    public static byte[] Input(IHostileParser target, FuzzPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var documents = Documents(target);
        return FuzzMutations.Apply(documents[(int)((uint)plan.Document % (uint)documents.Length)], plan.Mutations);
    }

    /// <summary>Applies <paramref name="plan"/> to one of the target's documents and parses it; an untyped exception or a hang throws.</summary>
    /// <param name="target">The parser.</param>
    /// <param name="plan">The case.</param>
    /// <returns>A task.</returns>
    public static async Task CheckAsync(IHostileParser target, FuzzPlan plan)
    {
        ArgumentNullException.ThrowIfNull(target);
        var input = Input(target, plan);
        using var timeout = new CancellationTokenSource(FuzzSettings.CaseLimit);
        try
        {
            await target.ParseAsync(input, timeout.Token).WaitAsync(FuzzSettings.CaseLimit + TimeSpan.FromSeconds(5));
        }
        catch (Exception ex) when (target.IsTypedError(ex))
        {
            // The documented typed error: the contract holds.
        }
        catch (Exception ex) when (ex is TimeoutException || (ex is OperationCanceledException && timeout.IsCancellationRequested))
        {
            throw new FuzzContractException($"{target.Name}: did not finish within {FuzzSettings.CaseLimit.TotalSeconds} s (hang); input: {Preview(input)}", ex);
        }
        catch (Exception ex)
        {
            throw new FuzzContractException($"{target.Name}: unhandled {ex.GetType().FullName}: {ex.Message}; input: {Preview(input)}", ex);
        }
    }

    /// <summary>"parsed" or "typed error"; an untyped exception throws, as in <see cref="CheckAsync"/>.</summary>
    /// <param name="target">The parser.</param>
    /// <param name="input">The bytes.</param>
    /// <returns>The outcome.</returns>
    public static async Task<string> OutcomeAsync(IHostileParser target, byte[] input)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(input);
        using var timeout = new CancellationTokenSource(FuzzSettings.CaseLimit);
        try
        {
            await target.ParseAsync(input, timeout.Token).WaitAsync(FuzzSettings.CaseLimit + TimeSpan.FromSeconds(5));
            return "parsed";
        }
        catch (Exception ex) when (target.IsTypedError(ex))
        {
            return "typed error (" + ex.GetType().Name + ")";
        }
        catch (Exception ex)
        {
            throw new FuzzContractException($"{target.Name}: unhandled {ex.GetType().FullName}: {ex.Message}; input: {Preview(input)}", ex);
        }
    }

    private static string Preview(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input.AsSpan(0, Math.Min(input.Length, PreviewLength)));
        return input.Length > PreviewLength ? text + $"… ({input.Length} bytes)" : text;
    }
}

/// <summary>A fuzz case broke the parsing contract.</summary>
public sealed class FuzzContractException(string message, Exception innerException) : Exception(message, innerException);
