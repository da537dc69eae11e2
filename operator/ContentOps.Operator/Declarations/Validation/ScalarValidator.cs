using System.Globalization;
using System.Text.RegularExpressions;
using ContentOps.Operator.Declarations.Diagnostics;
using ContentOps.Operator.Declarations.Yaml;
using k8s.Models;

namespace ContentOps.Operator.Declarations.Validation;

/// <summary>Checks one scalar: its type, then enum, pattern, format, length and range, reporting at most one problem.</summary>
internal sealed class ScalarValidator(ValidationContext context)
{
    private static readonly TimeSpan _regexTimeout = TimeSpan.FromMilliseconds(200);

    public void Validate(DocNode node, V1JSONSchemaProps schema, string path)
    {
        var expected = schema.Type switch
        {
            "boolean" => "true or false",
            "integer" => "a whole number",
            "number" => "a number",
            _ => "a string",
        };
        if (node is not DocScalar { IsNull: false } scalar)
        {
            WrongType(node, path, expected, node is DocScalar ? "give it a value, or remove the field" : "write a single value on the same line as the key");
            return;
        }

        switch (schema.Type)
        {
            case "boolean" when !ScalarParsing.TryBoolean(scalar, out _):
            case "integer" when !ScalarParsing.TryInteger(scalar, out _):
            case "number" when !ScalarParsing.TryNumber(scalar, out _):
                WrongType(node, path, expected, scalar.IsPlain ? null : "remove the quotes");
                return;
            case "integer" or "number":
                CheckRange(scalar, schema, path);
                return;
            case "boolean":
                return;
            default:
                CheckString(scalar, schema, path);
                return;
        }
    }

    public void WrongType(DocNode node, string path, string expected, string? hint) =>
        context.Error(DiagnosticCodes.WrongType, node.Start, $"{path} must be {expected}, not {node.Describe()}", hint);

    private void CheckString(DocScalar scalar, V1JSONSchemaProps schema, string path)
    {
        var value = scalar.Value;
        var allowed = schema.EnumProperty?.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "").ToList();
        if (allowed is not null && !allowed.Contains(value))
        {
            context.Error(DiagnosticCodes.NotAllowedValue, scalar.Start,
                $"'{value}' is not an allowed value for {path}{Suggestions.DidYouMean(value, allowed)}",
                $"allowed values: {string.Join(", ", allowed)}");
            return;
        }

        if (schema.Pattern is { } pattern && !Matches(value, pattern))
        {
            context.Error(DiagnosticCodes.PatternMismatch, scalar.Start,
                $"'{value}' is not valid for {path}", $"use {PatternDescriptions.Describe(pattern)}");
            return;
        }

        if (schema.Format is { } format && FormatChecks.Check(value, format) is { } problem)
        {
            context.Error(DiagnosticCodes.InvalidFormat, scalar.Start, $"'{value}' is not a valid {format} for {path}", problem);
            return;
        }

        var length = new StringInfo(value).LengthInTextElements;
        if (schema.MinLength is { } min && length < min)
        {
            context.Error(DiagnosticCodes.InvalidLength, scalar.Start, $"{path} must be at least {min} characters long; it has {length}");
        }
        else if (schema.MaxLength is { } max && length > max)
        {
            context.Error(DiagnosticCodes.InvalidLength, scalar.Start, $"{path} must be at most {max} characters long; it has {length}",
                "shorten it; counting is per character, so one Chinese character counts as one");
        }
    }

    private void CheckRange(DocScalar scalar, V1JSONSchemaProps schema, string path)
    {
        ScalarParsing.TryNumber(scalar, out var value);
        var max = schema.Maximum ?? (schema.Format == "int32" ? int.MaxValue : null);
        var min = schema.Minimum ?? (schema.Format == "int32" ? int.MinValue : null);
        if (value < min || value > max)
        {
            var range = max is null ? $"at least {min}" : min is null ? $"at most {max}" : $"between {min} and {max}";
            context.Error(DiagnosticCodes.OutOfRange, scalar.Start, $"{path} is {scalar.Value}; it must be {range}");
        }
    }

    private static bool Matches(string value, string pattern)
    {
        try
        {
            return Regex.IsMatch(value, pattern, RegexOptions.CultureInvariant, _regexTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
