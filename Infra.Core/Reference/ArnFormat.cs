using System.Text.RegularExpressions;

namespace Infra.Core.Reference;

/// <summary>
/// Turns an ARN format of the reference (<c>arn:${Partition}:s3:::${BucketName}/${ObjectName}</c>)
/// into a regular expression: the partition an AWS partition, the region a region, the account 12
/// ASCII digits (or <c>aws</c>, for AWS-managed resources such as managed policies), and a name
/// placeholder any non-empty text, which may hold '/' or ':' only when it ends the format
/// (object keys, paths, qualifiers).
/// </summary>
public static partial class ArnFormat
{
    private const string Partition = "aws(?:-[a-z]+)*";
    private const string Region = Settings.AwsRegion.Form;
    private const string Account = "(?:[0-9]{12}|aws)";

    public static Regex Pattern(string format)
    {
        var pieces = Placeholder().Split(format);
        var regex = new System.Text.StringBuilder("^");
        for (var i = 0; i < pieces.Length; i++)
        {
            regex.Append(i % 2 == 0 ? Regex.Escape(pieces[i]) : Variable(pieces[i], last: i == pieces.Length - 2 && pieces[^1].Length == 0));
        }
        return new Regex(regex.Append(@"\z").ToString(), RegexOptions.CultureInvariant);
    }

    public static string Literal(string format) => Placeholder().Replace(format, "");

    private static string Variable(string name, bool last) => name switch
    {
        "Partition" => Partition,
        "Region" => Region,
        "Account" or "AccountId" => Account,
        _ => last ? "[\\x21-\\x7E]+" : "[\\x21-\\x2E\\x30-\\x39\\x3B-\\x7E]+",
    };

    [GeneratedRegex(@"\$\{([^}]+)\}")]
    private static partial Regex Placeholder();
}
