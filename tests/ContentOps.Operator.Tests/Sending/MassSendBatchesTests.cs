using ContentOps.Operator.Sending;

namespace ContentOps.Operator.Tests.Sending;

public sealed class MassSendBatchesTests
{
    [Fact]
    public void Split_NeverMakesABatchOfOne_KeepsOrder_AndStaysWithinTheMaximum()
    {
        for (var count = 0; count <= 2100; count++)
        {
            var items = Enumerable.Range(0, count).ToList();

            var batches = MassSendBatches.Split(items, 500);

            if (count < 2)
            {
                Assert.Empty(batches);
                continue;
            }

            Assert.Equal(items, batches.SelectMany(b => b));
            Assert.All(batches, b => Assert.InRange(b.Length, 2, 500));
            Assert.Equal((count + 499) / 500, batches.Count);
        }
    }

    [Fact]
    public void Split_OfFiveHundredAndOne_IsTwoEvenBatches_NotFiveHundredAndOne()
    {
        var batches = MassSendBatches.Split(Enumerable.Range(0, 501).ToList(), 500);

        Assert.Equal([251, 250], batches.Select(b => b.Length));
    }
}
