using ContentOps.Core.Api;
using ContentOps.Core.Api.Channels;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Distribution;
using ContentOps.Core.Generation;
using ContentOps.Core.Publishing.Resilience;
using ContentOps.Operator.Reconcilers;
using ContentOps.Operator.Sending;
using ContentOps.Operator.Stores.Local;
using ContentOps.Operator.Tests.Stores.Local;

namespace ContentOps.Operator.Tests.Sending;

/// <summary>A state folder, channels, profiles and a published piece with planned sends, for the executor and withdrawal tests.</summary>
internal sealed class SendingFixture : IDisposable
{
    public const string Secret = "planted-secret-51c0de";

    private readonly TempStateFolder _folder = new();

    public SendingFixture(TimeProvider time, ChannelResilienceOptions? resilience = null)
    {
        Time = time;
        Root = Directory.CreateTempSubdirectory("contentops-sends-").FullName;
        State = LocalStateStore.Open(_folder.Path);
        Health = new ChannelHealth();
        Channels = new HcpChannelRegistry(Root, new FixedSecrets(), time, resilience ?? new ChannelResilienceOptions
        {
            BaseDelay = TimeSpan.FromMilliseconds(5),
            MaxRetries = 1,
            MinimumThroughput = 2,
            BreakDuration = TimeSpan.FromSeconds(1),
        }, UnsubscribeKey.Load(_folder.Path));
        Executor = new SendExecutor(State.Sends, Channels, Health, time);
    }

    public TimeProvider Time { get; }

    public string Root { get; }

    public LocalStateStore State { get; }

    public ChannelHealth Health { get; }

    public HcpChannelRegistry Channels { get; }

    public SendExecutor Executor { get; }

    public Dictionary<string, ChannelTarget> ChannelTargets { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, HcpProfile> Profiles { get; } = new(StringComparer.Ordinal);

    public ChannelTarget AddChannel(string name, string type, string endpoint, RateLimit? rateLimit = null)
    {
        var channel = new ChannelTarget
        {
            Metadata = new ObjectMeta { Name = name, Namespace = "diabetes" },
            Spec = new ChannelTargetSpec
            {
                Type = type,
                Endpoint = endpoint,
                Formats = [type == "sms" ? ContentFormats.Sms : ContentFormats.Email],
                AllowedAudienceRoles = ["hcp"],
                Sender = type == "sms" ? "【远澜医学】" : "远澜制药医学信息部 <medinfo@example.com>",
                SecretRef = new SecretReference { Name = "CHANNEL_SECRET" },
                RateLimit = rateLimit,
                UnsubscribeUrl = "https://hcp.example.com/unsubscribe?hcp={hcp}",
                WithdrawalCorrection = "此前发送的资料已撤回。",
            },
        };
        ChannelTargets[name] = channel;
        return channel;
    }

    public void AddHcps(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            Profiles[$"hcp-{i:000}"] = new HcpProfile
            {
                Id = $"hcp-{i:000}",
                Name = $"医生{i}",
                Title = "主治医师",
                Verified = true,
                Email = $"hcp{i:000}@example.com",
                Mobile = $"13900000{i:000}",
            };
        }
    }

    public PieceDispatch Piece(string uid, params (string Hcp, string Channel, DateTimeOffset SendAt)[] sends) => new()
    {
        PieceUid = uid,
        Piece = new PieceRef("diabetes", "klp-email-launch"),
        ContentDigest = "sha256:abc",
        Renditions = [.. ChannelTargets.Values.Select(c => new Rendition
        {
            Channel = c.Metadata.Name,
            Format = c.Spec.Formats[0],
            Title = "康力平上市",
            Body = c.Spec.Type == "sms" ? "12月10日线上学术会，欢迎参加。" : "康力平在24周时使HbA1c较基线降低1.2%。",
        })],
        Sends = [.. sends.Select(s => new PlannedSend
        {
            Hcp = s.Hcp,
            Piece = new PieceRef("diabetes", "klp-email-launch"),
            Channel = s.Channel,
            ChannelType = ChannelTargets[s.Channel].Spec.Type,
            ConsentChannel = ChannelTargets[s.Channel].Spec.Type == "sms" ? ConsentChannels.Sms : ConsentChannels.Email,
            SendAt = s.SendAt,
            Personalized = true,
            Reason = "test",
            ContentDigest = "sha256:abc",
        })],
    };

    public Task<SendReport> ExecuteAsync(params PieceDispatch[] pieces) =>
        Executor.ExecuteAsync(pieces, (_, name) => ChannelTargets.GetValueOrDefault(name), id => Profiles.GetValueOrDefault(id), default);

    public void Dispose()
    {
        State.Dispose();
        _folder.Dispose();
        Directory.Delete(Root, recursive: true);
    }

    private sealed class FixedSecrets : ISecretResolver
    {
        public string? Resolve(SecretReference reference) => Secret;
    }
}
