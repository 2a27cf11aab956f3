import { describe, expect, it } from 'vitest';
import { isLoopbackAddress } from './is-loopback-address';

describe('isLoopbackAddress', () => {
  it.each(['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'])('accepts %s', (address) => {
    expect(isLoopbackAddress(address)).toBe(true);
  });

  it.each([undefined, '', '10.0.0.1', '192.168.1.127', '::ffff:10.0.0.1', 'fe80::1', 'localhost'])(
    'refuses %s',
    (address) => {
      expect(isLoopbackAddress(address)).toBe(false);
    },
  );
});
