// The glossary and the cheat sheet: every term of the plan is defined once, every link a lesson makes
// into the glossary lands on a term, and every entry names a lesson of the plan.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../lessons/glossary.ts';
import { CHEAT_SHEET } from '../../lessons/cheat-sheet.ts';
import { PLANNED_LESSONS } from '../../lessons/plan.ts';
import { LESSONS_DIR, loadLessons } from '../../src/sim/grade/lessons.ts';
import { firstProseUse, pageText, runBlocks, shellBlockLines } from './page.ts';

// CURRICULUM §6, as the page spells each term.
const PLAN_TERMS = [
  'image', 'container', 'layer', 'diff ID', 'blob', 'digest', 'image ID', 'manifest / index', 'image config', 'RootFS', 'overlay2', 'copy-on-write', 'whiteout',
  'writable layer', 'registry', 'repository', 'namespace', 'official image', 'reference', 'tag', 'latest', 'variant', 'platform', 'self-hosted registry', 'scratch',
  'base image', 'userland', 'kernel', 'Docker Desktop VM', 'exec/shell form', 'build context', '.dockerignore', 'BuildKit', 'build cache', 'build check', 'multi-stage',
  'build argument', 'build secret', 'ENTRYPOINT', 'CMD', 'EXPOSE', 'publish', 'volume', 'non-root', 'commit', 'export/import', 'save/load', 'dangling image',
  'config.json', 'access token',
];

const lessonDirs = readdirSync(LESSONS_DIR).filter((d) => /^\d\d-/.test(d));

// Lines a challenge's solution types: the page must not show them (lesson CI), so the sheet may list them unshown.
const challengeLines = new Map((await loadLessons()).map((l) => [l.lessonId, new Set(l.checkpoints.filter((c) => c.kind === 'challenge').flatMap((c) => (c.solution ?? '').split('\n').map((x) => x.trim())))]));

describe('glossary', () => {
  it('defines every term of the plan once, each with its own anchor and a lesson of the plan', () => {
    expect(GLOSSARY.map((g) => g.term).sort()).toEqual([...PLAN_TERMS].sort());
    expect(new Set(GLOSSARY.map((g) => g.slug)).size).toBe(GLOSSARY.length);
    for (const g of GLOSSARY) {
      expect(g.slug, g.term).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(PLANNED_LESSONS, g.term).toContain(g.lesson);
    }
  });

  it('gets a link from the lessons that use its terms, and every such link lands on a term', () => {
    const slugs = new Set(GLOSSARY.map((g) => g.slug));
    for (const dir of lessonDirs) {
      const links = [...pageText(join(LESSONS_DIR, dir)).matchAll(/\]\(\.\.\/\.\.\/glossary\/#([^)]+)\)/g)].map((m) => m[1]);
      for (const slug of links) expect(slugs.has(slug), `lessons/${dir}/index.mdx links to glossary #${slug}, which is no term`).toBe(true);
    }
    // Each written lesson links every term it teaches.
    for (const g of GLOSSARY.filter((x) => lessonDirs.includes(x.lesson))) {
      expect(pageText(join(LESSONS_DIR, g.lesson)), `lessons/${g.lesson} should link "${g.term}" to the glossary`).toContain(`](../../glossary/#${g.slug})`);
    }
  });
});

describe('glossary links on every page', () => {
  for (const dir of lessonDirs) {
    it(`lessons/${dir} links each glossary term at its first use in the prose`, () => {
      const mdx = pageText(join(LESSONS_DIR, dir));
      const late = GLOSSARY.filter((g) => {
        const use = firstProseUse(mdx, g.term);
        const link = mdx.indexOf(`](../../glossary/#${g.slug})`);
        return use !== undefined && (link === -1 || link > use.index);
      }).map((g) => `${g.term} (first used: "…${mdx.slice(Math.max(0, firstProseUse(mdx, g.term)!.index - 30), firstProseUse(mdx, g.term)!.index + 20)}…")`);
      expect(late, 'terms used before (or without) their glossary link').toEqual([]);
    });
  }
});

describe('cheat sheet', () => {
  it('names a lesson of the plan for every command', () => {
    const entries = CHEAT_SHEET.flatMap((s) => s.entries);
    expect(entries.length).toBeGreaterThan(20);
    for (const entry of entries) expect(PLANNED_LESSONS, entry.command).toContain(entry.lesson);
  });

  it('lists every docker command a lesson runs or shows', () => {
    const sheet = CHEAT_SHEET.flatMap((s) => s.entries.map((e) => e.command)).join('\n');
    const verbs = (line: string) => [...line.matchAll(/\bdocker (?:(?:image|container|volume|buildx) )?([a-z]+)/g)].map((m) => m[0]);
    for (const dir of lessonDirs) {
      const mdx = pageText(join(LESSONS_DIR, dir));
      for (const command of new Set([...runBlocks(mdx), ...shellBlockLines(mdx)].flatMap(verbs))) {
        const verb = command.split(' ').pop()!;
        expect(sheet, `${command} (lessons/${dir}) is not on the cheat sheet`).toMatch(new RegExp(`\\bdocker (?:(?:image|container|volume|buildx) )?${verb}\\b`));
      }
    }
  });

  it('lists commands that the lesson it names really shows', () => {
    for (const entry of CHEAT_SHEET.flatMap((s) => s.entries)) {
      if (!lessonDirs.includes(entry.lesson) || !entry.command.startsWith('docker ')) continue;
      const verb = entry.command.split(' ').slice(0, 2).join(' ');
      if (challengeLines.get(entry.lesson)?.has(entry.command)) continue;
      expect(pageText(join(LESSONS_DIR, entry.lesson)), `${entry.command} → lessons/${entry.lesson}`).toContain(verb);
    }
  });
});
