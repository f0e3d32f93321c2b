// s3: { bucket, prefix?: 'a/b/', access } grants ListBucket (under the prefix) and the objects
// under <bucket>/<prefix>. S3 ARNs have no region or account, so those variants do not apply.
import { allow, deny } from './common.mjs';

export function requests(entry, { scope }) {
  const bucket = `arn:${scope.partition}:s3:::${entry.bucket}`;
  const prefix = entry.prefix ?? '';
  const key = `${prefix}2024/photo.jpg`;
  const write = entry.access === 'readWrite' ? allow : deny;
  const list = (p) => (p === undefined ? {} : { 's3:prefix': p });
  const found = [
    allow('read an object', 's3:GetObject', `${bucket}/${key}`),
    write(`write an object (${entry.access})`, 's3:PutObject', `${bucket}/${key}`),
    write(`delete an object (${entry.access})`, 's3:DeleteObject', `${bucket}/${key}`),
    allow('list under the prefix', 's3:ListBucket', bucket, list(prefix || undefined)),
    deny('read from a sibling bucket', 's3:GetObject', `${bucket}-archive/${key}`),
    deny('list a sibling bucket', 's3:ListBucket', `${bucket}-archive`, list(prefix || undefined)),
    deny('delete the bucket', 's3:DeleteBucket', bucket),
  ];
  if (prefix) {
    const sibling = `${prefix.replace(/\/$/, '')}-old/`;
    found.push(
      allow('list deeper under the prefix', 's3:ListBucket', bucket, list(`${prefix}2024/`)),
      deny('read a key outside the prefix', 's3:GetObject', `${bucket}/other/photo.jpg`),
      deny('read a key under a prefix sibling', 's3:GetObject', `${bucket}/${sibling}photo.jpg`),
      deny('write a key outside the prefix', 's3:PutObject', `${bucket}/other/photo.jpg`),
      deny('list outside the prefix', 's3:ListBucket', bucket, list('other/')),
      deny('list a prefix sibling', 's3:ListBucket', bucket, list(sibling)),
      deny('list the whole bucket', 's3:ListBucket', bucket, list('')),
      deny('list with no prefix', 's3:ListBucket', bucket, {}),
    );
  }
  return found.map((r) => ({ ...r, vary: false }));
}
