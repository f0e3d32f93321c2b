// kms: { key: key ARN, access: read | readWrite } or { key, actions: [...] }: read decrypts,
// readWrite also generates data keys.
import { deny } from './common.mjs';
import { probeActions } from './probe.mjs';

// The AWS CDK's grantDecrypt, plus the data keys that encrypting writes need.
export const LEVELS = { read: ['kms:Decrypt'], readWrite: ['kms:Decrypt', 'kms:GenerateDataKey'] };

export async function requests(entry) {
  const key = entry.key;
  const other = key.replace(/key\/.*$/, 'key/00000000-0000-4000-8000-000000000000');
  return [
    ...await probeActions(entry, LEVELS, { key }),
    deny('encrypt directly', 'kms:Encrypt', key),
    deny('schedule the key deletion', 'kms:ScheduleKeyDeletion', key),
    deny('decrypt with another key', 'kms:Decrypt', other),
  ];
}
