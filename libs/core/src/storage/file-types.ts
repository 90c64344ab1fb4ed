/**
 * The files milestone evidence may carry, recognised by their content (magic bytes), never by
 * what the client declares: the extension says what the file claims to be, the bytes must agree.
 */
export const ATTACHMENT_TYPES = {
  pdf: { extensions: ['pdf'], contentType: 'application/pdf' },
  png: { extensions: ['png'], contentType: 'image/png' },
  jpeg: { extensions: ['jpg', 'jpeg'], contentType: 'image/jpeg' },
  webp: { extensions: ['webp'], contentType: 'image/webp' },
  docx: { extensions: ['docx'], contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { extensions: ['xlsx'], contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  pptx: { extensions: ['pptx'], contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  csv: { extensions: ['csv'], contentType: 'text/csv; charset=utf-8' },
  txt: { extensions: ['txt'], contentType: 'text/plain; charset=utf-8' },
} as const;
export type AttachmentKind = keyof typeof ATTACHMENT_TYPES;

export const ALLOWED_EXTENSIONS = Object.values(ATTACHMENT_TYPES).flatMap((t) => [...t.extensions]);

const startsWith = (data: Buffer, bytes: number[], at = 0) => data.length >= at + bytes.length && bytes.every((b, i) => data[at + i] === b);
const ascii = (text: string) => [...Buffer.from(text, 'latin1')];

/** The Office Open XML part that names the kind (word/, xl/, ppt/); macro-enabled files (vbaProject.bin) are refused. */
function officeKind(data: Buffer): AttachmentKind | null {
  if (!startsWith(data, [0x50, 0x4b, 0x03, 0x04])) return null;
  if (!data.includes('[Content_Types].xml', 0, 'latin1')) return null;
  if (data.includes('vbaProject.bin', 0, 'latin1')) return null;
  if (data.includes('word/document', 0, 'latin1')) return 'docx';
  if (data.includes('xl/workbook', 0, 'latin1')) return 'xlsx';
  if (data.includes('ppt/presentation', 0, 'latin1')) return 'pptx';
  return null;
}

/** UTF-8 text (a BOM allowed) with no NUL and no control characters but tab, line feed, carriage return and form feed. */
function isPlainText(data: Buffer): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

/** What the bytes are, among the allowed kinds; null for anything else. */
export function sniffKind(data: Buffer): AttachmentKind | null {
  if (data.length === 0) return null;
  if (startsWith(data, ascii('%PDF-'))) return 'pdf';
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(data, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(data, ascii('RIFF')) && startsWith(data, ascii('WEBP'), 8)) return 'webp';
  const office = officeKind(data);
  if (office) return office;
  if (isPlainText(data)) return 'txt';
  return null;
}

export function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(fileName);
  return match ? match[1].toLowerCase() : '';
}

export type FileCheck = { ok: true; kind: AttachmentKind; contentType: string } | { ok: false; reason: 'extension' | 'content' };

/**
 * The kind of an uploaded file: its extension must be on the allow-list and its content must be
 * that kind (a .csv is text; a .png starts with the PNG signature). A renamed executable, an HTML
 * page called .txt... no: HTML is text, so it is served as text/plain and as an attachment.
 */
export function checkFile(fileName: string, data: Buffer): FileCheck {
  const extension = extensionOf(fileName);
  const claimed = (Object.keys(ATTACHMENT_TYPES) as AttachmentKind[]).find((kind) => (ATTACHMENT_TYPES[kind].extensions as readonly string[]).includes(extension));
  if (!claimed) return { ok: false, reason: 'extension' };
  const sniffed = sniffKind(data);
  const matches = sniffed === claimed || (claimed === 'csv' && sniffed === 'txt');
  if (!matches) return { ok: false, reason: 'content' };
  return { ok: true, kind: claimed, contentType: ATTACHMENT_TYPES[claimed].contentType };
}

/**
 * A file name safe to store and to put in a Content-Disposition header: no directories, no
 * control characters, at most 200 characters (keeping the extension).
 */
export function cleanFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  if (base.length <= 200) return base;
  const extension = extensionOf(base);
  return extension ? `${base.slice(0, 199 - extension.length)}.${extension}` : base.slice(0, 200);
}

/** `attachment; filename="ascii"; filename*=UTF-8''percent-encoded`, RFC 6266. */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|[\\"%]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
