using ContentOps.Core.Api;

namespace ContentOps.Operator.Planning;

/// <summary>A reason a piece changes, with the resource it comes from, so a dependency can list the pieces it affects.</summary>
internal sealed record SourcedNote(ResourceKey Source, PlanNote Note);
