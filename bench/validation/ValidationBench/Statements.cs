using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using Infra.Core.Settings;

namespace ValidationBench;

/// <summary>A stack of 2,000 custom statements, each checked against the service reference (loaded before timing).</summary>
[ShortRunJob]
[MemoryDiagnoser]
[SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet runs instance methods.")]
public class Statements
{
    private const string Project = "amplify-compute-role";

    // Four shapes, 500 each: table and index with a condition, objects and their bucket, a queue, metrics on "*".
    private static readonly string[] Shapes =
    [
        """{"actions":["dynamodb:GetItem","dynamodb:Query"],"resources":["arn:aws:dynamodb:eu-west-1:123456789012:table/orders-{0}","arn:aws:dynamodb:eu-west-1:123456789012:table/orders-{0}/index/*"],"conditions":{"ForAllValues:StringEquals":{"dynamodb:LeadingKeys":["u{0}"]}}}""",
        """{"actions":["s3:GetObject","s3:ListBucket"],"resources":["arn:aws:s3:::uploads-{0}/*","arn:aws:s3:::uploads-{0}"],"conditions":{"Bool":{"aws:SecureTransport":"true"}}}""",
        """{"actions":["sqs:SendMessage"],"resources":["arn:aws:sqs:eu-west-1:123456789012:jobs-{0}"],"conditions":{"IpAddress":{"aws:SourceIp":"203.0.113.0/24"}}}""",
        """{"sid":"Metrics{0}","actions":["cloudwatch:PutMetricData"],"resources":["*"],"conditions":{"StringEquals":{"cloudwatch:namespace":"Shop{0}"}}}""",
    ];

    private static readonly RawConfig Config = new(Project, "bench", new Dictionary<string, string>
    {
        ["aws:region"] = "eu-west-1",
        [$"{Project}:appId"] = "d1a2b3c4d5e6f7",
        [$"{Project}:branches"] = """["main"]""",
        [$"{Project}:access"] = $$"""{"statements":[{{string.Join(",", Enumerable.Range(0, 2_000).Select(i => Shapes[i % 4].Replace("{0}", $"{i:0000}", StringComparison.Ordinal)))}}]}""",
    });

    [GlobalSetup]
    public void LoadReference() => _ = Infra.Core.Reference.ServiceReference.Aws.Version;

    [Benchmark(Description = "2,000 custom statements: parse and check against the reference")]
    public int Check() => StackSettingsParser.Parse(Config).Grants.Count;
}
