using System.Globalization;
using Infra.Core.Settings;

namespace Infra.Core.Tests.Support;

/// <summary>
/// The reference grant of the packing figures: a DynamoDB table by a 24-character name, readWrite,
/// in eu-west-1 (bench/packing measures the same shape against the AWS CDK).
/// </summary>
public static class ReferenceShape
{
    public static string Table(int i) => $"acme-shop-prod-table-{i:0000}";

    public static RawConfig Config(int tables, int? managedPolicyLimit = null)
    {
        var entries = Enumerable.Range(0, tables).Select(i => $$"""{"table":"{{Table(i)}}","access":"readWrite"}""");
        return Configs.Valid(
            ("access", $$"""{"dynamodb":[{{string.Join(",", entries)}}]}"""),
            ("managedPolicyLimit", managedPolicyLimit?.ToString(CultureInfo.InvariantCulture)));
    }
}
