using Spectre.Console;

namespace ContentOps.Operator.Cli.Run;

/// <summary>
/// Progress of a run. On an interactive terminal a live status line (spinner, pieces settled so far) with each
/// phase change printed above it; in CI or when output is redirected, plain lines only, so logs stay readable.
/// </summary>
internal static class LiveProgress
{
    public static bool IsInteractive(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null;

    /// <summary>Runs <paramref name="work"/> with a progress sink suited to where the output goes.</summary>
    public static async Task<T> RunAsync<T>(TextWriter output, string title, Func<IProgress<string>, Task<T>> work)
    {
        if (!IsInteractive(output))
        {
            return await work(new SynchronousProgress(line => output.WriteLine("  " + line)));
        }

        return await AnsiConsole.Status().Spinner(Spinner.Known.Dots).StartAsync(title, async status =>
        {
            var changes = 0;
            var sink = new SynchronousProgress(line =>
            {
                changes++;
                AnsiConsole.MarkupLineInterpolated($"  [grey]{line}[/]");
                status.Status($"{title} {changes} change(s) so far");
            });
            return await work(sink);
        });
    }
}
