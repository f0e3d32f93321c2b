using System.Collections.Immutable;
using Infra.Core.Association;
using Pulumi;
using Pulumi.Command.Local;

namespace Infra;

/// <summary>
/// Makes the compute role the role of one Amplify branch (or of the app) by running Infra.Core's
/// scripts with the AWS CLI: create sets it, update sets it again, delete gives back what the
/// target had before. pulumi-command runs no command during a preview.
/// </summary>
public sealed class BranchAssociation : ComponentResource
{
    public const string Type = "amplify-compute-role:index:BranchAssociation";

    /// <summary>The drift token's property path, in the engine's syntax for a map key.</summary>
    public const string DriftTokenPath = $"environment[\"{AssociationEnvironment.Drift}\"]";

    public BranchAssociation(string name, BranchAssociationArgs args, ComponentResourceOptions? options = null)
        : base(Type, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var token = args.Drift.Token;
        var environment = Output.Tuple(args.AccountId, args.Role.Arn).Apply(values =>
        {
            var variables = args.Plan.Environment(args.Settings, values.Item1, values.Item2).ToImmutableDictionary();
            return token is null ? variables : variables.SetItem(AssociationEnvironment.Drift, token);
        });

        _ = new Command(name, new CommandArgs
        {
            Create = AssociationScripts.Create,
            Update = AssociationScripts.Update,
            Delete = AssociationScripts.Delete,
            Interpreter = { "/bin/sh", "-c" },
            // Values travel as variables, never in the script text, so a new role ARN or script
            // version is an in-place update; only a new target replaces the association.
            Environment = environment,
            Triggers = args.Plan.Triggers.ToArray<object>(),
            // update.sh and delete.sh read the role to give back from the stdout of the last run.
            AddPreviousOutputInEnv = true,
        }, new CustomResourceOptions
        {
            Parent = this,
            // The whole ComputeRole, not just its ARN: this SDK expands a component in DependsOn to its
            // children, so the role's policies are attached before SSR code runs under it, and on destroy
            // the target gets its previous role back before any permission is taken away.
            DependsOn = { args.Role },
            // While drifted, a new token is an in-place update that sets the role again. Otherwise no
            // token is declared and the engine keeps the stored one, so a repaired target shows no
            // change in later runs (see docs/how-it-works.md#drift-and-repair).
            IgnoreChanges = [.. IgnoredPaths(token)],
        });

        RegisterOutputs();
    }

    /// <summary>The paths the engine keeps at their stored value: the token, unless this run declares one.</summary>
    public static IReadOnlyList<string> IgnoredPaths(string? token) => token is null ? [DriftTokenPath] : [];
}
