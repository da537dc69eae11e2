using ContentOps.Operator.Tests.Crds;
using ContentOps.Operator.Tests.Declarations;
using ContentOps.Operator.Tests.TestSupport;

namespace ContentOps.Operator.Tests.Observability;

/// <summary>
/// Every PromQL expression of every dashboard evaluated by a real Prometheus scraping a real
/// <c>contentops run --watch --metrics-port</c> on a copy of the examples, in which one piece is approved (so it
/// publishes) and then deleted (so it is withdrawn), with the example engagement events imported into its state (so the
/// engagement, objective, prediction, comment and adverse-event series exist).
/// </summary>
public sealed class DashboardQueriesTests : IDisposable
{
    private const string Piece = "klp-email-launch";

    // Generous: each wait is for a child run of the whole examples, which takes minutes on a loaded 2-core machine.
    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(180);

    /// <summary>
    /// Expressions that may return no series, and why. Nothing else may be empty.
    /// </summary>
    private static readonly string[] _mayBeEmpty =
    [
        "contentops_publish_errors_total", // no channel fails in this run
        "result=\"error\"", // no reconcile fails in this run
        "result=\"stall\"", // no reconcile stalls in this run
    ];

    private readonly TempDirectory _folder = TempDirectory.Create();
    private LoggedProcess? _run;
    private PrometheusServer? _prometheus;

    [Fact]
    public async Task EveryDashboardQuery_EvaluatesWithoutError_AndKeySeriesHaveData()
    {
        var declarations = await PrepareExamplesWithApprovedPieceAsync();
        Assert.Equal(0, await RunToEndAsync("events", "import", Path.Combine(declarations, "events", "klp-launch-events.csv"), "--state", _folder.File("state"), "--product", "康力平"));
        var metricsPort = FreePort.Next();
        _prometheus = PrometheusServer.Start(metricsPort);
        _run = LoggedProcess.Start("dotnet", Contentops("run", declarations, "--state", _folder.File("state"), "--watch", "--metrics-port", metricsPort.ToString()));

        await WaitForAsync("count_over_time(up{job=\"contentops\"}[5m]) >= 3 and up{job=\"contentops\"} == 1", v => v >= 3);
        await WaitForAsync("sum(contentops_publications_total)", v => v >= 1);
        await WaitForAsync("sum(contentops_generations_total)", v => v >= 5);
        await WaitForAsync("sum(contentops_engagement_events_total)", v => v >= 300);
        File.Delete(Path.Combine(declarations, "pieces", Piece + ".yaml"));
        foreach (var approval in Directory.EnumerateFiles(Path.Combine(declarations, "approvals"), Piece + "-*.yaml"))
        {
            File.Delete(approval);
        }

        await WaitForAsync("sum(contentops_withdrawals_total)", v => v >= 1);
        // Every series has at least three samples, so every increase()/rate() window has two.
        await WaitForAsync("min(count_over_time(contentops_withdrawals_total[5m]))", v => v >= 3);

        var failures = new List<string>();
        using var cancel = new CancellationTokenSource(_timeout);
        var queries = DashboardQueries.All();
        foreach (var query in queries)
        {
            var answer = await _prometheus.QueryAsync(query.Expression, cancel.Token);
            if (answer.Status != "success")
            {
                failures.Add($"{query}\n    {answer.Status}: {answer.Error}");
            }
            else if (answer.Values.Count == 0 && !_mayBeEmpty.Any(s => query.Expression.Contains(s, StringComparison.Ordinal)))
            {
                failures.Add($"{query}\n    no data");
            }
        }

        Assert.True(queries.Count >= 30, $"only {queries.Count} queries found");
        Assert.True(failures.Count == 0, string.Join('\n', failures) + "\n--- contentops ---\n" + _run.Output);
    }

    public void Dispose()
    {
        _run?.Dispose();
        _prometheus?.Dispose();
        _folder.Dispose();
    }

    /// <summary>Copies the examples, runs them once and approves one piece's content digest in all three roles.</summary>
    private async Task<string> PrepareExamplesWithApprovedPieceAsync()
    {
        var declarations = _folder.File("examples");
        Copy(RepositoryRoot.Combine("examples"), declarations);

        // The examples are clean; a colloquial word in one title and a guarantee in another give the findings panels
        // a warning and a blocking series (the approved piece stays clean and publishes).
        var invite = Path.Combine(declarations, "pieces", "klp-email-webinar-invite.yaml");
        File.WriteAllText(invite, File.ReadAllText(invite).Replace("线上学术会\n", "线上学术会（保证有效）\n", StringComparison.Ordinal));
        var mechanism = Path.Combine(declarations, "pieces", "klp-wechat-mechanism.yaml");
        var yaml = File.ReadAllText(mechanism);
        var title = System.Text.RegularExpressions.Regex.Match(yaml, @"(?m)^  title: (.+)$");
        Assert.True(title.Success, "klp-wechat-mechanism.yaml has a spec.title to edit");
        File.WriteAllText(mechanism, yaml.Replace(title.Value, "  title: " + title.Groups[1].Value + "（超给力）", StringComparison.Ordinal));
        var firstState = _folder.File("first-run");
        await RunToEndAsync("run", declarations, "--state", firstState);
        // Approvals count only from commits by the approvers the policy's roster lists (see examples/policies/company-sop.yaml).
        var git = new ApproverCommits(declarations);
        foreach (var (role, name, email) in new[]
        {
            ("medical", "王敏", "wang.medical@example.com"), ("legal", "李航", "li.legal@example.com"), ("regulatory", "张蕾", "zhang.regulatory@example.com"),
        })
        {
            Assert.Equal(0, await RunToEndAsync("approve", Piece, "--role", role, "--by", $"{name} <{email}>", "--path", declarations, "--state", firstState));
            git.Commit($"approvals/{Piece}-{role}.yaml", name, email);
        }

        return declarations;
    }

    private async Task<int> RunToEndAsync(params string[] arguments)
    {
        using var process = LoggedProcess.Start("dotnet", Contentops(arguments));
        return await process.WaitAsync(_timeout);
    }

    private async Task WaitForAsync(string expression, Func<double, bool> condition)
    {
        using var cancel = new CancellationTokenSource(_timeout);
        await _prometheus!.WaitForAsync(expression, condition, cancel.Token, () => "--- contentops ---\n" + _run?.Output);
    }

    private static string[] Contentops(params string[] arguments) => [Path.Combine(AppContext.BaseDirectory, "contentops.dll"), .. arguments];

    private static void Copy(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("out", StringComparison.Ordinal) || relative.StartsWith(".contentops", StringComparison.Ordinal))
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
