import { RED_FLAG_QUESTIONS } from '@psoas/core';
import { describe, expect, it } from 'vitest';
import { emptyIntakeForm } from './intake-form.ts';
import {
  DRAFT_KEY,
  WIZARD_STEPS,
  clearDraft,
  initialWizardState,
  loadDraft,
  saveDraft,
  stepAt,
  transition,
  unansweredQuestions,
  type DraftStorage,
} from './wizard-state.ts';

function memoryStorage(): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

describe('wizard transitions', () => {
  it('moves between steps within bounds and keeps the answers', () => {
    let state = initialWizardState('UTC');
    state = transition(state, { type: 'back' });
    expect(state.step).toBe(0);
    state = transition(state, { type: 'edit', changes: { ageBand: '20-34' } });
    state = transition(state, { type: 'next' });
    state = transition(state, { type: 'back' });
    expect(state.form.ageBand).toBe('20-34');
    for (let i = 0; i < 10; i += 1) state = transition(state, { type: 'next' });
    expect(stepAt(state.step)).toBe('screening');
    expect(state.step).toBe(WIZARD_STEPS.length - 1);
  });

  it('takes the latest intake only while the wizard is still blank', () => {
    const saved = { ...emptyIntakeForm('UTC'), ageBand: '51-64' as const };
    const blank = initialWizardState('UTC');
    expect(transition(blank, { type: 'prefill', form: saved }).form.ageBand).toBe('51-64');
    const typed = { ...transition(blank, { type: 'edit', changes: {} }), source: 'draft' as const };
    expect(transition(typed, { type: 'prefill', form: saved })).toBe(typed);
  });

  it('lists unanswered screening questions in order', () => {
    const first = RED_FLAG_QUESTIONS[0];
    if (!first) throw new Error('no questions');
    const state = transition(initialWizardState('UTC'), {
      type: 'answer',
      id: first.id,
      answer: 'no',
    });
    const missing = unansweredQuestions(state.answers);
    expect(missing).not.toContain(first.id);
    expect(missing).toHaveLength(RED_FLAG_QUESTIONS.length - 1);
  });
});

describe('the draft in sessionStorage', () => {
  it('survives a reload with its step, form and answers', () => {
    const storage = memoryStorage();
    let state = initialWizardState('Europe/Paris');
    state = transition(state, { type: 'edit', changes: { ageBand: '35-50', goals: ['sport'] } });
    state = transition(state, { type: 'answer', id: 'b-injury', answer: 'yes' });
    state = transition(state, { type: 'next' });
    saveDraft(storage, state);
    const loaded = loadDraft(storage, 'UTC');
    expect(loaded).toEqual({ ...state, source: 'draft' });
    clearDraft(storage);
    expect(loadDraft(storage, 'UTC')).toBeNull();
  });

  it('drops what it cannot read instead of failing', () => {
    const storage = memoryStorage();
    storage.setItem(DRAFT_KEY, '{not json');
    expect(loadDraft(storage, 'UTC')).toBeNull();
    storage.setItem(
      DRAFT_KEY,
      JSON.stringify({
        version: 1,
        step: 99,
        form: { ageBand: 42, goals: 'sport', painNow: '4' },
        answers: { 'b-injury': 'maybe', 'a-both-legs': 'no', nonsense: 'yes' },
      }),
    );
    const loaded = loadDraft(storage, 'UTC');
    expect(loaded?.step).toBe(WIZARD_STEPS.length - 1);
    expect(loaded?.form.ageBand).toBe('');
    expect(loaded?.form.goals).toEqual([]);
    expect(loaded?.form.painNow).toBe('4');
    expect(loaded?.answers).toEqual({ 'a-both-legs': 'no' });
  });
});
