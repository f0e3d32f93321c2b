// kms: { key: key ARN, access } — read decrypts, readWrite also generates data keys.
import { allow, deny } from './common.mjs';

export function requests(entry) {
  const key = entry.key;
  const other = key.replace(/key\/.*$/, 'key/00000000-0000-4000-8000-000000000000');
  const write = entry.access === 'readWrite' ? allow : deny;
  return [
    allow('decrypt', 'kms:Decrypt', key),
    write(`generate a data key (${entry.access})`, 'kms:GenerateDataKey', key),
    deny('encrypt directly', 'kms:Encrypt', key),
    deny('schedule the key deletion', 'kms:ScheduleKeyDeletion', key),
    deny('decrypt with another key', 'kms:Decrypt', other),
  ];
}
