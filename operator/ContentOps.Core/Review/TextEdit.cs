namespace ContentOps.Core.Review;

/// <summary>A safe mechanical fix: replace <see cref="Length"/> characters at <see cref="Offset"/> of the reviewed text by <see cref="NewText"/>.</summary>
public sealed record TextEdit(int Offset, int Length, string NewText);
