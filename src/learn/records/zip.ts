/**
 * A small reader for ZIP archives (stored and deflated entries), so an OMOP CSV extract shipped as a
 * zip can be read without an `unzip` binary. It reads the central directory at the end of the file
 * and inflates one entry at a time with node:zlib; ZIP64, encryption and multi-disk archives are
 * refused with a clear error rather than misread.
 */
import { closeSync, mkdirSync, openSync, readSync, fstatSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { InputError, issue } from '../../core/issues.js';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
}

function bad(file: string, why: string): InputError {
  return new InputError([issue('zip', file, `not a readable ZIP archive: ${why}`)]);
}

function readAt(fd: number, offset: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  let got = 0;
  while (got < length) {
    const n = readSync(fd, buf, got, length - got, offset + got);
    if (n === 0) break;
    got += n;
  }
  return got === length ? buf : buf.subarray(0, got);
}

/** The entries listed in the archive's central directory, in directory order. */
export function listZip(file: string): ZipEntry[] {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const tailLen = Math.min(size, 22 + 0xffff);
    const tail = readAt(fd, size - tailLen, tailLen);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw bad(file, 'no end-of-central-directory record');
    const count = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (cdOffset === 0xffffffff || count === 0xffff) throw bad(file, 'ZIP64 archives are not supported');
    const cd = readAt(fd, cdOffset, cdSize);
    const out: ZipEntry[] = [];
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== 0x02014b50) throw bad(file, 'damaged central directory');
      const flags = cd.readUInt16LE(p + 8);
      const method = cd.readUInt16LE(p + 10);
      const compressedSize = cd.readUInt32LE(p + 20);
      const sizeU = cd.readUInt32LE(p + 24);
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      const localHeaderOffset = cd.readUInt32LE(p + 42);
      const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
      if (flags & 1) throw bad(file, 'encrypted entries are not supported');
      out.push({ name, method, compressedSize, size: sizeU, localHeaderOffset });
      p += 46 + nameLen + extraLen + commentLen;
    }
    return out;
  } finally {
    closeSync(fd);
  }
}

/** The uncompressed bytes of one entry. */
export function readZipEntry(file: string, entry: ZipEntry): Buffer {
  const fd = openSync(file, 'r');
  try {
    const local = readAt(fd, entry.localHeaderOffset, 30);
    if (local.length < 30 || local.readUInt32LE(0) !== 0x04034b50) throw bad(file, 'damaged local header');
    const start = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    const raw = readAt(fd, start, entry.compressedSize);
    let data: Buffer;
    if (entry.method === 0) data = raw;
    else if (entry.method === 8) data = inflateRawSync(raw);
    else throw bad(file, `compression method ${entry.method} is not supported`);
    if (data.length !== entry.size) throw bad(file, 'an entry inflated to the wrong size');
    return data;
  } finally {
    closeSync(fd);
  }
}

/**
 * Extract the regular files of an archive into `dir` (macOS resource forks skipped). Entry names
 * that would escape `dir` are refused. Returns the relative paths written.
 */
export function extractZip(file: string, dir: string): string[] {
  const written: string[] = [];
  for (const e of listZip(file)) {
    if (e.name.endsWith('/') || e.name.startsWith('__MACOSX/') || e.name.split('/').some((s) => s.startsWith('._'))) continue;
    const rel = normalize(e.name);
    if (rel.startsWith('..') || rel.startsWith(sep)) throw bad(file, 'an entry name points outside the target folder');
    const target = join(dir, rel);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, readZipEntry(file, e));
    written.push(rel);
  }
  return written.sort();
}
