import { refusalOf } from './endpoint-guard';

const strict = { allowLoopback: false, allowPrivate: false };
const own = new Set(['203.0.113.7']);

describe('which addresses may receive a liaison office’s webhooks', () => {
  it.each([
    ['127.0.0.1', /loopback/],
    ['::1', /loopback/],
    ['::ffff:127.0.0.1', /loopback/],
    ['169.254.169.254', /metadata/],
    ['fd00:ec2::254', /metadata/],
    ['169.254.10.1', /link-local/],
    ['fe80::1', /link-local/],
    ['0.0.0.0', /unspecified/],
    ['10.1.2.3', /private/],
    ['192.168.0.10', /private/],
    ['203.0.113.7', /this service/],
  ])('refuses %s as %s', (address, why) => {
    expect(refusalOf(address, strict, own)).toMatch(why);
  });

  it('takes a public address', () => {
    expect(refusalOf('196.201.214.20', strict, own)).toBeUndefined();
    expect(refusalOf('2001:4860:4860::8888', strict, own)).toBeUndefined();
  });

  it('takes loopback or private receivers only when configured to, and never the metadata service', () => {
    const permissive = { allowLoopback: true, allowPrivate: true };
    expect(refusalOf('127.0.0.1', permissive, own)).toBeUndefined();
    expect(refusalOf('10.1.2.3', permissive, own)).toBeUndefined();
    expect(refusalOf('169.254.169.254', permissive, own)).toMatch(/metadata/);
  });
});
