using System.Text.RegularExpressions;

namespace Infra.Core.Reference;

/// <summary>A resource type of a service: its ARN formats and the condition keys it supports.</summary>
public sealed record ResourceTypeInfo(string Service, string Name, IReadOnlyList<string> Arns, IReadOnlyList<string> ConditionKeys)
{
    private readonly Regex[] _patterns = [.. Arns.Select(ArnFormat.Pattern)];

    /// <summary>
    /// True when the ARN fits one of the formats: region and account written exactly where the
    /// format has them (and empty where it has none), each name placeholder non-empty.
    /// </summary>
    public bool Matches(string arn) => _patterns.Any(p => p.IsMatch(arn));

    /// <summary>The format's literal text (placeholders dropped): a longer one that starts with a shorter one is the more specific type.</summary>
    public IEnumerable<string> LiteralFormats => Arns.Select(ArnFormat.Literal);
}
