// The text builders: user text that happens to be one of docx's page-number words stays text.
import { describe, expect, it } from 'vitest';
import { Document } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { para } from '@shared/documents/blocks';
import { packToBuffer } from '@shared/documents/pack';

async function bodyXml(children: ReturnType<typeof para>[]): Promise<string> {
  const bytes = await packToBuffer(new Document({ sections: [{ children }] }));
  return strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
}

describe('text in paragraphs', () => {
  it('writes CURRENT, SECTION, TOTAL_PAGES as words, not page-number fields, with tabs and line breaks kept', async () => {
    const xml = await bodyXml([para('CURRENT'), para('SECTION\tTOTAL_PAGES'), para('第一行\nTOTAL_PAGES_IN_SECTION'), para({ text: 'CURRENT', bold: true })]);
    expect(xml).not.toContain('w:fldChar');
    expect(xml).not.toContain('w:instrText');
    for (const word of ['CURRENT', 'SECTION', 'TOTAL_PAGES', 'TOTAL_PAGES_IN_SECTION']) expect(xml).toContain(`>${word}</w:t>`);
    expect(xml).toContain('<w:tab/>');
    expect(xml).toContain('<w:br/>');
    expect(xml).toContain('<w:b/>');
  });

  it('keeps ordinary text in one run per line', async () => {
    const xml = await bodyXml([para('品牌\t定位\n第二行')]);
    expect(xml.match(/<w:r>/g)?.length).toBe(2);
  });
});
