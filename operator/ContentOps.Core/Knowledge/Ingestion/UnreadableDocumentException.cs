namespace ContentOps.Core.Knowledge.Ingestion;

/// <summary>A file that is not what its extension says (a broken PDF, invalid UTF-8): reported, never fatal.</summary>
public sealed class UnreadableDocumentException(string message, Exception? inner = null) : Exception(message, inner);
