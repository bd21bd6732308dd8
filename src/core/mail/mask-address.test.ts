import { expect, it } from 'vitest';
import { maskAddress } from './mask-address.js';

it('keeps the first letter and the domain of an address, without the name, and leaves other recipients alone', () => {
  expect(maskAddress('anna.de.vries@example.nl')).toBe('a•••@example.nl');
  expect(maskAddress('"de Vries; Anna" <anna@example.nl>')).toBe('a•••@example.nl');
  expect(maskAddress('Bob <bob@example.com>')).toBe('b•••@example.com');
  expect(maskAddress('#crisis-room')).toBe('#crisis-room');
  expect(maskAddress('@nobody')).toBe('@nobody');
});
