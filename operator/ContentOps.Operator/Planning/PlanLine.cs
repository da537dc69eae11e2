namespace ContentOps.Operator.Planning;

/// <summary>One line of a resource's explanation, shared by the text and Markdown renderers so both say the same.</summary>
/// <param name="Label">What kind of line: <c>change</c>, <c>regenerate</c>, <c>review</c>, <c>finding</c>, <c>approval</c>, ...</param>
/// <param name="Depth">0 under the resource, 1 under the line above (findings, reasons).</param>
internal sealed record PlanLine(string Label, string Text, string? Location = null, int Depth = 0);
