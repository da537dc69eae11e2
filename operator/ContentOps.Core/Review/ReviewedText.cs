using ContentOps.Core.Generation;

namespace ContentOps.Core.Review;

/// <summary>
/// The text a review reads and every finding position refers to: the title, a blank line, then the body
/// (<c>Title\n\nBody</c>), or the body alone when the rendition has no title. The title is line 1.
/// </summary>
public static class ReviewedText
{
    /// <summary>The text to review.</summary>
    public static string Of(Rendition rendition) =>
        string.IsNullOrEmpty(rendition.Title) ? rendition.Body : rendition.Title + "\n\n" + rendition.Body;

    /// <summary>Offset in the reviewed text at which the body starts.</summary>
    public static int BodyOffset(Rendition rendition) =>
        string.IsNullOrEmpty(rendition.Title) ? 0 : rendition.Title.Length + 2;
}
