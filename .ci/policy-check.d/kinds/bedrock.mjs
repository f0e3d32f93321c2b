// bedrock: { model: foundation-model id } or { inferenceProfile: id | ARN } grants InvokeModel
// and InvokeModelWithResponseStream. A profile also grants the foundation model behind it, in
// the profile's destination regions, only when called through the profile
// (bedrock:InferenceProfileArn). Which regions are destinations is not in the stack file, so the
// foundation-model requests are made in the stack's region only and are not varied by region.
// A foundation model belongs to AWS, not to a stage: both stages may call the same one.
import { isArn } from '../arn.mjs';
import { deny } from './common.mjs';
import { verdictOn } from './probe.mjs';

export const LEVELS = { invoke: ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream'] };
const model = (scope, id, region = scope.region) => `arn:${scope.partition}:bedrock:${region}::foundation-model/${id}`;

export function requests(entry, { scope }) {
  const found = [];
  if (entry.model !== undefined) {
    // A model ARN may name another region than the stack's, for a client pinned to that region.
    const modelArn = isArn(entry.model) ? entry.model : model(scope, entry.model);
    for (const action of LEVELS.invoke) {
      const allow = verdictOn(entry, LEVELS, action);
      found.push({ ...allow(`${action} on the model`, action, modelArn), shared: true });
      found.push(deny(`${action} on another model`, action, `${modelArn}-other`));
    }
    return found;
  }
  const id = entry.inferenceProfile;
  const profile = isArn(id) ? id : scope.arn('bedrock', `inference-profile/${id}`);
  const profileId = profile.split('/').pop();
  const otherProfile = profile.replace(/[^/]+$/, `${profileId}-other`);
  // A system profile id is <geography>.<foundation-model id>; an application profile's is opaque.
  const modelId = /inference-profile\/[a-z-]+\.(.+)$/.exec(profile)?.[1];
  for (const action of LEVELS.invoke) {
    const allow = verdictOn(entry, LEVELS, action);
    found.push(allow(`${action} through the profile`, action, profile));
    found.push(deny(`${action} through another profile`, action, otherProfile));
    if (!modelId) continue;
    const through = (p) => ({ 'bedrock:InferenceProfileArn': p });
    found.push(
      { ...allow(`${action} on the model via the profile`, action, model(scope, modelId), through(profile)), vary: false, shared: true },
      { ...deny(`${action} on the model directly`, action, model(scope, modelId)), vary: false },
      { ...deny(`${action} on the model via another profile`, action, model(scope, modelId), through(otherProfile)), vary: false },
    );
  }
  return found;
}
