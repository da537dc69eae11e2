using ContentOps.Operator.Controller;
using Microsoft.Extensions.Time.Testing;

namespace ContentOps.Operator.Tests.Controller;

public sealed class InMemoryEventRecorderTests
{
    private readonly FakeTimeProvider _time = new(ControllerFixture.Start);

    [Fact]
    public void Record_AggregatesIdenticalEvents_WithCountAndFirstLastTime()
    {
        var recorder = new InMemoryEventRecorder(_time);
        var piece = ControllerFixture.Piece("a");

        recorder.Record(piece, EventTypes.Warning, "ReviewFailed", "Forbidden term 超给力 in paragraph 3.");
        _time.Advance(TimeSpan.FromMinutes(5));
        recorder.Record(piece, EventTypes.Warning, "ReviewFailed", "Forbidden term 超给力 in paragraph 3.", new Dictionary<string, string> { ["contentDigest"] = "sha256:3f1c" });

        var recorded = Assert.Single(recorder.For(piece));
        Assert.Equal(2, recorded.Count);
        Assert.Equal(ControllerFixture.Start, recorded.FirstTimestamp);
        Assert.Equal(ControllerFixture.Start.AddMinutes(5), recorded.LastTimestamp);
        Assert.Equal("sha256:3f1c", recorded.Data!["contentDigest"]);
    }

    [Fact]
    public void Record_KeepsDifferentMessagesApart()
    {
        var recorder = new InMemoryEventRecorder(_time);
        var piece = ControllerFixture.Piece("a");

        recorder.Record(piece, EventTypes.Normal, "Published", "Published to wechat-hcp-service-account.");
        recorder.Record(piece, EventTypes.Normal, "Published", "Published to sms-hcp.");

        Assert.Equal(2, recorder.For(piece).Count);
    }

    [Fact]
    public void Record_Rejects_UnknownType()
    {
        var recorder = new InMemoryEventRecorder(_time);

        Assert.Throws<ArgumentException>(() => recorder.Record(ControllerFixture.Piece("a"), "Error", "Failed", "x"));
    }

    [Fact]
    public void Record_DropsLeastRecentlySeen_WhenFull()
    {
        var recorder = new InMemoryEventRecorder(_time, capacity: 2);
        var (a, b, c) = (ControllerFixture.Piece("a"), ControllerFixture.Piece("b"), ControllerFixture.Piece("c"));
        recorder.Record(a, EventTypes.Normal, "Generated", "Generated.");
        _time.Advance(TimeSpan.FromSeconds(1));
        recorder.Record(b, EventTypes.Normal, "Generated", "Generated.");
        _time.Advance(TimeSpan.FromSeconds(1));
        recorder.Record(a, EventTypes.Normal, "Generated", "Generated.");
        _time.Advance(TimeSpan.FromSeconds(1));

        recorder.Record(c, EventTypes.Normal, "Generated", "Generated.");

        Assert.Equal([a, c], recorder.Snapshot().Select(recorded => recorded.Involved));
    }
}
