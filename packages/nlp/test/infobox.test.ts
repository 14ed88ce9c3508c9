import { describe, expect, it } from 'vitest';
import { infoboxDateValue, infoboxDateYear } from '../src/dates/index.ts';

describe('an infobox Date field', () => {
  it('gives the value after the label, with or without a colon', () => {
    expect(infoboxDateValue('Date 17 October 2016 – 20 July 2017')).toBe('17 October 2016 – 20 July 2017');
    expect(infoboxDateValue('Date: 6 August 2024 – present')).toBe('6 August 2024 – present');
    expect(infoboxDateValue('  Date\t27 September – 10 November 2020')).toBe('27 September – 10 November 2020');
  });

  it('reads a label a flattened copy glued to its value', () => {
    expect(infoboxDateValue('Date10 September – 28 November 2013')).toBe('10 September – 28 November 2013');
    expect(infoboxDateYear('Date10 September – 28 November 2013')).toBe('2013');
  });

  it('is no field when the word only starts a longer word or stands later in the line', () => {
    expect(infoboxDateValue('Dates of the siege were disputed')).toBeUndefined();
    expect(infoboxDateValue('The Date of the offensive 2019')).toBeUndefined();
    expect(infoboxDateYear('Dated 4 May 2015')).toBeUndefined();
  });

  it('takes the first year of the value, only near its start', () => {
    expect(infoboxDateYear('Date 22 November 2015 – 9 February 2016')).toBe('2015');
    expect(infoboxDateYear('Date: ongoing')).toBeUndefined();
    expect(infoboxDateYear(`Date ongoing ${'x'.repeat(70)} 2019`)).toBeUndefined();
  });
});
