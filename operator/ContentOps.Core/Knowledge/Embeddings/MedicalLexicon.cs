using System.Reflection;

namespace ContentOps.Core.Knowledge.Embeddings;

/// <summary>
/// Concepts of general medical Chinese and English, each with the words people use for it (label term, lay words,
/// abbreviations, English): 低血糖 | 血糖太低 | hypoglycaemia. <see cref="Find"/> names the concepts a text mentions, so
/// the embedded embedding can give a paraphrase the feature its label wording has. The built-in list
/// (<see cref="BuiltIn"/>, <c>medical-synonyms.txt</c>) is product-independent; its header says where it comes from.
/// Chinese terms match anywhere; a term that starts or ends with a Latin letter or digit matches only where the text
/// has no Latin letter or digit beside it (so <c>su</c> is not found in <c>result</c>).
/// </summary>
public sealed class MedicalLexicon
{
    private const string ResourceName = "ContentOps.Core.Knowledge.Embeddings.medical-synonyms.txt";
    private static readonly Lazy<MedicalLexicon> _builtIn = new(LoadBuiltIn);
    private readonly string[] _names;
    private readonly Dictionary<char, (string Term, int Concept)[]> _byFirstChar;

    private MedicalLexicon(string[] names, Dictionary<char, (string Term, int Concept)[]> byFirstChar) =>
        (_names, _byFirstChar) = (names, byFirstChar);

    /// <summary>The lexicon shipped in the assembly.</summary>
    public static MedicalLexicon BuiltIn => _builtIn.Value;

    /// <summary>Concepts held.</summary>
    public int Count => _names.Length;

    /// <summary>The name of a concept: its first (label) term.</summary>
    public string Name(int concept) => _names[concept];

    /// <summary>
    /// Reads a lexicon: one concept a line, terms separated by '|', the label term first; '#' starts a comment line.
    /// Terms are matched in lower case.
    /// </summary>
    /// <exception cref="FormatException">A line has fewer than two terms (line number and fix in the message).</exception>
    public static MedicalLexicon Parse(string text)
    {
        var names = new List<string>();
        var terms = new List<(string Term, int Concept)>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var words = line.Split('|').Select(w => w.Trim().ToLowerInvariant()).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (words.Count < 2)
            {
                throw new FormatException($"line {i + 1}: '{line}' names one term; write the label term and its synonyms separated by '|'.");
            }

            terms.AddRange(words.Select(w => (w, names.Count)));
            names.Add(words[0]);
        }

        var byFirstChar = terms.GroupBy(t => t.Term[0]).ToDictionary(g => g.Key, g => g.ToArray());
        return new MedicalLexicon([.. names], byFirstChar);
    }

    /// <summary>The concepts <paramref name="text"/> mentions (each once, in order of first mention).</summary>
    public IReadOnlyList<int> Find(string text)
    {
        var lower = text.ToLowerInvariant();
        List<int>? found = null;
        for (var i = 0; i < lower.Length; i++)
        {
            if (!_byFirstChar.TryGetValue(lower[i], out var candidates))
            {
                continue;
            }

            foreach (var (term, concept) in candidates)
            {
                if (string.CompareOrdinal(lower, i, term, 0, term.Length) == 0 && Bounded(lower, i, term) && !(found?.Contains(concept) ?? false))
                {
                    (found ??= []).Add(concept);
                }
            }
        }

        return found is null ? [] : found;
    }

    // A term with a Latin letter or digit at an end must not continue a Latin word or number there.
    private static bool Bounded(string text, int start, string term) =>
        !(IsLatin(term[0]) && start > 0 && IsLatin(text[start - 1]))
        && !(IsLatin(term[^1]) && start + term.Length < text.Length && IsLatin(text[start + term.Length]));

    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c);

    private static MedicalLexicon LoadBuiltIn()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
