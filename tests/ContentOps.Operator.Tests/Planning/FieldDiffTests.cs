using ContentOps.Core.Api.Claims;
using ContentOps.Operator.Planning;

namespace ContentOps.Operator.Tests.Planning;

public sealed class FieldDiffTests
{
    private static ClaimLibrarySpec Library(params Claim[] claims) => new() { Product = "康力平", Claims = claims };

    [Fact]
    public void Compare_ListsWithIds_AreComparedItemByItem_WithTheNewerIndexAsPath()
    {
        var before = Library(new Claim { Id = "a", Text = "one" }, new Claim { Id = "b", Text = "two" });
        var after = Library(new Claim { Id = "c", Text = "three" }, new Claim { Id = "b", Text = "TWO" });

        var changes = FieldDiff.Compare(before, after, "spec");

        Assert.Equal(
            [new FieldChange("claim c", "spec.claims[0]", "added"), new FieldChange("claim b text", "spec.claims[1].text", "changed"), new FieldChange("claim a", "spec.claims", "removed")],
            changes);
    }

    [Fact]
    public void Compare_EqualValues_HaveNoChanges_AndScalarsReadAsPaths()
    {
        Assert.Empty(FieldDiff.Compare(Library(), Library(), "spec"));
        Assert.Equal(["spec.product changed"], FieldDiff.Compare(Library(), Library() with { Product = "x" }, "spec").Select(c => c.Text));
    }
}
