using System.Diagnostics;
using System.Text;

namespace ContentOps.Operator.Tests.TestSupport;

/// <summary>
/// One <c>dotnet contentops.dll run DIR</c> child process (the real executable beside the test assembly) that a
/// test can SIGKILL at any moment.
/// </summary>
internal sealed class ChildRun : IDisposable
{
    private static readonly TimeSpan _timeout = TimeSpan.FromMinutes(3);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private int _killed;

    private ChildRun(Process process) => _process = process;

    public bool Killed => Volatile.Read(ref _killed) == 1;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static ChildRun Start(string declarations, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "contentops.dll"));
        info.ArgumentList.Add("run");
        info.ArgumentList.Add(declarations);
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var process = new Process { StartInfo = info };
        var run = new ChildRun(process);
        process.OutputDataReceived += (_, e) => run.Append(e.Data);
        process.ErrorDataReceived += (_, e) => run.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return run;
    }

    /// <summary>SIGKILL (no shutdown code runs), then wait until the kernel has reaped it.</summary>
    public async Task KillAsync()
    {
        Interlocked.Exchange(ref _killed, 1);
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }

        await _process.WaitForExitAsync();
    }

    /// <summary>The exit code; fails the test if the run does not end within a generous bound.</summary>
    public async Task<int> WaitAsync()
    {
        using var timeout = new CancellationTokenSource(_timeout);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
            throw new TimeoutException($"contentops run did not finish within {_timeout}:\n{Output}");
        }

        // The parameterless wait also drains the redirected output.
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
