// Wildcards beyond the structural ones that AWS itself documents as the way to write a grant,
// each fenced by a condition. Anything not listed here keeps the strict ARN-shape rules.

// Bedrock: a foundation model reached through an inference profile must be granted "in each
// Region associated with it"; AWS's inference-profile guide writes arn:aws:bedrock:*::
// foundation-model/<id> and limits it with the bedrock:InferenceProfileArn condition.
function bedrockProfileModel(resource, statement) {
  if (!/^arn:[^:]+:bedrock:\*::foundation-model\//.test(resource)) return undefined;
  const keys = Object.values(statement.Condition ?? {}).flatMap((entries) => Object.keys(entries ?? {}));
  if (!keys.some((k) => k.toLowerCase() === 'bedrock:inferenceprofilearn')) return undefined;
  return resource.replace(':bedrock:*:', ':bedrock:us-east-1:'); // any region stands in for '*'
}

// The resource as the ARN-shape check should see it: with an allowed wildcard replaced.
export function shapeOf(resource, statement) {
  return bedrockProfileModel(resource, statement) ?? resource;
}
