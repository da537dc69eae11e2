using System.Text.Json;
using ContentOps.Core.Generation.Images;
using ContentOps.Core.Generation.Parts;
using ContentOps.Core.Generation.Templates;
using ContentOps.Core.Generation.Tones;
using Microsoft.Extensions.AI;

namespace ContentOps.Core.Generation;

/// <summary>
/// Generates a rendition through any <see cref="IChatClient"/> (the embedded modular one or an OpenAI-compatible
/// endpoint): the generator answers with a <see cref="Composition"/> (prose and claim ids), the prose is polished for
/// the scene, the format's template places each claim verbatim and every required element in its slot, and the
/// format's parts (HTML, plain text, digest) are derived from the result.
/// </summary>
public sealed class RenditionGenerator(IChatClient chatClient, ScenePolisher polisher, FormatTemplates? templates = null)
{
    private static readonly ChatResponseFormat _format =
        ChatResponseFormat.ForJsonSchema(JsonDocument.Parse(CompositionJson.Schema).RootElement.Clone(), "composition", "Connective prose and the ids of the approved claims to place.");

    private readonly FormatTemplates _templates = templates ?? new FormatTemplates();

    /// <summary>Token usage of the last call, when the generator reports it.</summary>
    public UsageDetails? LastUsage { get; private set; }

    public async Task<Rendition> GenerateAsync(GenerationRequest request, ChatOptions? options, CancellationToken cancellationToken)
    {
        var template = _templates.For(request.Format);
        options = (options ?? new ChatOptions()).Clone();
        options.ResponseFormat ??= _format;
        var response = await chatClient.GetResponseAsync(PromptBuilder.Build(request), options, cancellationToken);
        LastUsage = response.Usage;
        var composition = CompositionJson.Parse(response.Text);
        var tone = ToneProfiles.Default.Get(request.Tone);
        composition = polisher.Polish(composition, request, tone.MaxSentenceChars);
        var polish = await ModelPolishAsync(composition, request, tone, options, cancellationToken);
        composition = polish.Composition;
        var rendered = template.Render(request, composition);
        var body = polisher.PolishBody(request.Format, rendered.Body);
        if (string.IsNullOrWhiteSpace(body))
        {
            throw new GenerationException($"The generator produced no body for {request.Piece} on {request.Channel}.");
        }

        return new Rendition
        {
            Channel = request.Channel,
            Format = request.Format,
            Segment = request.Segment,
            Title = rendered.Title,
            Body = body,
            ClaimUses = LocateClaims(request, body),
            Parts = PartsOf(request, rendered.Title, rendered.Summary, body),
            Outline = polish.Outcome is null ? Outline(request, body) : $"{Outline(request, body)}; polish {polish.Outcome}",
        };
    }

    /// <summary>
    /// generation.polish: model: the chat client rewrites the connective prose (<see cref="ModelPolisher"/>), then the
    /// scene polish runs again on it. Skipped (recorded) for the embedded generator, which is not a model.
    /// </summary>
    private async Task<(Composition Composition, string? Outcome)> ModelPolishAsync(
        Composition composition, GenerationRequest request, ToneProfile tone, ChatOptions options, CancellationToken cancellationToken)
    {
        if (request.Polish != "model")
        {
            return (composition, null);
        }

        if (chatClient is ModularChatClient)
        {
            return (composition, "scene (no model configured: provider embedded)");
        }

        var model = new ModelPolisher(chatClient);
        var (polished, outcome) = await model.PolishAsync(composition, tone, options, cancellationToken);
        LastUsage = Sum(LastUsage, model.LastUsage);
        return (outcome == "model" ? polisher.Polish(polished, request, tone.MaxSentenceChars) : polished, outcome);
    }

    private static UsageDetails? Sum(UsageDetails? a, UsageDetails? b) => a is null || b is null ? a ?? b : new UsageDetails
    {
        InputTokenCount = (a.InputTokenCount ?? 0) + (b.InputTokenCount ?? 0),
        OutputTokenCount = (a.OutputTokenCount ?? 0) + (b.OutputTokenCount ?? 0),
        TotalTokenCount = (a.TotalTokenCount ?? 0) + (b.TotalTokenCount ?? 0),
    };

    private static IReadOnlyList<RenditionPart> PartsOf(GenerationRequest request, string? title, string? summary, string body) => request.Format switch
    {
        "email" => EmailParts.Of(title ?? "", summary, body),
        "wechat-article" => [.. WeChatParts.Of(title ?? "", summary ?? "", body), .. ImageParts.Cover(request, title ?? "", body)],
        "web-page" => WebPageParts.Of(title ?? "", summary, body),
        "banner" => ImageParts.Banner(request, title ?? "", body),
        _ => [],
    };

    private static string Outline(GenerationRequest request, string body)
    {
        var focus = request.Directive is { } d ? $"directive \"{d.Who}: {d.Focus}\"" : request.Intent.Emphasis.Count > 0 ? "emphasis " + string.Join(", ", request.Intent.Emphasis) : "no emphasis";
        var length = request.Intent.Length is { MinChars: var min, MaxChars: var max } && (min ?? max) is not null ? $" (target {min}–{max})" : "";
        var claims = LocateClaims(request, body).OrderBy(u => u.Start).Select(u => u.ClaimId);
        return $"purpose {request.Intent.Purpose}, tone {request.Tone}, {focus}; claims {string.Join(" → ", claims)}; {body.Length} chars{length}";
    }

    private static List<ClaimUse> LocateClaims(GenerationRequest request, string body)
    {
        var uses = new List<ClaimUse>();
        foreach (var claim in request.Claims)
        {
            var core = claim.Text.TrimEnd('。', '.', ' ');
            var at = body.IndexOf(core, StringComparison.Ordinal);
            if (at >= 0)
            {
                uses.Add(new ClaimUse(claim.Id, at, core.Length));
            }
        }

        return uses;
    }
}
