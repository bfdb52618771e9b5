import { describe, expect, it } from 'vitest';
import { activationTerms, companyAcceptanceTerms, companyTermsFor, termsFor } from './terms.js';

describe('given the activation terms', () => {
  it('has the same number of points in Swedish and English for each case', () => {
    for (const terms of Object.values(activationTerms))
      expect(terms.sv.length).toBe(terms.en.length);
  });
  it('names the agency and differs between a new and an existing account', () => {
    const created = termsFor('new_account', 'en', 'Byrå Alfa AB');
    const invited = termsFor('existing_account', 'en', 'Byrå Alfa AB');
    expect(created.join(' ')).toContain('sign-in instructions');
    expect(invited.join(' ')).toContain('accept the invitation');
    expect(created[2]).toBe(
      'The employees of Byrå Alfa AB who work on the task get access to the account and the services in the collaboration.',
    );
  });
});

describe('given the terms as the company reads them on the accept page', () => {
  it('speaks to the company, never of it as "the customer", in both languages', () => {
    expect(companyAcceptanceTerms.sv.length).toBe(companyAcceptanceTerms.en.length);
    const sv = companyTermsFor('sv', 'Byrå Alfa AB').join(' ');
    const en = companyTermsFor('en', 'Byrå Alfa AB').join(' ');
    expect(sv).toContain('ert företag');
    expect(sv.toLowerCase()).not.toMatch(/kunden|mejl/);
    expect(en).toContain('your company');
    expect(en.toLowerCase()).not.toMatch(/customer|e-mail/);
    expect(sv).toContain('Tjänster ni avböjer aktiveras inte, och Byrå Alfa AB får veta vilka');
  });
});
