using ContentOps.Core.Analytics.Events;

namespace ContentOps.Core.Tests.Analytics.Events;

public sealed class EngagementEventReaderTests
{
    private static readonly DateTimeOffset _now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Csv_KeepsGoodRows_AndRejectsEachBadRowWithItsLineAndReason()
    {
        const string Csv = """
            id,type,occurredAt,idempotencyKey,messageId,channel,readThrough,text
            e1,opened,2026-12-04T09:00:00+08:00,k1,,,,
            e2,teleported,2026-12-04T09:00:00+08:00,k1,,,,
            e3,read,2026-12-04T09:00:00,k1,,,,
            e4,read,2026-12-04T09:00:00Z,k1,,,1.5,
            e5,clicked,2026-12-04T09:00:00Z,,,,,
            e6,comment,2026-12-04T09:00:00Z,,<m6>,diabetes/approved-email,,"很好，""实用""
            第二行"
            e7,opened,2027-01-04T09:00:00Z,k1,,,,
            e8,opened
            """;

        var (events, errors) = EngagementEventReader.Read("x.csv", new StringReader(Csv), jsonLines: false, _now);

        Assert.Equal(["e1", "e6"], events.Select(e => e.Id));
        Assert.Equal("很好，\"实用\"\n第二行", events[1].Text);
        Assert.Equal([3, 4, 5, 6, 9, 10], errors.Select(e => e.Line));
        Assert.Contains("not one of", errors[0].Reason);
        Assert.Contains("offset", errors[1].Reason);
        Assert.Contains("readThrough", errors[2].Reason);
        Assert.Contains("cannot be attributed", errors[3].Reason);
        Assert.Contains("future", errors[4].Reason);
        Assert.StartsWith("x.csv:10: ", errors[5].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_AcceptsTheSendReference_PieceHcpAndChannel_AndRejectsItIncomplete()
    {
        const string Csv = """
            id,type,occurredAt,channel,hcp,piece
            e1,opened,2026-12-04T09:00:00+08:00,diabetes/approved-email,hcp-0001,diabetes/klp-email-launch
            e2,opened,2026-12-04T09:00:00+08:00,diabetes/approved-email,,diabetes/klp-email-launch
            e3,opened,2026-12-04T09:00:00+08:00,,hcp-0001,diabetes/klp-email-launch
            """;

        var (events, errors) = EngagementEventReader.Read("x.csv", new StringReader(Csv), jsonLines: false, _now);

        var e1 = Assert.Single(events);
        Assert.Equal(("hcp-0001", "diabetes/klp-email-launch", "diabetes/approved-email"), (e1.Hcp, e1.Piece, e1.Channel));
        Assert.Equal([3, 4], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.Contains("piece, hcp and channel", e.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void JsonLines_RejectsInvalidJsonAndNonObjects_ByLine()
    {
        const string Lines = """
            {"id":"e1","type":"read","occurredAt":"2026-12-04T09:00:00+08:00","idempotencyKey":"k1","readThrough":0.8,"dwellSeconds":120}
            {"id":"e2","type":"read"
            [1,2]

            {"id":"e3","type":"rep-feedback","occurredAt":"2026-12-04T10:00:00Z","idempotencyKey":"k2","text":"王主任希望收到指南解读"}
            """;

        var (events, errors) = EngagementEventReader.Read("x.jsonl", new StringReader(Lines), jsonLines: true, _now);

        Assert.Equal([("e1", EngagementEventType.Read), ("e3", EngagementEventType.RepFeedback)], events.Select(e => (e.Id, e.Type)));
        Assert.Equal((0.8, 120.0), (events[0].ReadThrough!.Value, events[0].DwellSeconds!.Value));
        Assert.Equal([2, 3], errors.Select(e => e.Line));
    }

    [Fact]
    public void Csv_WithAnUnknownColumn_IsRejectedAtTheHeader()
    {
        var (events, errors) = EngagementEventReader.Read("x.csv", new StringReader("id,type,when\ne1,opened,now"), jsonLines: false, _now);

        Assert.Empty(events);
        Assert.Equal(1, Assert.Single(errors).Line);
        Assert.Contains("when", errors[0].Reason);
    }
}
