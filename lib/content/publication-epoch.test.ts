import { describe, expect, it } from "vitest";
import { nextPublication, publicationEpoch } from "@/lib/content/publication-epoch";

describe("publicationEpoch", () => {
  const schedule = { latestPast: 1_000, upcoming: [5_000, 9_000] };

  it("is the latest publication time already reached", () => {
    expect(publicationEpoch(schedule, 4_999)).toBe(1_000);
    expect(publicationEpoch(schedule, 5_000)).toBe(5_000);
    expect(publicationEpoch(schedule, 9_500)).toBe(9_000);
  });

  it("moves exactly when a scheduled entry's time comes, so cached queries read afresh then", () => {
    const before = publicationEpoch(schedule, 4_000);
    expect(publicationEpoch(schedule, 4_900)).toBe(before);
    expect(publicationEpoch(schedule, 5_001)).not.toBe(before);
  });

  it("needs nothing published", () => {
    expect(publicationEpoch({ latestPast: null, upcoming: [] }, 1)).toBe(0);
  });
});

describe("nextPublication", () => {
  const schedule = { latestPast: 1_000, upcoming: [9_000, 5_000] };

  it("is the soonest scheduled time still ahead", () => {
    expect(nextPublication(schedule, 4_000)).toBe(5_000);
    expect(nextPublication(schedule, 5_000)).toBe(9_000);
  });

  it("is null when nothing is scheduled ahead", () => {
    expect(nextPublication(schedule, 9_000)).toBeNull();
    expect(nextPublication({ latestPast: null, upcoming: [] }, 1)).toBeNull();
  });
});
