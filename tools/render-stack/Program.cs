using Infra.Core.Settings;
using Infra.Core.Tests.Support;

// render-stack STACK_FILE: the stack's rendered documents as its snapshot JSON on stdout; a
// stack file the program refuses prints the program's problems on stderr and exits 2.
if (args.Length != 1 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: render-stack Pulumi.<stack>.yaml");
    return 2;
}
var name = Path.GetFileName(args[0]);
var stack = name.StartsWith("Pulumi.", StringComparison.Ordinal) && name.EndsWith(".yaml", StringComparison.Ordinal)
    ? name["Pulumi.".Length..^".yaml".Length]
    : Path.GetFileNameWithoutExtension(name);
try
{
    Console.Out.Write(StackSnapshot.Render(stack, StackFiles.FromYaml(stack, File.ReadAllText(args[0]))));
    return 0;
}
catch (ConfigException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
