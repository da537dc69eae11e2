using ContentOps.Core.Review.Text;

namespace ContentOps.Core.Tests.Review;

public sealed class SentenceCursorTests
{
    [Fact]
    public void At_FindsTheSentenceContainingEachIndex_InAnyOrder()
    {
        int[] starts = [2, 10, 11, 30];
        var cursor = new SentenceCursor(starts);

        int[] asked = [0, 2, 9, 10, 11, 29, 30, 99, 5, 12, 1, 31];

        Assert.Equal([-1, 0, 0, 1, 2, 2, 3, 3, 0, 2, -1, 3], asked.Select(cursor.At));
    }
}
