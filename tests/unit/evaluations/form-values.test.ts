// What the evaluation and framework forms turn typed text into: numbers as people type them, blank rows dropped, the
// weight total, and nothing lost between the stored record and the form.
import { describe, expect, it } from 'vitest';
import { defaultFramework } from '@shared/model/framework';
import { evaluationFormSchema, fromFormValues, parseNumber, toFormValues } from '../../../renderer/features/evaluations/evaluation-form-values';
import { fromFrameworkValues, newDimensionKey, toFrameworkValues, totalIsRight, weightTotal } from '../../../renderer/features/settings/framework/framework-values';
import { makeEvaluation } from '../../fixtures/factories';

describe('evaluation form values', () => {
  it('reads numbers with grouping, spaces and full-width digits, and refuses words', () => {
    expect(parseNumber('1,200')).toBe(1200);
    expect(parseNumber(' 95 ')).toBe(95);
    expect(parseNumber('４．５')).toBe(4.5);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('abc')).toBeNaN();
  });

  it('round-trips an evaluation through the form without change', () => {
    const evaluation = makeEvaluation('m1', {
      kpis: [{ id: 'k1', name: '收入', unit: '万元', target: 600, actual: null }],
      strategyInput: { name: '沈清扬', score: 4, comment: '好' },
      goals: [{ id: 'g1', text: '目标' }],
    });
    const back = fromFormValues(toFormValues(evaluation));
    expect(back).toMatchObject({ kpis: evaluation.kpis, strategyInput: evaluation.strategyInput, goals: evaluation.goals, scores: evaluation.scores });
  });

  it('drops blank KPI and goal rows, and asks for a name when a KPI has figures', () => {
    const values = toFormValues(makeEvaluation('m1'));
    values.kpis = [{ id: 'a', name: '', unit: '', target: '', actual: '' }, { id: 'b', name: '', unit: '', target: '5', actual: '' }];
    values.goals = [{ id: 'g', text: '   ' }];
    const parsed = evaluationFormSchema.safeParse(values);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['kpis.1.name']);
    values.kpis = [values.kpis[0] ?? { id: 'a', name: '', unit: '', target: '', actual: '' }];
    expect(fromFormValues(values)).toMatchObject({ kpis: [], goals: [] });
  });
});

describe('framework form values', () => {
  it('totals the weights as typed and accepts only exactly 100', () => {
    const values = toFrameworkValues(defaultFramework);
    expect(weightTotal(values.dimensions)).toBe(100);
    values.dimensions[0] = { ...values.dimensions[0]!, weight: '25' };
    expect(weightTotal(values.dimensions)).toBe(105);
    expect(totalIsRight(105)).toBe(false);
    expect(fromFrameworkValues(values).success).toBe(false);
    values.dimensions[1] = { ...values.dimensions[1]!, weight: '10' };
    const parsed = fromFrameworkValues(values);
    expect(parsed.success && parsed.data.dimensions.map((d) => d.weight)).toEqual([25, 10, 20, 15, 10, 10, 10]);
  });

  it('gives new dimensions a key no other has', () => {
    expect(newDimensionKey(['client', 'dimension-3'])).toBe('dimension-4');
    expect(newDimensionKey(['dimension-2', 'dimension-3'])).toBe('dimension-4');
  });
});
