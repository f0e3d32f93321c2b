using Infra.Core.Planning;
using Pulumi;

namespace Infra;

public sealed class ComputeRoleArgs
{
    /// <summary>The role's name, tags, boundary, policy slots and documents, as Infra.Core decided them.</summary>
    public required StackPlan Plan { get; init; }

    /// <summary>The account the documents are built for.</summary>
    public required Output<string> AccountId { get; init; }
}
