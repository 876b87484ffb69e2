import { describe, expect, it } from 'vitest';
import { isPrivateAddress, resolveSafely } from '../../src/fetch/url-safety.ts';
import { FetchError } from '../../src/fetch/fetch-error.ts';

const strict = { allowPrivateAddresses: false, allowedAddresses: [] as string[] };
const noLookup = async (): Promise<string[]> => {
  throw new Error('an IP literal must not be looked up');
};

describe('isPrivateAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.20.30.40', 'RFC 1918'],
    ['172.16.0.1', 'RFC 1918'],
    ['172.31.255.254', 'RFC 1918'],
    ['192.168.1.1', 'RFC 1918'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['169.254.169.254', 'cloud metadata (link-local)'],
    ['0.0.0.0', 'this network'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['::1', 'IPv6 loopback'],
    ['::', 'IPv6 unspecified'],
    ['fe80::1', 'IPv6 link-local'],
    ['fd00:ec2::254', 'IPv6 unique local (AWS metadata)'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:a9fe:a9fe', 'IPv4-mapped metadata in hex'],
    ['64:ff9b::10.0.0.1', 'NAT64 of a private address'],
    ['2002:c0a8:0101::1', '6to4 of 192.168.1.1'],
    ['not-an-ip', 'anything unparseable'],
  ])('refuses %s (%s)', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['8.8.8.8', '93.184.216.34', '172.32.0.1', '100.128.0.1', '2a00:1450:4001:80b::200e', '::ffff:8.8.8.8'])(
    'allows the public address %s',
    (address) => {
      expect(isPrivateAddress(address)).toBe(false);
    },
  );
});

describe('resolveSafely', () => {
  async function refusal(url: string, lookup = noLookup, policy = strict): Promise<FetchError> {
    const error = await resolveSafely(new URL(url), lookup, policy).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(FetchError);
    return error as FetchError;
  }

  it.each(['http://2130706433/feed', 'http://0x7f.1/feed', 'http://[::1]/feed', 'http://[::ffff:169.254.169.254]/'])(
    'refuses the disguised private address in %s without a DNS lookup',
    async (url) => {
      expect((await refusal(url)).kind).toBe('refused-url');
    },
  );

  it.each(['ftp://example.com/feed.xml', 'file:///etc/passwd', 'gopher://example.com/'])('refuses the scheme of %s', async (url) => {
    expect((await refusal(url)).kind).toBe('refused-url');
  });

  it('when any resolved address is private, refuses the host (no mixed answers)', async () => {
    const mixed = async () => ['93.184.216.34', '10.0.0.5'];
    expect((await refusal('https://mixed.example/rss', mixed)).message).toContain('10.0.0.5');
  });

  it('returns the checked addresses for a public host, and allows listed or all private ones when told', async () => {
    await expect(resolveSafely(new URL('https://news.example/rss'), async () => ['93.184.216.34'], strict)).resolves.toEqual([
      '93.184.216.34',
    ]);
    await expect(
      resolveSafely(new URL('http://127.0.0.1:8080/'), noLookup, { allowPrivateAddresses: false, allowedAddresses: ['127.0.0.1'] }),
    ).resolves.toEqual(['127.0.0.1']);
    await expect(
      resolveSafely(new URL('http://intranet.example/'), async () => ['10.1.1.1'], { allowPrivateAddresses: true, allowedAddresses: [] }),
    ).resolves.toEqual(['10.1.1.1']);
  });
});
