using ContentOps.Core.Api;
using ContentOps.Operator.Controller;
using Microsoft.Extensions.Logging;

namespace ContentOps.Operator.Tests.Controller;

public sealed class DependencyIndexTests
{
    private static readonly ResourceKey _campaign = new("Campaign", "diabetes", "kanglipin-launch-2026");
    private readonly CapturingLogger<DependencyIndex> _logger = new();
    private readonly DependencyIndex _index;

    public DependencyIndexTests() => _index = new DependencyIndex(_logger);

    [Fact]
    public void DependentsOf_YieldsEachKeyOnce_AcrossMaps_WithoutTheChangedKey()
    {
        var (a, b, c) = (ControllerFixture.Piece("a"), ControllerFixture.Piece("b"), ControllerFixture.Piece("c"));
        _index.Watch("Campaign", _ => [a, b, _campaign]);
        _index.Watch("Campaign", _ => [b, c]);

        Assert.Equal([a, b, c], _index.DependentsOf(_campaign));
    }

    [Fact]
    public void DependentsOf_PassesTheChangedKey_ToTheMapsOfItsKindOnly()
    {
        var seen = new List<ResourceKey>();
        _index.Watch("Campaign", changed =>
        {
            seen.Add(changed);
            return [];
        });

        _index.DependentsOf(new ResourceKey("SopPolicy", "diabetes", "company-sop"));
        _index.DependentsOf(_campaign);

        Assert.Equal([_campaign], seen);
    }

    [Fact]
    public void DependentsOf_KeepsOtherMapsResults_WhenOneMapThrows()
    {
        var piece = ControllerFixture.Piece("a");
        _index.Watch("Campaign", _ => throw new InvalidOperationException("store unavailable"));
        _index.Watch("Campaign", _ => [piece]);

        Assert.Equal([piece], _index.DependentsOf(_campaign));
        Assert.Contains(_logger.Entries, entry => entry is { Level: LogLevel.Error, Exception: InvalidOperationException });
    }
}
