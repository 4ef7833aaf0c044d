import { describe, expect, it } from 'vitest';
import { pageInfo } from './history';

describe('pageInfo', () => {
  const items = (n: number) => Array.from({ length: n }, () => ({}) as never);

  it('names the rows shown and which way the pager can go', () => {
    expect(pageInfo({ page: 0, size: 10, total: 25, items: items(10) })).toEqual({ text: 'Calls 1–10 of 25', hasNewer: false, hasOlder: true });
    expect(pageInfo({ page: 1, size: 10, total: 25, items: items(10) })).toEqual({ text: 'Calls 11–20 of 25', hasNewer: true, hasOlder: true });
    expect(pageInfo({ page: 2, size: 10, total: 25, items: items(5) })).toEqual({ text: 'Calls 21–25 of 25', hasNewer: true, hasOlder: false });
  });

  it('handles no calls and a page beyond the end', () => {
    expect(pageInfo({ page: 0, size: 10, total: 0, items: [] })).toEqual({ text: 'No calls', hasNewer: false, hasOlder: false });
    expect(pageInfo({ page: 5, size: 10, total: 25, items: [] })).toEqual({ text: 'Past the last of 25 calls', hasNewer: true, hasOlder: false });
  });
});
