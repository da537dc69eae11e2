using ContentOps.Core.Api;
using ContentOps.Core.Api.Policies;
using ContentOps.Core.Review;
using ContentOps.Operator.Reconcilers;
using ContentOps.Operator.Reconcilers.Learned;
using ContentOps.Operator.Tests.Declarations;
using ContentOps.Operator.Tests.TestSupport;

namespace ContentOps.Operator.Tests.Reconcilers.Learned;

/// <summary>
/// <c>contentops run</c> honours a policy's spec.learnedDetector like <c>contentops review</c>: examples read relative to
/// the policy file, trained only when a review needs them, warn-level findings in the piece's status that never block.
/// </summary>
public sealed class LearnedDetectorPipelineTests
{
    private const string Policy = """
        apiVersion: contentops.io/v1alpha1
        kind: SopPolicy
        metadata:
          name: learned-sop
          namespace: cardio
        spec:
          description: 只有学习检测器会提示的测试策略。
          rules:
            - id: claim-echo
              kind: forbiddenTerms
              severity: block
              terms:
                - term: 永不出现的测试词
              message: 测试规则。
          learnedDetector:
            examples: learned/examples.tsv
            minConfidence: 0.5
        """;

    // The fixture's claims (and close variants) labelled as the rule, unrelated label text compliant: the generated
    // pieces quote the claims, so the detector predicts claim-echo for them while the rule's term never appears.
    private const string Examples = """
        # small training set for the pipeline test
        claim-echo	最常见的不良反应为头痛和踝部水肿。
        claim-echo	最常见的不良反应为头痛和水肿
        claim-echo	常见不良反应为头痛和踝部水肿
        claim-echo	推荐剂量为5 mg，每日一次口服。
        claim-echo	推荐剂量为5 mg，每日一次
        claim-echo	推荐剂量每日一次口服
        claim-echo	治疗12周可使收缩压较基线平均降低12 mmHg。
        claim-echo	收缩压较基线平均降低12 mmHg
        compliant	请将本品放在儿童不能接触的地方
        compliant	孕妇及哺乳期妇女慎用
        compliant	对本品过敏者禁用
        compliant	儿童必须在成人监护下使用
        compliant	请仔细阅读说明书并按说明使用
        compliant	如症状未缓解请及时就医
        compliant	本品为处方药，仅供医疗卫生专业人士参阅
        compliant	会议将于下周三在学术报告厅举行
        """;

    [Fact]
    public async Task Run_ReviewsWithTheLearnedDetector_AddingWarnFindingsThatNeverBlock()
    {
        await using var scenario = await StartAsync();
        var harness = scenario.Harness;

        var report = await harness.RunAsync();

        Assert.Equal(0, report.Errors);
        var review = harness.Status(FixtureRepository.Rep).Review!;
        var learned = review.Findings!.First(f => f.Rule == "learned-sop/claim-echo");
        Assert.Equal(Severities.Warn, learned.Severity);
        Assert.Equal(0, review.Blocking);
        Assert.Equal(ConditionStatus.True, harness.Condition(FixtureRepository.Rep, ConditionTypes.Reviewed).Status);
        Assert.True(harness.Runtime.Metrics.LearnedDetectorBuilds.WithLabels("cardio/learned-sop").Value >= 1);
        var policy = (SopPolicy)harness.Runtime.State.Resources.Get(new ResourceKey("SopPolicy", FixtureRepository.Namespace, "learned-sop"))!;
        Assert.Equal(ConditionStatus.True, policy.Status!.Conditions!.Single(c => c.Type == SopPolicyReconciler.LearnedDetectorCondition).Status);
    }

    [Fact]
    public async Task NoOpRerun_TrainsNothing_ButEditingOnlyTheExamplesFileReviewsThePiecesAgain()
    {
        var receiver = await WebhookReceiver.StartAsync(EmbeddedScenario.Secret);
        await using var _ = receiver;
        using var repository = Repository(receiver.BaseUrl);
        Environment.SetEnvironmentVariable(repository.SecretVariable, EmbeddedScenario.Secret);
        try
        {
            Core.Api.ContentPieces.ContentPieceStatus first;
            using (var harness = new EmbeddedHarness(repository))
            {
                await harness.RunAsync();
                first = harness.Status(FixtureRepository.Rep);
            }

            using (var unchanged = new EmbeddedHarness(repository))
            {
                var rerun = await unchanged.RunAsync();
                Assert.Equal((0, 0), (rerun.Errors, rerun.Reviewed));
                Assert.Equal(0, unchanged.Runtime.Metrics.LearnedDetectorBuilds.WithLabels("cardio/learned-sop").Value);
            }

            // The examples file alone goes away: the detector is off, so its warnings must not linger in the status.
            repository.Delete("policies/learned/examples.tsv");
            using (var deleted = new EmbeddedHarness(repository))
            {
                var report = await deleted.RunAsync();
                Assert.Equal(0, report.Errors);
                Assert.True(report.Reviewed > 0, "deleting the examples file should review the pieces again");
                Assert.Equal(first.ContentDigest, deleted.Status(FixtureRepository.Rep).ContentDigest);
                Assert.DoesNotContain(deleted.Status(FixtureRepository.Rep).Review!.Findings ?? [], f => f.Rule == "learned-sop/claim-echo");
            }

            repository.Write("policies/learned/examples.tsv", Examples);
            using var restored = new EmbeddedHarness(repository);
            var again = await restored.RunAsync();
            Assert.True(again.Reviewed > 0, "restoring the examples file should review the pieces again");
            Assert.Contains(restored.Status(FixtureRepository.Rep).Review!.Findings!, f => f.Rule == "learned-sop/claim-echo");
            Assert.Equal(first.ContentDigest, restored.Status(FixtureRepository.Rep).ContentDigest);
        }
        finally
        {
            Environment.SetEnvironmentVariable(repository.SecretVariable, null);
        }
    }

    [Fact]
    public void ClusterMode_CannotReadExamples_SaysTheDetectorIsOff()
    {
        var policy = new SopPolicy
        {
            Metadata = new() { Name = "p", Namespace = "cardio", Annotations = new Dictionary<string, string> { ["contentops.io/declared-in"] = "policies/p.yaml" } },
            Spec = new SopPolicySpec { Rules = [], LearnedDetector = new LearnedDetectorSpec { Examples = "p.tsv" } },
        };
        var cluster = new PipelineLearnedExamples(declarationsRoot: null);

        Assert.Null(cluster.Read(policy));
        Assert.Contains("cannot be read in cluster mode; the detector is off", cluster.Problem(policy), StringComparison.Ordinal);
    }

    [Fact]
    public void MissingExamplesFile_LeavesTheRulesInForce_AndNamesTheFile()
    {
        using var folder = TempDirectory.Create();
        var policy = new SopPolicy
        {
            Metadata = new() { Name = "p", Namespace = "cardio", Annotations = new Dictionary<string, string> { ["contentops.io/declared-in"] = "policies/p.yaml" } },
            Spec = new SopPolicySpec { Rules = [], LearnedDetector = new LearnedDetectorSpec { Examples = "p.tsv" } },
        };
        var embedded = new PipelineLearnedExamples(folder.Path);

        Assert.Null(embedded.Read(policy));
        Assert.Contains(Path.Combine("policies", "p.tsv") + ": examples file not found", embedded.Problem(policy), StringComparison.Ordinal);
    }

    private static async Task<EmbeddedScenario> StartAsync()
    {
        var scenario = await EmbeddedScenario.StartAsync();
        scenario.Repository.Write("policies/learned-sop.yaml", Policy);
        scenario.Repository.Write("policies/learned/examples.tsv", Examples);
        return scenario;
    }

    private static FixtureRepository Repository(string webhookBase)
    {
        var repository = FixtureRepository.Create(webhookBase);
        repository.Write("policies/learned-sop.yaml", Policy);
        repository.Write("policies/learned/examples.tsv", Examples);
        return repository;
    }
}
