using ContentOps.Operator.Stores;
using ContentOps.Operator.Stores.Local;
using static ContentOps.Operator.Tests.Stores.Local.TestResources;

namespace ContentOps.Operator.Tests.Stores.Local;

public sealed class SqliteAuditLogTests : IDisposable
{
    private readonly TempStateFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Read_ReturnsRecordsInAppendOrder_AcrossReopen()
    {
        using (var state = Open())
        {
            await state.Audit.AppendAsync(Record("ContentPiece/diabetes/a", "Generated", T0.AddMinutes(5)), default);
            await state.Audit.AppendAsync(Record("ContentPiece/diabetes/b", "Generated", T0), default);
        }

        using var reopened = Open();
        await reopened.Audit.AppendAsync(Record("ContentPiece/diabetes/a", "Reviewed", T0.AddMinutes(1)) with { Actor = "医学部 王某", Generation = 2 }, default);

        var all = await reopened.Audit.ReadAsync(null, 0, default);
        var a = await reopened.Audit.ReadAsync("ContentPiece/diabetes/a", 10, default);

        // Order is append order, not the callers' clocks.
        Assert.Equal(["Generated", "Generated", "Reviewed"], all.Select(r => r.Action));
        Assert.Equal(["Generated", "Reviewed"], a.Select(r => r.Action));
        Assert.Equal("医学部 王某", a[1].Actor);
        Assert.Equal(2, a[1].Generation);
        Assert.Equal("sha256:spec", a[1].SpecDigest);
    }

    [Fact]
    public async Task Read_WithLimit_ReturnsNewestRecordsOldestFirst()
    {
        using var state = Open();
        foreach (var action in new[] { "Generated", "Reviewed", "Published" })
        {
            await state.Audit.AppendAsync(Record("ContentPiece/diabetes/a", action, T0), default);
        }

        var last = await state.Audit.ReadAsync("ContentPiece/diabetes/a", 2, default);

        Assert.Equal(["Reviewed", "Published"], last.Select(r => r.Action));
    }

    private static AuditRecord Record(string resource, string action, DateTimeOffset time) => new()
    {
        Time = time,
        Resource = resource,
        Action = action,
        Message = $"{action} {resource}",
        SourceRevision = "c0ffee",
        SpecDigest = "sha256:spec",
    };

    private LocalStateStore Open() => LocalStateStore.Open(_folder.Path);
}
