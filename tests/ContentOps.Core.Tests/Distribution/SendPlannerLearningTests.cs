using ContentOps.Core.Api.Channels;
using ContentOps.Core.Distribution;
using ContentOps.Core.Distribution.Planning;
using static ContentOps.Core.Tests.Distribution.PlanScenario;

namespace ContentOps.Core.Tests.Distribution;

/// <summary>The learning hook of the send planner: it picks among allowed send times, and only for personalised sends.</summary>
public sealed class SendPlannerLearningTests
{
    /// <summary>Always wants 20:00 local of the day it is offered, and records what it was offered.</summary>
    private sealed class EveningChooser : ISendTimeChooser
    {
        public List<SendTimeRequest> Requests { get; } = [];

        public string ModelVersion => "test-model-7";

        public SendTimeChoice? Choose(SendTimeRequest request)
        {
            Requests.Add(request);
            var evening = request.Allowed.FirstOrDefault(t => t.Hour == 20);
            return evening == default ? null : new SendTimeChoice(evening, "send hour 20:00 chosen by test-model-7");
        }
    }

    [Fact]
    public void Plan_SendsAtTheChosenAllowedHour_AndNamesTheModel()
    {
        var chooser = new EveningChooser();

        var plan = SendPlanner.Plan(Input([Hcp("a")], [Piece("p", ["email"])]) with { SendTimes = chooser });

        var send = Assert.Single(plan.Sends);
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 20, 0, 0, China), send.SendAt);
        Assert.Equal("test-model-7", send.ModelVersion);
        Assert.EndsWith("; send hour 20:00 chosen by test-model-7", send.Reason, StringComparison.Ordinal);
        Assert.Equal(Now, chooser.Requests[0].Allowed[0]);
    }

    [Fact]
    public void Plan_NeverOffersQuietHours_AndKeepsTheEarliestTime_ForAnHcpWhoRefusedPersonalisation()
    {
        var chooser = new EveningChooser();
        var channels = DefaultChannels();
        channels["email"] = Channel("smtp", "email", quiet: new QuietHours { Start = "19:00", End = "08:00", TimeZone = "Asia/Shanghai" });

        var plan = SendPlanner.Plan(Input([Hcp("a"), Hcp("b", optOut: true)], [Piece("p", ["email"])], channels) with { SendTimes = chooser });

        Assert.All(chooser.Requests.SelectMany(r => r.Allowed), t => Assert.InRange(t.Hour, 8, 18));
        Assert.Equal(["a"], chooser.Requests.Select(r => r.Hcp));
        Assert.All(plan.Sends, s => Assert.Equal(Now, s.SendAt));
        Assert.All(plan.Sends, s => Assert.Null(s.ModelVersion));
    }
}
