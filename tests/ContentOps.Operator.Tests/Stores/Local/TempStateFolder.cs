namespace ContentOps.Operator.Tests.Stores.Local;

/// <summary>A fresh state folder per test, deleted afterwards.</summary>
internal sealed class TempStateFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "contentops-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
