using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Declarations.Diagnostics;

namespace ContentOps.Operator.Declarations.Semantics;

/// <summary>Schedules start before they end, and a piece lives inside its campaign's schedule.</summary>
internal sealed class ScheduleRule : IDeclarationRule
{
    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var (declaration, campaign) in context.Index.OfKind<Campaign>())
        {
            if (campaign.Spec.Schedule is { Start: { } start, End: { } end } && end <= start)
            {
                yield return declaration.Error(DiagnosticCodes.ScheduleOrder, "spec.schedule.end",
                    $"the campaign ends ({end:O}) before it starts ({start:O})", "set spec.schedule.end after spec.schedule.start");
            }
        }

        foreach (var (declaration, piece) in context.Index.OfKind<ContentPiece>())
        {
            var schedule = piece.Spec.Schedule;
            if (schedule is { PublishAt: { } publish, ExpireAt: { } expire } && expire <= publish)
            {
                yield return declaration.Error(DiagnosticCodes.ScheduleOrder, "spec.schedule.expireAt",
                    $"expireAt ({expire:O}) is not after publishAt ({publish:O})", "publishAt must come before expireAt");
            }

            var campaignSchedule = context.Index.Find<Campaign>(declaration.Namespace(), piece.Spec.Campaign)?.Spec.Schedule;
            if (schedule is null || campaignSchedule is null)
            {
                continue;
            }

            if (schedule.PublishAt < campaignSchedule.Start || schedule.PublishAt > campaignSchedule.End)
            {
                yield return Outside(declaration, "spec.schedule.publishAt", $"publishAt ({schedule.PublishAt:O})", campaignSchedule);
            }

            if (schedule.ExpireAt > campaignSchedule.End)
            {
                yield return Outside(declaration, "spec.schedule.expireAt", $"expireAt ({schedule.ExpireAt:O})", campaignSchedule);
            }
        }
    }

    private static Diagnostic Outside(Declaration declaration, string path, string what, CampaignSchedule campaign) =>
        declaration.Error(DiagnosticCodes.OutsideCampaignSchedule, path,
            $"{what} is outside the campaign's schedule ({campaign.Start?.ToString("O") ?? "open"} to {campaign.End?.ToString("O") ?? "open"})",
            "move the date inside the campaign's schedule, or extend the campaign");
}
