using Grpc.Core;
using Qdrant.Client.Grpc;

namespace ContentOps.Core.Tests.Knowledge;

/// <summary>
/// An in-process Qdrant: answers the gRPC methods the store uses by name, keeps points in memory, evaluates the
/// payload filters it receives (must/should of keyword match, integer match and range) and ranks by cosine.
/// Records every request so tests can assert what the client sent.
/// </summary>
internal sealed class FakeQdrant : CallInvoker
{
    private readonly Dictionary<string, Dictionary<string, PointStruct>> _collections = new(StringComparer.Ordinal);

    public List<(string Method, object Request)> Requests { get; } = [];

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
    {
        var response = Answer(method.FullName, request!);
        return new AsyncUnaryCall<TResponse>(Task.FromResult((TResponse)response), Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
    }

    /// <summary>The response to one call of a gRPC method by its full name (/qdrant.Points/Query); records the request.</summary>
    public object Answer(string method, object request)
    {
        lock (Requests)
        {
            Requests.Add((method, request));
            return (method, request) switch
            {
                ("/qdrant.Collections/CollectionExists", CollectionExistsRequest r) => new CollectionExistsResponse { Result = new CollectionExists { Exists = _collections.ContainsKey(r.CollectionName) } },
                ("/qdrant.Collections/Create", CreateCollection r) => Created(r.CollectionName),
                ("/qdrant.Collections/Delete", DeleteCollection r) => new CollectionOperationResponse { Result = _collections.Remove(r.CollectionName) },
                ("/qdrant.Points/CreateFieldIndex", CreateFieldIndexCollection) => Done(),
                ("/qdrant.Points/Upsert", UpsertPoints r) => Upsert(r),
                ("/qdrant.Points/Delete", DeletePoints r) => Delete(r),
                ("/qdrant.Points/Get", GetPoints r) => Get(r),
                ("/qdrant.Points/Query", QueryPoints r) => Query(r),
                ("/qdrant.Points/Scroll", ScrollPoints r) => Scroll(r),
                _ => throw new RpcException(new Status(StatusCode.Unimplemented, method)),
            };
        }
    }

    public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
        throw new NotSupportedException();

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
        throw new NotSupportedException();

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) =>
        throw new NotSupportedException();

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) =>
        throw new NotSupportedException();

    private CollectionOperationResponse Created(string name)
    {
        _collections[name] = new Dictionary<string, PointStruct>(StringComparer.Ordinal);
        return new CollectionOperationResponse { Result = true };
    }

    private static PointsOperationResponse Done() => new() { Result = new UpdateResult { Status = UpdateStatus.Completed } };

    private PointsOperationResponse Upsert(UpsertPoints request)
    {
        foreach (var point in request.Points)
        {
            _collections[request.CollectionName][point.Id.Uuid] = point;
        }

        return Done();
    }

    private PointsOperationResponse Delete(DeletePoints request)
    {
        foreach (var id in request.Points.Points.Ids)
        {
            _collections[request.CollectionName].Remove(id.Uuid);
        }

        return Done();
    }

    private GetResponse Get(GetPoints request)
    {
        var response = new GetResponse();
        foreach (var id in request.Ids)
        {
            if (_collections[request.CollectionName].TryGetValue(id.Uuid, out var point))
            {
                response.Result.Add(new RetrievedPoint { Id = point.Id, Payload = { point.Payload } });
            }
        }

        return response;
    }

    private QueryResponse Query(QueryPoints request)
    {
        var query = VectorOf(request.Query.Nearest);
        var response = new QueryResponse();
        response.Result.AddRange(_collections[request.CollectionName].Values
            .Where(p => request.Filter is null || Matches(request.Filter, p.Payload))
            .Select(p => new ScoredPoint { Id = p.Id, Score = Cosine(query, VectorOf(p.Vectors)), Payload = { p.Payload } })
            .OrderByDescending(p => p.Score)
            .Skip((int)request.Offset)
            .Take((int)request.Limit));
        return response;
    }

    private ScrollResponse Scroll(ScrollPoints request)
    {
        var response = new ScrollResponse();
        response.Result.AddRange(_collections[request.CollectionName].Values
            .Where(p => request.Filter is null || Matches(request.Filter, p.Payload))
            .Take((int)request.Limit)
            .Select(p => new RetrievedPoint { Id = p.Id, Payload = { p.Payload } }));
        return response;
    }

    private static bool Matches(Filter filter, IDictionary<string, Value> payload) =>
        filter.Must.All(c => Matches(c, payload)) && (filter.Should.Count == 0 || filter.Should.Any(c => Matches(c, payload)));

    private static bool Matches(Condition condition, IDictionary<string, Value> payload)
    {
        if (condition.Filter is { } nested)
        {
            return Matches(nested, payload);
        }

        var field = condition.Field;
        var value = payload[field.Key];
        if (field.Match is { } match)
        {
            return match.MatchValueCase switch
            {
                Match.MatchValueOneofCase.Keyword => value.StringValue == match.Keyword,
                Match.MatchValueOneofCase.Integer => value.IntegerValue == match.Integer,
                _ => throw new NotSupportedException(match.ToString()),
            };
        }

        var range = field.Range;
        var number = (double)value.IntegerValue;
        return (!range.HasGte || number >= range.Gte) && (!range.HasGt || number > range.Gt)
            && (!range.HasLte || number <= range.Lte) && (!range.HasLt || number < range.Lt);
    }

    private static float[] VectorOf(VectorInput input) => [.. input.Dense.Data];

    // The client may send a point's vector in the older plain field or as a dense vector; read whichever is set.
#pragma warning disable CS0612
    private static float[] VectorOf(Vectors vectors) => vectors.Vector.Dense is { Data.Count: > 0 } dense ? [.. dense.Data] : [.. vectors.Vector.Data];
#pragma warning restore CS0612

    private static float Cosine(float[] a, float[] b) => System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(a, b);
}
