using System.Text;

namespace Infra.Core.Grants;

/// <summary>Sids allow only <c>[A-Za-z0-9]</c>: names become PascalCase words, a trailing <c>*</c> "Prefix".</summary>
public static class Sid
{
    public static string Words(string name)
    {
        var text = new StringBuilder();
        var upperNext = true;
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                text.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }
            else
            {
                upperNext = true;
            }
        }
        if (name.EndsWith('*'))
        {
            text.Append("Prefix");
        }
        return text.ToString();
    }
}
