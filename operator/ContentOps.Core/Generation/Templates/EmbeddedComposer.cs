using ContentOps.Core.Generation.Intent;
using ContentOps.Core.Generation.Tones;

namespace ContentOps.Core.Generation.Templates;

/// <summary>
/// The embedded generator's composition: the tone profile's opening for the brief's purpose, one section per topic
/// in the order the request arranged the claims (the segment's directive first), the profile's lead-in and closing.
/// </summary>
public static class EmbeddedComposer
{
    public static Composition Compose(GenerationRequest request)
    {
        var draft = new Draft(request with { Required = [] }, _allSlots, withReferences: true);
        var first = true;
        var sections = new List<CompositionSection>();
        foreach (var (topic, claims) in draft.Sections())
        {
            sections.Add(new CompositionSection
            {
                Heading = ToneProfiles.Default.TopicLabel(topic),
                Prose = first && draft.Tone.SectionLead.Length > 0 ? draft.Tone.SectionLead : null,
                Claims = [.. claims.Select(c => c.Id)],
            });
            first = false;
        }

        if (request.Format == "rep-talk-track")
        {
            return new Composition
            {
                Title = request.Title,
                Opening = draft.Fill("今天想和您交流{product}说明书中的{focus}。"),
                Sections = sections,
                Closing = "感谢您的时间。",
            };
        }

        return new Composition
        {
            Title = request.Title,
            Opening = draft.Fill(draft.Tone.Openings.TryGetValue(request.Intent.Purpose, out var text) ? text : draft.Tone.Openings[BriefPurposes.Education]),
            Sections = sections,
            Closing = draft.Tone.Closing.Length > 0 ? draft.Tone.Closing : null,
        };
    }

    private static readonly IReadOnlySet<Required.RequiredElementKind> _allSlots = Enum.GetValues<Required.RequiredElementKind>().ToHashSet();
}
