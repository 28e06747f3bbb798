import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clientAddressOf, isAddressOrRange, parseTrustedProxies } from './client-address.ts';

describe('clientAddressOf', () => {
  it('takes the connection address and ignores X-Forwarded-For when no proxy is trusted (the default)', () => {
    const none = parseTrustedProxies([]);
    assert.equal(clientAddressOf('127.0.0.1', '203.0.113.9', none), '127.0.0.1');
    assert.equal(clientAddressOf('198.51.100.7', ['203.0.113.9', '192.0.2.1'], none), '198.51.100.7');
  });

  it('ignores X-Forwarded-For on a connection from an address that is not a trusted proxy', () => {
    const trusted = parseTrustedProxies(['10.0.0.5']);
    assert.equal(clientAddressOf('198.51.100.7', '203.0.113.9', trusted), '198.51.100.7');
  });

  it('reads the client from X-Forwarded-For on a connection from a trusted proxy, IPv4-mapped or not', () => {
    const trusted = parseTrustedProxies(['10.0.0.5']);
    assert.equal(clientAddressOf('10.0.0.5', '203.0.113.9', trusted), '203.0.113.9');
    assert.equal(clientAddressOf('::ffff:10.0.0.5', '203.0.113.9', trusted), '203.0.113.9');
  });

  it('takes the rightmost address that is not a trusted proxy: what the client wrote itself, further left, is not believed', () => {
    const trusted = parseTrustedProxies(['10.0.0.0/8', 'fd00::/8']);
    assert.equal(clientAddressOf('10.0.0.5', '1.2.3.4, 203.0.113.9, 10.1.1.1', trusted), '203.0.113.9');
    assert.equal(clientAddressOf('fd00::1', ['6.6.6.6', '2001:db8::7, fd12::2'], trusted), '2001:db8::7');
  });

  it('stops at a malformed hop, keeping the last trusted one, and falls back to the connection without a header', () => {
    const trusted = parseTrustedProxies(['10.0.0.0/8']);
    assert.equal(clientAddressOf('10.0.0.5', '203.0.113.9, not-an-address, 10.2.2.2', trusted), '10.2.2.2');
    assert.equal(clientAddressOf('10.0.0.5', undefined, trusted), '10.0.0.5');
    assert.equal(clientAddressOf('10.0.0.5', '', trusted), '10.0.0.5');
  });

  it('accepts addresses and CIDR ranges only', () => {
    assert.ok(isAddressOrRange('10.0.0.5') && isAddressOrRange('10.0.0.0/8') && isAddressOrRange('::1') && isAddressOrRange('fd00::/8'));
    assert.ok(!isAddressOrRange('proxy.example.org') && !isAddressOrRange('10.0.0.0/33') && !isAddressOrRange(''));
    assert.throws(() => parseTrustedProxies(['proxy.example.org']), /neither an IP address nor a CIDR range/);
  });
});
