namespace ContentOps.Core.Review.Text;

/// <summary>
/// A sentence of the reviewed text; <see cref="Exempt"/> when it sits in a label section (禁忌, 不良反应…) or the references,
/// <see cref="Heading"/> when it is the title or a Markdown heading.
/// </summary>
internal readonly record struct Sentence(int Start, int Length, bool Exempt, bool Heading = false);
