using System.Globalization;
using ContentOps.Operator.Declarations.Yaml;

namespace ContentOps.Operator.Declarations.Validation;

/// <summary>
/// Reads a plain scalar as the type the schema asks for. YAML 1.1 booleans (<c>yes</c>, <c>on</c>, ...) are
/// accepted where a boolean belongs; quoted scalars are strings, as the API server would see them.
/// </summary>
internal static class ScalarParsing
{
    public static bool TryBoolean(DocScalar scalar, out bool value)
    {
        value = false;
        if (!scalar.IsPlain)
        {
            return false;
        }

        switch (scalar.Value.ToLowerInvariant())
        {
            case "true" or "yes" or "y" or "on":
                value = true;
                return true;
            case "false" or "no" or "n" or "off":
                return true;
            default:
                return false;
        }
    }

    /// <summary>An integer, also when written as an integral number such as <c>3.0</c>.</summary>
    public static bool TryInteger(DocScalar scalar, out long value)
    {
        value = 0;
        if (!scalar.IsPlain)
        {
            return false;
        }

        if (long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        if (TryNumber(scalar, out var number) && number == Math.Floor(number) && Math.Abs(number) < 9e15)
        {
            value = (long)number;
            return true;
        }

        return false;
    }

    public static bool TryNumber(DocScalar scalar, out double value)
    {
        value = 0;
        return scalar.IsPlain
            && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }
}
