using JiebaNet.Segmenter;

namespace ContentOps.Core.Knowledge.Text;

/// <summary>
/// Words of a mixed Chinese/English text with jieba.NET (precise mode with HMM for unknown words), lower-cased,
/// punctuation and spaces dropped. The dictionary is loaded once per instance; share one instance.
/// </summary>
public sealed class ChineseTokenizer
{
    private static readonly Lock _configLock = new();
    private readonly JiebaSegmenter _segmenter;

    /// <summary>Loads jieba's dictionary from Resources/jieba beside the assembly (copied there by the Core project).</summary>
    public ChineseTokenizer()
    {
        lock (_configLock)
        {
            ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "Resources", "jieba");
            _segmenter = new JiebaSegmenter();
            // jieba loads lazily and not thread-safely: cut once here, under the lock.
            _ = _segmenter.Cut("预热").ToList();
        }
    }

    /// <summary>The words of <paramref name="text"/>, in order.</summary>
    public IEnumerable<string> Tokenize(string text)
    {
        foreach (var word in _segmenter.Cut(text, cutAll: false, hmm: true))
        {
            var trimmed = word.Trim();
            if (trimmed.Length > 0 && trimmed.Any(char.IsLetterOrDigit))
            {
                yield return trimmed.ToLowerInvariant();
            }
        }
    }
}
