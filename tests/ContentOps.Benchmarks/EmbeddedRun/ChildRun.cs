using System.Diagnostics;
using System.Globalization;

namespace ContentOps.Benchmarks.EmbeddedRun;

/// <summary>One measured run of the real CLI as a child process: wall time, peak RSS (VmHWM), exit code and output.</summary>
internal sealed record ChildRun(TimeSpan Wall, long PeakRssBytes, int ExitCode, string Output, string Error)
{
    private static readonly TimeSpan _poll = TimeSpan.FromMilliseconds(10);

    /// <summary>Runs <c>dotnet DLL args…</c> and polls /proc/PID/status for VmHWM until it exits.</summary>
    public static ChildRun Start(string dll, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Plain lines, as in CI; no colour codes in the captured table.
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_gcServer"] = "0";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var statusFile = $"/proc/{process.Id}/status";
        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, ReadHighWaterMark(statusFile));
            Thread.Sleep(_poll);
        }

        process.WaitForExit();
        clock.Stop();
        return new ChildRun(clock.Elapsed, peak, process.ExitCode, output.Result, error.Result);
    }

    /// <summary>VmHWM in bytes, or 0 once the process is gone (it only grows, so the last read before exit is the peak).</summary>
    private static long ReadHighWaterMark(string statusFile)
    {
        try
        {
            foreach (var line in File.ReadLines(statusFile))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }

        return 0;
    }
}
