namespace ContentOps.Core.Publishing.Crm;

/// <summary>The JSON body the CRM webhook receives: an item to show, or the key of an item to remove.</summary>
public sealed record CrmEvent(string Event, CrmItem? Item, string? IdempotencyKey, string? Reason);
