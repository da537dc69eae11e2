namespace ContentOps.Core.Generation;

/// <summary>Generation produced nothing usable; the piece fails with GenerationFailed and is retried with backoff.</summary>
public sealed class GenerationException(string message, Exception? inner = null) : Exception(message, inner);
