// s3: { bucket, prefix?: 'a/b/', access } grants ListBucket (under the prefix) and the objects
// under <bucket>/<prefix>. S3 ARNs have no region or account, so those variants do not apply.
import { allow, deny } from './common.mjs';

export function requests(entry, { scope }) {
  const bucket = `arn:${scope.partition}:s3:::${entry.bucket}`;
  const prefix = entry.prefix ?? '';
  const key = `${prefix}2024/photo.jpg`;
  // The CDK's levels: read, put, delete, write (put + delete), readWrite.
  const has = (...levels) => (levels.includes(entry.access) ? allow : deny);
  const read = has('read', 'readWrite');
  const list = (p) => (p === undefined ? {} : { 's3:prefix': p });
  const found = [
    read('read an object', 's3:GetObject', `${bucket}/${key}`),
    has('put', 'write', 'readWrite')(`write an object (${entry.access})`, 's3:PutObject', `${bucket}/${key}`),
    has('put', 'write', 'readWrite')(`list an upload's parts (${entry.access})`, 's3:ListMultipartUploadParts', `${bucket}/${key}`),
    has('delete', 'write', 'readWrite')(`delete an object (${entry.access})`, 's3:DeleteObject', `${bucket}/${key}`),
    read('list under the prefix', 's3:ListBucket', bucket, list(prefix || undefined)),
    deny('read from a sibling bucket', 's3:GetObject', `${bucket}-archive/${key}`),
    deny('list a sibling bucket', 's3:ListBucket', `${bucket}-archive`, list(prefix || undefined)),
    deny('delete the bucket', 's3:DeleteBucket', bucket),
  ];
  if (prefix) {
    const sibling = `${prefix.replace(/\/$/, '')}-old/`;
    found.push(
      read('list deeper under the prefix', 's3:ListBucket', bucket, list(`${prefix}2024/`)),
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
