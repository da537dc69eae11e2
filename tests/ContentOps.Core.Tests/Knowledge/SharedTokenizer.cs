using ContentOps.Core.Knowledge.Text;

namespace ContentOps.Core.Tests.Knowledge;

/// <summary>One jieba dictionary for the test run (loading it takes a second).</summary>
internal static class SharedTokenizer
{
    public static ChineseTokenizer Instance { get; } = new();
}
