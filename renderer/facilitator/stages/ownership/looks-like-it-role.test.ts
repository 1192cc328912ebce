import { describe, expect, it } from 'vitest';
import { looksLikeItRole } from './looks-like-it-role';

describe('looksLikeItRole', () => {
  it.each([
    'Head of IT',
    'IT manager',
    'IT-Leiter',
    'Director, I.T.',
    'CIO',
    'Deputy CTO',
    'cto',
    'Chief Information Officer',
    'Software engineer',
    'Head of Engineering',
    'Senior developer',
    'Solutions architect',
    'Enterprise Architecture lead',
    'Lead data scientist',
    'VP Technology',
    'Technology lead',
    'Tech lead',
    'Infrastructure manager',
    'MLOps lead',
    'DevOps engineer',
    'Machine learning lead',
    'Systems administrator',
  ])('flags "%s"', (role) => {
    expect(looksLikeItRole(role)).toBe(true);
  });

  it.each([
    '',
    'Head of Claims',
    'Operations director',
    'Customer service team lead',
    'Credit risk manager',
    'Chief Financial Officer',
    'Digital marketing lead',
    'Head of Underwriting',
    'Make it happen lead',
    'Business development manager',
    'Architectural heritage officer',
    'Technician supervisor',
  ])('does not flag "%s"', (role) => {
    expect(looksLikeItRole(role)).toBe(false);
  });
});
