using ContentOps.Core.Api.Policies;
using ContentOps.Core.Review.Rules.Concepts;
using ContentOps.Core.Review.Text;

namespace ContentOps.Core.Review.Learned;

/// <summary>
/// A policy's learned detector at review time: every sentence that no rule flagged, outside label sections and the
/// references and without an exceptInSentence concept, is scored by the model; when a rule id wins with at least the
/// minimum confidence, a warn-level finding with that rule's basis and fix is added. It never blocks and never removes a finding.
/// </summary>
internal sealed class LearnedDetector(string policy, LearnedModel model, double minConfidence, ContentSelector? appliesTo,
    ConceptSet concepts, int[] exceptInSentence, IReadOnlyDictionary<string, SopRule> rules)
{
    public LearnedModel Model => model;

    public void Evaluate(ReviewDocument document, List<Finding> findings)
    {
        if (!PolicyMatcher.Selects(appliesTo, document.Context))
        {
            return;
        }

        var sentences = SentenceIndex.For(document);
        var flagged = FlaggedSentences(document, sentences, findings);
        var hits = exceptInSentence.Length > 0 ? concepts.HitsFor(document) : null;
        var text = document.Normalized.Text;
        var suggestions = new List<Finding>();
        for (var sentence = 0; sentence < sentences.Count; sentence++)
        {
            var start = sentences.Start(sentence);
            var end = sentences.End(sentence);
            if (flagged[sentence] || sentences.IsExempt(sentence) || (hits is not null && HasExceptedConcept(hits, start, end)))
            {
                continue;
            }

            var (predicted, probability) = model.Predict(text.AsSpan(start, end - start));
            if (predicted != LearnedExamples.Compliant && probability >= minConfidence)
            {
                suggestions.Add(CreateFinding(document, start, end - start, rules[predicted], probability));
            }
        }

        findings.AddRange(suggestions);
    }

    private bool HasExceptedConcept(ConceptHits hits, int start, int end)
    {
        foreach (var concept in exceptInSentence)
        {
            if (hits.AnyStartingIn(concept, start, end))
            {
                return true;
            }
        }

        return false;
    }

    private static bool[] FlaggedSentences(ReviewDocument document, SentenceIndex sentences, List<Finding> findings)
    {
        var flagged = new bool[sentences.Count];
        foreach (var finding in findings)
        {
            if (finding.Length > 0 && sentences.At(document.Normalized.ToNormalized(finding.Offset)) is var sentence and >= 0)
            {
                flagged[sentence] = true;
            }
        }

        return flagged;
    }

    private Finding CreateFinding(ReviewDocument document, int start, int length, SopRule rule, float probability)
    {
        var (originalStart, originalLength) = document.Normalized.ToOriginal(start, length);
        var (line, column) = document.Locate(originalStart);
        var confidence = Math.Round(probability, 3);
        return new Finding
        {
            Policy = policy,
            RuleId = rule.Id,
            Kind = LearnedFinding.Kind,
            Severity = Severities.Warn,
            Message = $"学习型检测器的建议（置信度 {confidence:0.00}，非规则判定，请人工复核）：本句可能违反“{rule.Id}”。{rule.Message}",
            Detail = $"learned suggestion: {rule.Id}, confidence {confidence:0.000}",
            Basis = rule.Basis,
            Match = document.Text.Substring(originalStart, originalLength),
            Offset = originalStart,
            Length = originalLength,
            Line = line,
            Column = column,
            Fix = rule.Fix,
            Confidence = confidence,
            Channel = document.Rendition.Channel,
            Segment = document.Rendition.Segment,
        };
    }
}
