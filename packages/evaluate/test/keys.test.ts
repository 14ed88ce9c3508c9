import { describe, expect, it } from 'vitest';
import { admin1Key } from '../src/keys.ts';

describe('admin1Key: spelling- and division-word-insensitive', () => {
  const same: [string, string][] = [
    ['Kherson Oblast', 'Kherson'], ['Khartoum State', 'Khartoum'], ['Idlib Governorate', 'Idleb'], ['Al Jazirah', 'Gezira'],
    ['El Gezira', 'Al-Jazira'], ['Al Qadarif', 'Gedaref'], ['Southern Kordofan', 'South Kordofan'], ['Western Darfur', 'West Darfur'],
    ['Hamah', 'Hama'], ['Al-Hasakeh', 'Al-Hasakah'], ['Halab', 'Aleppo'], ['Rif Dimashq', 'Rural Damascus'], ['Ninawa Province', 'Ninawa'],
  ];
  it.each(same)('%s = %s', (a, b) => expect(admin1Key(a)).toBe(admin1Key(b)));
  const different: [string, string][] = [
    ['North Kivu', 'South Kivu'], ['Hama', 'Homs'], ['Damascus', 'Rural Damascus'], ['Kharkiv Oblast', 'Kherson Oblast'],
    ['North Darfur', 'North Kordofan'], ['Aleppo', 'Idlib'], ['Sumy', 'Sennar'],
  ];
  it.each(different)('%s != %s', (a, b) => expect(admin1Key(a)).not.toBe(admin1Key(b)));
});
