using Microsoft.Extensions.AI;

namespace ContentOps.Core.Generation;

/// <summary>
/// Generates a rendition through any <see cref="IChatClient"/> (the embedded modular one or an OpenAI-compatible
/// endpoint), parses "# title" + body, polishes it for the channel and locates the claims it states.
/// </summary>
public sealed class RenditionGenerator(IChatClient chatClient, ScenePolisher polisher)
{
    public async Task<Rendition> GenerateAsync(GenerationRequest request, ChatOptions? options, CancellationToken cancellationToken)
    {
        var response = await chatClient.GetResponseAsync(PromptBuilder.Build(request), options, cancellationToken);
        var (title, body) = Split(response.Text);
        if (string.IsNullOrWhiteSpace(body))
        {
            throw new GenerationException($"The model returned no body for {request.Piece} on {request.Channel}.");
        }

        (title, body) = polisher.Polish(request.Format, request.Language, title, body);
        return new Rendition
        {
            Channel = request.Channel,
            Format = request.Format,
            Segment = request.Segment,
            Title = title,
            Body = body,
            ClaimUses = LocateClaims(request, body),
        };
    }

    private static (string? Title, string Body) Split(string text)
    {
        text = text.Replace("\r\n", "\n").Trim();
        if (!text.StartsWith("# ", StringComparison.Ordinal))
        {
            return (null, text);
        }

        var newline = text.IndexOf('\n');
        return newline < 0 ? (text[2..].Trim(), "") : (text[2..newline].Trim(), text[(newline + 1)..].Trim());
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
