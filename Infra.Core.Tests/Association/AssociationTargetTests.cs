using Infra.Core.Association;

namespace Infra.Core.Tests.Association;

public class AssociationTargetTests
{
    [Fact]
    public void Is_the_app_exactly_when_there_is_no_branch()
    {
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
