namespace ContentOps.Core.Generation.Templates;

/// <summary>SMS segment arithmetic for Chinese (UCS-2) text: 70 characters in one segment, 67 per part when concatenated.</summary>
public static class SmsSegments
{
    public const int Single = 70;
    public const int Concatenated = 67;

    /// <summary>Segments a text of <paramref name="length"/> characters is sent in.</summary>
    public static int Count(int length) => length <= Single ? 1 : (length + Concatenated - 1) / Concatenated;

    /// <summary>Characters that fit in <paramref name="segments"/> segments.</summary>
    public static int CapacityOf(int segments) => segments <= 1 ? Single : segments * Concatenated;
}
