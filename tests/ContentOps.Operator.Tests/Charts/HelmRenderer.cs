using System.Diagnostics;
using ContentOps.Operator.Tests.Crds;

namespace ContentOps.Operator.Tests.Charts;

/// <summary>
/// Renders <c>charts/contentops</c> with <c>tests/helm-render</c> (Go's text/template and sprig, the engine Helm is
/// built on; Helm itself is not installable here). The renderer is built once per test run into a temp folder.
/// </summary>
internal static class HelmRenderer
{
    public const string DebianPackages = "golang-go golang-github-masterminds-sprig-dev golang-gopkg-yaml.v3-dev";

    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(120);
    private static readonly Lazy<string> _binary = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string ChartFolder { get; } = RepositoryRoot.Combine("charts", "contentops");

    /// <summary>Renders the chart (CRDs included) with <c>--set</c> overrides; fails the test on a render error.</summary>
    public static string Render(params string[] sets)
    {
        var (exitCode, output, error) = TryRender(sets);
        Assert.True(exitCode == 0, $"helm-render failed ({exitCode}):\n{error}");
        return output;
    }

    public static (int ExitCode, string Output, string Error) TryRender(params string[] sets)
    {
        List<string> arguments = ["--include-crds", "--name", "contentops", "--namespace", "contentops-system"];
        foreach (var set in sets)
        {
            arguments.AddRange(["--set", set]);
        }

        arguments.Add(ChartFolder);
        return Run(_binary.Value, arguments, workingDirectory: null, environment: null);
    }

    private static string Build()
    {
        var go = FindGo() ?? throw new InvalidOperationException(
            $"Go is not installed, so the Helm chart cannot be rendered. Install the Debian packages: apt-get install -y {DebianPackages} (scripts/test.sh and .ci/run do this).");
        var output = Path.Combine(Path.GetTempPath(), "contentops-helm-render-" + Guid.NewGuid().ToString("N"), "helm-render");
        var environment = new Dictionary<string, string>
        {
            ["GO111MODULE"] = "off",
            ["GOPATH"] = "/usr/share/gocode",
            ["GOFLAGS"] = "",
            ["GOCACHE"] = Path.Combine(Path.GetTempPath(), "contentops-go-cache"),
        };
        var (exitCode, _, error) = Run(go, ["build", "-o", output, "."], RepositoryRoot.Combine("tests", "helm-render"), environment);
        if (exitCode != 0)
        {
            throw new InvalidOperationException(
                $"go build of tests/helm-render failed ({exitCode}); are the Debian packages {DebianPackages} installed?\n{error}");
        }

        return output;
    }

    private static string? FindGo()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/lib/go/bin")
            .Select(dir => Path.Combine(dir, "go"))
            .FirstOrDefault(File.Exists);
    }

    private static (int ExitCode, string Output, string Error) Run(string file, IEnumerable<string> arguments, string? workingDirectory,
        IReadOnlyDictionary<string, string>? environment)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(_timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish within {_timeout}.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
