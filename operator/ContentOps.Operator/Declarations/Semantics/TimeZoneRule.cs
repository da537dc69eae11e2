using ContentOps.Core.Api.Campaigns;
using ContentOps.Core.Api.Channels;
using ContentOps.Operator.Declarations.Diagnostics;

namespace ContentOps.Operator.Declarations.Semantics;

/// <summary>Time zones resolve on this machine, so schedules and quiet hours mean what they say.</summary>
internal sealed class TimeZoneRule : IDeclarationRule
{
    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        var zones = context.Index.OfKind<Campaign>().Select(x => (x.Declaration, "spec.schedule.timeZone", x.Resource.Spec.Schedule?.TimeZone))
            .Concat(context.Index.OfKind<ChannelTarget>().Select(x => (x.Declaration, "spec.quietHours.timeZone", x.Resource.Spec.QuietHours?.TimeZone)));
        foreach (var (declaration, path, zone) in zones)
        {
            if (zone is not null && !Resolves(zone))
            {
                yield return declaration.Error(DiagnosticCodes.UnknownTimeZone, path, $"time zone '{zone}' is unknown",
                    "use an IANA zone name such as Asia/Shanghai");
            }
        }
    }

    private static bool Resolves(string zone)
    {
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(zone);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }
}
