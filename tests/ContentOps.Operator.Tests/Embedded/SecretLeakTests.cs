using System.Text;
using ContentOps.Operator.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ContentOps.Operator.Tests.Embedded;

/// <summary>
/// A planted secret (the WeChat AppSecret, from an environment variable) never appears in anything a run leaves
/// behind: its output, state.db (status, conditions, ledgers, audit), artifacts, reports or channel folders, even when
/// the channel refuses the call (errcode 40164) and the error travels into conditions and the audit log.
/// </summary>
public sealed class SecretLeakTests
{
    private const string Secret = "planted-appsecret-9d2f61";

    [Fact]
    public async Task Run_WithARefusingWeChatAccount_LeavesThePlantedSecretNowhere()
    {
        var port = Observability.FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        await using var wechat = builder.Build();
        var calls = 0;
        wechat.Run(async context =>
        {
            Interlocked.Increment(ref calls);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(context.Request.Path == "/cgi-bin/token"
                ? "{\"access_token\":\"tok-1\",\"expires_in\":7200}"
                : "{\"errcode\":40164,\"errmsg\":\"invalid ip 10.1.2.3 ipv6 ::ffff:10.1.2.3, not in whitelist\"}");
        });
        await wechat.StartAsync();
        using var repository = FixtureRepository.Create($"http://127.0.0.1:{Observability.FreePort.Next()}", "wx-app-secret");
        var channels = File.ReadAllText(repository.File("channels.yaml"));
        var endpoint = channels.Split('\n').First(l => l.TrimEnd().EndsWith("/wechat", StringComparison.Ordinal));
        repository.Write("channels.yaml", channels
            .Replace("  name: hcp-webhook\n  namespace: cardio\nspec:\n  type: webhook\n",
                "  name: hcp-webhook\n  namespace: cardio\nspec:\n  type: wechat\n  accountId: wx0123456789\n", StringComparison.Ordinal)
            .Replace(endpoint, $"  endpoint: http://127.0.0.1:{port}", StringComparison.Ordinal));

        using var run = ChildRun.Start(repository.Root, new Dictionary<string, string> { [repository.SecretVariable] = Secret });
        var exit = await run.WaitAsync();

        Assert.True(calls > 0, $"the run never called the WeChat server:\n{run.Output}");
        Assert.NotEqual(0, exit);
        Assert.Contains("IP whitelist", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, run.Output, StringComparison.Ordinal);
        var secret = Encoding.UTF8.GetBytes(Secret);
        foreach (var file in Directory.EnumerateFiles(repository.Root, "*", SearchOption.AllDirectories))
        {
            Assert.False(File.ReadAllBytes(file).AsSpan().IndexOf(secret) >= 0, $"{Path.GetRelativePath(repository.Root, file)} holds the planted secret");
        }
    }
}
