namespace ContentOps.Operator.Cli.Run;

/// <summary>An IProgress that reports on the calling thread (Progress&lt;T&gt; posts to the thread pool and reorders lines).</summary>
internal sealed class SynchronousProgress(Action<string> report) : IProgress<string>
{
    private readonly Lock _gate = new();

    public void Report(string value)
    {
        lock (_gate)
        {
            report(value);
        }
    }
}
