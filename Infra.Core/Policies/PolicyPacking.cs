using System.Security.Cryptography;
using System.Text;
using Infra.Core.Grants;
using Infra.Core.Naming;

namespace Infra.Core.Policies;

/// <summary>
/// Which managed policy holds which grant. A grant's slot is a hash of its identity alone, so
/// adding or removing a grant never moves another one: a moved statement could be missing for
/// seconds during <c>pulumi up</c> (the fault of the AWS CDK's overflow policies, aws/aws-cdk#35611).
/// </summary>
public static class PolicyPacking
{
    /// <summary>IAM attaches at most 10 managed policies to a role by default.</summary>
    public const int SlotCount = 10;

    /// <summary>IAM's limit for a managed policy, counted without whitespace.</summary>
    public const int MaxPolicySize = 6144;

    public static int SlotOf(Grant grant)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(grant.Identity));
        return (int)(BitConverter.ToUInt32(hash, 0) % SlotCount);
    }

    /// <summary>The occupied slots, in slot order; an empty slot declares no policy.</summary>
    public static IReadOnlyList<PolicySlot> Pack(string roleName, IReadOnlyList<Grant> grants) =>
        [.. grants
            .GroupBy(SlotOf)
            .OrderBy(slot => slot.Key)
            .Select(slot => new PolicySlot(slot.Key, ResourceNaming.PolicyName(roleName, slot.Key), [.. slot]))];

    /// <summary>A short, stable tag of a grant, to tell apart Sids that would otherwise collide.</summary>
    public static string ShortHash(Grant grant) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(grant.Identity)), 0, 4);
}
