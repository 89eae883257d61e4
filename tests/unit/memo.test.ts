import { describe, expect, it } from "vitest";
import { boundedMemo } from "../../core/memo";

describe("boundedMemo", () => {
  it("computes each key once, answers falsy results from memory too, and starts afresh past its limit", () => {
    const calls: string[] = [];
    const length = boundedMemo((key) => {
      calls.push(key);
      return key.length;
    }, 2);
    expect([length("ab"), length(""), length("ab"), length("")]).toEqual([2, 0, 2, 0]);
    expect(calls).toEqual(["ab", ""]);
    // A third key clears the memo: the first two are computed again.
    expect(length("xyz")).toBe(3);
    expect(length("ab")).toBe(2);
    expect(calls).toEqual(["ab", "", "xyz", "ab"]);
  });
});
