import { it } from "vitest";
import { mentionFixture } from "./_pipeline.ts";
it("x", () => {
  const t = "Judge Boardman began her career as a law clerk for Judge James C. Cacheris of the United States District Court for the Eastern District of Virginia from 2000 to 2001.";
  for (const extra of ["", "The district is large. The eastern part.", "He lives in the eastern district."]) {
    const [d] = mentionFixture({ "a.txt": t, "b.txt": extra });
    console.log("OUT", JSON.stringify(d.mentions.map((m) => [m.name, m.kind])));
  }
});
