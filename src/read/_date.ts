const DATE = /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})(?!\d)/;

/** The first calendar date written in the text (2024-04-12, 2024年4月12日, 2024/4/12) as YYYY-MM-DD. */
export function isoDateOf(text: string | null | undefined): string | undefined {
  const match = text ? DATE.exec(text) : null;
  if (!match) return undefined;
  return validDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** YYYY-MM-DD for a real calendar day, undefined otherwise. */
export function validDate(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
