// The agency logo from settings is embedded at its own aspect ratio, and a broken one never breaks a document.
import { describe, expect, it } from 'vitest';
import { decodeBase64, fitInto, readLogo } from '@shared/documents/image';
import { logoDataUrl } from '../../docs/account-bundle';

describe('logo', () => {
  it('reads a PNG logo and its pixel size', () => {
    const logo = readLogo(logoDataUrl(240, 64));
    expect(logo).toMatchObject({ type: 'png', width: 240, height: 64 });
  });

  it('reads the size of a JPEG from its start-of-frame segment', () => {
    // SOI, an APP0 segment, then SOF0 with height 30 and width 50.
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x1e, 0x00, 0x32, 0x01, 0x01, 0x11, 0x00, 0xff, 0xd9]);
    expect(readLogo(`data:image/jpeg;base64,${jpeg.toString('base64')}`)).toMatchObject({ type: 'jpg', width: 50, height: 30 });
  });

  it('ignores a logo that is not a readable image', () => {
    expect(readLogo('data:image/png;base64,AAAA')).toBeNull();
    expect(readLogo('data:image/gif;base64,R0lGOD')).toBeNull();
    expect(readLogo(null)).toBeNull();
  });

  it('decodes base64 exactly as Node does', () => {
    const bytes = Buffer.from('青岚 logo ✓ 🎉');
    expect(Buffer.from(decodeBase64(bytes.toString('base64')) ?? [])).toEqual(bytes);
    expect(decodeBase64('a$b=')).toBeNull();
  });

  it('scales a logo into the header box keeping its proportions, never enlarging it', () => {
    expect(fitInto({ width: 1000, height: 250 }, 140, 26)).toEqual({ width: 104, height: 26 });
    expect(fitInto({ width: 20, height: 10 }, 140, 26)).toEqual({ width: 20, height: 10 });
  });
});
