namespace ContentOps.Operator.Tests.TestSupport;

/// <summary>When a <see cref="WebhookReceiver"/> hook runs for a POST.</summary>
internal enum ReceiverStage
{
    /// <summary>The POST is recorded but not answered yet: the sender cannot know it arrived.</summary>
    BeforeAnswer,

    /// <summary>The answer has been sent in full.</summary>
    AfterAnswer,
}
