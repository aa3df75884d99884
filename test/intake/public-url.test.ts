import { describe, expect, it } from 'vitest';
import { assertPublicUrl, NotPublicUrlError, type LookupAll } from '../../src/intake/public-url.js';

const resolvesTo =
  (...addresses: string[]): LookupAll =>
  () =>
    Promise.resolve(addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));

/** A lookup that must not be consulted: literal addresses are judged as written. */
const noLookup: LookupAll = () => Promise.reject(new Error('lookup called'));

describe('assertPublicUrl', () => {
  it.each([
    ['http://127.0.0.1/', '127.0.0.1'],
    ['http://[::1]/', '::1'],
    ['http://169.254.169.254/latest/meta-data', '169.254.169.254'],
    ['http://10.0.0.1/', '10.0.0.1'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1'],
    ['http://2130706433/', '127.0.0.1'],
    ['http://0.0.0.0/', '0.0.0.0'],
    ['http://100.64.1.1/', '100.64.1.1'],
    ['http://172.20.0.5/', '172.20.0.5'],
    ['http://192.168.1.1/', '192.168.1.1'],
    ['http://[fd12:3456::1]/', 'fd12:3456::1'],
    ['http://[fe80::1]/', 'fe80::1'],
    ['http://224.0.0.251/', '224.0.0.251'],
  ])('refuses %s', async (url, address) => {
    await expect(assertPublicUrl(url, noLookup)).rejects.toThrow(
      `That link points to a private or local address (${address}); only public web pages can be proposed.`,
    );
  });

  it('refuses localhost, as the system resolves it', async () => {
    await expect(assertPublicUrl('http://localhost/')).rejects.toThrow(/private or local address \((127\.0\.0\.1|::1)\)/);
  });

  it('refuses a host name that resolves to a private address', async () => {
    await expect(assertPublicUrl('https://intranet.example/', resolvesTo('192.168.10.4'))).rejects.toThrow('(192.168.10.4)');
  });

  it('refuses a host name when any one of its addresses is private', async () => {
    await expect(assertPublicUrl('https://mixed.example/', resolvesTo('203.0.113.5', 'fc00::5'))).rejects.toThrow('(fc00::5)');
  });

  it('accepts a host name whose every address is public', async () => {
    await expect(assertPublicUrl('https://news.example/feed', resolvesTo('203.0.113.5', '2001:db8::5'))).resolves.toBeUndefined();
  });

  it('accepts a public literal address', async () => {
    await expect(assertPublicUrl('http://203.0.113.9/feed', noLookup)).resolves.toBeUndefined();
  });

  it('refuses anything but http and https', async () => {
    await expect(assertPublicUrl('file:///etc/passwd', noLookup)).rejects.toThrow('only http:// and https:// links can be proposed');
    await expect(assertPublicUrl('gopher://news.example/', noLookup)).rejects.toThrow('(gopher:)');
  });

  it('refuses a URL carrying a user name or password', async () => {
    await expect(assertPublicUrl('https://admin:secret@news.example/', resolvesTo('203.0.113.5'))).rejects.toThrow('user name or password');
  });

  it('refuses a host that cannot be resolved, and text that is not a URL', async () => {
    await expect(assertPublicUrl('https://nowhere.invalid/', () => Promise.reject(new Error('ENOTFOUND')))).rejects.toThrow(
      "That link's host could not be found (nowhere.invalid).",
    );
    await expect(assertPublicUrl('not a link', noLookup)).rejects.toBeInstanceOf(NotPublicUrlError);
  });
});
