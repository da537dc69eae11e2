using ContentOps.Core.Api;
using ContentOps.Core.Api.Audiences;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Digests;
using ContentOps.Core.Generation;
using ContentOps.Core.Generation.Required;
using ContentOps.Core.Publishing;
using ContentOps.Core.Review;
using ContentOps.Operator.Observability;
using ContentOps.Operator.Reconcilers.ContentPieces.Withdrawal;
using ContentOps.Operator.Stores;
using Microsoft.Extensions.AI;

namespace ContentOps.Operator.Reconcilers.ContentPieces;

/// <summary>
/// Generates renditions when the spec digest (everything generation depends on) changed, stores them by digest
/// and computes the content digest approvals must name. Unchanged input never regenerates.
/// </summary>
internal sealed class GenerateStep(IArtifactStore artifacts, ChatClientProvider chatClients, ContentOpsMetrics metrics, ClaimRecallProvider? recall = null)
{
    private readonly ClaimRecallProvider _recall = recall ?? new ClaimRecallProvider(TimeProvider.System);

    public async Task<StepOutcome> RunAsync(PieceContext context, CancellationToken cancellationToken)
    {
        context.RequiredStatements = RequiredStatements(context);
        var provider = context.Piece.Spec.Generation?.Provider ?? "embedded";
        if (!chatClients.TryGet(provider, out var client, out var modelId))
        {
            return StepOutcome.Stall(ConditionReasons.GenerationFailed, $"Generation provider '{provider}' is not configured; set --llm-endpoint or use provider: embedded.");
        }

        await RecallAsync(context, cancellationToken);
        context.SpecDigest = SpecDigest(context, modelId);
        var previous = context.Previous;
        if (previous.SpecDigest == context.SpecDigest && previous.Renditions is { Count: > 0 } refs && previous.ContentDigest is not null)
        {
            context.RenditionRefs = refs;
            context.ContentDigest = previous.ContentDigest;
            context.StatedClaims = previous.Claims ?? [.. StatedClaims.Declared(context.Piece, context.Campaign).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            return StepOutcome.Continue;
        }

        try
        {
            var renditions = new List<Rendition>();
            foreach (var channel in context.Channels)
            {
                foreach (var segment in Segments(context))
                {
                    renditions.Add(await GenerateOneAsync(context, client, channel, segment, [], cancellationToken));
                }
            }

            await CommitAsync(context, renditions, cancellationToken);
            context.Attempts = 1;
            metrics.Generations.WithLabels(context.Piece.Spec.Format, provider).Inc(renditions.Count);
            RecordTokens(context, provider);
            return StepOutcome.Continue;
        }
        catch (UnplaceableRequirementException e)
        {
            return StepOutcome.Stall(ConditionReasons.GenerationFailed, e.Message);
        }
        catch (Exception e) when (e is GenerationException or HttpRequestException or NotSupportedException or InvalidOperationException or System.ClientModel.ClientResultException)
        {
            return StepOutcome.Fail(ConditionReasons.GenerationFailed, $"Generation failed: {e.Message}", e);
        }
    }

    /// <summary>
    /// Adds the approved claims that fit the brief (generation.recallClaims) to the piece's claims for this pass; the
    /// recall is deterministic for the same libraries and brief, so the spec digest stays stable.
    /// </summary>
    private async Task RecallAsync(PieceContext context, CancellationToken cancellationToken)
    {
        var count = context.Piece.Spec.Generation?.RecallClaims ?? 0;
        if (count <= 0)
        {
            return;
        }

        var spec = context.Piece.Spec;
        context.Recall = await _recall.RecallAsync(
            context.Libraries, spec.Brief, context.Campaign.Spec.Product.Name, [.. spec.Claims], count, cancellationToken);
        context.RecalledClaims = [.. context.Recall.Select(c => c.ClaimId)];
    }

    /// <summary>Generates one rendition; <paramref name="feedback"/> carries the previous attempt's findings as instructions.</summary>
    public static async Task<Rendition> GenerateOneAsync(
        PieceContext context, IChatClient client, ChannelTarget channel, Segment? segment, IReadOnlyList<string> feedback, CancellationToken cancellationToken)
    {
        var review = ReviewContexts.For(context, channel);
        var rules = context.Policies
            .Where(p => PolicyMatcher.Selects(p.Spec.Selector, review))
            .SelectMany(p => p.Spec.Rules.Select(r => (Policy: p.Metadata.Name, Rule: r)))
            .Where(x => PolicyMatcher.Selects(x.Rule.AppliesTo, review))
            .ToList();
        var required = rules.Where(x => x.Rule.Kind == "requiredText")
            .Select(x => new RequiredRule
            {
                Id = $"{x.Policy}/{x.Rule.Id}",
                Texts = x.Rule.Text ?? [],
                Patterns = x.Rule.Patterns ?? [],
                RequireAll = x.Rule.RequireAll == true,
                Position = x.Rule.Position ?? "anywhere",
            })
            .ToList();
        var limits = rules.Where(x => x.Rule.Kind == "length" && x.Rule.Limits is not null).Select(x => x.Rule.Limits!).ToList();
        var titleLimit = limits.Select(l => context.Piece.Spec.Format == "email" ? l.SubjectMaxChars ?? l.TitleMaxChars : l.TitleMaxChars).Where(n => n is not null).Min();
        var piece = context.RecalledClaims.Count == 0
            ? context.Piece
            : new ContentPiece { Metadata = context.Piece.Metadata, Spec = context.Piece.Spec with { Claims = [.. context.Piece.Spec.Claims, .. context.RecalledClaims] } };
        var request = GenerationRequestFactory.Create(
            piece, context.Campaign, context.Libraries, channel, segment, required, feedback,
            new GenerationLimits(titleLimit, limits.Select(l => l.SmsSegments).Where(n => n is not null).Min()));
        var options = new ChatOptions { ModelId = context.Piece.Spec.Generation?.Model, Temperature = (float)(context.Piece.Spec.Generation?.Temperature ?? 0.2) };
        var generator = new RenditionGenerator(client, new ScenePolisher());
        var rendition = await generator.GenerateAsync(request, options, cancellationToken);
        if (generator.LastUsage is { } usage)
        {
            context.Tokens = new TokenUsage
            {
                InputTokens = (context.Tokens?.InputTokens ?? 0) + (usage.InputTokenCount ?? 0),
                OutputTokens = (context.Tokens?.OutputTokens ?? 0) + (usage.OutputTokenCount ?? 0),
            };
        }

        return rendition;
    }

    /// <summary>Adds the tokens of this pass's generations to the token counters (once, after generation or remediation).</summary>
    public void RecordTokens(PieceContext context, string provider)
    {
        if (context.Tokens is { } tokens)
        {
            metrics.GenerationTokens.WithLabels(provider, "input").Inc(tokens.InputTokens - context.TokensRecorded.Input);
            metrics.GenerationTokens.WithLabels(provider, "output").Inc(tokens.OutputTokens - context.TokensRecorded.Output);
            context.TokensRecorded = (tokens.InputTokens, tokens.OutputTokens);
        }
    }

    /// <summary>Stores the renditions by digest and makes them the piece's current content.</summary>
    public async Task CommitAsync(PieceContext context, IReadOnlyList<Rendition> renditions, CancellationToken cancellationToken)
    {
        context.Renditions = renditions;
        context.RenditionRefs = await StoreAsync(renditions, cancellationToken);
        context.ContentDigest = ContentDigest.OfParts(context.RenditionRefs.Select(r =>
            $"{r.Channel}/{r.Segment}={r.Digest}" + string.Concat((r.Parts ?? []).Select(p => $";{p.Name}={p.Digest}"))));
        context.StatedClaims = StatedClaims.Of(context.Piece, context.Campaign, renditions);
        context.Regenerated = true;
    }

    public bool TryGetClient(PieceContext context, out IChatClient? client, out string provider)
    {
        provider = context.Piece.Spec.Generation?.Provider ?? "embedded";
        return chatClients.TryGet(provider, out client, out _);
    }

    private async Task<IReadOnlyList<RenditionRef>> StoreAsync(IReadOnlyList<Rendition> renditions, CancellationToken cancellationToken)
    {
        var refs = new List<RenditionRef>();
        foreach (var rendition in renditions)
        {
            var digest = await artifacts.PutAsync(RenditionText.Of(rendition), cancellationToken);
            var parts = new List<RenditionPartRef>();
            foreach (var part in rendition.Parts)
            {
                parts.Add(new RenditionPartRef { Name = part.Name, MediaType = part.MediaType, Digest = await artifacts.PutAsync(part.Content, cancellationToken) });
            }

            refs.Add(new RenditionRef
            {
                Channel = rendition.Channel,
                Segment = rendition.Segment,
                Digest = digest,
                Length = rendition.Body.Length,
                Parts = parts.Count == 0 ? null : parts,
            });
        }

        return refs;
    }

    private static IEnumerable<Segment?> Segments(PieceContext context)
    {
        if (context.Piece.Spec.Generation?.Variants != "per-segment" || context.Audience is null)
        {
            return [null];
        }

        var wanted = context.Piece.Spec.Audience.Segments ?? [];
        return context.Audience.Spec.Segments.Where(s => wanted.Count == 0 || wanted.Contains(s.Name));
    }

    /// <summary>The first text of every requiredText rule that applies: generation puts them in, review checks them.</summary>
    private static IReadOnlyList<string> RequiredStatements(PieceContext context) =>
        [.. context.Policies
            .SelectMany(p => p.Spec.Rules)
            .Where(r => r.Kind == "requiredText" && r.Text is { Count: > 0 }
                && context.Channels.Any(c => PolicyMatcher.Selects(r.AppliesTo, ReviewContexts.For(context, c))))
            .Select(r => r.Text![0])
            .Distinct()];

    private static string SpecDigest(PieceContext context, string modelId)
    {
        var claimIds = context.Piece.Spec.Claims.Concat(context.RecalledClaims).ToHashSet(StringComparer.Ordinal);
        var claims = context.Libraries.SelectMany(l => l.Spec.Claims).Where(c => claimIds.Contains(c.Id)).ToList();
        var referenceIds = claims.SelectMany(c => c.References ?? []).ToHashSet(StringComparer.Ordinal);
        var references = context.Libraries.SelectMany(l => l.Spec.References).Where(r => referenceIds.Contains(r.Id)).ToList();
        return ContentDigest.OfObject(new
        {
            Piece = context.Piece.Spec with { Schedule = null },
            context.Campaign.Spec.Product,
            context.Campaign.Spec.KeyMessages,
            Claims = claims,
            References = references,
            Channels = context.Channels.Select(c => new { c.Metadata.Name, c.Spec.Type, c.Spec.Sender }),
            Segments = context.Audience?.Spec.Segments,
            context.RequiredStatements,
            context.RecalledClaims,
            Model = modelId,
        });
    }
}
