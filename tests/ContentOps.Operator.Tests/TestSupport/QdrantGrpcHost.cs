using System.Buffers.Binary;
using System.Net;
using ContentOps.Core.Tests.Knowledge;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Qdrant.Client.Grpc;

namespace ContentOps.Operator.Tests.TestSupport;

/// <summary>
/// The in-process Qdrant (<see cref="FakeQdrant"/>) behind a real gRPC endpoint: Kestrel on 127.0.0.1, HTTP/2 without
/// TLS, each unary call's length-prefixed protobuf message parsed by method name, answered by the fake, and framed
/// back with grpc-status 0. So a client that only has a URL (the CLI's --qdrant-url) talks to it over the wire.
/// </summary>
internal sealed class QdrantGrpcHost : IAsyncDisposable
{
    private static readonly Dictionary<string, MessageParser> _parsers = new(StringComparer.Ordinal)
    {
        ["/qdrant.Collections/CollectionExists"] = CollectionExistsRequest.Parser,
        ["/qdrant.Collections/Create"] = CreateCollection.Parser,
        ["/qdrant.Collections/Delete"] = DeleteCollection.Parser,
        ["/qdrant.Points/CreateFieldIndex"] = CreateFieldIndexCollection.Parser,
        ["/qdrant.Points/Upsert"] = UpsertPoints.Parser,
        ["/qdrant.Points/Delete"] = DeletePoints.Parser,
        ["/qdrant.Points/Get"] = GetPoints.Parser,
        ["/qdrant.Points/Query"] = QueryPoints.Parser,
        ["/qdrant.Points/Scroll"] = ScrollPoints.Parser,
    };

    private readonly WebApplication _app;

    private QdrantGrpcHost(WebApplication app, FakeQdrant fake, string url) => (_app, Fake, Url) = (app, fake, url);

    /// <summary>The fake behind the endpoint (its <see cref="FakeQdrant.Requests"/> are what the client sent).</summary>
    public FakeQdrant Fake { get; }

    /// <summary>http://127.0.0.1:PORT.</summary>
    public string Url { get; }

    public static async Task<QdrantGrpcHost> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        var app = builder.Build();
        var fake = new FakeQdrant();
        app.MapPost("/{service}/{method}", (HttpContext context) => AnswerAsync(context, fake));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new QdrantGrpcHost(app, fake, address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal));
    }

    private static async Task AnswerAsync(HttpContext context, FakeQdrant fake)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var bytes = body.ToArray();
        var method = context.Request.Path.Value!;
        context.Response.ContentType = "application/grpc";
        if (!_parsers.TryGetValue(method, out var parser) || bytes.Length < 5)
        {
            context.Response.AppendTrailer("grpc-status", "12");
            return;
        }

        var request = parser.ParseFrom(bytes.AsSpan(5, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(1, 4))).ToArray());
        var response = ((IMessage)fake.Answer(method, request)).ToByteArray();
        var frame = new byte[5 + response.Length];
        BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(1, 4), response.Length);
        response.CopyTo(frame, 5);
        await context.Response.Body.WriteAsync(frame);
        context.Response.AppendTrailer("grpc-status", "0");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
