using MailKit.Security;

namespace ContentOps.Core.Publishing.Email;

/// <summary>smtp://[user@]host[:port] (STARTTLS when offered), smtps://… (TLS from the start); the password is the channel's secret.</summary>
public sealed record SmtpEndpoint(string Host, int Port, string? User, SecureSocketOptions Security)
{
    public static SmtpEndpoint Parse(string endpoint, string channel)
    {
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("smtp" or "smtps") || uri.Host.Length == 0)
        {
            throw new ChannelException($"ChannelTarget {channel}: endpoint must be smtp://host:port or smtps://host:port.", permanent: true);
        }

        var tls = uri.Scheme == "smtps";
        var port = uri.IsDefaultPort || uri.Port <= 0 ? (tls ? 465 : 587) : uri.Port;
        var user = uri.UserInfo.Length > 0 ? Uri.UnescapeDataString(uri.UserInfo.Split(':')[0]) : null;
        return new SmtpEndpoint(uri.Host, port, user, tls ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable);
    }
}
