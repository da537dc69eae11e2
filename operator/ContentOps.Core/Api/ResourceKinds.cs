using ContentOps.Core.Api.Approvals;
using ContentOps.Core.Api.Audiences;
using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Api.Claims;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Api.Knowledge;
using ContentOps.Core.Api.Policies;

namespace ContentOps.Core.Api;

/// <summary>The registry of resource kinds.</summary>
public static class ResourceKinds
{
    /// <summary>Every kind's CLR type, in dependency order (what others reference comes first).</summary>
    public static readonly IReadOnlyList<Type> All =
    [
        typeof(ClaimLibrary), typeof(KnowledgeSource), typeof(Audience), typeof(ChannelTarget), typeof(SopPolicy),
        typeof(Campaign), typeof(ContentPiece), typeof(Approval),
    ];

    private static readonly Dictionary<string, Type> _byKind = All.ToDictionary(Resource.KindOf, StringComparer.Ordinal);

    /// <summary>The type of a kind, or null if the kind is unknown.</summary>
    public static Type? Find(string kind) => _byKind.GetValueOrDefault(kind);

    /// <summary>Every kind name.</summary>
    public static IEnumerable<string> Names => _byKind.Keys;
}
