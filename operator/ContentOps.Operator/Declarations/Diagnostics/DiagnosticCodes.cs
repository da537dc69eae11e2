namespace ContentOps.Operator.Declarations.Diagnostics;

/// <summary>
/// Every diagnostic code <c>contentops validate</c> can report. Codes are API: scripts and CI filter on
/// them, so a code keeps its meaning forever and retired codes are never reused.
/// CO00xx: the path and its files; CO01xx: YAML; CO02xx: schema; CO03xx: references and cross-field rules.
/// </summary>
internal static class DiagnosticCodes
{
    /// <summary>The path given to validate does not exist (in the work tree or at the revision).</summary>
    public const string PathNotFound = "CO0001";

    /// <summary>The folder holds no <c>*.yaml</c> or <c>*.yml</c> files (hidden folders and <c>.contentops/</c> are skipped).</summary>
    public const string NoYamlFiles = "CO0002";

    /// <summary>A file is larger than the size limit (1 MiB by default); it is not parsed.</summary>
    public const string FileTooLarge = "CO0003";

    /// <summary>A file is not valid UTF-8; the diagnostic points at the first bad byte.</summary>
    public const string InvalidUtf8 = "CO0004";

    /// <summary><c>--revision</c> names no commit, or the path is not inside a Git work tree.</summary>
    public const string RevisionNotFound = "CO0005";

    /// <summary>A file or folder could not be read (permissions, I/O error, Git object missing).</summary>
    public const string Unreadable = "CO0006";

    /// <summary>The YAML is not well formed; the position is YamlDotNet's.</summary>
    public const string YamlSyntax = "CO0101";

    /// <summary>A tab is used for indentation; YAML indents with spaces only.</summary>
    public const string TabIndentation = "CO0102";

    /// <summary>Aliases expand to more nodes than the per-document limit (a "billion laughs" document).</summary>
    public const string AliasExpansionLimit = "CO0103";

    /// <summary>A document uses more aliases than the per-document limit.</summary>
    public const string AliasCountLimit = "CO0104";

    /// <summary>A mapping has the same key twice; the second is ignored.</summary>
    public const string DuplicateKey = "CO0105";

    /// <summary>A document is a list or a plain value, not a mapping with apiVersion, kind, metadata and spec.</summary>
    public const string NotAMapping = "CO0106";

    /// <summary>An alias names an anchor that is not defined before it.</summary>
    public const string UndefinedAlias = "CO0107";

    /// <summary>A mapping key is a list or a mapping; keys must be plain strings.</summary>
    public const string ComplexKey = "CO0108";

    /// <summary>Collections nest deeper than the limit (64 levels by default).</summary>
    public const string NestingTooDeep = "CO0109";

    /// <summary><c>apiVersion</c> is missing or is not <c>contentops.io/v1alpha1</c>.</summary>
    public const string WrongApiVersion = "CO0201";

    /// <summary><c>kind</c> names no ContentOps kind.</summary>
    public const string UnknownKind = "CO0202";

    /// <summary>The document has no <c>kind</c>.</summary>
    public const string MissingKind = "CO0203";

    /// <summary>The document has no <c>metadata.name</c>.</summary>
    public const string MissingName = "CO0204";

    /// <summary>A required field is missing or empty.</summary>
    public const string MissingRequiredField = "CO0205";

    /// <summary>A field the kind does not define (often a typo: the hint suggests the closest field).</summary>
    public const string UnknownField = "CO0206";

    /// <summary>A value has the wrong type (a list where a string belongs, a quoted number, ...).</summary>
    public const string WrongType = "CO0207";

    /// <summary>A value is not one of the field's allowed values.</summary>
    public const string NotAllowedValue = "CO0208";

    /// <summary>A string does not match the field's pattern (names, ids, digests, durations, cron, times of day).</summary>
    public const string PatternMismatch = "CO0209";

    /// <summary>A string is not a valid date-time (RFC 3339), date (yyyy-MM-dd) or absolute URI.</summary>
    public const string InvalidFormat = "CO0210";

    /// <summary>A number is below the minimum or above the maximum.</summary>
    public const string OutOfRange = "CO0211";

    /// <summary>A string or list is shorter or longer than allowed.</summary>
    public const string InvalidLength = "CO0212";

    /// <summary>Warning: the file declares <c>status</c>, which the operator writes; it is ignored.</summary>
    public const string StatusIgnored = "CO0213";

    /// <summary>A schema-valid document could not be turned into its resource type (a bug: please report it).</summary>
    public const string ConversionFailed = "CO0214";

    /// <summary>Two documents declare the same kind, namespace and name.</summary>
    public const string DuplicateResource = "CO0301";

    /// <summary>A reference names a resource, claim, reference, key message or segment that does not exist.</summary>
    public const string UnresolvedReference = "CO0302";

    /// <summary>A content piece targets a channel its campaign does not list.</summary>
    public const string ChannelNotInCampaign = "CO0303";

    /// <summary>A schedule ends before it starts (publishAt after expireAt, campaign end before start).</summary>
    public const string ScheduleOrder = "CO0304";

    /// <summary>A content piece's schedule lies outside its campaign's schedule.</summary>
    public const string OutsideCampaignSchedule = "CO0305";

    /// <summary>A channel does not allow the audience role the piece targets.</summary>
    public const string ChannelAudienceMismatch = "CO0306";

    /// <summary>A channel does not accept the piece's format.</summary>
    public const string ChannelFormatMismatch = "CO0307";

    /// <summary>A prescription (rx) product reaches the public: public role, a channel open to the public or not HCP-verified.</summary>
    public const string PrescriptionToPublic = "CO0308";

    /// <summary>A piece uses a claim that is still a draft.</summary>
    public const string ClaimNotApproved = "CO0309";

    /// <summary>Warning: a piece uses a claim whose expiry date has passed (or passes before the piece is published).</summary>
    public const string ClaimExpired = "CO0310";

    /// <summary>A time zone is not known to this machine's time zone database.</summary>
    public const string UnknownTimeZone = "CO0311";

    /// <summary>An id or name appears twice inside one resource (claim ids, reference ids, key messages, segments).</summary>
    public const string DuplicateId = "CO0312";

    /// <summary>A KnowledgeSource's spec.files entry names no file or folder under the declarations (or one outside them).</summary>
    public const string KnowledgeFileMissing = "CO0501";

    /// <summary>Warning: a KnowledgeSource file could not be read (broken PDF, invalid UTF-8, unsupported type, no text).</summary>
    public const string KnowledgeFileUnreadable = "CO0502";

    /// <summary>
    /// Warning (error when the library's spec.substantiation is error): a claim states a number, unit or population
    /// that no passage of its references' KnowledgeSources states.
    /// </summary>
    public const string ClaimNotSubstantiated = "CO0503";

    /// <summary>Warning: a passage or claim was classified with low confidence.</summary>
    public const string LowConfidenceClass = "CO0504";

    /// <summary>
    /// Warning: a piece states a withdrawn claim. Not an error, so the retraction merges: the run withdraws the piece
    /// from every channel (phase Withdrawn, reason ClaimWithdrawn).
    /// </summary>
    public const string ClaimWithdrawn = "CO0313";

    /// <summary>
    /// Warning: a policy requires a role's approval, but no SopPolicy of the namespace lists the approvers entitled to
    /// sign for that role (spec.approval.approvers), so any signer counts.
    /// </summary>
    public const string ApprovalRosterMissing = "CO0314";

    /// <summary>Error: a SopPolicy's rules do not compile (bad regular expression, unknown concept, …); review would skip the policy.</summary>
    public const string PolicyDoesNotCompile = "CO0315";
}
