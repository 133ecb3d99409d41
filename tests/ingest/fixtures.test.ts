import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractCasualtyReports } from '../../src/ingest/casualties.js';
import { extractDeployments } from '../../src/ingest/deployments.js';
import { evaluate, formatScores, type NamedFacts, namedFacts, pooled } from '../../src/ingest/evaluate.js';
import { extractStatements } from '../../src/ingest/statements.js';
import { analyzed, type Entities } from './analyzed.js';

const FOLDER = fileURLToPath(new URL('../fixtures/articles', import.meta.url));

interface Expected extends NamedFacts {
  publishedOn: string;
  /** The entities a careful entity stage would find, aliases standing in for coreference ("the company"). */
  entities: Entities;
}

const fixtures = fs
  .readdirSync(FOLDER)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({
    name: f.replace(/\.txt$/, ''),
    body: fs.readFileSync(path.join(FOLDER, f), 'utf8').trimEnd(),
    expected: JSON.parse(fs.readFileSync(path.join(FOLDER, f.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected,
  }));

const results = fixtures.map((f) => {
  const article = analyzed(f.body, f.expected.entities, { publishedOn: f.expected.publishedOn });
  const extracted = namedFacts({
    ...article,
    statements: extractStatements(article),
    casualtyReports: extractCasualtyReports(article),
    militaryDeployments: extractDeployments(article),
  });
  return { ...f, extracted, scores: evaluate(f.expected, extracted) };
});

describe('the fact extractors on the self-written fixture articles', () => {
  it('has at least ten articles of 100 to 400 words, one without facts', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
    for (const f of fixtures) {
      const words = f.body.split(/\s+/).length;
      expect(words, f.name).toBeGreaterThanOrEqual(100);
      expect(words, f.name).toBeLessThanOrEqual(400);
    }
    expect(
      fixtures.some(
        (f) =>
          f.expected.statements.length + f.expected.casualtyReports.length + f.expected.militaryDeployments.length ===
          0,
      ),
    ).toBe(true);
  });

  it('covers every pattern the issue lists, each in at least one article', () => {
    // Written from the list of patterns; each regular expression finds the pattern's wording.
    const patterns: Record<string, RegExp> = {
      'split quote': /," (?:said [A-Z][\w ]+|[A-Z]\w+ said|(?:he|she) said)[^."]*\. "/,
      'multi-sentence quote': /(?:^|\s)"[^"\n]*[a-z][.!?] [A-Z][^"\n]*,"/m,
      'quote continued in the next paragraph': /"[^"\n]*[.!?]\n\n"/,
      '"…," said X': /," said [A-Z]/,
      'X said, "…"': /\b[A-Z]\w+ said, "/,
      'agencies quoted X as saying': /\bquoted\b[^.]* as saying/,
      'X told Reuters': /\btold Reuters\b/,
      'X said (on …) that': /\bsaid (?:on \w+ )?that\b/,
      'X told Y that': /\btold (?:[a-z]+ ){1,4}that\b/,
      'a toll in words': /\b(?:two|three|four|five|six|seven|eight|nine|ten) (?:\w+ )?(?:were|was) (?:killed|wounded)/,
      'a range': /\bbetween \d+ and \d+\b/,
      'at least': /\b[Aa]t least \d/,
      'more than': /\b[Mm]ore than \d/,
      about: /\b[Aa]bout \d/,
      'a vague quantity': /\b(?:[Dd]ozens|[Ss]cores|[Hh]undreds|[Tt]housands)\b/,
      arrested: /\b(?:arrested|detained)\b/,
      displaced: /\b(?:displaced|fled|flee)\b/,
      missing: /\bmissing\b/,
      'an attributed toll':
        /\b(?:killed|died|injured|wounded|missing)\b[^.]*, (?:[a-z]+ )?(?:officials|the [A-Za-z ]+) said/,
      'sent troops': /\b(?:sent|send)\b[^.]*\b(?:troops|soldiers|paratroopers)\b/,
      'companies of paratroopers': /\bcompan(?:y|ies) of paratroopers\b/,
      'N servicemen have arrived at': /\b\d+ (?:[A-Z]\w+ )?servicemen have arrived at\b/,
      'leases an air base': /\bleases an air base\b/,
      'a withdrawal': /\b(?:withdrew|left)\b/,
      'a purpose clause': /\bto (?:protect|support|help)\b/,
      'countries listed as contributors': /\b[A-Z]\w+, [A-Z]\w+ and [A-Z]\w+ will contribute\b/,
      'troops from a list of countries': /\btroops (?:\w+ ){0,2}from [A-Z]\w+(?:, [A-Z]\w+)* and [A-Z]\w+/,
      'a described speaker': /\bThe (?:[a-z]+ )+of the [a-z ]+ said\b/,
      'a government as speaker': /\b[A-Z]\w+(?: [A-Z]\w+)?'s (?:military )?government says\b/,
      'a group named by its acronym as speaker': /\(([A-Z]{2,8})\)[\s\S]*\b\1 said\b/,
      'an arrest without an arrest word': /\b(?:took away|rounded up)\b/,
      'an untitled name whose surname speaks later': /\b([A-Z][a-z]+) ([A-Z][a-z]+), who [^.]*\.[\s\S]*\b\2 said\b/,
      '"He said" opening the paragraph after a quote paragraph': /\n\n"[^"\n]*"\n\nHe said\b/,
      'a role in apposition without an article': /, deputy [a-z ]+ of the\b/,
      'a quote framed by another verb, then ", saying"': /\bcondemned [^"]*"[^"]*," saying\b/,
      '", adding that"': /, adding that\b/,
      '"the statement said"': /, the statement said\b/,
      '"The spokesman said" after one spokesman': /, a [a-z ]*spokesman, [\s\S]*\bThe spokesman said\b/,
      'a one-word surname of a Korean name': /\b([A-Z][a-z]+) [A-Z][a-z]+-[a-z]+\b[\s\S]*\b\1 (?:said|told)\b/,
      'peacekeepers from a country': /\bpeacekeepers, all from [A-Z]/,
      "a country's forces hit abroad": /\bU\.S\. soldiers were killed [^.]* in Afghanistan\b/,
      'one victim as an object, and a second': /\bkilling an? [^.,]+ and at least \w+ /,
      'a force sent "there"': /\bsent \d+ \w+ [^.]*\bthere\b/,
      'forces "were at the base"': /\b\d+ [A-Z]\w+ soldiers were at the base\b/,
      '"includes troops from"': /\bincludes troops from [A-Z]\w+, [A-Z]\w+ and [A-Z]\w+/,
      '"N soldiers serve"': /\b\d+ [A-Z]\w+ soldiers serve\b/,
      '"X, which …, has N troops in"': /\b[A-Z]\w+, which [^,]+, has [\d,]+ troops in\b/,
      "a force's acronym deployed to a town, then its country":
        /\(([A-Z]{2,6})\)[\s\S]*\bthe \1 deployed to [A-Z]\w+, [A-Z]/,
      '"A statement from the … said:"': /\bA statement from the [A-Z]\w+ [A-Z]\w+ said: "/,
      '"said, however, that"': /\bsaid, however, that\b/,
      '"claimed the life of"': /\bclaimed the life of an? \w+ \w+, [^,]+, and \w+ /,
      '"were captured"': /\b(?:[Aa]t least )?\w+ \w+ were captured\b/,
      'quote marks typed as two apostrophes': /''[A-Z][^'\n]*,'' [A-Z]\w+ said\b/,
      '"… but said, "…"" after a person set off by commas': /, [A-Z][\w. ]+, \w+ed [^"]* but said, "/,
      'a participle clause holding a quote': /, (?:insisting|declaring|highlighting) that (?:[a-z ]+)?"/,
      '"described … as a "…""': /\bdescribed [^"]+ as a "/,
      'an organization\'s "it said"': /," it said\b/,
      "an organization's role holder after an inverted verb": /," said [A-Z]{2,} spokesman (?:Lt\. Col\. )?[A-Z]/,
      '"…," X was quoted by': /," [A-Z][\w. ]+ was quoted by\b/,
      'a quoted fragment after a verb that takes no "that"': /\bannounced the [a-z ]+ would [^"\n]*"/,
      'a day between subject and verb':
        /\b[A-Z]\w+ on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) said\b/,
      '"the statement continued" a paragraph later':
        /said in a statement\.\n\n[^"\n]+\n\n"[^"\n]*," the statement continued\b/,
      'an unnamed source again as "he"': /," an? [a-z ]+ (?:told|said)[^.\n]*\.\n\n"[^"\n]*," he said\b/,
      'a single quoted word as a predicate, then as a noun': /\bwas "\w+" and the "\w+"/,
      'a quoted name of capitalized words joined by "of"': /"[A-Z]\w+ of [A-Z]\w+"/,
      'a count of dozens': /\b(?:two|three|four) dozen\b/,
      'victims named once for two counts': /\b\w+ [A-Z]\w+an and \w+ [A-Z]\w+an peacekeepers\b/,
      '"dead or captured"': /\bdead or captured\b/,
      'a name printed with its last word twice': /\b[A-Z][a-z]+ ([A-Z][a-z]+) \1\b/,
      'a lower-case title before a full name': /\bformer president [A-Z][a-z]+ [A-Z][a-z]+/,
      '"killing all on board" after a count': /\b\d+ [A-Z]\w+ \w+ [^,.]+, killing all on board\b/,
      'victims with their parts between dashes': /\b[A-Z]\w+ [A-Z]\w+ - [^-.]+ - were \w+ed\b/,
      'a part listed with "including" before its verb': /\b\d+ \w+, including \w+ \w+, were \w+ed\b/,
      'a total told after its count': /\bbrought to \d+ the number of [^.]+ killed\b/,
      "a country's people as a plural noun":
        /\b\d+ [A-Z]\w+ans and \d+ [A-Z]\w+ans\b[\s\S]*\bThe [A-Z]\w+ans arrived\b/,
    };
    const uncovered = Object.entries(patterns)
      .filter(([, re]) => !fixtures.some((f) => re.test(f.body)))
      .map(([name]) => name);
    expect(uncovered).toEqual([]);
  });

  it('proposes no fact in an article that has none', () => {
    const none = results.find((r) => r.name.includes('no-facts'));
    expect(none?.extracted).toEqual({ statements: [], casualtyReports: [], militaryDeployments: [] });
  });

  it('meets the precision and recall floors over the whole set', () => {
    for (const r of results) console.log(`${r.name}\n${formatScores(r.scores)}`);
    const total = pooled(results.map((r) => r.scores));
    console.log(`All fixtures:\n${formatScores(total)}`);
    for (const type of ['directQuotes', 'statements', 'casualtyReports', 'militaryDeployments'] as const) {
      expect(total[type].precision, type).toBeGreaterThanOrEqual(0.9);
    }
    expect(total.directQuotes.recall).toBeGreaterThanOrEqual(0.8);
    expect(total.casualtyReports.recall).toBeGreaterThanOrEqual(0.8);
    expect(total.militaryDeployments.recall).toBeGreaterThanOrEqual(0.7);
  });
});
