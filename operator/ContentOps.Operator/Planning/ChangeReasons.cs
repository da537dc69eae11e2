using ContentOps.Core.Api;
using ContentOps.Operator.Reconcilers.ContentPieces;

namespace ContentOps.Operator.Planning;

/// <summary>
/// Explains why a piece is generated or reviewed again, by comparing what it resolved to at base and at head:
/// its own spec, the claims and references it uses, its campaign, channels and audience, required statements
/// and the policies that select it. Each reason points at the head declaration that changed.
/// </summary>
internal sealed class ChangeReasons(DeclarationLocator head)
{
    public IReadOnlyList<SourcedNote> ForGeneration(PieceContext? before, PieceContext after, IReadOnlyList<FieldChange> pieceChanges)
    {
        var notes = pieceChanges
            .Where(c => c.MapPath.StartsWith("spec.", StringComparison.Ordinal) && !c.MapPath.StartsWith("spec.schedule", StringComparison.Ordinal))
            .Select(c => Note(after.Piece.Key, c.Text, c.MapPath))
            .ToList();
        if (before?.Campaign is null)
        {
            return notes;
        }

        notes.AddRange(Claims(before, after));
        notes.AddRange(Campaign(before, after));
        notes.AddRange(Channels(before, after));
        notes.AddRange(Audience(before, after));
        notes.AddRange(RequiredStatements(before, after));
        return notes;
    }

    public IReadOnlyList<SourcedNote> ForReview(PieceContext? before, PieceContext after)
    {
        var notes = new List<SourcedNote>();
        var old = (before?.Policies ?? []).ToDictionary(p => p.Metadata.Name, StringComparer.Ordinal);
        foreach (var policy in after.Policies)
        {
            if (!old.Remove(policy.Metadata.Name, out var previous))
            {
                notes.Add(Note(policy.Key, $"policy {policy.Metadata.Name} now selects this piece", ""));
                continue;
            }

            notes.AddRange(FieldDiff.Compare(previous.Spec, policy.Spec, "spec")
                .Select(c => Note(policy.Key, $"policy {policy.Metadata.Name}: {c.Text}", c.MapPath)));
        }

        notes.AddRange(old.Values.Select(p => Note(p.Key, $"policy {p.Metadata.Name} no longer selects this piece", "")));
        return notes;
    }

    private IEnumerable<SourcedNote> Claims(PieceContext before, PieceContext after)
    {
        var used = after.Piece.Spec.Claims.ToHashSet(StringComparer.Ordinal);
        var oldClaims = before.Libraries.SelectMany(l => l.Spec.Claims).GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var oldReferences = before.Libraries.SelectMany(l => l.Spec.References).GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var library in after.Libraries)
        {
            var claims = library.Spec.Claims.Select((claim, index) => (claim, index)).Where(c => used.Contains(c.claim.Id)).ToList();
            foreach (var (claim, index) in claims.Where(c => oldClaims.ContainsKey(c.claim.Id)))
            {
                foreach (var change in FieldDiff.Compare(oldClaims[claim.Id], claim, $"claim {claim.Id}", $"spec.claims[{index}]"))
                {
                    yield return Note(library.Key, change.Text, change.MapPath);
                }
            }

            var referenced = claims.SelectMany(c => c.claim.References ?? []).ToHashSet(StringComparer.Ordinal);
            foreach (var (reference, index) in library.Spec.References.Select((r, i) => (r, i)).Where(r => referenced.Contains(r.r.Id) && oldReferences.ContainsKey(r.r.Id)))
            {
                foreach (var change in FieldDiff.Compare(oldReferences[reference.Id], reference, $"reference {reference.Id}", $"spec.references[{index}]"))
                {
                    yield return Note(library.Key, change.Text, change.MapPath);
                }
            }
        }
    }

    private IEnumerable<SourcedNote> Campaign(PieceContext before, PieceContext after)
    {
        var campaign = after.Campaign;
        var changes = FieldDiff.Compare(before.Campaign.Spec.Product, campaign.Spec.Product, "spec.product")
            .Concat(FieldDiff.Compare(before.Campaign.Spec.KeyMessages, campaign.Spec.KeyMessages, "spec.keyMessages"));
        return changes.Select(c => Note(campaign.Key, $"campaign {campaign.Metadata.Name}: {c.Text}", c.MapPath));
    }

    private IEnumerable<SourcedNote> Channels(PieceContext before, PieceContext after)
    {
        foreach (var channel in after.Channels)
        {
            if (before.Channels.FirstOrDefault(c => c.Metadata.Name == channel.Metadata.Name) is not { } old)
            {
                continue;
            }

            // Only what generation reads (see GenerateStep's spec digest): the channel type and sender.
            foreach (var change in FieldDiff.Compare(new { old.Spec.Type, old.Spec.Sender }, new { channel.Spec.Type, channel.Spec.Sender }, "spec"))
            {
                yield return Note(channel.Key, $"channel {channel.Metadata.Name}: {change.Text}", change.MapPath);
            }
        }
    }

    private IEnumerable<SourcedNote> Audience(PieceContext before, PieceContext after) =>
        after.Audience is not { } audience
            ? []
            : FieldDiff.Compare(before.Audience?.Spec.Segments, audience.Spec.Segments, "spec.segments")
                .Select(c => Note(audience.Key, $"audience {audience.Metadata.Name}: {c.Text}", c.MapPath));

    private IEnumerable<SourcedNote> RequiredStatements(PieceContext before, PieceContext after)
    {
        foreach (var added in after.RequiredStatements.Except(before.RequiredStatements))
        {
            yield return StatementNote(after, added, "added");
        }

        foreach (var removed in before.RequiredStatements.Except(after.RequiredStatements))
        {
            yield return StatementNote(before, removed, "removed");
        }
    }

    private SourcedNote StatementNote(PieceContext context, string statement, string change)
    {
        foreach (var policy in context.Policies)
        {
            var index = policy.Spec.Rules.ToList().FindIndex(r => r.Kind == "requiredText" && r.Text is { Count: > 0 } text && text[0] == statement);
            if (index >= 0)
            {
                return Note(policy.Key, $"required statement \"{statement}\" {change} (policy {policy.Metadata.Name}, rule {policy.Spec.Rules[index].Id})", $"spec.rules[{index}].text");
            }
        }

        return new SourcedNote(context.Piece.Key, new PlanNote($"required statement \"{statement}\" {change}"));
    }

    private SourcedNote Note(ResourceKey source, string text, string path) => new(source, new PlanNote(text, head.Locate(source, path)));
}
