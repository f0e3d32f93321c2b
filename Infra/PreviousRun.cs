using Infra.Core.Drift;
using Pulumi;

namespace Infra;

/// <summary>
/// What the last <c>pulumi up</c> of this very stack recorded, through a stack reference to itself. The
/// engine reads a stack reference in preview too and answers an empty map for a stack with no
/// deployment yet (see docs/how-it-works.md#drift-and-repair).
/// </summary>
public static class PreviousRun
{
    public const string ResourceName = "previous-run";

    public static PreviousAssociations Associations()
    {
        var deployment = Deployment.Instance;
        var self = new StackReference(ResourceName, new StackReferenceArgs
        {
            Name = $"{deployment.OrganizationName}/{deployment.ProjectName}/{deployment.StackName}",
        });
        try
        {
            // Task.Run: the wait must not hold a synchronisation context the read's continuations need.
            // The details, not the value: the value throws when the output is a secret.
            var details = Task.Run(() => self.GetOutputDetailsAsync(PreviousAssociations.OutputName)).GetAwaiter().GetResult();
            return PreviousAssociations.FromOutput(details.Value ?? details.SecretValue);
        }
        catch (Exception e) when (e is not RunException)
        {
            // A failed read fails the deployment in the engine, which reports it; a reference answering
            // no outputs at all (a test double) reads as a stack without the output.
            return PreviousAssociations.Unknown;
        }
    }
}
