using ContentOps.Operator.Embedded;
using Microsoft.Extensions.Time.Testing;

namespace ContentOps.Operator.Tests.TestSupport;

/// <summary>A receiver, a fixture repository posting to it (secret in a per-test environment variable) and a harness.</summary>
internal sealed class EmbeddedScenario : IAsyncDisposable
{
    public const string Secret = "测试-hmac-secret-0042";

    private EmbeddedScenario(WebhookReceiver receiver, FixtureRepository repository, EmbeddedHarness harness) =>
        (Receiver, Repository, Harness) = (receiver, repository, harness);

    public WebhookReceiver Receiver { get; }

    public FixtureRepository Repository { get; }

    public EmbeddedHarness Harness { get; }

    public static async Task<EmbeddedScenario> StartAsync(FakeTimeProvider? time = null, EmbeddedOptions? options = null)
    {
        var receiver = await WebhookReceiver.StartAsync(Secret);
        var repository = FixtureRepository.Create(receiver.BaseUrl);
        Environment.SetEnvironmentVariable(repository.SecretVariable, Secret);
        return new EmbeddedScenario(receiver, repository, new EmbeddedHarness(repository, time, options));
    }

    public async ValueTask DisposeAsync()
    {
        Harness.Dispose();
        Environment.SetEnvironmentVariable(Repository.SecretVariable, null);
        Repository.Dispose();
        await Receiver.DisposeAsync();
    }
}
