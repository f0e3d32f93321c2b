using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Infra.Core.Settings;
using YamlDotNet.RepresentationModel;

namespace Infra.Core.Tests.Support;

/// <summary>
/// Reads stack files the way the Pulumi CLI hands them to a program: project defaults applied,
/// scalars as strings, lists and objects as JSON text.
/// </summary>
public static class StackFiles
{
    /// <summary>The shipped <c>Pulumi.&lt;stack&gt;.yaml</c>: what the Quick start sets.</summary>
    public static RawConfig Load(string stack) => LoadFile($"Pulumi.{stack}.yaml");

    /// <summary>The full sample <c>examples/Pulumi.&lt;stack&gt;.yaml</c>, which a user copies over the shipped one.</summary>
    public static RawConfig Sample(string stack) => LoadFile($"{RepositoryFiles.Examples}/Pulumi.{stack}.yaml");

    /// <summary>A stack file by its path in the repository; its stack is the one its name says.</summary>
    public static RawConfig LoadFile(string file) => FromYaml(StackOf(file), File.ReadAllText(RepositoryFiles.Path(file)));

    public static string StackOf(string file) => System.IO.Path.GetFileName(file)["Pulumi.".Length..^".yaml".Length];

    public static RawConfig FromYaml(string stack, string stackYaml)
    {
        var project = Root(File.ReadAllText(RepositoryFiles.Path("Pulumi.yaml")));
        var name = ((YamlScalarNode)project.Children["name"]).Value!;
        var values = new Dictionary<string, string>();
        foreach (var (key, declaration) in ((YamlMappingNode)project.Children["config"]).Children)
        {
            if (declaration is YamlMappingNode d && d.Children.TryGetValue("default", out var value))
            {
                values[$"{name}:{key}"] = Text(value);
            }
        }
        if (Root(stackYaml).Children.TryGetValue("config", out var config))
        {
            foreach (var (key, value) in ((YamlMappingNode)config).Children)
            {
                values[((YamlScalarNode)key).Value!] = Text(value);
            }
        }
        return new RawConfig(name, stack, values);
    }

    private static YamlMappingNode Root(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string Text(YamlNode node) =>
        node is YamlScalarNode scalar ? scalar.Value ?? "" : Json(node)!.ToJsonString();

    private static JsonNode? Json(YamlNode node) => node switch
    {
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(Json)]),
        YamlMappingNode map => new JsonObject(map.Children.Select(c =>
            KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Json(c.Value)))),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s when bool.TryParse(s.Value, out var flag) => flag,
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s when long.TryParse(s.Value, CultureInfo.InvariantCulture, out var n) => n,
        YamlScalarNode s => s.Value,
        _ => throw new JsonException($"unexpected YAML node {node.NodeType}"),
    };
}
