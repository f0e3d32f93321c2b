using System.Collections.Immutable;
using Infra.Core.Association;
using Infra.Core.Drift;

namespace Infra.Core.Tests.Drift;

public class PreviousAssociationsTests
{
    private const string App = "d1a2b3c4d5e6f7";
    private const string Ours = "arn:aws:iam::111122223333:role/web-ssr-compute";
    private const string Other = "arn:aws:iam::111122223333:role/someone-elses";
    private static readonly AssociationTarget Main = new(App, "main");
    private static readonly AssociationTarget Login = new(App, "feature/login");
    private static readonly AssociationTarget TheApp = new(App, null);

    private static readonly Observation AllOther = Observation.Parse(
        $"stack-role: present\nbranch: main\t{Other}\t1\nbranch: feature/login\t{Other}\t2\napp: {Other}\t3\n");

    [Fact]
    public void A_target_missing_from_the_last_up_is_a_first_association_the_others_drift()
    {
        var previous = PreviousAssociations.FromOutput(ImmutableArray.Create<object>($"{App}/main"));

        var drifts = DriftAssessment.Assess([Main, Login, TheApp], Ours, AllOther, previous);

        Assert.Equal([DriftStatus.Drifted, DriftStatus.FirstDeploy, DriftStatus.FirstDeploy], drifts.Select(d => d.Status));
        Assert.Equal([null, null], drifts.Skip(1).Select(d => d.Warning));
    }

    [Fact]
    public void Another_app_s_branch_of_the_same_name_is_not_this_one()
    {
        var previous = PreviousAssociations.Of(["dothershop123/main"]);

        Assert.False(previous.Contains(Main));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not a list")]
    public void Without_the_output_every_target_counts_as_associated_before(object? value)
    {
        var drifts = DriftAssessment.Assess([Main, TheApp], Ours, AllOther, PreviousAssociations.FromOutput(value));

        Assert.All(drifts, d => Assert.Equal(DriftStatus.Drifted, d.Status));
    }

    [Fact]
    public void An_update_records_no_drift_it_repairs()
    {
        var drifts = DriftAssessment.Assess([Main], Ours, AllOther);

        Assert.Single(DriftAssessment.Output(drifts));
        Assert.Empty(DriftAssessment.Output(drifts, update: true));
        Assert.Contains("This update sets this stack's role again", drifts[0].WarningFor(update: true), StringComparison.Ordinal);
        Assert.Contains("Run 'pulumi up'", drifts[0].WarningFor(update: false), StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_keep_the_app_and_a_slashed_branch_apart()
    {
        Assert.Equal([$"{App}/feature/login", App], new[] { Login, TheApp }.Select(t => t.Id));
    }
}
