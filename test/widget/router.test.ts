import { expect } from '@open-wc/testing';
import { formatHash, needsSession, parseHash, routeFrom, sameRoute } from '../../src/widget/router.js';

describe('portal router', () => {
  it('reads the portal views from the fragment', () => {
    expect(parseHash('#hd')).to.deep.equal({ view: 'home' });
    expect(parseHash('#hd/home')).to.deep.equal({ view: 'home' });
    expect(parseHash('#hd/new')).to.deep.equal({ view: 'new-case' });
    expect(parseHash('#hd/new/plataforma-inaccesible')).to.deep.equal({
      view: 'new-case',
      categoryId: 'plataforma-inaccesible'
    });
    expect(parseHash('#hd/cases')).to.deep.equal({ view: 'my-cases', scope: 'mine' });
    expect(parseHash('#hd/cases/company')).to.deep.equal({ view: 'my-cases', scope: 'organization' });
    expect(parseHash('#hd/case/CAS-01202-B2K8P0')).to.deep.equal({ view: 'case', caseId: 'CAS-01202-B2K8P0' });
    expect(parseHash('#hd/hours')).to.deep.equal({ view: 'entitlements' });
    expect(parseHash('#hd/invoices')).to.deep.equal({ view: 'invoices' });
    expect(parseHash('#hd/forgot-password')).to.deep.equal({ view: 'forgot-password' });
    expect(parseHash('#hd/nothing-here')).to.deep.equal({ view: 'home' });
  });

  it('reads the tokens of e-mailed links, in both spellings and among other parameters', () => {
    expect(parseHash('#hd/signup=abc123')).to.deep.equal({ view: 'register', token: 'abc123' });
    expect(parseHash('#hd-signup=abc%2B1')).to.deep.equal({ view: 'register', token: 'abc+1' });
    expect(parseHash('#hd-reset=xyz')).to.deep.equal({ view: 'reset-password', token: 'xyz' });
    expect(parseHash('#hd/reset=xyz')).to.deep.equal({ view: 'reset-password', token: 'xyz' });
    expect(parseHash('#tab=2&hd-reset=xyz')).to.deep.equal({ view: 'reset-password', token: 'xyz' });
  });

  it("leaves other fragments to the page's own code", () => {
    expect(parseHash('')).to.equal(undefined);
    expect(parseHash('#top')).to.equal(undefined);
    expect(parseHash('#hdx/cases')).to.equal(undefined);
    expect(parseHash('#/app/hd/cases')).to.equal(undefined);
  });

  it('writes each route back to the fragment it was read from, never with a token', () => {
    for (const hash of ['#hd/home', '#hd/new', '#hd/new/linkedin', '#hd/cases', '#hd/cases/company', '#hd/case/TK-1']) {
      expect(formatHash(parseHash(hash)!)).to.equal(hash);
    }
    expect(formatHash({ view: 'register', token: 'secret' })).to.equal('#hd/register');
    expect(formatHash({ view: 'entitlements' })).to.equal('#hd/hours');
    expect(formatHash({ view: 'new-case', categoryId: 'a b/c' })).to.equal('#hd/new/a%20b%2Fc');
    expect(parseHash('#hd/new/a%20b%2Fc')).to.deep.equal({ view: 'new-case', categoryId: 'a b/c' });
  });

  it('understands the words of the public API', () => {
    expect(routeFrom('new-case', { categoryId: 'linkedin' })).to.deep.equal({
      view: 'new-case',
      categoryId: 'linkedin'
    });
    expect(routeFrom('new')).to.deep.equal({ view: 'new-case' });
    expect(routeFrom('cases')).to.deep.equal({ view: 'my-cases' });
    expect(routeFrom('my-cases', { scope: 'organization' })).to.deep.equal({ view: 'my-cases', scope: 'organization' });
    expect(routeFrom('case')).to.deep.equal({ view: 'my-cases' });
    expect(routeFrom('account')).to.deep.equal({ view: 'sign-in' });
    expect(routeFrom('#hd/hours')).to.deep.equal({ view: 'entitlements' });
    expect(routeFrom('nonsense')).to.equal(undefined);
    expect(routeFrom(undefined)).to.equal(undefined);
  });

  it('knows which views need a session and which routes are the same', () => {
    expect(needsSession('home')).to.equal(true);
    expect(needsSession('change-password')).to.equal(true);
    expect(needsSession('sign-in')).to.equal(false);
    expect(needsSession('reset-password')).to.equal(false);
    expect(sameRoute({ view: 'my-cases', scope: 'mine' }, { view: 'my-cases' })).to.equal(true);
    expect(sameRoute({ view: 'register', token: 'a' }, { view: 'register', token: 'b' })).to.equal(false);
  });
});
