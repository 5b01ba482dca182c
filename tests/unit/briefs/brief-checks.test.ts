// The craft checks a strategy director would make: three reasons to believe at most, a proposition short enough to remember.
import { describe, expect, it } from 'vitest';
import { countReasons, measureProposition, tooManyReasons } from '@shared/metrics/brief-checks';

describe('reasons to believe', () => {
  it('warns past three, counting only reasons that say something', () => {
    expect(tooManyReasons(['冷链到店', '三分糖', '自有茶园'])).toBe(false);
    expect(tooManyReasons(['冷链到店', '三分糖', '自有茶园', '门店现做'])).toBe(true);
    expect(countReasons(['冷链到店', ' ', '', '三分糖'])).toBe(2);
    expect(tooManyReasons(['a', 'b', 'c', '   '])).toBe(false);
  });
});

describe('single-minded proposition', () => {
  it('a short Chinese line is fine', () => {
    expect(measureProposition('山野里摘来的清爽，一口喝得到真。')).toMatchObject({ characters: 14, words: 0, sentences: 1, tooLong: false, moreThanOneSentence: false });
  });

  it('a long Chinese line is gently flagged', () => {
    const m = measureProposition('我们要告诉所有年轻消费者，青岚的夏季新品不仅好喝而且健康，还有很多种口味可以选择，适合各种场合饮用');
    expect(m.tooLong).toBe(true);
    expect(m.units).toBeGreaterThan(30);
  });

  it('counts English words as two units each: about fifteen words fit', () => {
    expect(measureProposition('The first sip of summer, picked wild.').tooLong).toBe(false);
    const long = measureProposition('Our new summer drink is not only delicious but also healthy and comes in many flavours for every occasion');
    expect(long.words).toBe(19);
    expect(long.tooLong).toBe(true);
  });

  it('notices a second sentence, in Chinese or English', () => {
    expect(measureProposition('好喝。健康。').moreThanOneSentence).toBe(true);
    expect(measureProposition('Tastes real. Feels light.').moreThanOneSentence).toBe(true);
    expect(measureProposition('Tastes real.').moreThanOneSentence).toBe(false);
    expect(measureProposition('  ')).toMatchObject({ units: 0, sentences: 0, tooLong: false });
  });
});
