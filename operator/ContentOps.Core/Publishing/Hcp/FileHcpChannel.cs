using System.Text;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Publishing.Email;
using ContentOps.Core.Publishing.Sms;

namespace ContentOps.Core.Publishing.Hcp;

/// <summary>
/// Per-HCP sends into the file channel's folder, so a run without servers shows what each doctor would receive:
/// e-mail as an RFC 5322 <c>.eml</c> (the same message the SMTP channel sends), SMS as the exact text with signature
/// and opt-out, anything else as text. One file per piece and HCP under <c>&lt;endpoint&gt;/sends/&lt;piece&gt;/</c>;
/// withdrawal moves it to <c>withdrawn/</c> beside it.
/// </summary>
public sealed class FileHcpChannel(string root, TimeProvider time) : IHcpChannel
{
    private static readonly UTF8Encoding _utf8 = new(false);

    public string Type => "file";

    public async Task<IReadOnlyList<HcpSendOutcome>> SendAsync(HcpSendBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var folder = Path.Combine(FileChannelFolder.Of(root, batch.Channel.Spec.Endpoint), "sends", batch.Piece.Replace("/", "--", StringComparison.Ordinal));
        var outcomes = new List<HcpSendOutcome>(batch.Sends.Count);
        foreach (var send in batch.Sends)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var (extension, bytes) = Render(batch, send);
                var path = Path.Combine(folder, $"{Safe(send.Recipient.Id)}{extension}");
                FolderOnDemand.Create(folder, () => File.WriteAllBytes(path + ".tmp", bytes));
                File.Move(path + ".tmp", path, overwrite: true);
                outcomes.Add(await batch.AcceptedAsync(HcpSendOutcome.Sent(send.IdempotencyKey, Path.GetRelativePath(root, path), time.GetUtcNow()), cancellationToken).ConfigureAwait(false));
            }
            catch (ChannelException e)
            {
                outcomes.Add(HcpSendOutcome.Failed(send.IdempotencyKey, e));
            }
        }

        return outcomes;
    }

    public Task<WithdrawalResult> WithdrawAsync(HcpWithdrawal withdrawal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(withdrawal);
        var path = Path.GetFullPath(Path.Combine(root, withdrawal.ExternalId));
        if (File.Exists(path))
        {
            var withdrawn = Path.Combine(Path.GetDirectoryName(path)!, "withdrawn");
            Directory.CreateDirectory(withdrawn);
            File.Move(path, Path.Combine(withdrawn, Path.GetFileName(path)), overwrite: true);
        }

        return Task.FromResult(WithdrawalResult.Retracted);
    }

    public Task<string> GetDeliveryStatusAsync(ChannelTarget channel, string externalId, string? secret, CancellationToken cancellationToken) =>
        Task.FromResult(File.Exists(Path.Combine(root, externalId)) ? DeliveryStatus.Delivered : DeliveryStatus.Deleted);

    private (string Extension, byte[] Bytes) Render(HcpSendBatch batch, HcpSend send)
    {
        switch (batch.Rendition.Format)
        {
            case ContentFormats.Email:
                using (var stream = new MemoryStream())
                {
                    EmailComposer.Compose(batch, send, time.GetUtcNow()).WriteTo(stream);
                    return (".eml", stream.ToArray());
                }

            case ContentFormats.Sms:
                var text = SmsText.Compose(batch.Channel.Spec.Sender, batch.Rendition.Body, batch.Channel.Metadata.Name);
                return (".txt", _utf8.GetBytes($"To: {send.Recipient.Mobile}\nSegments: {SmsText.Segments(text)}\n\n{text}\n"));
            default:
                return (".md", _utf8.GetBytes($"<!-- contentops piece={batch.Piece} hcp={send.Recipient.Id} key={send.IdempotencyKey} -->\n{RenditionText.Of(batch.Rendition)}"));
        }
    }

    private static string Safe(string id) => string.Concat(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
}
