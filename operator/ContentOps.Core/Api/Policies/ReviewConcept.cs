using System.ComponentModel.DataAnnotations;

namespace ContentOps.Core.Api.Policies;

/// <summary>
/// A concept class of a policy (e.g. time-course expressions, outcome verbs, population shares): phrases that composite
/// rules combine by proximity. A phrase may start or end with <c>{n}</c>, a numeral written in digits or Chinese (3, 十几,
/// 两, 5-10, 三万多): <c>{n}个疗程</c> matches 两个疗程 and 3个疗程; or hold it once inside: <c>前{n}名</c> matches 前100名.
/// </summary>
public sealed record ReviewConcept
{
    /// <summary>Name that rules refer to, e.g. outcome.</summary>
    [Required]
    [RegularExpression(Names.IdPattern)]
    public string Name { get; init; } = "";

    /// <summary>The phrases, matched on normalised text in the policy's one-pass dictionary; <c>{n}</c> stands for a numeral (满{n}, {n}个疗程, 前{n}名).</summary>
    [Required]
    [MinLength(1)]
    public IReadOnlyList<string> Terms { get; init; } = [];

    /// <summary>Phrases that contain a term without meaning it (治愈率 for 治愈); an overlapping exception voids the hit.</summary>
    public IReadOnlyList<string>? Exceptions { get; init; }

    /// <summary>Concepts that void a hit when they follow it directly (第一 followed by 医院 names the hospital).</summary>
    public IReadOnlyList<string>? ExceptBefore { get; init; }
}
