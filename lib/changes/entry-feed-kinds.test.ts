import { describe, expect, it } from "vitest";
import { todays } from "@/tests/support/todays-kinds";
import { entryFeedKinds } from "@/lib/changes/entry-feed-kinds";
import { ENTRY_FEED_KINDS } from "@/lib/feeds/entry-feed-paths";
import { findAdminKind } from "@/lib/kinds/registry";
import { surrogateKeysOf } from "@/tests/support/surrogate-keys-of";

const kindsRead = (key: string) => [...entryFeedKinds(findAdminKind(key)!)].sort();

describe("the kinds an entry's feed reads", () => {
  it("are its own and those that refer to it, with what their changes name", () => {
    // An investor's rounds (which name people too), a partner's deals, the models it worked on.
    expect(todays(kindsRead("organizations"))).toEqual(
      ["MODEL", "ORGANIZATION", "PARTNERSHIP", "PERSON", "ROUND", "SOURCE"].sort(),
    );
    // A model is referred to by the model that replaces it.
    expect(todays(kindsRead("models"))).toEqual(["MODEL", "ORGANIZATION", "SOURCE"]);
    expect(todays(kindsRead("events"))).toEqual(["EVENT", "SOURCE"]);
  });

  it("are all keys the cache tier keeps the feed under, so saving any of them purges it", () => {
    for (const kind of ENTRY_FEED_KINDS) {
      const keys = surrogateKeysOf(`${kind.page.list}/an-entry/feed.xml`);
      expect(keys, kind.key).toEqual(expect.arrayContaining(["site", ...kindsRead(kind.key)]));
    }
  });
});
