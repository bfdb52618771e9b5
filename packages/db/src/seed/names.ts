import { type Random, randomDigits, randomInteger } from './random.js';

/** "Åsa Strand" → "asa.strand": lower case, accents dropped, spaces to dots. */
export function emailLocalPart(name: string): string {
  return name
    .toLocaleLowerCase('sv')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, '.');
}

/** A Swedish mobile number as people write it: 070-123 45 67. */
export function mobilePhoneNumber(random: Random): string {
  const operator = ['0', '2', '3', '6'][randomInteger(random, 0, 3)] ?? '0';
  const digits = randomDigits(random, 7);
  return `07${operator}-${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`;
}
