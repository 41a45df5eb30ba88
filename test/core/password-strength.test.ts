import { expect } from '@open-wc/testing';
import { checkPassword, DEFAULT_PASSWORD_POLICY, resolvePasswordPolicy } from '../../src/core/password-policy.js';
import { estimatePasswordStrength } from '../../src/core/password-strength.js';

describe('estimatePasswordStrength', () => {
  it('gives an empty password 0 and asks for one', () => {
    expect(estimatePasswordStrength('')).to.deep.equal({ score: 0, feedback: 'empty', bits: 0 });
  });

  it('scores the most used passwords 0, in any case, with digits and symbols around them or in leet', () => {
    for (const password of [
      'password',
      'Password1!',
      'p@ssw0rd',
      '123456',
      '12345678',
      'qwerty',
      'Contraseña',
      'senha123',
      'teamo',
      'iloveyou2'
    ]) {
      const strength = estimatePasswordStrength(password);
      expect(strength.score, password).to.equal(0);
      expect(strength.feedback, password).to.equal('common');
    }
  });

  it('sees repeats, sequences and keyboard rows', () => {
    expect(estimatePasswordStrength('aaaaaaaaaaaa')).to.include({ score: 0, feedback: 'repeats' });
    expect(estimatePasswordStrength('abcabcabcabc')).to.include({ score: 0, feedback: 'repeats' });
    expect(estimatePasswordStrength('abcdefghijk')).to.include({ score: 0, feedback: 'sequence' });
    expect(estimatePasswordStrength('9876543210')).to.include({ score: 0, feedback: 'sequence' });
    expect(estimatePasswordStrength('asdfghjkl')).to.include({ score: 0, feedback: 'keyboard' });
    expect(estimatePasswordStrength('zxcvbnm,.-')).to.include({ feedback: 'keyboard' });
  });

  it("weakens a password built from the person's own name or address", () => {
    const alone = estimatePasswordStrength('ferndz-lucia');
    const withName = estimatePasswordStrength('ferndz-lucia', ['Lucía Ferndz', 'lucia.ferndz@example.com']);
    expect(withName.bits).to.be.lessThan(alone.bits);
    expect(withName.feedback).to.equal('personal');
    expect(withName.score).to.be.at.most(1);
  });

  it('prices common words and years, not letter by letter', () => {
    const usual = estimatePasswordStrength('Usuario2024!');
    expect(usual.score).to.be.at.most(1);
    expect(['common-word', 'year']).to.include(usual.feedback);
    expect(estimatePasswordStrength('Demo1234!').score).to.be.at.most(1);
  });

  it('never rates a short password above 1', () => {
    expect(estimatePasswordStrength('k9$Lm').score).to.equal(1);
    expect(estimatePasswordStrength('k9$Lm').feedback).to.equal('short');
    expect(estimatePasswordStrength('Zq8#').score).to.be.at.most(1);
  });

  it('rises with length and variety', () => {
    expect(estimatePasswordStrength('kxmfpqzt')).to.include({ score: 2, feedback: 'variety' });
    expect(estimatePasswordStrength('Kxmf9pqz').score).to.equal(3);
    expect(estimatePasswordStrength('Kxmf9pqz-Tr4w').score).to.equal(4);
  });

  it('rates passphrases and long mixed passwords "very strong"', () => {
    for (const password of [
      'correct horse battery staple',
      'Caballo-Azul-Pradera-42',
      'Río-Verde-Montaña-73',
      'Tr0ub4dor&3'
    ]) {
      const strength = estimatePasswordStrength(password);
      expect(strength.score, password).to.equal(4);
      expect(strength.feedback, password).to.equal('good');
    }
  });

  it('gives the same answer every time and stays fast on any input', () => {
    const long = 'Ab1!'.repeat(500);
    expect(estimatePasswordStrength('Kxmf9pqz')).to.deep.equal(estimatePasswordStrength('Kxmf9pqz'));
    const started = performance.now();
    for (let i = 0; i < 200; i += 1) estimatePasswordStrength(`${long}${i}`);
    expect(performance.now() - started).to.be.lessThan(2000);
    expect(estimatePasswordStrength('x'.repeat(300)).score).to.equal(0);
    expect(estimatePasswordStrength(long).feedback).to.equal('repeats');
  });

  it('counts characters beyond ASCII (accents, emoji) as a large alphabet', () => {
    expect(estimatePasswordStrength('ñandú-pingüino-😀-ártico').score).to.equal(4);
  });
});

describe('checkPassword', () => {
  it('uses a default policy of 8 characters and a "fair" strength', () => {
    expect(DEFAULT_PASSWORD_POLICY).to.deep.equal({ minLength: 8, maxLength: 256, minScore: 2 });
    expect(checkPassword('').problem).to.equal('required');
    expect(checkPassword('k9$Lm').problem).to.equal('too-short');
    expect(checkPassword('password1').problem).to.equal('too-weak');
    expect(checkPassword('kxmfpqzt').problem).to.equal(undefined);
    expect(checkPassword('a'.repeat(300) + 'Kx9!').problem).to.equal('too-long');
  });

  it('takes a partial policy and brings odd values into range', () => {
    expect(checkPassword('kxmfpqzt', { minLength: 12 }).problem).to.equal('too-short');
    expect(checkPassword('kxmfpqzt', { minScore: 4 }).problem).to.equal('too-weak');
    expect(checkPassword('password', { minScore: 0 }).problem).to.equal(undefined);
    expect(resolvePasswordPolicy({ minLength: -3, minScore: 9 as 4, maxLength: 2 })).to.deep.equal({
      minLength: 1,
      maxLength: 2,
      minScore: 4
    });
    expect(resolvePasswordPolicy({ minLength: Number.NaN })).to.include({ minLength: 1 });
  });

  it('counts characters, not UTF-16 units', () => {
    expect(checkPassword('😀😀😀😀😀😀😀', { minScore: 0 }).problem).to.equal('too-short');
    expect(checkPassword('😀😀😀😀😀😀😀😀', { minScore: 0 }).problem).to.equal(undefined);
  });

  it("weighs the person's name and address", () => {
    expect(checkPassword('ferndz-lucia', {}, ['Lucía Ferndz']).problem).to.equal('too-weak');
  });
});
