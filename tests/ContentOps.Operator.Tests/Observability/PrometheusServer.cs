using System.Globalization;
using System.Text.Json;

namespace ContentOps.Operator.Tests.Observability;

/// <summary>
/// A real Prometheus (Debian package <c>prometheus</c>) on a free loopback port, scraping one target every second,
/// with its TSDB in a temp folder. Killed and its folder deleted on dispose.
/// </summary>
internal sealed class PrometheusServer : IDisposable
{
    public const string Job = "contentops";

    private const string Binary = "/usr/bin/prometheus";

    private readonly LoggedProcess _process;
    private readonly string _folder;
    private readonly HttpClient _http;

    private PrometheusServer(LoggedProcess process, string folder, int port)
    {
        (_process, _folder) = (process, folder);
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };
    }

    public string Output => _process.Output;

    public static PrometheusServer Start(int targetPort)
    {
        Assert.True(File.Exists(Binary),
            $"{Binary} is missing: the dashboard queries are checked against a real Prometheus. Install the Debian package: apt-get install -y prometheus (scripts/test.sh and .ci/run do this).");
        var folder = Path.Combine(Path.GetTempPath(), "contentops-prometheus-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var config = Path.Combine(folder, "prometheus.yml");
        File.WriteAllText(config, $"""
            global:
              scrape_interval: 1s
              evaluation_interval: 1s
            scrape_configs:
              - job_name: {Job}
                static_configs:
                  - targets: ['127.0.0.1:{targetPort}']
            """);
        var port = FreePort.Next();
        var process = LoggedProcess.Start(Binary,
            [$"--config.file={config}", $"--storage.tsdb.path={Path.Combine(folder, "data")}", $"--web.listen-address=127.0.0.1:{port}"],
            folder);
        return new PrometheusServer(process, folder, port);
    }

    /// <summary>Evaluates an instant query; returns the status ("success" or "error"), the error and the result.</summary>
    public async Task<PrometheusAnswer> QueryAsync(string expression, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync("api/v1/query?query=" + Uri.EscapeDataString(expression), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        var status = root.GetProperty("status").GetString() ?? "";
        if (status != "success")
        {
            return new PrometheusAnswer(status, root.TryGetProperty("error", out var e) ? e.GetString() : body, []);
        }

        var data = root.GetProperty("data");
        var result = data.GetProperty("result");
        IReadOnlyList<double> values = data.GetProperty("resultType").GetString() switch
        {
            "vector" => [.. result.EnumerateArray().Select(s => Parse(s.GetProperty("value")[1]))],
            "scalar" => [Parse(result[1])],
            _ => [],
        };
        return new PrometheusAnswer(status, null, values);
    }

    /// <summary>Polls <paramref name="expression"/> until every returned value satisfies <paramref name="condition"/> (and there is one).</summary>
    public async Task WaitForAsync(string expression, Func<double, bool> condition, CancellationToken cancellationToken, Func<string> diagnostics)
    {
        while (true)
        {
            try
            {
                var answer = await QueryAsync(expression, cancellationToken);
                if (answer.Values.Count > 0 && answer.Values.All(condition))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"Gave up waiting for {expression}.\n{diagnostics()}\n--- prometheus ---\n{Output}");
            }

            Assert.False(_process.HasExited, $"prometheus exited:\n{Output}");
            try
            {
                await Task.Delay(250, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Gave up waiting for {expression}.\n{diagnostics()}\n--- prometheus ---\n{Output}");
            }
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static double Parse(JsonElement value) => value.GetString() switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        var text => double.Parse(text!, NumberStyles.Float, CultureInfo.InvariantCulture),
    };
}
