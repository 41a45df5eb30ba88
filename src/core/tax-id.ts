/** Weights of the Colombian DIAN check digit, applied from the rightmost digit of the NIT leftwards. */
const NIT_WEIGHTS = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71];

/** The verification digit (DV) of a Colombian NIT's base number. */
export function nitCheckDigit(base: string): number {
  const digits = [...base].reverse();
  const sum = digits.reduce((total, digit, index) => total + Number(digit) * (NIT_WEIGHTS[index] ?? 0), 0);
  const remainder = sum % 11;
  return remainder > 1 ? 11 - remainder : remainder;
}

/**
 * Accepts `900.123.456-8`, `900123456-8` or `9001234568`: dots and spaces are ignored and the last digit is the
 * verification digit, as printed on a RUT.
 */
export function isValidNit(text: string): boolean {
  const compact = text.replace(/[.\s]/g, '');
  const match = /^(\d{5,15})-?(\d)$/.exec(compact);
  if (!match) return false;
  const [, base = '', digit = ''] = match;
  return nitCheckDigit(base) === Number(digit);
}
