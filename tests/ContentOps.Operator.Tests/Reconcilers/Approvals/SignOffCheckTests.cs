using ContentOps.Core.Api;
using ContentOps.Core.Api.Approvals;
using ContentOps.Core.Api.ContentPieces;
using ContentOps.Core.Api.Policies;
using ContentOps.Operator.Declarations.Provenance;
using ContentOps.Operator.Reconcilers.ContentPieces.Approvals;

namespace ContentOps.Operator.Tests.Reconcilers.Approvals;

/// <summary>
/// Cluster mode: the admission policy vouches for the approver (spec.approvedBy is the requesting user) and for the
/// piece's author annotation (the user who last changed its spec), so the operator applies segregation of duties
/// without Git.
/// </summary>
public sealed class SignOffCheckTests
{
    private static readonly SopPolicy[] _policies =
    [
        new()
        {
            Metadata = new ObjectMeta { Name = "mlr", Namespace = "diabetes" },
            Spec = new SopPolicySpec
            {
                Approval = new ApprovalRequirement
                {
                    Roles = ["medical"],
                    Approvers = [new RoleApprovers { Role = "medical", People = [new Approver { Name = "王敏", Email = "wang.medical@example.com" }] }],
                },
            },
        },
    ];

    private static Approval Approval(string by) => new()
    {
        Metadata = new ObjectMeta { Name = "p-medical", Namespace = "diabetes" },
        Spec = new ApprovalSpec { ContentPiece = "p", ContentDigest = "sha256:1", Role = "medical", ApprovedBy = by },
    };

    private static ContentPiece Piece(string? author) => new()
    {
        Metadata = new ObjectMeta
        {
            Name = "p",
            Namespace = "diabetes",
            Annotations = author is null ? null : new Dictionary<string, string> { [ProvenanceAnnotations.Author] = author },
        },
    };

    [Theory]
    [InlineData("wang.medical@example.com")]
    [InlineData("王敏 <wang.medical@example.com>")]
    public void Admission_ApprovalByTheUserWhoLastChangedThePiece_IsSelfApproval(string author)
    {
        var signOff = SignOffCheck.Judge(Approval("王敏 <wang.medical@example.com>"), Piece(author), _policies, SignerSource.Admission);

        Assert.Equal((false, ConditionReasons.SelfApproval), (signOff.Counts, signOff.Reason));
        Assert.Contains("May sign for medical: 王敏 <wang.medical@example.com>", signOff.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("li.author@example.com")]
    [InlineData(null)]
    public void Admission_ApprovalByAnotherRosteredUser_Counts(string? author)
    {
        var signOff = SignOffCheck.Judge(Approval("王敏 <wang.medical@example.com>"), Piece(author), _policies, SignerSource.Admission);

        Assert.Equal((true, ConditionReasons.Valid), (signOff.Counts, signOff.Reason));
    }

    [Fact]
    public void Admission_ApprovalBySomeoneOffTheRoster_IsNotEntitled()
    {
        var signOff = SignOffCheck.Judge(Approval("mallory@example.com"), Piece(null), _policies, SignerSource.Admission);

        Assert.Equal((false, ConditionReasons.NotEntitled), (signOff.Counts, signOff.Reason));
    }
}
