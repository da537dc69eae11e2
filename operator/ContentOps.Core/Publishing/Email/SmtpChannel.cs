using ContentOps.Core.Api.Channels;
using ContentOps.Core.Publishing.Hcp;
using ContentOps.Core.Publishing.Resilience;
using MailKit.Net.Smtp;
using Polly.CircuitBreaker;

namespace ContentOps.Core.Publishing.Email;

/// <summary>
/// Sends approved e-mail to HCPs over SMTP with MailKit: one session per batch, each message through the channel's
/// SMTP pipeline (a retry reconnects and resends only that message). A recipient the server refuses fails alone;
/// an unreachable server fails the rest of the batch with the channel-wide error.
/// </summary>
public sealed class SmtpChannel(ChannelPipelines pipelines, TimeProvider time) : IHcpChannel
{
    public string Type => "smtp";

    public async Task<IReadOnlyList<HcpSendOutcome>> SendAsync(HcpSendBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var name = ChannelName(batch.Channel);
        var endpoint = SmtpEndpoint.Parse(batch.Channel.Spec.Endpoint, batch.Channel.Metadata.Name);
        var pipeline = pipelines.Smtp(name);
        var outcomes = new List<HcpSendOutcome>(batch.Sends.Count);
        using var client = new SmtpClient();
        foreach (var send in batch.Sends)
        {
            MimeKit.MimeMessage message;
            try
            {
                message = EmailComposer.Compose(batch, send, time.GetUtcNow());
            }
            catch (ChannelException e)
            {
                outcomes.Add(HcpSendOutcome.Failed(send.IdempotencyKey, e));
                continue;
            }

            try
            {
                await pipeline.ExecuteAsync(async token =>
                {
                    await ConnectAsync(client, endpoint, batch.Secret, token).ConfigureAwait(false);
                    await client.SendAsync(message, token).ConfigureAwait(false);
                }, cancellationToken).ConfigureAwait(false);
            }
            catch (SmtpCommandException e) when (e.ErrorCode is SmtpErrorCode.RecipientNotAccepted && (int)e.StatusCode >= 500)
            {
                outcomes.Add(HcpSendOutcome.Failed(send.IdempotencyKey,
                    new ChannelException($"The mail server refused the address of HCP {send.Recipient.Id} ({(int)e.StatusCode}); correct the profile.", permanent: true)));
                continue;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Channel-wide: the rest of the batch fails the same way and stays pending for the next attempt.
                var error = Describe(batch.Channel, endpoint, e);
                outcomes.AddRange(batch.Sends.Skip(outcomes.Count).Select(s => HcpSendOutcome.Failed(s.IdempotencyKey, error)));
                break;
            }

            // Outside the try: the receipt is made durable before the next message, and a ledger failure is no channel error.
            outcomes.Add(await batch.AcceptedAsync(HcpSendOutcome.Sent(send.IdempotencyKey, "<" + message.MessageId + ">", time.GetUtcNow()), cancellationToken).ConfigureAwait(false));
        }

        if (client.IsConnected)
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None).ConfigureAwait(false);
        }

        return outcomes;
    }

    public async Task<WithdrawalResult> WithdrawAsync(HcpWithdrawal withdrawal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(withdrawal);
        if (withdrawal.Correction is null || withdrawal.Channel.Spec.Sender is null || withdrawal.Recipient.Email is null)
        {
            return WithdrawalResult.NotRetractable;
        }

        var endpoint = SmtpEndpoint.Parse(withdrawal.Channel.Spec.Endpoint, withdrawal.Channel.Metadata.Name);
        var message = EmailComposer.Correction(withdrawal, withdrawal.Channel.Spec.Sender, time.GetUtcNow());
        using var client = new SmtpClient();
        try
        {
            await pipelines.Smtp(ChannelName(withdrawal.Channel)).ExecuteAsync(async token =>
            {
                await ConnectAsync(client, endpoint, withdrawal.Secret, token).ConfigureAwait(false);
                await client.SendAsync(message, token).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw Describe(withdrawal.Channel, endpoint, e);
        }

        await client.DisconnectAsync(quit: true, CancellationToken.None).ConfigureAwait(false);
        return WithdrawalResult.CorrectionSent;
    }

    /// <summary>SMTP reports nothing after acceptance (no DSN is requested).</summary>
    public Task<string> GetDeliveryStatusAsync(ChannelTarget channel, string externalId, string? secret, CancellationToken cancellationToken) =>
        Task.FromResult(DeliveryStatus.Accepted);

    private static async Task ConnectAsync(SmtpClient client, SmtpEndpoint endpoint, string? password, CancellationToken cancellationToken)
    {
        if (client.IsConnected)
        {
            return;
        }

        await client.ConnectAsync(endpoint.Host, endpoint.Port, endpoint.Security, cancellationToken).ConfigureAwait(false);
        if (endpoint.User is not null && password is not null)
        {
            await client.AuthenticateAsync(endpoint.User, password, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A sentence without the password, the user's credentials or the server's reply text beyond its code.</summary>
    private static ChannelException Describe(ChannelTarget channel, SmtpEndpoint endpoint, Exception e) => e switch
    {
        BrokenCircuitException => new ChannelException(
            $"Mail server {endpoint.Host}:{endpoint.Port} of {channel.Metadata.Name} failed repeatedly; sends wait until it answers again.", inner: null)
        { EndpointDown = true },
        MailKit.Security.AuthenticationException => new ChannelException(
            $"Mail server {endpoint.Host}:{endpoint.Port} of {channel.Metadata.Name} rejected the credentials; check the secret {channel.Spec.SecretRef?.Name}.", permanent: true),
        SmtpCommandException command => new ChannelException(
            $"Mail server {endpoint.Host}:{endpoint.Port} of {channel.Metadata.Name} answered {(int)command.StatusCode}.", permanent: (int)command.StatusCode >= 500),
        _ => new ChannelException($"Mail server {endpoint.Host}:{endpoint.Port} of {channel.Metadata.Name} is unreachable ({e.GetType().Name}).") { EndpointDown = false },
    };

    private static string ChannelName(ChannelTarget channel) => $"{channel.Metadata.EffectiveNamespace}/{channel.Metadata.Name}";
}
