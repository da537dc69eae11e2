using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace ContentOps.Benchmarks.EmbeddedRun;

/// <summary>
/// One measured run of the real CLI as a child process: wall time, peak RSS (VmHWM), CPU time in user and kernel
/// mode, exit code and output. The CPU split shows what wall time alone hides: on this machine's ext4 (no journal)
/// the kernel time of creating files varies several-fold with what was deleted nearby in the last minute.
/// </summary>
internal sealed record ChildRun(TimeSpan Wall, long PeakRssBytes, TimeSpan UserCpu, TimeSpan SystemCpu, int ExitCode, string Output, string Error)
{
    private const int RusageChildren = -1;
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
        var before = ChildrenCpu();
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

        // The child has been waited for, so its CPU time is now in this process's RUSAGE_CHILDREN (and nothing else
        // ended in between: the runs are sequential).
        var after = ChildrenCpu();
        return new ChildRun(clock.Elapsed, peak, after.User - before.User, after.System - before.System, process.ExitCode, output.Result, error.Result);
    }

    private static (TimeSpan User, TimeSpan System) ChildrenCpu()
    {
        if (!OperatingSystem.IsLinux() || GetResourceUsage(RusageChildren, out var usage) != 0)
        {
            return (TimeSpan.Zero, TimeSpan.Zero);
        }

        return (TimeSpan.FromSeconds(usage.UserSeconds) + TimeSpan.FromMicroseconds(usage.UserMicroseconds),
            TimeSpan.FromSeconds(usage.SystemSeconds) + TimeSpan.FromMicroseconds(usage.SystemMicroseconds));
    }

    [DllImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static extern int GetResourceUsage(int who, out ResourceUsage usage);

    /// <summary>struct rusage of 64-bit Linux: two timevals, then fourteen longs this benchmark does not read.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct ResourceUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        [MarshalAs(UnmanagedType.ByValArray, SizeConst = 14)]
        public long[] Rest;
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
