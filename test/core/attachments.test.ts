import { expect } from '@open-wc/testing';
import {
  acceptAttribute,
  checkFiles,
  contentVerdict,
  describePolicy,
  fileKindOf,
  matchesAccept,
  sniffBytes,
  sniffFile,
  SNIFF_BYTES,
  type ExistingFile
} from '../../src/core/attachments/index.js';
import type { AttachmentPolicy } from '../../src/core/model/form.js';
import {
  latin1Bytes as ascii,
  MAGIC,
  sampleBytes,
  SEED_003_ATTACHMENTS as seed003,
  SEED_004_ATTACHMENTS as seed004
} from '../../src/testing/sample-files.js';

const MB = 1024 * 1024;

/** Real first bytes of each format, and two text samples. */
const HEADS: Record<string, readonly number[]> = {
  ...MAGIC,
  csv: ascii('Fecha;Descripción;Valor\n2024-01-01;Licencia;100\n'),
  latin1: [...ascii('Descripci'), 0xf3, ...ascii('n;Valor\r\n')]
};

/** `head`'s bytes padded to `size` bytes; text heads are padded with spaces so the padding stays text. */
function bytesOf(head: keyof typeof HEADS, size = 256): Uint8Array<ArrayBuffer> {
  const text = head === 'csv' || head === 'latin1' || head === 'shebang';
  return sampleBytes(HEADS[head]!, { size, fill: text ? ascii(' ') : undefined });
}

function file(name: string, head: keyof typeof HEADS, options: { size?: number; type?: string } = {}): File {
  return new File([bytesOf(head, options.size)], name, options.type === undefined ? {} : { type: options.type });
}

const existing = (name: string, size: number, kind: ExistingFile['kind'], mimeType = ''): ExistingFile => ({
  name,
  size,
  mimeType,
  kind
});

describe('core/attachments', () => {
  describe('fileKindOf', () => {
    it('tells the kind by extension first, then by MIME type', () => {
      expect(fileKindOf('captura.PNG', '')).to.equal('image');
      expect(fileKindOf('image.png', 'image/png')).to.equal('image');
      expect(fileKindOf('clip.mkv', '')).to.equal('video');
      expect(fileKindOf('nota.m4a', '')).to.equal('audio');
      expect(fileKindOf('factura.pdf', 'application/pdf')).to.equal('document');
      expect(fileKindOf('informe.docx', '')).to.equal('document');
      expect(fileKindOf('datos.csv', 'text/csv')).to.equal('document');
      expect(fileKindOf('respaldo.rar', '')).to.equal('archive');
      expect(fileKindOf('certificado.pfx', '')).to.equal('other');
      expect(fileKindOf('pantalla', 'image/png')).to.equal('image');
      expect(fileKindOf('sin-extension', 'text/plain')).to.equal('document');
      expect(fileKindOf('raro.xyz', 'application/octet-stream')).to.equal('other');
    });
  });

  describe('matchesAccept', () => {
    it('matches extensions in any case, MIME wildcards and exact MIME types', () => {
      expect(matchesAccept(seed004.accept, 'Factura.PDF', '')).to.equal(true);
      expect(matchesAccept(seed004.accept, 'screenshot.png', 'image/png')).to.equal(true);
      expect(matchesAccept(seed004.accept, 'foto.heic', '')).to.equal(true, 'empty MIME judged by extension');
      expect(matchesAccept(seed004.accept, 'programa.exe', 'application/x-msdownload')).to.equal(false);
      expect(matchesAccept(seed004.accept, 'pdf', '')).to.equal(false, 'a bare name is not an extension');
      expect(matchesAccept(['application/pdf'], 'x.bin', 'application/pdf')).to.equal(true);
      expect(matchesAccept([], 'anything.exe', '')).to.equal(true);
      expect(matchesAccept(['*/*'], 'anything.bin', '')).to.equal(true);
    });

    it('gives the accept attribute of the native input', () => {
      expect(acceptAttribute(['image/*', ' .pdf', ''])).to.equal('image/*,.pdf');
    });
  });

  describe('sniffing', () => {
    it('recognizes the formats of the seed accept lists by their first bytes', () => {
      const families = (head: keyof typeof HEADS) => sniffBytes(bytesOf(head, 64)).families;
      expect(families('png')).to.include('png');
      expect(families('jpeg')).to.include('jpeg');
      expect(families('gif')).to.include('gif');
      expect(families('webp')).to.include('webp');
      expect(families('bmp')).to.include('bmp');
      expect(families('pdf')).to.include('pdf');
      expect(families('zip')).to.include('zip');
      expect(families('ole')).to.include('ole');
      expect(families('rar')).to.include('rar');
      expect(families('mp4')).to.include('iso-bmff');
      expect(families('mov')).to.include('iso-bmff');
      expect(families('ebml')).to.include('ebml');
      expect(families('avi')).to.include('avi');
      expect(families('der')).to.include('der');
      expect(families('csv')).to.include('text');
      expect(families('latin1')).to.include('text');
      expect(families('png')).not.to.include('text');
    });

    it('flags programs: Windows PE, ELF, Mach-O and scripts', () => {
      for (const head of ['pe', 'elf', 'macho', 'shebang'] as const) {
        expect(sniffBytes(bytesOf(head, 64)).executable, head).to.equal(true);
      }
      expect(sniffBytes(new Uint8Array(ascii('MZ,Mozambique\n'))).executable).to.equal(false, '"MZ" followed by text');
      expect(sniffBytes(bytesOf('pdf', 64)).executable).to.equal(false);
    });

    it('reads only the first bytes of a file', async () => {
      const big = new File([bytesOf('png', 4 * MB)], 'big.png', { type: 'image/png' });
      const original = Blob.prototype.slice;
      const sliced: [number | undefined, number | undefined][] = [];
      Blob.prototype.slice = function (this: Blob, start?: number, end?: number, type?: string) {
        sliced.push([start, end]);
        return original.call(this, start, end, type);
      };
      try {
        const result = await sniffFile(big);
        expect(result.families).to.include('png');
      } finally {
        Blob.prototype.slice = original;
      }
      expect(sliced).to.deep.equal([[0, SNIFF_BYTES]]);
    });

    it('refuses bytes that contradict the claimed type, and programs whatever their name', () => {
      const verdict = (name: string, head: keyof typeof HEADS, type = '') =>
        contentVerdict(name, type, sniffBytes(bytesOf(head, 64)));
      expect(verdict('invoice.pdf', 'pe')).to.equal('executable');
      expect(verdict('notes.txt', 'shebang')).to.equal('executable');
      expect(verdict('photo.jpg', 'elf')).to.equal('executable');
      expect(verdict('unknown.xyz', 'macho')).to.equal('executable');
      expect(verdict('invoice.pdf', 'pdf')).to.equal('ok');
      expect(verdict('invoice.pdf', 'png')).to.equal('mismatch');
      expect(verdict('report.docx', 'zip')).to.equal('ok');
      expect(verdict('report.docx', 'ole')).to.equal('mismatch');
      expect(verdict('old.doc', 'ole')).to.equal('ok');
      expect(verdict('sheet.xls', 'ole')).to.equal('ok');
      expect(verdict('backup.rar', 'rar')).to.equal('ok');
      expect(verdict('backup.zip', 'rar')).to.equal('mismatch');
      expect(verdict('clip.mp4', 'mp4')).to.equal('ok');
      expect(verdict('clip.mov', 'mov')).to.equal('ok');
      expect(verdict('clip.mkv', 'ebml')).to.equal('ok');
      expect(verdict('clip.webm', 'ebml')).to.equal('ok');
      expect(verdict('clip.avi', 'avi')).to.equal('ok');
      expect(verdict('clip.avi', 'webp')).to.equal('mismatch');
      expect(verdict('cert.pfx', 'der')).to.equal('ok');
      expect(verdict('data.csv', 'csv')).to.equal('ok');
      expect(verdict('data.csv', 'latin1')).to.equal('ok');
      expect(verdict('data.csv', 'png')).to.equal('mismatch');
      expect(verdict('screenshot', 'png', 'image/png')).to.equal('ok', 'no extension: judged by MIME type');
      expect(verdict('screenshot', 'pdf', 'image/png')).to.equal('mismatch');
      expect(verdict('mystery.xyz', 'png')).to.equal('ok', 'types the library cannot check pass');
      expect(contentVerdict('empty.txt', '', sniffBytes(new Uint8Array(0)))).to.equal('ok');
      expect(contentVerdict('empty.pdf', '', sniffBytes(new Uint8Array(0)))).to.equal('mismatch');
    });
  });

  describe('describePolicy', () => {
    it('describes seed 004: count, size per file and the accepted types without repeats', () => {
      const summary = describePolicy(seed004);
      expect(summary.maxFiles).to.equal(5);
      expect(summary.maxFileBytes).to.equal(10 * MB);
      expect(summary.maxTotalBytes).to.equal(undefined);
      expect(summary.required).to.equal(false);
      expect(summary.anyType).to.equal(false);
      expect(summary.types.map(type => (type.all ? `all ${type.kind}` : type.label))).to.deep.equal([
        'all image',
        'PDF',
        'CSV',
        'TXT',
        'Excel',
        'Word',
        'ZIP',
        'RAR',
        'PFX',
        'MP4',
        'MKV',
        'AVI',
        'MOV',
        'WEBM'
      ]);
      expect(summary.perKind).to.deep.equal([]);
    });

    it('keeps only binding totals and per-kind caps; kinds capped at 0 leave the type list', () => {
      expect(describePolicy(seed003).perKind).to.deep.equal([
        { kind: 'image', max: 3 },
        { kind: 'document', max: 1 }
      ]);
      expect(describePolicy({ ...seed004, maxTotalBytes: 20 * MB }).maxTotalBytes).to.equal(20 * MB);
      expect(describePolicy({ ...seed004, maxTotalBytes: 80 * MB }).maxTotalBytes).to.equal(undefined);
      const noVideo = describePolicy({ ...seed004, perKind: { video: 0 } });
      expect(noVideo.types.some(type => type.kind === 'video')).to.equal(false);
      expect(describePolicy({ ...seed004, accept: [] }).anyType).to.equal(true);
      expect(describePolicy({ ...seed004, accept: ['application/pdf', 'video/*'] }).types).to.deep.equal([
        { all: false, kind: 'document', label: 'PDF' },
        { all: true, kind: 'video' }
      ]);
    });
  });

  describe('checkFiles', () => {
    it('accepts the seed 004 types with real headers', async () => {
      const files = [
        file('factura.pdf', 'pdf', { type: 'application/pdf' }),
        file('captura.png', 'png', { type: 'image/png' }),
        file('informe.docx', 'zip'),
        file('video.mp4', 'mp4', { type: 'video/mp4' }),
        file('datos.csv', 'csv', { type: 'text/csv' })
      ];
      const result = await checkFiles(seed004, [], files);
      expect(result.refused).to.deep.equal([]);
      expect(result.accepted).to.deep.equal(files);
    });

    it('refuses the sixth file and keeps the first five', async () => {
      const files = Array.from({ length: 6 }, (_, i) => file(`nota-${i + 1}.txt`, 'csv', { type: 'text/plain' }));
      const result = await checkFiles(seed004, [], files);
      expect(result.accepted).to.deep.equal(files.slice(0, 5));
      expect(result.refused).to.deep.equal([{ file: files[5], rule: 'count', limit: 5 }]);
    });

    it('counts the files already in the list', async () => {
      const already = [existing('a.pdf', 100, 'document'), existing('b.png', 100, 'image')];
      const files = Array.from({ length: 4 }, (_, i) => file(`f${i}.txt`, 'csv'));
      const result = await checkFiles(seed004, already, files);
      expect(result.accepted).to.have.length(3);
      expect(result.refused.map(refusal => refusal.rule)).to.deep.equal(['count']);
    });

    it('refuses a file one byte over the size per file', async () => {
      const tooBig = file('grande.pdf', 'pdf', { size: 10 * MB + 1 });
      const justRight = file('justo.pdf', 'pdf', { size: 10 * MB });
      const result = await checkFiles(seed004, [], [tooBig, justRight]);
      expect(result.accepted).to.deep.equal([justRight]);
      expect(result.refused).to.deep.equal([{ file: tooBig, rule: 'size', limit: 10 * MB }]);
    });

    it('refuses what would pass the total size, but lets a smaller file after it through', async () => {
      const policy = { ...seed004, maxTotalBytes: 1000 };
      const a = file('a.txt', 'csv', { size: 600 });
      const b = file('b.txt', 'csv', { size: 500 });
      const c = file('c.txt', 'csv', { size: 300 });
      const result = await checkFiles(policy, [], [a, b, c]);
      expect(result.accepted).to.deep.equal([a, c]);
      expect(result.refused).to.deep.equal([{ file: b, rule: 'total', limit: 1000 }]);
    });

    it('applies per-kind caps (seed 003: three images and one document)', async () => {
      const images = Array.from({ length: 4 }, (_, i) => file(`foto-${i + 1}.png`, 'png', { type: 'image/png' }));
      const doc = file('contrato.pdf', 'pdf', { type: 'application/pdf' });
      const secondDoc = file('anexo.pdf', 'pdf', { type: 'application/pdf' });
      const result = await checkFiles(seed003, [], [...images, doc, secondDoc]);
      expect(result.accepted).to.deep.equal([...images.slice(0, 3), doc]);
      expect(result.refused).to.deep.equal([
        { file: images[3], rule: 'perKind', limit: 3, kind: 'image' },
        { file: secondDoc, rule: 'perKind', limit: 1, kind: 'document' }
      ]);
    });

    it('refuses by type (extension and MIME) and by content', async () => {
      const exe = file('setup.exe', 'pe', { type: 'application/x-msdownload' });
      const disguised = file('invoice.pdf', 'pe', { type: 'application/pdf' });
      const fakePng = file('captura.png', 'pdf', { type: 'image/png' });
      const realPdf = file('factura.pdf', 'pdf', { type: 'application/pdf' });
      const result = await checkFiles(seed004, [], [exe, disguised, fakePng, realPdf]);
      expect(result.accepted).to.deep.equal([realPdf]);
      expect(result.refused).to.deep.equal([
        { file: exe, rule: 'type', limit: seed004.accept.join(', ') },
        { file: disguised, rule: 'content', limit: 'executable' },
        { file: fakePng, rule: 'content', limit: 'mismatch' }
      ]);
    });

    it('does not count refused files against the limits', async () => {
      const policy: AttachmentPolicy = { ...seed004, maxFiles: 2 };
      const bad = file('virus.pdf', 'elf');
      const a = file('a.pdf', 'pdf');
      const b = file('b.pdf', 'pdf');
      const result = await checkFiles(policy, [], [bad, a, b]);
      expect(result.accepted).to.deep.equal([a, b]);
    });
  });
});
