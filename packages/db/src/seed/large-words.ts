import type { CompanyType } from '@collab/contracts';
import { pick, type Random } from './random.js';

/** The words the large seed makes names and reasons of. */

/** "Norr Redovisning 3 AB": the agency's number keeps the names apart. */
export function agencyName(random: Random, agencyIndex: number): string {
  return `${pick(random, placeWords)} ${pick(random, agencyWords)} ${agencyIndex + 1} AB`;
}

export function personName(random: Random): string {
  return `${pick(random, firstNames)} ${pick(random, lastNames)}`;
}

export function customerName(
  random: Random,
  companyType: CompanyType,
  contactName: string,
): string {
  switch (companyType) {
    case 'aktiebolag':
      return `${pick(random, placeWords)} ${pick(random, tradeWords)} AB`;
    case 'handelsbolag':
      return `${pick(random, placeWords)} ${pick(random, tradeWords)} HB`;
    case 'ekonomisk_forening':
      return `${pick(random, placeWords)} ${pick(random, associationWords)} ek. för.`;
    case 'enskild_firma':
      return `${contactName} ${pick(random, tradeWords)}`;
    case 'privatperson':
      return contactName;
    default:
      return companyType satisfies never;
  }
}

export function wordsOf(text: string): string[] {
  return text.trim().split(/\s+/);
}

export const firstNames = wordsOf(`
  Anna Erik Maria Lars Karin Johan Eva Anders Sara Per Elin Mikael Emma Nils Ida Oskar
  Linnea Ahmed Fatima Jonas Åsa Björn Maja Göran Ingrid Ali Hanna Olof Sofia Mats
`);
export const lastNames = wordsOf(`
  Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
  Lindberg Lindqvist Berg Sjöberg Holm Åberg Ek Hassan Öberg Lundgren Forsberg Wikström
  Mohammed Dahl
`);
export const placeWords = wordsOf(`
  Norr Söder Väst Öster Fjäll Sjö Skog Älv Berg Dal Ängs Strand Kust Mälar Vätter Lapp
  Gotlands Skåne Norrlands Bohus
`);
export const tradeWords = wordsOf(`
  Bygg Konsult Handel Data Bageri Måleri Transport Städ El Rör Design Café Fastigheter
  Redovisning Snickeri Fiske Tryck
`);
export const associationWords = wordsOf(
  'Bygdeförening Konsumentförening Odlarförening Bostadsförening',
);
export const agencyWords = ['Redovisning', 'Ekonomi', 'Bokföring', 'Revision & Redovisning'];
export const legacyServiceNames = [
  'Byråstöd Bokföring',
  'Byråstöd Bokslut',
  'Byråstöd Lön',
  'Byråstöd Årsredovisning',
];
export const endReasons = [
  'Kunden har bytt redovisningsbyrå.',
  'Kunden har bytt till ett annat affärssystem.',
  'Verksamheten har upphört.',
  'Bolaget har bytt bolagsform.',
];
export const declineReasons = [
  'Vi vill vänta till nästa räkenskapsår.',
  'Vi sköter det själva.',
  'Fel tjänst, vi pratar med er.',
];
