using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.Channels;

namespace ContentOps.Core.Distribution.Planning;

/// <summary>
/// Everything a send plan depends on. Dictionaries are keyed <c>namespace/name</c> (<see cref="Key"/>).
/// The same input always gives the same plan.
/// </summary>
public sealed record SendPlanInput
{
    /// <summary>The planning instant: nothing is planned before it.</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>Every live piece, across campaigns and audiences (caps span them).</summary>
    public required IReadOnlyList<DistributionPiece> Pieces { get; init; }

    public required IReadOnlyDictionary<string, AudienceProfiles> Audiences { get; init; }

    public required IReadOnlyDictionary<string, ChannelTargetSpec> Channels { get; init; }

    public required IReadOnlyDictionary<string, CampaignSpec> Campaigns { get; init; }

    /// <summary>Sends already made (from the send ledger) that count against caps; older than every cap window may be left out.</summary>
    public IReadOnlyList<SendRecord> History { get; init; } = [];

    /// <summary>
    /// Picks each personalised send's channel (with <c>distribution.channels: best</c>), variant and time among those the
    /// hard rules allow (the learning allocator), or null to send the first allowed channel's default variant at the
    /// earliest allowed time.
    /// </summary>
    public ISendChooser? Chooser { get; init; }

    /// <summary>The dictionary key of a namespaced name.</summary>
    public static string Key(string @namespace, string name) => $"{@namespace}/{name}";
}
