using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using ContentOps.Core.Publishing.Hcp;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ContentOps.Operator.Http;

/// <summary>
/// The WeChat Official Account's event push (服务器配置 URL) at <c>/v1/callbacks/wechat/{namespace}/{channel}</c>:
/// <c>GET</c> answers WeChat's URL check (<c>echostr</c>), <c>POST</c> takes the XML events. Both are verified the way
/// WeChat signs them: <c>signature = sha1(sorted(token, timestamp, nonce))</c> with the Token configured on the
/// account, read from <see cref="TokenVariable"/>. <c>MASSSENDJOBFINISH</c> sets the delivery status of every send of
/// that mass message (by its <c>MsgID</c>, the ledger's external id): delivered when the job reports success without
/// errors, failed when nothing was sent. Other events are acknowledged and ignored. WeChat expects <c>success</c>.
/// </summary>
internal static class WeChatEventEndpoint
{
    public const string TokenVariable = "CONTENTOPS_WECHAT_CALLBACK_TOKEN";

    public static void Map(WebApplication app, ApiBackends backends, Func<string?> token)
    {
        app.MapGet("/v1/callbacks/wechat/{ns}/{name}", (string ns, string name, HttpRequest request) =>
            Verified(request, token()) is { } refused ? refused : Results.Text(request.Query["echostr"].ToString()));
        app.MapPost("/v1/callbacks/wechat/{ns}/{name}", async (string ns, string name, HttpRequest request, CancellationToken cancellationToken) =>
        {
            if (Verified(request, token()) is { } refused)
            {
                return refused;
            }

            if (backends.Channel(ns, name) is not { Spec.Type: "wechat" })
            {
                return ApiRequest.Error(404, $"no wechat ChannelTarget {ns}/{name}");
            }

            if (await ApiRequest.BodyAsync(request, cancellationToken) is not { } body)
            {
                return ApiRequest.TooLarge();
            }

            XElement root;
            try
            {
                root = XDocument.Parse(Encoding.UTF8.GetString(body)).Root!;
            }
            catch (XmlException)
            {
                return ApiRequest.Error(400, "the body is not WeChat event XML (<xml><MsgType>event</MsgType><Event>…</Event>…</xml>)");
            }

            if ((string?)root.Element("Event") == "MASSSENDJOBFINISH" && (string?)root.Element("MsgID") is { Length: > 0 } msgId)
            {
                if (backends.Sends() is not { } ledger)
                {
                    return ApiRequest.Error(503, "this replica does not hold the send ledger now; retry");
                }

                await ledger.RecordDeliveryAsync($"{ns}/{name}", msgId, Status(root), cancellationToken);
            }

            return Results.Text("success");
        });
    }

    /// <summary>The job's outcome for all its recipients: WeChat reports counts, not who failed.</summary>
    private static string Status(XElement root)
    {
        var status = (string?)root.Element("Status") ?? "";
        var errors = (int?)root.Element("ErrorCount") ?? 0;
        var sent = (int?)root.Element("SentCount") ?? 0;
        return status.Replace(" ", "", StringComparison.Ordinal).Equals("sendsuccess", StringComparison.OrdinalIgnoreCase) && errors == 0 ? DeliveryStatus.Delivered
            : sent == 0 ? DeliveryStatus.Failed
            : DeliveryStatus.Accepted;
    }

    private static IResult? Verified(HttpRequest request, string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return ApiRequest.Error(401, $"WeChat callbacks are closed: set {TokenVariable} to the Token of the account's server configuration");
        }

        string[] parts = [token, request.Query["timestamp"].ToString(), request.Query["nonce"].ToString()];
        Array.Sort(parts, StringComparer.Ordinal);
        var expected = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts))));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(request.Query["signature"].ToString()))
            ? null
            : ApiRequest.Error(401, "not authorised: the signature does not match the Token of the account's server configuration");
    }
}
