using System.Diagnostics;
using System.Net.Sockets;
using MimeKit;

namespace ContentOps.Core.Tests.Publishing.Servers;

/// <summary>
/// A real SMTP server on 127.0.0.1 (Debian's python3-aiosmtpd with its Maildir handler): every accepted message lands
/// in a Maildir the test parses with MimeKit. Killed and deleted on dispose.
/// </summary>
internal sealed class SmtpSink : IDisposable
{
    private readonly Process _process;
    private readonly string _maildir;

    private SmtpSink(Process process, string maildir, int port)
    {
        _process = process;
        _maildir = maildir;
        Port = port;
    }

    public int Port { get; }

    public string Endpoint => $"smtp://127.0.0.1:{Port}";

    public static async Task<SmtpSink> StartAsync()
    {
        var port = FreePort.Next();
        var maildir = Directory.CreateTempSubdirectory("contentops-smtp-").FullName;
        var info = new ProcessStartInfo("/usr/bin/python3") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", Path.Combine(maildir, "box") })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("python3 -m aiosmtpd did not start (apt-get install -y python3-aiosmtpd).");
        var sink = new SmtpSink(process, maildir, port);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"aiosmtpd exited: {await process.StandardError.ReadToEndAsync()} (apt-get install -y python3-aiosmtpd)");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return sink;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        sink.Dispose();
        throw new TimeoutException("aiosmtpd did not listen within 10 s.");
    }

    /// <summary>Every message delivered so far, parsed.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var folder = Path.Combine(_maildir, "box", "new");
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f))] : [];
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        Directory.Delete(_maildir, recursive: true);
    }
}
