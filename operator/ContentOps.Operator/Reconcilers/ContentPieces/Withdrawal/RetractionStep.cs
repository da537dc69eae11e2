using ContentOps.Core.Api;

namespace ContentOps.Operator.Reconcilers.ContentPieces.Withdrawal;

/// <summary>
/// A piece that states a withdrawn or expired claim comes down from every channel and is not generated again until
/// its spec changes: checked before generation (the claims the spec, its key messages and the live content state)
/// and after it (the claims fresh content states, recalled ones included).
/// </summary>
internal static class RetractionStep
{
    /// <summary>Before generation: the spec's claims, and the live content's claims while the spec is the one it was generated from.</summary>
    public static StepOutcome BeforeGeneration(PieceContext context)
    {
        var piece = context.Piece;
        var unchangedSpec = context.Previous.ObservedGeneration == piece.Metadata.Generation;
        if (unchangedSpec && Ready(context)?.Reason == ConditionReasons.ClaimWithdrawn)
        {
            // Sticky: reinstating the claim alone does not put the piece back; a spec change does (a person decides).
            context.RetractedClaims = context.Previous.Claims?.Where(context.Retracted.ContainsKey).ToList() is { Count: > 0 } still ? still : context.RetractedClaims;
            return Withdraw(context, Ready(context)!.Message);
        }

        IEnumerable<string> stated = StatedClaims.Declared(piece, context.Campaign);
        if (unchangedSpec && context.Previous.Claims is { } live)
        {
            stated = stated.Concat(live);
        }

        return Check(context, [.. stated.Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>After generation: the claims the current content states.</summary>
    public static StepOutcome AfterGeneration(PieceContext context) => Check(context, context.StatedClaims);

    private static StepOutcome Check(PieceContext context, IReadOnlyList<string> stated)
    {
        var retracted = stated.Where(context.Retracted.ContainsKey).Order(StringComparer.Ordinal).ToList();
        if (retracted.Count == 0)
        {
            return StepOutcome.Continue;
        }

        context.RetractedClaims = retracted;
        var claims = string.Join(", ", retracted.Select(id => $"{id} ({context.Retracted[id]})"));
        return Withdraw(context, $"Withdrawn from every channel: it states claim {claims}. Remove the claim from the piece (or change its spec) to generate it again.");
    }

    private static StepOutcome Withdraw(PieceContext context, string message)
    {
        context.TerminalPhase = ContentPiecePhase.Withdrawn;
        context.ContentDigest ??= context.Previous.ContentDigest;
        return StepOutcome.Wait(ConditionReasons.ClaimWithdrawn, message);
    }

    private static Condition? Ready(PieceContext context) =>
        context.Previous.Conditions?.FirstOrDefault(c => c.Type == ConditionTypes.Ready);
}
