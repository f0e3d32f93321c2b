using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Infra.Core.Naming;

/// <summary>
/// Pulumi resource names and AWS names. Each is a function of one config value, so a config
/// edit renames nothing else.
/// </summary>
public static partial class ResourceNaming
{
    public const string ComputeRole = "compute-role";
    public const string AppAssociation = "app";

    public static string Policy(int slot) => $"policy-{slot}";

    public static string PolicyName(string roleName, int slot) => $"{roleName}-policy-{slot}";

    /// <summary><c>branch-main</c>; a name with other characters gets a hash so two never meet.</summary>
    public static string BranchAssociation(string branch) => Plain().IsMatch(branch)
        ? $"branch-{branch}"
        : $"branch-{Unsafe().Replace(branch, "-")}-{Hash(branch)}";

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 4);

    [GeneratedRegex(@"^[A-Za-z0-9._-]+\z")]
    private static partial Regex Plain();

    [GeneratedRegex("[^A-Za-z0-9._-]+")]
    private static partial Regex Unsafe();
}
