using ContentOps.Operator.Sending;

namespace ContentOps.Operator.Tests.Sending;

public sealed class RateWindowTests
{
    [Theory]
    [InlineData("1h", 3600)]
    [InlineData("1h30m", 5400)]
    [InlineData("7d", 604800)]
    [InlineData("1500ms", 1.5)]
    public void Parse_ReadsEveryDeclaredUnit(string per, double seconds) => Assert.Equal(TimeSpan.FromSeconds(seconds), RateWindow.Parse(per));

    [Theory]
    [InlineData("")]
    [InlineData("1w")]
    [InlineData("h")]
    public void Parse_RefusesWhatIsNotADuration(string per) => Assert.Null(RateWindow.Parse(per));
}
