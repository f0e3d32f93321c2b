using System.Reflection;

namespace Infra.Core.Association;

/// <summary>
/// The sh scripts that pulumi-command runs to associate the compute role with an
/// Amplify branch or app: each is the common.sh prelude, the preflight.sh check of
/// the AWS CLI, then one action.
/// They read everything from the variables of <see cref="AssociationEnvironment"/>.
/// </summary>
public static class AssociationScripts
{
    /// <summary>Sets our role and prints the previous one.</summary>
    public static string Create { get; } = Compose("create.sh");

    /// <summary>Sets our role again, keeping the previous role recorded by create.</summary>
    public static string Update { get; } = Compose("update.sh");

    /// <summary>Restores the previous role while the target still has ours.</summary>
    public static string Delete { get; } = Compose("delete.sh");

    /// <summary>Reads every branch's role (and the app's): no write, whatever happens.</summary>
    public static string Observe { get; } = Compose("observe.sh");

    private static string Compose(string action) =>
        Read("common.sh") + "\n" + Read("preflight.sh") + "\n" + Read(action);

    private static string Read(string file)
    {
        var name = "Infra.Core.Association.Scripts." + file;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded script {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
