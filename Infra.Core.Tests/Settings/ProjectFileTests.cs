using Infra.Core.Settings;
using Infra.Core.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Infra.Core.Tests.Settings;

/// <summary>Pulumi.yaml declares every project key, with the types the CLI knows.</summary>
public class ProjectFileTests
{
    private static readonly string[] CliTypes = ["string", "integer", "boolean", "array", "object"];

    private static YamlMappingNode Declarations()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(RepositoryFiles.Path("Pulumi.yaml"))));
        return (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode).Children["config"];
    }

    [Fact]
    public void Every_project_key_and_no_other_is_declared() =>
        Assert.Equal(ConfigKeys.ProjectKeys.Order(), Declarations().Children.Keys.Select(k => ((YamlScalarNode)k).Value!).Order());

    [Fact]
    public void Each_declaration_has_a_known_type_a_description_and_a_default_unless_required()
    {
        foreach (var (key, node) in Declarations().Children)
        {
            var declaration = (YamlMappingNode)node;
            var name = ((YamlScalarNode)key).Value!;
            Assert.Contains(((YamlScalarNode)declaration.Children["type"]).Value, CliTypes);
            Assert.False(string.IsNullOrWhiteSpace(((YamlScalarNode)declaration.Children["description"]).Value), name);
            // A declared key without a default is required by the CLI: only appId and branches are.
            Assert.Equal(name is ConfigKeys.AppId or ConfigKeys.Branches, !declaration.Children.ContainsKey("default"));
        }
    }
}
