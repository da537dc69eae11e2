using System.Text.Json;
using ContentOps.Core.Analytics.Comments;
using ContentOps.Core.Analytics.Events;
using ContentOps.Operator.Stores;

namespace ContentOps.Operator.Analytics;

/// <summary>
/// The body of <c>POST /v1/events</c>: a JSON array of events, or <c>{"events": [...]}</c>, each object with the
/// fields of <see cref="EngagementEventFields"/>. Good events are stored even when others in the batch are bad;
/// the answer lists every rejected index with its reason.
/// </summary>
internal sealed class EventBatchHandler(IEngagementStore store, Func<string, CommentAnalysis>? comments, TimeProvider time)
{
    public const int MaxBatch = 10_000;

    public async Task<(int Status, object Body)> HandleAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            return (400, new { error = $"body is not JSON ({e.Message.Split('.')[0]}); send an array of events or {{\"events\": [...]}}" });
        }

        using (document)
        {
            var items = document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement
                : document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("events", out var e) && e.ValueKind == JsonValueKind.Array ? e
                : default;
            if (items.ValueKind != JsonValueKind.Array)
            {
                return (400, new { error = "send an array of events or {\"events\": [...]}" });
            }

            if (items.GetArrayLength() > MaxBatch)
            {
                return (413, new { error = $"at most {MaxBatch} events per request; split the batch" });
            }

            var now = time.GetUtcNow();
            var events = new List<EngagementEvent>();
            var rejected = new List<object>();
            var index = 0;
            foreach (var item in items.EnumerateArray())
            {
                var (parsed, error) = EngagementEventReader.FromJson(item, now);
                if (parsed is null)
                {
                    rejected.Add(new { index, reason = error });
                }
                else
                {
                    events.Add(parsed);
                }

                index++;
            }

            var result = await store.AppendAsync(events, comments, now, cancellationToken).ConfigureAwait(false);
            return (200, new { accepted = result.Accepted, duplicates = result.Duplicates, attributed = result.Attributed, adverseEvents = result.AdverseEvents, rejected });
        }
    }
}
