namespace ContentOps.Operator.Stores;

/// <summary>
/// An HCP withdrew consent for one consent channel (<c>email</c>, <c>sms</c>, <c>wechat</c>) at <see cref="At"/>, e.g. by
/// the one-click unsubscribe of an e-mail: the suppression list every later send plan honours. A consent the profile
/// gives again after <see cref="At"/> (a newer <c>consentAt</c>) counts again.
/// </summary>
internal sealed record ConsentWithdrawal(string Hcp, string ConsentChannel, DateTimeOffset At, string Source);
