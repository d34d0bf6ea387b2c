import { describe, expect, it } from 'vitest';
import { buildAliasIndex, matchNames } from '../../src/ingest/matcher';
import { allCaps, startsUpper, TextContext } from '../../src/ingest/placeContext';
import { loadKnowledge } from '../seedFixtures';
import { evalText } from './evalFixtures';
import { passage } from './passages';

const index = buildAliasIndex(loadKnowledge());

/** A context over a real passage, knowing the states and places the knowledge file finds in it. */
function contextOf(text: string) {
  const ctx = new TextContext(text, matchNames(text, index).names);
  /** The index of the nth (0-based) word written `w`. */
  const word = (w: string, nth = 0) => {
    const hits = ctx.words.map((x, i) => (ctx.raw(i) === w ? i : -1)).filter((i) => i >= 0);
    if (hits[nth] === undefined) throw new Error(`no word "${w}" number ${nth}`);
    return hits[nth];
  };
  return { ctx, word };
}

// 05: the TASS report of the Qingdao summit.
const QINGDAO = passage(evalText('05_'), 'QINGDAO /China/, June 10. /TASS/.', 'have singed the Qingdao Declaration.');

describe('startsUpper and allCaps', () => {
  it('tell "QINGDAO" and "SCO" (written in capitals) from "Qingdao" and "summit" (05)', () => {
    expect(['QINGDAO', 'SCO', 'Qingdao', 'summit'].map((w) => [startsUpper(w), allCaps(w)])).toEqual([
      [true, true],
      [true, true],
      [true, false],
      [false, false],
    ]);
  });
});

describe('TextContext on the Qingdao dateline and lead (05)', () => {
  it('reads "QINGDAO /China/," as a dateline followed by its state', () => {
    const { ctx, word } = contextOf(QINGDAO);
    expect(word('QINGDAO')).toBe(0);
    expect(ctx.inDateline(0, 0)).toBe(true);
    expect(ctx.placeAfter(0)).toBe(true);
    expect(ctx.stateAt(word('China'))).toBe(true);
  });

  it('reads "China’s Qingdao" as a place after its state', () => {
    const { ctx, word } = contextOf(QINGDAO);
    const i = word('Qingdao', 0);
    expect(ctx.raw(i - 2)).toBe('China');
    expect(ctx.placeBefore(i)).toBe(true);
    expect(ctx.nameFollows(i)).toBe(false);
  });

  it('reads "Shanghai Cooperation Organization" and "the Qingdao Declaration" as names a place is part of', () => {
    const { ctx, word } = contextOf(QINGDAO);
    expect(ctx.nameFollows(word('Shanghai'))).toBe(true);
    expect(ctx.nameFollows(word('Qingdao', 1))).toBe(true);
    // "Shanghai" opens a sentence, after "/TASS/.": capitals there say nothing.
    expect(ctx.sentenceInitial(word('Shanghai'))).toBe(true);
    expect(ctx.sentenceInitial(word('Qingdao', 0))).toBe(false);
  });

  it('finds words by where they end, and only there', () => {
    const { ctx } = contextOf(QINGDAO);
    expect(ctx.wordEndingAt('QINGDAO'.length)).toBe(0);
    expect(ctx.wordEndingAt(3)).toBeUndefined();
    expect(ctx.gapAfter(0)).toBe(' /');
  });
});

describe('TextContext on other real sentences', () => {
  it('reads "the Kazakh village of Burabay" as a place after a descriptor (04)', () => {
    const { ctx, word } = contextOf(
      passage(evalText('04_'), 'The agreements were signed at a summit of CIS leaders', 'in the Kazakh village of Burabay.'),
    );
    expect(ctx.placeBefore(word('Burabay'))).toBe(true);
    // "Kazakh" is an adjective, not a name "Kazakh Burabay" would end.
    expect(ctx.nameBefore(word('Burabay'))).toBe(false);
  });

  it('does not make "the Astana Summit" another name, but does make Paris what "the Charter of Paris" is named after (b06)', () => {
    const text = passage(evalText('b06_'), '"The very fact that after an 11-year pause', 'the participating States," he said.');
    const { ctx, word } = contextOf(text);
    expect(ctx.nameFollows(word('Astana'))).toBe(false);
    expect(ctx.namedAfter(word('Paris'))).toBe(true);
    expect(ctx.namedAfter(word('Astana'))).toBe(false);
  });

  it('reads "Astana" in "a three-part Review Conference in Warsaw, Vienna and Astana" as a place listed after one (b06)', () => {
    const { ctx, word } = contextOf(
      passage(evalText('b06_'), 'The Summit was preceded by a three-part Review Conference', 'implementation of OSCE commitments.'),
    );
    // The knowledge file knows Vienna, not Warsaw: "and Astana" follows a known place, ", Vienna" does not.
    expect(ctx.placeBefore(word('Astana'))).toBe(true);
    expect(ctx.listAfterPlace(word('Vienna'))).toBe(false);
    ctx.placeEnds.add(ctx.words[word('Warsaw')]!.end);
    expect(ctx.listAfterPlace(word('Vienna'))).toBe(true);
  });

  it('reads "Putin" in "Russian President Vladimir Putin" as the end of another name, and "Astana" in "In Astana the employees" as not (04, 01)', () => {
    const putin = contextOf(
      passage(evalText('04_'), 'At a press conference, Russian President Vladimir Putin said', 'is close to becoming critical.'),
    );
    expect(putin.ctx.nameBefore(putin.word('Putin'))).toBe(true);
    const astana = contextOf(passage(evalText('01_'), 'In Astana the employees of national law-enforcement agencies'));
    expect(astana.ctx.nameBefore(astana.word('Astana'))).toBe(false);
    expect(astana.ctx.placeBefore(astana.word('Astana'))).toBe(true);
  });

  it('reads the headline "Nazarbayev Attends SCO, BRICS Summits in Ufa" as a title line, and the lead under it as body text (03)', () => {
    const text = evalText('03_').slice(0, evalText('03_').indexOf('South Africa.') + 'South Africa.'.length);
    const { ctx, word } = contextOf(text);
    expect(ctx.inTitleLine(word('Ufa', 0))).toBe(true);
    expect(ctx.inTitleLine(word('Ufa', 1))).toBe(false);
    // "Ufa, Russia": a list comma and a state after the place.
    expect(ctx.placeAfter(word('Ufa', 1))).toBe(true);
    expect(ctx.lowercaseWords.has('summit')).toBe(true);
    expect(ctx.lowercaseWords.has('ufa')).toBe(false);
  });

  it('joins "St. Petersburg" into one name after "city of", and never joins words across a comma or a slash (b13, 05)', () => {
    const { ctx, word } = contextOf(
      passage(evalText('b13_'), 'they convened for an informal summit in Russia’s second largest city of St. Petersburg.'),
    );
    expect(ctx.joins(word('St'))).toBe(true);
    expect(ctx.placeBefore(word('St'))).toBe(true);
    expect(ctx.placeBefore(word('largest'))).toBe(false);
    const qingdao = contextOf(QINGDAO);
    expect(qingdao.ctx.joins(qingdao.word('QINGDAO'))).toBe(false);
    expect(qingdao.ctx.joins(qingdao.word('China'))).toBe(false);
  });
});
