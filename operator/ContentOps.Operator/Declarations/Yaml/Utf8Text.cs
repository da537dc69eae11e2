using System.Buffers;
using System.Text;

namespace ContentOps.Operator.Declarations.Yaml;

/// <summary>Strict UTF-8 decoding that says where the first bad byte is, instead of replacing it with U+FFFD.</summary>
internal static class Utf8Text
{
    private static readonly UTF8Encoding _strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/> (a BOM is dropped), or returns false with the line, column and value of the first bad byte.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out SourceLocation badByteAt, out string? detail)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        var line = 1;
        var column = 1;
        for (var rest = bytes; !rest.IsEmpty;)
        {
            if (Rune.DecodeFromUtf8(rest, out var rune, out var consumed) != OperationStatus.Done)
            {
                text = "";
                badByteAt = new SourceLocation(line, column);
                detail = $"byte 0x{rest[0]:X2}" + (LooksLikeUtf16(bytes) ? "; the file looks like UTF-16" : "");
                return false;
            }

            (line, column) = rune.Value == '\n' ? (line + 1, 1) : (line, column + rune.Utf16SequenceLength);
            rest = rest[consumed..];
        }

        text = _strict.GetString(bytes);
        badByteAt = default;
        detail = null;
        return true;
    }

    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
        || (bytes.Length >= 2 && (bytes[0] == 0 || bytes[1] == 0));
}
