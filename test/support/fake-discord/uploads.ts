import type { Problem } from './limits.js';

/**
 * Files sent to the fake Discord the way Discord takes them: a multipart/form-data body with the JSON
 * payload in `payload_json` and each file in a `files[n]` part, described by the entry with id n in
 * the payload's `attachments` (https://discord.com/developers/docs/reference#uploading-files). The
 * body is read by the platform's own multipart parser (undici's Response.formData), not by ours.
 */

type Json = Record<string, unknown>;

export interface UploadedFile {
  /** n of the `files[n]` part. */
  readonly index: number;
  readonly filename: string;
  readonly contentType: string;
  readonly description?: string;
  readonly data: Buffer;
}

/** Discord's upload limit for a server without boosts: 10 MiB per request. */
export const UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;
const MAX_FILES = 10;

export interface ParsedBody {
  readonly body: unknown;
  readonly files: UploadedFile[];
  /** What is wrong with the multipart form itself (unknown parts, a files[n] nobody described). */
  readonly problems: Problem[];
}

export async function parseRequestBody(raw: Buffer, contentType: string | undefined): Promise<ParsedBody> {
  if (raw.length === 0) return { body: undefined, files: [], problems: [] };
  if (!contentType?.startsWith('multipart/form-data')) return { body: parseJson(raw.toString('utf8')), files: [], problems: [] };

  const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
  const problems: Problem[] = [];
  const parts: { index: number; file: File }[] = [];
  let body: unknown;
  for (const [name, value] of form) {
    const index = /^files\[(\d+)\]$/.exec(name)?.[1];
    if (name === 'payload_json' && typeof value === 'string') body = parseJson(value);
    else if (index !== undefined && typeof value !== 'string') parts.push({ index: Number(index), file: value });
    else problems.push({ path: name, code: 'UNKNOWN_FIELD', message: `Unexpected form part "${name}".` });
  }
  const described = attachmentsOf(body);
  const files: UploadedFile[] = [];
  for (const { index, file } of parts) {
    const entry = described.find((a) => String(a.id) === String(index));
    if (!entry) problems.push({ path: `files[${index}]`, code: 'ATTACHMENT_NOT_FOUND', message: `No attachment with id ${index} in payload_json.` });
    if (!file.name) problems.push({ path: `files[${index}]`, code: 'BASE_TYPE_REQUIRED', message: 'A file needs a file name.' });
    const description = typeof entry?.description === 'string' ? entry.description : undefined;
    files.push({ index, filename: file.name, contentType: file.type, data: Buffer.from(await file.arrayBuffer()), ...(description !== undefined ? { description } : {}) });
  }
  return { body, files, problems };
}

/** Checks files against the message they come with: count, sizes, descriptions, and the embeds' `attachment://` references. */
export function checkUploads(message: unknown, files: readonly UploadedFile[]): { status: 400 | 413; problems: Problem[] } | undefined {
  if (files.length === 0) return undefined;
  const total = files.reduce((sum, f) => sum + f.data.length, 0);
  if (total > UPLOAD_LIMIT_BYTES) return { status: 413, problems: [{ path: 'files', code: 'REQUEST_ENTITY_TOO_LARGE', message: 'Request entity too large' }] };
  const problems: Problem[] = [];
  if (files.length > MAX_FILES) problems.push({ path: 'files', code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${MAX_FILES} or fewer in length.` });
  files.forEach((file) => {
    if ((file.description?.length ?? 0) > 1_024) problems.push({ path: `attachments.${file.index}.description`, code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 1024 or fewer in length.' });
  });
  // Stricter than Discord, which silently shows no image: a reference to a file not sent is a bug.
  const names = new Set(files.map((f) => f.filename));
  const embeds = isObject(message) && Array.isArray(message.embeds) ? (message.embeds as unknown[]) : [];
  embeds.forEach((embed, i) => {
    const url = isObject(embed) && isObject(embed.image) ? embed.image.url : undefined;
    if (typeof url === 'string' && url.startsWith('attachment://') && !names.has(url.slice('attachment://'.length))) {
      problems.push({ path: `embeds.${i}.image.url`, code: 'ATTACHMENT_NOT_FOUND', message: `No file named ${url.slice('attachment://'.length)} in this request.` });
    }
  });
  return problems.length ? { status: 400, problems } : undefined;
}

/** The attachment objects Discord returns for stored files. */
export function attachmentObjects(files: readonly UploadedFile[], baseUrl: string, id: () => string): Json[] {
  return files.map((file) => {
    const attachmentId = id();
    return {
      id: attachmentId,
      filename: file.filename,
      size: file.data.length,
      content_type: file.contentType,
      url: `${baseUrl}/attachments/${attachmentId}/${file.filename}`,
      proxy_url: `${baseUrl}/attachments/${attachmentId}/${file.filename}`,
      ...(file.description !== undefined ? { description: file.description } : {}),
    };
  });
}

function attachmentsOf(body: unknown): Json[] {
  const holder = isObject(body) && isObject(body.data) ? body.data : body;
  return isObject(holder) && Array.isArray(holder.attachments) ? (holder.attachments as unknown[]).filter(isObject) : [];
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
