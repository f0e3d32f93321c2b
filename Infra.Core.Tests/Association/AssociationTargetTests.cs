using Infra.Core.Association;

namespace Infra.Core.Tests.Association;

public class AssociationTargetTests
{
    [Fact]
    public void Describes_a_branch_or_the_app()
    {
        Assert.Equal("branch 'feature/login' of app d1", new AssociationTarget("d1", "feature/login").Describe());
        Assert.Equal("app d1", new AssociationTarget("d1", null).Describe());
        Assert.True(new AssociationTarget("d1", null).IsApp);
        Assert.False(new AssociationTarget("d1", "main").IsApp);
    }

    [Theory]
    [InlineData("", "main")]
    [InlineData("d1", " ")]
    public void Refuses_blank_names(string appId, string branch)
    {
        Assert.Throws<ArgumentException>(() => new AssociationTarget(appId, branch));
    }
}
