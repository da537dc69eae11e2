namespace ContentOps.Operator.Planning;

/// <summary>One changed field between two versions of a declaration.</summary>
/// <param name="Display">For people: <c>spec.brief</c>, or <c>claim klp-dosing text</c> for an item of an id-keyed list.</param>
/// <param name="MapPath">The source-map path in the newer version (its nearest ancestor when the field was removed).</param>
/// <param name="Change"><c>changed</c>, <c>added</c> or <c>removed</c>.</param>
internal sealed record FieldChange(string Display, string MapPath, string Change)
{
    public string Text => $"{Display} {Change}";
}
