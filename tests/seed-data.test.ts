import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeedFile, SEED_FOLDER, seedFiles } from '../src/seed/load-seed.js';

const [file] = seedFiles();
if (!file) throw new Error('no seed file in data/seed');
const { seed, body, raw } = readSeedFile(file);

describe('the curated seed article', () => {
  it('keeps the raw page text unchanged next to its data file', () => {
    const original = fs.readFileSync(path.join(SEED_FOLDER, '000_b16dee5915fb6544.txt'), 'utf8');
    expect(raw).toBe(original);
    expect(original.startsWith('Skip to main content')).toBe(true);
  });

  it('derives the body without page furniture and without the photo caption', () => {
    expect(body.startsWith('Russia sent troops to Kyrgyzstan on Thursday')).toBe(true);
    expect(body.endsWith('to support operations in Afghanistan.')).toBe(true);
    expect(body).not.toContain('Skip to main content');
    expect(body).not.toContain('Ivan Sekretarev');
    expect(body).not.toContain('A protestor attacks');
  });

  it('splits the caption from the credit glued to it', () => {
    expect(seed.photos).toHaveLength(1);
    const [photo] = seed.photos;
    expect(photo?.credit).toBe('Ivan Sekretarev');
    expect(raw).toContain(`${photo?.caption}${photo?.credit}`);
    expect(photo?.caption.endsWith('Wednesday, April 7, 2010.')).toBe(true);
  });

  it('has every evidence span read, in the body, exactly the text the fact records', () => {
    const spans = [
      ...seed.roles.map((f) => f.evidence),
      ...seed.mentions.map((f) => f.evidence),
      ...seed.statements.flatMap((f) => [f.evidence, f.speakerSpan]),
      ...seed.casualtyReports.map((f) => f.evidence),
      ...seed.militaryDeployments.map((f) => f.evidence),
    ];
    expect(spans.length).toBeGreaterThan(50);
    for (const span of spans) expect(body.slice(span.start, span.end)).toBe(span.text);
  });

  it("has every statement's text be its evidence, and every direct quote stand inside quotation marks", () => {
    for (const s of seed.statements) {
      expect(s.text).toBe(s.evidence.text);
      if (s.kind === 'DIRECT_QUOTE') {
        expect(body[s.evidence.start - 1]).toBe('"');
        expect(['"', ',']).toContain(body[s.evidence.end]);
      }
    }
  });

  it('states the casualty figure and the deployment figures in the evidence', () => {
    const [casualty] = seed.casualtyReports;
    expect(casualty?.evidence.text).toContain('at least 75 people dead');
    const paratroopers = seed.militaryDeployments.find((d) => d.forceType === 'paratroopers');
    expect(paratroopers?.evidence.text).toContain('two companies of paratroopers');
    expect(paratroopers?.evidence.text).toContain('Around 150');
  });
});
