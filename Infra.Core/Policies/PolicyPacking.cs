using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Infra.Core.Grants;
using Infra.Core.Naming;

namespace Infra.Core.Policies;

/// <summary>
/// Which managed policy holds which grant. A grant's slot is a function of its identity and the
/// slot count alone, so adding or removing a grant never moves another one: a moved statement
/// could be missing for seconds during <c>pulumi up</c> (the fault of the AWS CDK's overflow
/// policies, aws/aws-cdk#35611).
/// </summary>
public static class PolicyPacking
{
    /// <summary>IAM's limit for a managed policy, counted without whitespace.</summary>
    public const int MaxPolicySize = 6144;

    /// <summary>
    /// Rendezvous (highest-random-weight) hashing: every slot scores the grant and the best score
    /// wins. Raising the slot count moves only the grants an added slot now outscores; lowering it
    /// moves only the grants of the removed slots.
    /// </summary>
    public static int SlotOf(Grant grant, int slotCount) =>
        Enumerable.Range(0, slotCount).MaxBy(slot => Score(grant, slot));

    /// <summary>The occupied slots, in slot order; an empty slot declares no policy.</summary>
    public static IReadOnlyList<PolicySlot> Pack(string roleName, IReadOnlyList<Grant> grants, int slotCount) =>
        [.. grants
            .GroupBy(grant => SlotOf(grant, slotCount))
            .OrderBy(slot => slot.Key)
            .Select(slot => new PolicySlot(slot.Key, ResourceNaming.PolicyName(roleName, slot.Key), [.. slot]))];

    /// <summary>A short, stable tag of a grant, to tell apart Sids that would otherwise collide.</summary>
    public static string ShortHash(Grant grant) =>
        Convert.ToHexString(Hash(grant.Identity), 0, 4);

    private static ulong Score(Grant grant, int slot) =>
        BinaryPrimitives.ReadUInt64BigEndian(Hash($"{grant.Identity}\n{slot}"));

    private static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));
}
