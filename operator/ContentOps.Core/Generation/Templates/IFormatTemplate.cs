using ContentOps.Core.Generation.Required;

namespace ContentOps.Core.Generation.Templates;

/// <summary>Assembles one format from a request: the embedded, deterministic "model".</summary>
public interface IFormatTemplate
{
    /// <summary>The format it renders, e.g. sms.</summary>
    string Format { get; }

    /// <summary>The required elements it has a place for; a rule asking for any other fails generation naming the rule.</summary>
    IReadOnlySet<RequiredElementKind> Slots { get; }

    /// <summary>The rendition: title (or null), body with blank-line paragraphs, and its other parts.</summary>
    Rendered Render(GenerationRequest request, Composition composition);
}
