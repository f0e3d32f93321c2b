using Infra.Core.Reference;

namespace Infra.Core.Grants;

/// <summary>What is wrong with a written action, with the nearest one the list can grant.</summary>
public sealed partial class ActionSet
{
    private string? Fault(string written, HashSet<string> seen)
    {
        var exact = Grantable.FirstOrDefault(a => string.Equals(a, written, StringComparison.OrdinalIgnoreCase));
        var info = ServiceReference.Aws.Action(written);
        return written switch
        {
            _ when written.IndexOfAny(['*', '?']) >= 0 => $"must name one action, without '*' or '?': list each action the app calls{Hint(written)}",
            _ when !seen.Add(written) => "is listed twice: list each action once",
            _ when exact is not null && exact != written => $"must be spelt as AWS spells it: '{exact}'",
            _ when info is null && ServiceOf(written) != Service =>
                $"is not an action of {Service}: a '{_list}' entry grants {Service}: actions only; give other services' actions in their own list or in 'statements'{Hint(written)}",
            _ when info is null => $"is not an action in AWS's Service Authorization Reference{Hint(written)}",
            _ when info.Service != Service =>
                $"is an action of {info.Service}, not {Service}: a '{_list}' entry grants {Service}: actions only; give it {ListOf(info.Service)}{Hint(written)}",
            _ when !ResourceTypes.Any(info.AppliesTo) =>
                $"applies to none of the resource types a '{_list}' entry grants on ({string.Join(", ", ResourceTypes)}){Hint(written)}",
            _ => null,
        };
    }

    private static string ListOf(string service) =>
        GrantKinds.All.FirstOrDefault(k => k.Actions?.Service == service) is { } kind ? $"in the '{kind.Name}' list or in 'statements'" : "in 'statements'";

    private static string ServiceOf(string written) => written.IndexOf(':') is > 0 and var colon ? written[..colon] : "";

    private string Hint(string written) =>
        ServiceReference.Aws.NearestAction(written, Grantable) is { } nearest
            ? $"; did you mean '{nearest}'?"
            : $"; docs/config.md (actions on an entry) lists the resource types a '{_list}' entry grants on";
}
