namespace ContentOps.Core.Distribution.Recommendation;

/// <summary>Actions a suggestion can ask of a rep.</summary>
public static class SuggestionActions
{
    public const string ShareContent = "share-content";
    public const string InviteToEvent = "invite-to-event";
    public const string Visit = "visit";
}
