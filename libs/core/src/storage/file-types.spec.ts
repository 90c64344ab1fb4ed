import { attachmentDisposition, checkFile, cleanFileName, sniffKind } from './file-types';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR....');
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF');
const PDF = bytes('%PDF-1.7\n...');
const WEBP = bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ');
const zip = (...names: string[]) => bytes([0x50, 0x4b, 0x03, 0x04], ...names.map((n) => `....${n}....`));
const DOCX = zip('[Content_Types].xml', '_rels/.rels', 'word/document.xml');
const XLSX = zip('[Content_Types].xml', 'xl/workbook.xml');
const PPTX = zip('[Content_Types].xml', 'ppt/presentation.xml');
const DOCM = zip('[Content_Types].xml', 'word/document.xml', 'word/vbaProject.bin');
const EXE = bytes('MZ', [0x90, 0, 3, 0]);

describe('attachment types: the bytes must be what the name says', () => {
  it.each([
    ['report.pdf', PDF, 'pdf'],
    ['photo.PNG', PNG, 'png'],
    ['photo.jpg', JPEG, 'jpeg'],
    ['photo.jpeg', JPEG, 'jpeg'],
    ['photo.webp', WEBP, 'webp'],
    ['plan.docx', DOCX, 'docx'],
    ['model.xlsx', XLSX, 'xlsx'],
    ['deck.pptx', PPTX, 'pptx'],
    ['data.csv', Buffer.from('name,revenue\nСтеппе,1000\n'), 'csv'],
    ['notes.txt', Buffer.from('\ufeffForty interviews.\r\n\tDone.'), 'txt'],
  ])('accepts %s', (name, data, kind) => {
    expect(checkFile(name, data)).toMatchObject({ ok: true, kind });
  });

  it.each([
    ['setup.exe', EXE, 'extension'],
    ['page.html', Buffer.from('<html></html>'), 'extension'],
    ['no-extension', PDF, 'extension'],
    ['photo.png', JPEG, 'content'],
    ['report.pdf', EXE, 'content'],
    ['report.pdf', Buffer.from('just text, not a PDF'), 'content'],
    ['plan.docx', DOCM, 'content'],
    ['plan.docx', XLSX, 'content'],
    ['notes.txt', bytes('text', [0], 'more'), 'content'],
    ['notes.txt', bytes([0xc3, 0x28]), 'content'],
    ['data.csv', EXE, 'content'],
    ['empty.txt', Buffer.alloc(0), 'content'],
  ])('refuses %s (%s)', (name, data, reason) => {
    expect(checkFile(name, data)).toEqual({ ok: false, reason });
  });

  it('recognises nothing outside the allow-list', () => {
    expect(sniffKind(EXE)).toBeNull();
    expect(sniffKind(bytes([0x50, 0x4b, 0x03, 0x04], 'just a zip'))).toBeNull();
  });

  it('cleans names and quotes them safely in Content-Disposition', () => {
    expect(cleanFileName('../../etc/pass"wd\u0000.txt')).toBe('passwd.txt');
    expect(cleanFileName('C:\\Users\\me\\plan.docx')).toBe('plan.docx');
    expect(cleanFileName(`${'x'.repeat(300)}.pdf`)).toHaveLength(200);
    expect(attachmentDisposition('Бизнес план (v2).pdf')).toBe(`attachment; filename="______ ____ (v2).pdf"; filename*=UTF-8''%D0%91%D0%B8%D0%B7%D0%BD%D0%B5%D1%81%20%D0%BF%D0%BB%D0%B0%D0%BD%20%28v2%29.pdf`);
  });
});
