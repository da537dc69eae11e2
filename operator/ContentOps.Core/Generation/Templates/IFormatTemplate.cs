namespace ContentOps.Core.Generation.Templates;

/// <summary>Assembles one format from a request: the embedded, deterministic "model".</summary>
public interface IFormatTemplate
{
    /// <summary>The format it renders, e.g. sms.</summary>
    string Format { get; }

    /// <summary>Title (or null) and body with blank-line paragraphs.</summary>
    (string? Title, string Body) Render(GenerationRequest request);
}
