namespace ContentOps.Core.Api.ContentPieces;

/// <summary>The content formats generation and review know.</summary>
public static class ContentFormats
{
    /// <summary>A WeChat service-account article (title, digest, body).</summary>
    public const string WeChatArticle = "wechat-article";

    /// <summary>An approved email (subject, preheader, body, footer).</summary>
    public const string Email = "email";

    /// <summary>A text message; counted in 70-character segments.</summary>
    public const string Sms = "sms";

    /// <summary>A talk track a medical rep follows with an HCP (opening, key points, objection handling, close).</summary>
    public const string RepTalkTrack = "rep-talk-track";

    /// <summary>A web page in an HCP portal.</summary>
    public const string WebPage = "web-page";

    /// <summary>A video script: scenes with duration, voice-over, on-screen text and a safety super.</summary>
    public const string VideoScript = "video-script";

    /// <summary>A banner image (PNG) with headline, sub-line, call to action and mandatory small print, plus a designer's image prompt.</summary>
    public const string Banner = "banner";

    /// <summary>Every known format.</summary>
    public static readonly IReadOnlyList<string> All = [WeChatArticle, Email, Sms, RepTalkTrack, WebPage, VideoScript, Banner];
}
