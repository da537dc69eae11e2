using ContentOps.Core.Api.Audiences;

namespace ContentOps.Core.Distribution.Planning;

/// <summary>An audience's declaration and the profiles read from its source.</summary>
public sealed record AudienceProfiles(AudienceSpec Spec, IReadOnlyList<HcpProfile> Profiles);
