// ESLint flat config: typescript-eslint's recommended rules plus the folder import boundaries of STYLE.md.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const restrict = (patterns, message) => ({
  "no-restricted-imports": ["error", { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ["node_modules", "dist", "graph-data", "coverage", "bench/out"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: "readonly", process: "readonly", URL: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["src/schema/**"],
    rules: restrict(
      ["../pipeline/*", "../query/*", "../graph/*", "../explorer/*", "node:*"],
      "schema imports nothing of ours and no Node APIs",
    ),
  },
  {
    files: ["src/pipeline/**", "src/graph/**", "src/query/**"],
    rules: restrict(["../explorer/*", "../../workers/*"], "pipeline, query and graph import only schema"),
  },
  {
    files: ["workers/**"],
    rules: restrict(
      ["../src/explorer/*", "../src/pipeline/*", "node:*"],
      "workers import only schema, graph and query",
    ),
  },
);
