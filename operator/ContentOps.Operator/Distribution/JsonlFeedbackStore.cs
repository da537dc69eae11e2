using System.Text.Json;
using ContentOps.Core.Distribution.Recommendation;

namespace ContentOps.Operator.Distribution;

/// <summary>Rep feedback as one JSON object per line in the state folder (<c>nba-feedback.jsonl</c>); appends are serialised.</summary>
internal sealed class JsonlFeedbackStore(string path) : ISuggestionFeedbackStore
{
    public const string FileName = "nba-feedback.jsonl";

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task AddAsync(SuggestionFeedback feedback, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            await File.AppendAllTextAsync(path, JsonSerializer.Serialize(feedback, _json) + "\n", cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<IReadOnlyList<SuggestionFeedback>> ListAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return [];
        }
        var lines = await File.ReadAllLinesAsync(path, cancellationToken);
        return [.. lines.Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<SuggestionFeedback>(l, _json)!)];
    }
}
