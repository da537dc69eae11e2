using ContentOps.Core.Api.Channels;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Operator.Declarations.Diagnostics;

namespace ContentOps.Operator.Declarations.Semantics;

/// <summary>Each channel of a piece reaches the piece's audience role and accepts its format.</summary>
internal sealed class ChannelCompatibilityRule : IDeclarationRule
{
    public IEnumerable<Diagnostic> Check(RuleContext context)
    {
        foreach (var (declaration, piece) in context.Index.OfKind<ContentPiece>())
        {
            for (var i = 0; i < piece.Spec.Channels.Count; i++)
            {
                var name = piece.Spec.Channels[i];
                if (context.Index.Find<ChannelTarget>(declaration.Namespace(), name)?.Spec is not { } channel)
                {
                    continue;
                }

                if (!channel.AllowedAudienceRoles.Contains(piece.Spec.Audience.Role))
                {
                    yield return declaration.Error(DiagnosticCodes.ChannelAudienceMismatch, $"spec.channels[{i}]",
                        $"channel '{name}' does not allow audience role '{piece.Spec.Audience.Role}' (it allows {string.Join(", ", channel.AllowedAudienceRoles)})",
                        "pick a channel for this audience, or change the piece's spec.audience.role");
                }

                if (!channel.Formats.Contains(piece.Spec.Format))
                {
                    yield return declaration.Error(DiagnosticCodes.ChannelFormatMismatch, $"spec.channels[{i}]",
                        $"channel '{name}' does not accept format '{piece.Spec.Format}' (it accepts {string.Join(", ", channel.Formats)})",
                        "pick a channel that accepts this format, or add the format to the channel's spec.formats");
                }
            }
        }
    }
}
