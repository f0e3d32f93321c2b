using Infra.Core.Association;

namespace Infra.Core.Tests.Association;

/// <summary>Reads retry on throttling only; a class of its own so that it runs beside <see cref="RetryTests"/>.</summary>
public class ReadRetryTests
{
    [SkippableTheory]
    [InlineData("TooManyRequestsException", 2)]
    [InlineData("BadRequestException", 1)] // reads retry on throttling only
    [InlineData("UnauthorizedException", 1)]
    public void Read_is_retried_on_throttling_only(string code, int expectedGets)
    {
        using var scenario = Scenario.Branch("main", role: null);
        scenario.StandIn.FailNext("GET", AwsError.ByCode(code));

        var result = scenario.Execute(AssociationScripts.Create);

        Assert.Equal(expectedGets, scenario.StandIn.AmplifyCalls.Count(c => c.Method == "GET"));
        Assert.Equal(expectedGets == 2, result.ExitCode == 0);
    }
}
