namespace ContentOps.Core.Publishing.WeChat;

/// <summary>The WeChat errcodes the channel treats specially, and how each becomes a <see cref="ChannelException"/>.</summary>
public static class WeChatErrors
{
    public const int InvalidToken = 40001;
    public const int ExpiredToken = 42001;
    public const int DailyQuota = 45009;
    public const int MinuteQuota = 45011;
    public const int IpNotWhitelisted = 40164;
    public const int ApiUnauthorized = 48001;

    /// <summary>mass/send: a message with this clientmsgid was already sent (the earlier msg_id is returned); success for an idempotent resend.</summary>
    public const int ClientMsgIdExists = 45065;

    /// <summary>Token errors: refresh the token and try once more.</summary>
    public static bool IsTokenError(ChannelException e) => e?.Data["errcode"] is InvalidToken or ExpiredToken;

    public static ChannelException ToException(int errcode, string? errmsg, string path, WeChatAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var where = $"WeChat API {path} of {account.Channel}";
        var exception = errcode switch
        {
            InvalidToken or ExpiredToken => new ChannelException($"{where}: access_token invalid or expired (errcode {errcode})."),
            DailyQuota => new ChannelException($"{where}: daily quota used up (errcode 45009); sends resume tomorrow.")
            { RateLimited = true, RetryAfter = TimeSpan.FromHours(1) },
            MinuteQuota => new ChannelException($"{where}: per-minute quota exceeded (errcode 45011); sends resume in a minute.")
            { RateLimited = true, RetryAfter = TimeSpan.FromMinutes(1) },
            IpNotWhitelisted => new ChannelException(
                $"{where}: this server's IP address is not on the account's IP whitelist (errcode 40164); add it under 设置与开发 → 基本配置 → IP白名单 for AppID {account.AppId}.",
                permanent: true),
            ApiUnauthorized => new ChannelException($"{where}: the account is not authorised for this API (errcode 48001); a certified 服务号 is required.", permanent: true),
            -1 => new ChannelException($"{where}: WeChat is busy (errcode -1)."),
            _ => new ChannelException($"{where} failed with errcode {errcode}: {errmsg}.", permanent: true),
        };
        exception.Data["errcode"] = errcode;
        return exception;
    }
}
