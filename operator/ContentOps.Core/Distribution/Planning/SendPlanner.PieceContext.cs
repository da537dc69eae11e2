using ContentOps.Core.Api.Campaigns;

namespace ContentOps.Core.Distribution.Planning;

public static partial class SendPlanner
{
    /// <summary>A piece with what planning it needs resolved once.</summary>
    private sealed class PieceContext
    {
        private readonly Dictionary<(string, string?), string?> _renditions = [];

        public PieceContext(DistributionPiece piece, DateTimeOffset start, CampaignSpec? campaign, int? campaignIndex, CapWindow? campaignCap, AudienceProfiles audience, AudienceIndex index)
        {
            Piece = piece;
            Key = piece.Ref.ToString();
            Start = start;
            CampaignIndex = campaignIndex;
            CampaignCap = campaignCap;
            Audience = audience;
            Index = index;
            Prescription = campaign?.Product.Type != "otc";
            var expire = piece.Spec.Schedule?.ExpireAt;
            var campaignEnd = campaign?.Schedule?.End;
            End = expire is null ? campaignEnd : campaignEnd is null ? expire : (expire < campaignEnd ? expire : campaignEnd);
            var names = piece.Spec.Audience.Segments is { Count: > 0 } own ? own : campaign?.Audience.Segments;
            SegmentIndices = names is { Count: > 0 } ? index.IndicesOf(names) : null;
            OneChannel = campaign?.Distribution?.Channels == CampaignDistribution.BestChannel;
        }

        /// <summary>The campaign declares <c>distribution.channels: best</c>: one channel per HCP and piece.</summary>
        public bool OneChannel { get; }

        /// <summary>The name of an audience segment index, null for <see cref="AudienceIndex.NoSegment"/>.</summary>
        public string? SegmentName(int segment) => segment < 0 ? null : Audience.Spec.Segments[segment].Name;

        /// <summary>True when the piece has a rendition of its own for the segment on the channel (a per-segment variant).</summary>
        public bool HasVariant(string channel, string segment) => Piece.Renditions.Any(r => r.Channel == channel && r.Segment == segment);

        public DistributionPiece Piece { get; }

        public string Key { get; }

        public DateTimeOffset Start { get; }

        /// <summary>The piece's expiry or the campaign's end, whichever is first (sends must be before it).</summary>
        public DateTimeOffset? End { get; }

        public int? CampaignIndex { get; }

        public CapWindow? CampaignCap { get; }

        public AudienceProfiles Audience { get; }

        public AudienceIndex Index { get; }

        /// <summary>Content of a prescription (rx) product: only verified HCPs. Unknown campaigns count as rx (the safe side).</summary>
        public bool Prescription { get; }

        /// <summary>Audience segment indices the piece names, in its order; null for the whole audience.</summary>
        public int[]? SegmentIndices { get; }

        /// <summary>The rendition digest for the channel: the segment's variant, else the default (no segment, or the piece's first segment).</summary>
        public string? Rendition(string channel, string? segment)
        {
            if (_renditions.TryGetValue((channel, segment), out var cached))
            {
                return cached;
            }
            var forChannel = Piece.Renditions.Where(r => r.Channel == channel).ToList();
            var digest = (segment is null ? null : forChannel.FirstOrDefault(r => r.Segment == segment))?.Digest
                ?? forChannel.FirstOrDefault(r => r.Segment is null)?.Digest
                ?? forChannel.FirstOrDefault()?.Digest;
            _renditions[(channel, segment)] = digest;
            return digest;
        }
    }
}
