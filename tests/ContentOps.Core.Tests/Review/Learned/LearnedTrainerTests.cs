using ContentOps.Core.Review.Learned;

namespace ContentOps.Core.Tests.Review.Learned;

public sealed class LearnedTrainerTests
{
    [Fact]
    public void Train_PredictsTheLabelsOfItsOwnExamples()
    {
        var model = LearnedTrainer.Train(LearnedFixtures.Parsed);

        foreach (var example in LearnedFixtures.Parsed)
        {
            Assert.Equal(example.Label, model.Predict(example.Text).Class);
        }
    }

    [Fact]
    public void Train_GivesTheSameModel_Twice()
    {
        var first = LearnedTrainer.Train(LearnedFixtures.Parsed);
        var second = LearnedTrainer.Train(LearnedFixtures.Parsed);

        Assert.Equal(first.Fingerprint(), second.Fingerprint());
        Assert.Equal(first.Classes, second.Classes);
    }
}
