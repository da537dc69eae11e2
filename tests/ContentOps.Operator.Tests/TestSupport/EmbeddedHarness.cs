using ContentOps.Core.Api;
using ContentOps.Core.Api.Approvals;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Declarations;
using ContentOps.Operator.Embedded;
using ContentOps.Operator.Stores;
using Microsoft.Extensions.Time.Testing;

namespace ContentOps.Operator.Tests.TestSupport;

/// <summary>
/// The embedded runtime on a fixture repository with a fake clock: each <see cref="RunAsync"/> is one
/// <c>contentops run</c> (load the YAML, reconcile until idle) without starting a process.
/// </summary>
internal sealed class EmbeddedHarness : IDisposable
{
    /// <summary>Inside the fixture campaign's life; tests move the clock from here.</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly FixtureRepository _repository;

    public EmbeddedHarness(FixtureRepository repository, FakeTimeProvider? time = null, EmbeddedOptions? options = null)
    {
        _repository = repository;
        Time = time ?? new FakeTimeProvider(Start);
        Runtime = EmbeddedRuntime.Open(repository.StateFolder, repository.Root, null, options ?? new EmbeddedOptions { Workers = 2 }, Time);
    }

    public FakeTimeProvider Time { get; }

    public EmbeddedRuntime Runtime { get; }

    public async Task<RunReport> RunAsync(IProgress<string>? progress = null)
    {
        var declarations = new DeclarationLoader(Time, DeclarationLimits.Default).Load(_repository.Root);
        Assert.False(declarations.HasErrors, string.Join("\n", declarations.Diagnostics.Select(d => d.ToString())));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        return await Runtime.ReconcileAsync([.. declarations.Resources.Select(d => d.Resource)], null, progress, timeout.Token);
    }

    public ContentPiece? Find(string name) =>
        Runtime.State.Resources.Get(new ResourceKey("ContentPiece", FixtureRepository.Namespace, name)) as ContentPiece;

    public ContentPiece Piece(string name) => Find(name) ?? throw new InvalidOperationException($"{name} is not in the state.");

    public ContentPieceStatus Status(string name) => Piece(name).Status ?? throw new InvalidOperationException($"{name} has no status.");

    public Condition Condition(string piece, string type) =>
        Status(piece).Conditions?.SingleOrDefault(c => c.Type == type) ?? throw new InvalidOperationException($"{piece} has no {type} condition.");

    public Approval Approval(string name) =>
        (Approval)Runtime.State.Resources.Get(new ResourceKey("Approval", FixtureRepository.Namespace, name))!;

    public async Task<IReadOnlyList<LedgerEntry>> LedgerAsync(string piece) =>
        await Runtime.State.Ledger.ListForPieceAsync(Piece(piece).Metadata.Uid!, CancellationToken.None);

    /// <summary>Writes an Approval of the piece's current content digest, as <c>contentops approve</c> does.</summary>
    public void Approve(string piece, string role)
    {
        var digest = Status(piece).ContentDigest;
        _repository.Write($"approvals/{piece}-{role}.yaml", $"""
            apiVersion: contentops.io/v1alpha1
            kind: Approval
            metadata:
              name: {piece}-{role}
              namespace: {FixtureRepository.Namespace}
            spec:
              contentPiece: {piece}
              contentDigest: "{digest}"
              role: {role}
              approvedBy: "医学部 王某"
            """);
    }

    public void Dispose() => Runtime.Dispose();
}
