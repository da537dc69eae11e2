using ContentOps.Core.Api;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Declarations;
using ContentOps.Operator.Knowledge;

namespace ContentOps.Operator.Tests.Knowledge;

public sealed class WhereUsedTests
{
    private readonly IReadOnlyList<Resource> _examples = [.. new DeclarationLoader().Load(Crds.RepositoryRoot.Combine("examples")).Resources.Select(d => d.Resource)];

    [Fact]
    public void Claim_ListsThePiecesStatingIt_AndWhichAreLive()
    {
        var piece = _examples.OfType<ContentPiece>().Single(p => p.Metadata.Name == "klp-wechat-efficacy-metformin");
        var applied = new Dictionary<ResourceKey, ContentPiece>
        {
            [piece.Key] = new()
            {
                Metadata = piece.Metadata,
                Status = new ContentPieceStatus
                {
                    Phase = "Published",
                    Publications = [new PublicationRecord { Channel = "wechat-hcp-service-account", ContentDigest = "sha256:1" }, new PublicationRecord { Channel = "old", ContentDigest = "sha256:0", WithdrawnAt = DateTimeOffset.UnixEpoch }],
                },
            },
        };

        var usage = WhereUsed.Of(_examples, applied).Single(u => u.Kind == "claim" && u.Id == "klp-hypoglycemia-rate");

        var stating = _examples.OfType<ContentPiece>().Where(p => p.Spec.Claims.Contains("klp-hypoglycemia-rate")).Select(p => $"diabetes/{p.Metadata.Name}").Order(StringComparer.Ordinal);
        Assert.Equal(stating, usage.Pieces.Select(p => p.Piece));
        var live = Assert.Single(usage.Withdraws);
        Assert.Equal(("diabetes/klp-wechat-efficacy-metformin", "Published"), (live.Piece, live.Phase));
        Assert.Equal(["wechat-hcp-service-account"], live.LiveChannels);
    }

    [Fact]
    public void Source_ListsTheClaimsCitingIt_AndTheirPieces()
    {
        var usage = WhereUsed.Of(_examples, new Dictionary<ResourceKey, ContentPiece>()).Single(u => u.Kind == "source" && u.Id == "diabetes/lantern-2-publication");

        Assert.Equal(["klp-hba1c-24w-met", "klp-hypoglycemia-rate", "klp-weight-neutral"], usage.Claims.Order(StringComparer.Ordinal));
        Assert.Contains(usage.Pieces, p => p.Piece == "diabetes/klp-wechat-efficacy-metformin");
        Assert.Empty(usage.Withdraws);
    }
}
