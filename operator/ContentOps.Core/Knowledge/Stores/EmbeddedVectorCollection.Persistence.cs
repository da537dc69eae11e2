using ContentOps.Core.Knowledge.Embeddings;
using Microsoft.Extensions.AI;

namespace ContentOps.Core.Knowledge.Stores;

/// <summary>Saving and loading the embedded store as one binary file in the state folder.</summary>
public sealed partial class EmbeddedVectorCollection
{
    private const int FormatVersion = 2;

    /// <summary>Writes every record and vector to <paramref name="path"/> (atomically: a temp file renamed over it).</summary>
    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        var sparse = _sparseRows > 0 ? _postings.ByRow(_records.Count) : [];
        using (var writer = new BinaryWriter(File.Create(temp)))
        {
            writer.Write(FormatVersion);
            writer.Write(dimensions);
            writer.Write(_rows.Count);
            for (var row = 0; row < _records.Count; row++)
            {
                if (_records[row] is not { } r)
                {
                    continue;
                }

                foreach (var text in (string[])[r.Id, r.Kind, r.Product, r.Category, r.Status, r.Source, r.Location, r.Text])
                {
                    writer.Write(text);
                }

                writer.Write(r.ExpiresOn);
                var dense = _denseSlots[row] >= 0;
                writer.Write(dense);
                if (dense)
                {
                    foreach (var value in _matrix.AsSpan(_denseSlots[row] * dimensions, dimensions))
                    {
                        writer.Write(value);
                    }
                }
                else
                {
                    writer.Write(sparse[row].Count);
                    for (var i = 0; i < sparse[row].Count; i++)
                    {
                        writer.Write(sparse[row].Indices[i]);
                        writer.Write(sparse[row].Values[i]);
                    }
                }
            }
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Reads a collection <see cref="Save"/> wrote; null when the file is missing, unreadable, or of another format or size.</summary>
    public static EmbeddedVectorCollection? Load(string path, string name, int dimensions, IEmbeddingGenerator<string, Embedding<float>>? embedder = null)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var reader = new BinaryReader(File.OpenRead(path));
            return reader.ReadInt32() != FormatVersion || reader.ReadInt32() != dimensions ? null : Read(reader, name, dimensions, embedder);
        }
        catch (EndOfStreamException)
        {
            // A truncated file is a cache miss: the caller rebuilds it.
            return null;
        }
    }

    private static EmbeddedVectorCollection Read(BinaryReader reader, string name, int dimensions, IEmbeddingGenerator<string, Embedding<float>>? embedder)
    {
        var collection = new EmbeddedVectorCollection(name, dimensions, embedder);
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var record = new KnowledgeRecord
            {
                Id = reader.ReadString(),
                Kind = reader.ReadString(),
                Product = reader.ReadString(),
                Category = reader.ReadString(),
                Status = reader.ReadString(),
                Source = reader.ReadString(),
                Location = reader.ReadString(),
                Text = reader.ReadString(),
                ExpiresOn = reader.ReadInt32(),
            };
            if (reader.ReadBoolean())
            {
                var vector = new float[dimensions];
                for (var d = 0; d < dimensions; d++)
                {
                    vector[d] = reader.ReadSingle();
                }

                record.Vector = vector;
                collection.Upsert(record);
            }
            else
            {
                var nonZero = reader.ReadInt32();
                var (indices, values) = (new int[nonZero], new float[nonZero]);
                for (var n = 0; n < nonZero; n++)
                {
                    (indices[n], values[n]) = (reader.ReadInt32(), reader.ReadSingle());
                }

                collection.Upsert(record, new SparseVector(indices, values));
            }
        }

        return collection;
    }
}
