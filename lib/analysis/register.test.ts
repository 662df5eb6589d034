import { describe, expect, it } from 'vitest';
import { registerOf } from './register';

describe('registerOf: where a draft is written, for reading its sentences', () => {
  it('reads Slack and Notion comments as chat, Gmail as email, Notion pages as pages, the rest as plain text', () => {
    expect(registerOf({ text: '', site: 'slack', kind: 'dm' })).toBe('chat');
    expect(registerOf({ text: '', site: 'slack', kind: 'thread' })).toBe('chat');
    expect(registerOf({ text: '', site: 'notion', kind: 'comment' })).toBe('chat');
    expect(registerOf({ text: '', site: 'gmail' })).toBe('email');
    expect(registerOf({ text: '', site: 'notion', kind: 'page' })).toBe('page');
    expect(registerOf({ text: '', site: 'text' })).toBe('text');
  });
});
