// s3: { bucket, prefix?: 'a/b/', access } or { bucket, prefix?, actions: [...] } grants ListBucket
// (under the prefix) and the objects under <bucket>/<prefix>. Every action of every level is
// probed on the bucket or on an object, as iam-data places it. S3 ARNs have no region or
// account, so those variants do not apply.
import { allow, deny } from './common.mjs';
import { grantedBy, probeActions } from './probe.mjs';

// The AWS CDK's levels; every level that writes objects carries multipart and resumable uploads.
const READ = ['s3:ListBucket', 's3:GetObject'];
const PUT = ['s3:PutObject', 's3:AbortMultipartUpload', 's3:ListMultipartUploadParts'];
const DELETE = ['s3:DeleteObject'];
export const LEVELS = { read: READ, put: PUT, delete: DELETE, write: [...PUT, ...DELETE], readWrite: [...READ, ...PUT, ...DELETE] };

export async function requests(entry, { scope }) {
  const bucket = `arn:${scope.partition}:s3:::${entry.bucket}`;
  const prefix = entry.prefix ?? '';
  const key = `${prefix}2024/photo.jpg`;
  const list = (p) => (p === undefined ? {} : { 's3:prefix': p });
  const lists = grantedBy(entry, LEVELS).granted.includes('s3:ListBucket') ? allow : deny;
  const found = [
    ...await probeActions(entry, LEVELS, { bucket: [bucket, list(prefix || undefined)], object: `${bucket}/${key}` }),
    deny('read from a sibling bucket', 's3:GetObject', `${bucket}-archive/${key}`),
    deny('list a sibling bucket', 's3:ListBucket', `${bucket}-archive`, list(prefix || undefined)),
    deny('delete the bucket', 's3:DeleteBucket', bucket),
  ];
  if (prefix) {
    const sibling = `${prefix.replace(/\/$/, '')}-old/`;
    found.push(
      lists('list deeper under the prefix', 's3:ListBucket', bucket, list(`${prefix}2024/`)),
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
