using Infra.Core.Planning;
using Infra.Core.Settings;
using Infra.Core.Tests.Support;

namespace Infra.Core.Tests.Settings;

public class DriftCheckConfigTests
{
    private const string P = Configs.Project;

    [Theory]
    [InlineData(null, DriftCheck.Warn)]
    [InlineData("warn", DriftCheck.Warn)]
    [InlineData("fail", DriftCheck.Fail)]
    [InlineData("off", DriftCheck.Off)]
    public void Each_value_is_read(string? value, DriftCheck expected) =>
        Assert.Equal(expected, StackPlan.From(Configs.Valid(("driftCheck", value))).Settings.DriftCheck);

    [Theory]
    [InlineData("Warn")]
    [InlineData("true")]
    public void Another_value_is_refused_with_the_three_choices(string value) =>
        ProblemAssert.Only(Configs.Valid(("driftCheck", value)), $"{P}:driftCheck", value, "must be warn (the default");
}
